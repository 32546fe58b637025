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
import { matchingOn, selectorCounts, topologyValues, type SelectorCounts, type ValuesBySlot } from './counts.js';
import {
  defaultSelector,
  matchNodeInclusion,
  nodeHasAllKeys,
  podConstraints,
  systemDefaultConstraints,
  type Constraint,
  type LabelMatcher,
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
  /** Per constraint: the kept matching-Pod counts (null: count the node's Pods). */
  kept: (SelectorCounts | null)[];
  /** Per constraint: the nodes' values of its topology key by slot (null: read the labels). */
  values: (ValuesBySlot | null)[];
  namespace: string;
}

function defaultConstraint(maxSkew: number, topologyKey: string, matches: LabelMatcher): Constraint {
  return { maxSkew, topologyKey, whenUnsatisfiable: 'ScheduleAnyway', minDomains: 1, matches, nodeAffinityPolicy: 'Honor', nodeTaintsPolicy: 'Ignore' };
}

/** Score of one node: per constraint cnt * weight + (maxSkew - 1), rounded. */
function scoreNode(s: PreScoreState, node: NodeInfo): number {
  if (s.ignored.size && s.ignored.has(node.name)) return 0;
  let score = 0;
  for (let i = 0; i < s.constraints.length; i++) {
    const c = s.constraints[i]!;
    const vs = s.values[i]!;
    const v = vs ? vs[node.slot] : node.labels[c.topologyKey];
    if (v === undefined) continue;
    const cnt = c.topologyKey === hostnameKey ? matchingOn(s.kept[i]!, node, c.matches, s.namespace) : (s.counts[i]!.get(v) ?? 0);
    score += cnt * s.weights[i]! + (c.maxSkew - 1);
  }
  return Math.round(score);
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
    const kept = constraints.map((c) => selectorCounts(h, c.matches, pod.namespace));
    for (const ni of h.nodeInfos()) {
      if (!nodeHasAllKeys(ni.labels, constraints)) continue;
      for (let i = 0; i < constraints.length; i++) {
        const c = constraints[i]!;
        if (!matchNodeInclusion(c, pod, ni.node!, req)) continue;
        const v = ni.labels[c.topologyKey]!;
        counts[i]!.set(v, (counts[i]!.get(v) ?? 0) + matchingOn(kept[i]!, ni, c.matches, pod.namespace));
      }
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
      constraints = matches ? systemDefaultConstraints.map((d) => defaultConstraint(d.maxSkew, d.topologyKey, matches)) : [];
    }
    if (!constraints.length || !feasible.length) return skipStatus;
    const requireAll = own.length > 0;
    const ignored = new Set<string>();
    const counts = constraints.map(() => new Map<string, number>());
    const values = constraints.map((c) => topologyValues(h, c.topologyKey));
    // The last value seen per constraint: neighbouring nodes mostly share it.
    const last: (string | null)[] = constraints.map(() => null);
    for (const ni of feasible) {
      if (requireAll && !nodeHasAllKeys(ni.labels, constraints)) {
        ignored.add(ni.name);
        continue;
      }
      for (let i = 0; i < constraints.length; i++) {
        const c = constraints[i]!;
        if (c.topologyKey === hostnameKey) continue;
        const vs = values[i]!;
        const v = (vs ? vs[ni.slot] : ni.labels[c.topologyKey]) ?? '';
        if (v === last[i]) continue;
        last[i] = v;
        if (!counts[i]!.has(v)) counts[i]!.set(v, 0);
      }
    }
    const weights = constraints.map((c, i) => Math.log((c.topologyKey === hostnameKey ? feasible.length - ignored.size : counts[i]!.size) + 2));
    const req = new RequiredNodeAffinity(pod.pod);
    const kept = constraints.map((c) => selectorCounts(h, c.matches, pod.namespace));
    // Sum each candidate domain's matching Pods over all nodes. When every node is
    // included (no node keys required, no inclusion policy that excludes a node) the
    // kept per-value totals are that sum; otherwise walk the nodes.
    const walk: number[] = [];
    for (let i = 0; i < constraints.length; i++) {
      const c = constraints[i]!;
      if (c.topologyKey === hostnameKey) continue;
      const sc = kept[i];
      if (sc && !requireAll && c.nodeTaintsPolicy === 'Ignore' && (c.nodeAffinityPolicy === 'Ignore' || req.empty)) {
        const byValue = sc.topology(c.topologyKey, h.nodeInfos());
        for (const v of counts[i]!.keys()) counts[i]!.set(v, byValue.get(v) ?? 0);
      } else walk.push(i);
    }
    if (walk.length) {
      for (const ni of h.nodeInfos()) {
        if (requireAll && !nodeHasAllKeys(ni.labels, constraints)) continue;
        for (const i of walk) {
          const c = constraints[i]!;
          if (!matchNodeInclusion(c, pod, ni.node!, req)) continue;
          const v = ni.labels[c.topologyKey] ?? '';
          const cur = counts[i]!.get(v);
          if (cur === undefined) continue;
          counts[i]!.set(v, cur + matchingOn(kept[i]!, ni, c.matches, pod.namespace));
        }
      }
    }
    state.write(preScoreKey, { constraints, ignored, counts, weights, kept, values, namespace: pod.namespace } satisfies PreScoreState);
    return null;
  },
  score(state, _pod, node) {
    return scoreNode(state.read<PreScoreState>(preScoreKey)!, node);
  },
  scoreNodes(state, _pod, nodes, out) {
    const s = state.read<PreScoreState>(preScoreKey)!;
    for (let f = 0; f < nodes.length; f++) out[f] = scoreNode(s, nodes[f]!);
  },
  normalizeScore(state, _pod, nodes: readonly NodeInfo[], scores) {
    const s = state.read<PreScoreState>(preScoreKey)!;
    const isIgnored = (i: number) => s.ignored.size > 0 && s.ignored.has(nodes[i]!.name);
    let min = Number.MAX_SAFE_INTEGER;
    let max = 0;
    for (let i = 0; i < scores.length; i++) {
      if (isIgnored(i)) continue;
      min = Math.min(min, scores[i]!);
      max = Math.max(max, scores[i]!);
    }
    for (let i = 0; i < scores.length; i++) {
      if (isIgnored(i)) scores[i] = 0;
      else if (max === 0) scores[i] = maxNodeScore;
      else scores[i] = Math.trunc((maxNodeScore * (max + min - scores[i]!)) / max);
    }
  },
};
