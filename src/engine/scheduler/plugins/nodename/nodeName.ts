// Mirrors pkg/scheduler/framework/plugins/nodename: a Pod that names a node in
// spec.nodeName fits only that node.
import { Code, Status, type Plugin } from '../../framework/types.js';

export const name = 'NodeName';
export const errReason = "node(s) didn't match the requested node name";

export const nodeName: Plugin = {
  name,
  events: [{ resource: 'Node', actions: ['Add'] }],
  filter(_state, pod, node) {
    const want = pod.pod.spec?.nodeName;
    if (!want || want === node.name) return null;
    return new Status(Code.UnschedulableAndUnresolvable, [errReason]);
  },
};
