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
 * that a node's count of matching Pods can be remembered until the node's Pods change.
 */
export type LabelMatcher = ((labels: Readonly<Record<string, string>>) => boolean) & { key?: string; nsKey?: { namespace: string; key: string } };

function keyed(fn: (labels: Readonly<Record<string, string>>) => boolean, key: string): LabelMatcher {
  return Object.assign(fn, { key });
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
      matches: keyed(extra.length ? (l) => base(l) && extra.every(([k, v]) => l[k] === v) : base, `own:${JSON.stringify(c.labelSelector ?? null)}:${JSON.stringify(extra)}`),
      nodeAffinityPolicy: (c.nodeAffinityPolicy as 'Honor' | 'Ignore') ?? 'Honor',
      nodeTaintsPolicy: (c.nodeTaintsPolicy as 'Honor' | 'Ignore') ?? 'Ignore',
    });
  }
  return out;
}

/** helper.DefaultSelector: merged Service selectors plus the controlling workload's selector; null when empty. */
export function defaultSelector(pod: Pod, listers: WorkloadListers): LabelMatcher | null {
  const ns = pod.metadata?.namespace ?? '';
  const labels = pod.metadata?.labels ?? {};
  const set: Record<string, string> = {};
  for (const svc of listers.services(ns)) {
    const s = svc.spec?.selector;
    if (!s) continue;
    if (Object.entries(s).every(([k, v]) => labels[k] === v)) Object.assign(set, s);
  }
  const matchers: LabelMatcher[] = [];
  const keys: string[] = [];
  if (Object.keys(set).length) {
    matchers.push((l) => Object.entries(set).every(([k, v]) => l[k] === v));
    keys.push(`svc:${JSON.stringify(set)}`);
  }
  const owner = pod.metadata?.ownerReferences?.find((o) => o.controller);
  if (owner) {
    if (owner.kind === 'ReplicationController' && owner.apiVersion === 'v1') {
      const rc = listers.replicationControllers(ns).find((r) => (r as { metadata?: { name?: string } }).metadata?.name === owner.name);
      const s = rc?.spec?.selector;
      if (s && Object.keys(s).length) {
        matchers.push((l) => Object.entries(s).every(([k, v]) => l[k] === v));
        keys.push(`rc:${JSON.stringify(s)}`);
      }
    } else if ((owner.kind === 'ReplicaSet' || owner.kind === 'StatefulSet') && owner.apiVersion === 'apps/v1') {
      const list = owner.kind === 'ReplicaSet' ? listers.replicaSets(ns) : listers.statefulSets(ns);
      const w = list.find((r) => r.metadata?.name === owner.name);
      if (w) {
        try {
          const sel = selectorFromLabelSelector(w.spec?.selector as never);
          if (!sel.empty()) {
            matchers.push(fromSelector(sel));
            keys.push(`sel:${JSON.stringify(w.spec?.selector)}`);
          }
        } catch {
          // An invalid selector adds nothing, as upstream ignores the error.
        }
      }
    }
  }
  if (!matchers.length) return null;
  return keyed((l) => matchers.every((m) => m(l)), keys.join('|'));
}

/** countPodsMatchSelector: same namespace, not terminating, labels match. */
export function countPodsMatchSelector(node: NodeInfo, matches: LabelMatcher, namespace: string): number {
  // The same count is asked of every node in every cycle (the zone constraint of the
  // defaults visits all nodes); remember it per node until the node's Pods change.
  let key: string | undefined;
  if (matches.key !== undefined) {
    // One string per matcher and namespace, not one per node (hashing it is the cost).
    if (matches.nsKey?.namespace !== namespace) matches.nsKey = { namespace, key: `${namespace}\0${matches.key}` };
    key = matches.nsKey.key;
  }
  if (key !== undefined) {
    const m = node.matchCounts.get(key);
    if (m !== undefined && m.generation === node.generation) return m.count;
  }
  let n = 0;
  for (const p of node.pods.values()) {
    if (p.terminating || p.namespace !== namespace) continue;
    if (matches(p.labels)) n++;
  }
  if (key !== undefined) {
    if (node.matchCounts.size >= 256 && !node.matchCounts.has(key)) node.matchCounts.clear();
    node.matchCounts.set(key, { generation: node.generation, count: n });
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
