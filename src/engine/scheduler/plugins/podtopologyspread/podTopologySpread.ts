// Mirrors pkg/scheduler/framework/plugins/podtopologyspread (filtering.go, scoring.go):
// Filter keeps a node only if placing the Pod there leaves every DoNotSchedule
// constraint within maxSkew of the emptiest domain; Score prefers domains with fewer
// matching Pods for ScheduleAnyway constraints (the Pod's own or the system defaults).
// Score example (default hostname constraint, 3 feasible nodes): weight ln(3+2)≈1.609;
// a node with 2 matching Pods scores 2*1.609 + (3-1) = 5.22 → 5; normalized against the
// others as 100 * (max + min - s) / max.
import { RequiredNodeAffinity } from '../../framework/helper/nodeAffinity.js';
import type { NodeInfo } from '../../framework/nodeInfo.js';
import { Code, maxNodeScore, skipStatus, Status, type Plugin } from '../../framework/types.js';
import {
  countPodsMatchSelector,
  defaultSelector,
  matchNodeInclusion,
  nodeHasAllKeys,
  podConstraints,
  systemDefaultConstraints,
  type Constraint,
} from './common.js';

export const name = 'PodTopologySpread';
export const errReasonConstraintsNotMatch = "node(s) didn't match pod topology spread constraints";
export const errReasonNodeLabelNotMatch = errReasonConstraintsNotMatch + ' (missing required label)';

const hostnameKey = 'kubernetes.io/hostname';
const preFilterKey = 'PreFilterPodTopologySpread';
const preScoreKey = 'PreScorePodTopologySpread';

interface PreFilterState {
  constraints: Constraint[];
  /** Per constraint: topology value → matching Pods. */
  counts: Map<string, number>[];
  /** Per constraint: the smallest count over domains (criticalPaths[0]). */
  min: number[];
}

interface PreScoreState {
  constraints: Constraint[];
  ignored: Set<string>;
  /** Per constraint (non-hostname): topology value → matching Pods on candidate domains. */
  counts: Map<string, number>[];
  weights: number[];
}

export const podTopologySpread: Plugin = {
  name,
  events: [
    { resource: 'AssignedPod', actions: ['Add', 'UpdatePodLabel', 'Delete'] },
    { resource: 'Node', actions: ['Add', 'Delete', 'UpdateNodeLabel', 'UpdateNodeTaint'] },
  ],
  preFilter(state, pod, h) {
    const constraints = podConstraints(pod.pod, 'DoNotSchedule');
    if (!constraints.length) return skipStatus;
    const req = new RequiredNodeAffinity(pod.pod);
    const counts = constraints.map(() => new Map<string, number>());
    for (const ni of h.nodeInfos()) {
      if (!nodeHasAllKeys(ni.labels, constraints)) continue;
      constraints.forEach((c, i) => {
        if (!matchNodeInclusion(c, pod, ni.node!, req)) return;
        const v = ni.labels[c.topologyKey]!;
        counts[i]!.set(v, (counts[i]!.get(v) ?? 0) + countPodsMatchSelector(ni, c.matches, pod.namespace));
      });
    }
    const min = counts.map((m, i) => {
      let lo = 2147483647;
      for (const n of m.values()) lo = Math.min(lo, n);
      return m.size < constraints[i]!.minDomains ? 0 : lo;
    });
    state.write(preFilterKey, { constraints, counts, min } satisfies PreFilterState);
    return null;
  },
  filter(state, pod, node) {
    const s = state.read<PreFilterState>(preFilterKey);
    if (!s) return null;
    for (let i = 0; i < s.constraints.length; i++) {
      const c = s.constraints[i]!;
      const v = node.labels[c.topologyKey];
      if (v === undefined) return new Status(Code.UnschedulableAndUnresolvable, [errReasonNodeLabelNotMatch]);
      const self = c.matches(pod.labels) ? 1 : 0;
      const skew = (s.counts[i]!.get(v) ?? 0) + self - s.min[i]!;
      if (skew > c.maxSkew) return new Status(Code.Unschedulable, [errReasonConstraintsNotMatch]);
    }
    return null;
  },
  preScore(state, pod, feasible, h) {
    const own = pod.pod.spec?.topologySpreadConstraints ?? [];
    let constraints: Constraint[];
    if (own.length) constraints = podConstraints(pod.pod, 'ScheduleAnyway');
    else {
      const matches = defaultSelector(pod.pod, h.listers);
      constraints = matches
        ? systemDefaultConstraints.map((d) => ({ ...d, minDomains: 1, matches, nodeAffinityPolicy: 'Honor' as const, nodeTaintsPolicy: 'Ignore' as const }))
        : [];
    }
    if (!constraints.length || !feasible.length) return skipStatus;
    const requireAll = own.length > 0;
    const ignored = new Set<string>();
    const counts = constraints.map(() => new Map<string, number>());
    for (const ni of feasible) {
      if (requireAll && !nodeHasAllKeys(ni.labels, constraints)) {
        ignored.add(ni.name);
        continue;
      }
      constraints.forEach((c, i) => {
        if (c.topologyKey === hostnameKey) return;
        const v = ni.labels[c.topologyKey] ?? '';
        if (!counts[i]!.has(v)) counts[i]!.set(v, 0);
      });
    }
    const weights = constraints.map((c, i) => Math.log((c.topologyKey === hostnameKey ? feasible.length - ignored.size : counts[i]!.size) + 2));
    const req = new RequiredNodeAffinity(pod.pod);
    for (const ni of h.nodeInfos()) {
      if (requireAll && !nodeHasAllKeys(ni.labels, constraints)) continue;
      constraints.forEach((c, i) => {
        if (c.topologyKey === hostnameKey) return;
        if (!matchNodeInclusion(c, pod, ni.node!, req)) return;
        const v = ni.labels[c.topologyKey] ?? '';
        const cur = counts[i]!.get(v);
        if (cur === undefined) return;
        counts[i]!.set(v, cur + countPodsMatchSelector(ni, c.matches, pod.namespace));
      });
    }
    state.write(preScoreKey, { constraints, ignored, counts, weights } satisfies PreScoreState);
    return null;
  },
  score(state, pod, node) {
    const s = state.read<PreScoreState>(preScoreKey)!;
    if (s.ignored.has(node.name)) return 0;
    let score = 0;
    s.constraints.forEach((c, i) => {
      const v = node.labels[c.topologyKey];
      if (v === undefined) return;
      const cnt = c.topologyKey === hostnameKey ? countPodsMatchSelector(node, c.matches, pod.namespace) : (s.counts[i]!.get(v) ?? 0);
      score += cnt * s.weights[i]! + (c.maxSkew - 1);
    });
    return Math.round(score);
  },
  normalizeScore(state, _pod, nodes: readonly NodeInfo[], scores) {
    const s = state.read<PreScoreState>(preScoreKey)!;
    let min = Number.MAX_SAFE_INTEGER;
    let max = 0;
    for (let i = 0; i < scores.length; i++) {
      if (s.ignored.has(nodes[i]!.name)) continue;
      min = Math.min(min, scores[i]!);
      max = Math.max(max, scores[i]!);
    }
    for (let i = 0; i < scores.length; i++) {
      if (s.ignored.has(nodes[i]!.name)) scores[i] = 0;
      else if (max === 0) scores[i] = maxNodeScore;
      else scores[i] = Math.trunc((maxNodeScore * (max + min - scores[i]!)) / max);
    }
  },
};
