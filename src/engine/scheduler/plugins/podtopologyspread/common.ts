// Mirrors pkg/scheduler/framework/plugins/podtopologyspread/common.go: the Pod's
// constraints (its own, or the cluster's default ones: hostname maxSkew 3, zone
// maxSkew 5, both ScheduleAnyway, over a selector built from the Services,
// ReplicaSets, StatefulSets and ReplicationControllers that select the Pod).
import type { Node, Pod } from 'kubernetes-types/core/v1';
import { selectorFromLabelSelector, type Selector } from '../../../api/labels.js';
import { RequiredNodeAffinity } from '../../framework/helper/nodeAffinity.js';
import { doNotScheduleTaints, findMatchingUntoleratedTaint } from '../../framework/helper/taints.js';
import type { NodeInfo } from '../../framework/nodeInfo.js';
import type { PodInfo } from '../../framework/podInfo.js';
import type { WorkloadListers } from '../../framework/types.js';

/**
 * A label predicate; `key`, when set, names it exactly (equal keys, equal predicates), so
 * that counts of matching Pods can be kept across cycles (counts.ts).
 */
export type LabelMatcher = ((labels: Readonly<Record<string, string>>) => boolean) & {
  key?: string;
  /** A label every matching set has (key, value): a cheap test before the full match. */
  required?: readonly [string, string];
};

function keyed(fn: (labels: Readonly<Record<string, string>>) => boolean, key: string, required?: readonly [string, string]): LabelMatcher {
  return Object.assign(fn, { key, required });
}

/** The first pair of matchLabels-like equalities, if any. */
function firstPair(m: Readonly<Record<string, string>> | undefined | null): readonly [string, string] | undefined {
  for (const k in m ?? {}) return [k, m![k]!];
  return undefined;
}

function matchesSet(entries: readonly (readonly [string, string])[]): (labels: Readonly<Record<string, string>>) => boolean {
  return (l) => {
    for (const [k, v] of entries) if (l[k] !== v) return false;
    return true;
  };
}

export interface Constraint {
  maxSkew: number;
  topologyKey: string;
  whenUnsatisfiable: 'DoNotSchedule' | 'ScheduleAnyway';
  minDomains: number;
  matches: LabelMatcher;
  nodeAffinityPolicy: 'Honor' | 'Ignore';
  nodeTaintsPolicy: 'Honor' | 'Ignore';
}

/** The system default constraints of v1.32 (config.PodTopologySpreadArgs, DefaultingType System). */
export const systemDefaultConstraints = [
  { maxSkew: 3, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'ScheduleAnyway' as const },
  { maxSkew: 5, topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: 'ScheduleAnyway' as const },
];

function fromSelector(sel: Selector): LabelMatcher {
  return (labels) => sel.matches(labels);
}

/** The Pod's own constraints with the given whenUnsatisfiable (filterByWhenUnsatisfiable). */
export function podConstraints(pod: Pod, when: 'DoNotSchedule' | 'ScheduleAnyway'): Constraint[] {
  const out: Constraint[] = [];
  const podLabels = pod.metadata?.labels ?? {};
  for (const c of pod.spec?.topologySpreadConstraints ?? []) {
    if (c.whenUnsatisfiable !== when) continue;
    let sel: Selector;
    try {
      sel = selectorFromLabelSelector(c.labelSelector);
    } catch {
      continue;
    }
    const extra = (c.matchLabelKeys ?? []).filter((k) => k in podLabels).map((k) => [k, podLabels[k]!] as const);
    const base = fromSelector(sel);
    out.push({
      maxSkew: c.maxSkew,
      topologyKey: c.topologyKey,
      whenUnsatisfiable: when,
      minDomains: c.minDomains ?? 1,
      matches: keyed(
        extra.length ? (l) => base(l) && extra.every(([k, v]) => l[k] === v) : base,
        `own:${JSON.stringify(c.labelSelector ?? null)}:${JSON.stringify(extra)}`,
        firstPair(c.labelSelector?.matchLabels) ?? extra[0],
      ),
      nodeAffinityPolicy: (c.nodeAffinityPolicy as 'Honor' | 'Ignore') ?? 'Honor',
      nodeTaintsPolicy: (c.nodeTaintsPolicy as 'Honor' | 'Ignore') ?? 'Ignore',
    });
  }
  return out;
}

// A workload's parsed selector, by the (immutable) selector object of the informer's copy.
const workloadSelectors = new WeakMap<object, LabelMatcher | null>();

/** LabelSelectorAsSelector of a ReplicaSet's or StatefulSet's selector; null when invalid or empty. */
function workloadSelector(ls: unknown): LabelMatcher | null {
  const cacheable = typeof ls === 'object' && ls !== null;
  if (cacheable && workloadSelectors.has(ls)) return workloadSelectors.get(ls)!;
  let m: LabelMatcher | null = null;
  try {
    const sel = selectorFromLabelSelector(ls as never);
    if (!sel.empty()) m = keyed(fromSelector(sel), `sel:${JSON.stringify(ls)}`, firstPair((ls as { matchLabels?: Record<string, string> }).matchLabels));
  } catch {
    // An invalid selector adds nothing, as upstream ignores the error.
  }
  if (cacheable) workloadSelectors.set(ls, m);
  return m;
}

/** helper.DefaultSelector: merged Service selectors plus the controlling workload's selector; null when empty. */
export function defaultSelector(pod: Pod, listers: WorkloadListers): LabelMatcher | null {
  const ns = pod.metadata?.namespace ?? '';
  const labels = pod.metadata?.labels ?? {};
  const set: Record<string, string> = {};
  let merged = false;
  for (const svc of listers.services(ns)) {
    const s = svc.spec?.selector;
    if (!s) continue;
    let all = true;
    for (const k in s) {
      if (labels[k] !== s[k]) {
        all = false;
        break;
      }
    }
    if (all) {
      Object.assign(set, s);
      merged = true;
    }
  }
  const matchers: ((labels: Readonly<Record<string, string>>) => boolean)[] = [];
  const keys: string[] = [];
  let required: readonly [string, string] | undefined;
  if (merged && Object.keys(set).length) {
    matchers.push(matchesSet(Object.entries(set)));
    keys.push(`svc:${JSON.stringify(set)}`);
    required = firstPair(set);
  }
  const owner = pod.metadata?.ownerReferences?.find((o) => o.controller);
  if (owner) {
    if (owner.kind === 'ReplicationController' && owner.apiVersion === 'v1') {
      const rc = listers.replicationControllers(ns).find((r) => (r as { metadata?: { name?: string } }).metadata?.name === owner.name);
      const s = rc?.spec?.selector;
      if (s && Object.keys(s).length) {
        matchers.push(matchesSet(Object.entries(s)));
        keys.push(`rc:${JSON.stringify(s)}`);
        required ??= firstPair(s);
      }
    } else if ((owner.kind === 'ReplicaSet' || owner.kind === 'StatefulSet') && owner.apiVersion === 'apps/v1') {
      const rs = owner.kind === 'ReplicaSet';
      const get = rs ? listers.replicaSet : listers.statefulSet;
      const w = get ? get(ns, owner.name) : (rs ? listers.replicaSets(ns) : listers.statefulSets(ns)).find((r) => r.metadata?.name === owner.name);
      const ws = w ? workloadSelector(w.spec?.selector) : null;
      if (ws) {
        // The workload's selector alone (the common case): the same matcher every cycle.
        if (!matchers.length) return ws;
        matchers.push(ws);
        keys.push(ws.key!);
        required ??= ws.required;
      }
    }
  }
  if (!matchers.length) return null;
  const only = matchers.length === 1 ? matchers[0]! : null;
  return keyed(only ?? ((l) => matchers.every((m) => m(l))), keys.join('|'), required);
}

/** countPodsMatchSelector: same namespace, not terminating, labels match. */
export function countPodsMatchSelector(node: NodeInfo, matches: LabelMatcher, namespace: string): number {
  let n = 0;
  for (const p of node.pods.values()) {
    if (p.terminating || p.namespace !== namespace) continue;
    if (matches(p.labels)) n++;
  }
  return n;
}

/** matchNodeInclusionPolicies: nodeAffinityPolicy Honor (default) and nodeTaintsPolicy Ignore (default). */
export function matchNodeInclusion(c: Constraint, pod: PodInfo, node: Node, req: RequiredNodeAffinity): boolean {
  if (c.nodeAffinityPolicy === 'Honor' && !req.match(node)) return false;
  if (c.nodeTaintsPolicy === 'Honor' && findMatchingUntoleratedTaint(node.spec?.taints ?? [], pod.tolerations, doNotScheduleTaints)) return false;
  return true;
}

export function nodeHasAllKeys(labels: Readonly<Record<string, string>>, cs: readonly Constraint[]): boolean {
  for (const c of cs) if (!(c.topologyKey in labels)) return false;
  return true;
}
