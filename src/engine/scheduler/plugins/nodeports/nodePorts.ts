// Mirrors pkg/scheduler/framework/plugins/nodeports: a Pod asking for hostPorts fits
// only nodes where no Pod holds the same protocol/port on the same or a wildcard IP.
import { Code, skipStatus, Status, type Plugin } from '../../framework/types.js';

export const name = 'NodePorts';
export const errReason = "node(s) didn't have free ports for the requested pod ports";

export const nodePorts: Plugin = {
  name,
  events: [{ resource: 'AssignedPod', actions: ['Delete'] }, { resource: 'Node', actions: ['Add'] }],
  preFilter(_state, pod) {
    return pod.hostPorts.length ? null : skipStatus;
  },
  filter(_state, pod, node) {
    for (const p of pod.hostPorts) {
      if (node.portConflict(p.ip, p.protocol, p.port)) return new Status(Code.Unschedulable, [errReason]);
    }
    return null;
  },
};
