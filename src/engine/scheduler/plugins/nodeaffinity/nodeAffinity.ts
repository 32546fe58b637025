// Mirrors pkg/scheduler/framework/plugins/nodeaffinity: Filter enforces spec.nodeSelector
// and requiredDuringSchedulingIgnoredDuringExecution; Score sums the weights of matching
// preferred terms, normalized by the highest. PreFilter/PreScore skip Pods that have
// nothing to check. Simplification: no PreFilterResult narrowing for metadata.name
// matchFields and no profile-level addedAffinity.
import type { PreferredSchedulingTerm } from 'kubernetes-types/core/v1';
import { defaultNormalizeScore } from '../../framework/helper/normalize.js';
import { preferredScore, preferredTerms, RequiredNodeAffinity } from '../../framework/helper/nodeAffinity.js';
import { Code, maxNodeScore, skipStatus, Status, type Plugin } from '../../framework/types.js';

export const name = 'NodeAffinity';
export const errReasonPod = "node(s) didn't match Pod's node affinity/selector";

const preFilterKey = 'PreFilterNodeAffinity';
const preScoreKey = 'PreScoreNodeAffinity';

export const nodeAffinity: Plugin = {
  name,
  events: [{ resource: 'Node', actions: ['Add', 'UpdateNodeLabel'] }, { resource: 'Pod', actions: ['Update'] }],
  preFilter(state, pod) {
    const req = new RequiredNodeAffinity(pod.pod);
    if (req.empty) return skipStatus;
    state.write(preFilterKey, req);
    return null;
  },
  filter(state, pod, node) {
    const req = state.read<RequiredNodeAffinity>(preFilterKey) ?? new RequiredNodeAffinity(pod.pod);
    if (req.match(node.node!)) return null;
    return new Status(Code.UnschedulableAndUnresolvable, [errReasonPod]);
  },
  preScore(state, pod) {
    const terms = preferredTerms(pod.pod);
    if (!terms.length) return skipStatus;
    state.write(preScoreKey, terms);
    return null;
  },
  score(state, _pod, node) {
    return preferredScore(state.read<PreferredSchedulingTerm[]>(preScoreKey) ?? [], node.node!);
  },
  normalizeScore(_state, _pod, _nodes, scores) {
    defaultNormalizeScore(maxNodeScore, false, scores);
  },
};
