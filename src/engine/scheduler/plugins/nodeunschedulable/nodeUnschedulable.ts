// Mirrors pkg/scheduler/framework/plugins/nodeunschedulable: a cordoned node
// (spec.unschedulable) takes only Pods that tolerate node.kubernetes.io/unschedulable.
import { tolerationsTolerateTaint } from '../../framework/helper/taints.js';
import { Code, Status, type Plugin } from '../../framework/types.js';

export const name = 'NodeUnschedulable';
export const errReasonUnschedulable = 'node(s) were unschedulable';

const unschedulableTaint = { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' };

export const nodeUnschedulable: Plugin = {
  name,
  events: [{ resource: 'Node', actions: ['Add', 'UpdateNodeTaint'] }, { resource: 'Pod', actions: ['UpdatePodTolerations'] }],
  filter(_state, pod, node) {
    if (!node.unschedulable) return null;
    if (tolerationsTolerateTaint(pod.tolerations, unschedulableTaint)) return null;
    return new Status(Code.UnschedulableAndUnresolvable, [errReasonUnschedulable]);
  },
};
