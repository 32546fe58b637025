// Mirrors pkg/scheduler/framework/plugins/tainttoleration: Filter rejects a node with
// an untolerated NoSchedule/NoExecute taint (the first one, in the node's order, is
// named in the reason); Score counts untolerated PreferNoSchedule taints, normalized
// in reverse (fewer is better).
import type { Toleration } from 'kubernetes-types/core/v1';
import { defaultNormalizeScore } from '../../framework/helper/normalize.js';
import { doNotScheduleTaints, findMatchingUntoleratedTaint, tolerationsTolerateTaint } from '../../framework/helper/taints.js';
import type { NodeInfo } from '../../framework/nodeInfo.js';
import { Code, maxNodeScore, Status, type Plugin } from '../../framework/types.js';

export const name = 'TaintToleration';

/** e.g. "node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }". */
export function errReason(key: string, value: string | undefined): string {
  return `node(s) had untolerated taint {${key}: ${value ?? ''}}`;
}

const preScoreKey = 'PreScoreTaintToleration';

/** countIntolerableTaintsPreferNoSchedule. */
function intolerablePreferNoSchedule(tols: readonly Toleration[], node: NodeInfo): number {
  let n = 0;
  for (const t of node.taints) if (t.effect === 'PreferNoSchedule' && !tolerationsTolerateTaint(tols, t)) n++;
  return n;
}

export const taintToleration: Plugin = {
  name,
  events: [{ resource: 'Node', actions: ['Add', 'UpdateNodeTaint'] }, { resource: 'Pod', actions: ['UpdatePodTolerations'] }],
  filter(_state, pod, node) {
    if (!node.numTaints) return null;
    const taint = findMatchingUntoleratedTaint(node.taints, pod.tolerations, doNotScheduleTaints);
    if (!taint) return null;
    return new Status(Code.UnschedulableAndUnresolvable, [errReason(taint.key, taint.value)]);
  },
  preScore(state, pod) {
    // getAllTolerationPreferNoSchedule: tolerations with an empty or PreferNoSchedule effect.
    const tols = pod.tolerations.filter((t) => !t.effect || t.effect === 'PreferNoSchedule');
    state.write(preScoreKey, tols);
    return null;
  },
  score(state, _pod, node) {
    if (!node.numTaints) return 0;
    return intolerablePreferNoSchedule(state.read<Toleration[]>(preScoreKey) ?? [], node);
  },
  scoreNodes(state, _pod, nodes, out) {
    const tols = state.read<Toleration[]>(preScoreKey) ?? [];
    for (let f = 0; f < nodes.length; f++) {
      const node = nodes[f]!;
      out[f] = node.numTaints ? intolerablePreferNoSchedule(tols, node) : 0;
    }
  },
  normalizeScore(_state, _pod, _nodes, scores) {
    defaultNormalizeScore(maxNodeScore, true, scores);
  },
};
