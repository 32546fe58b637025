// Mirrors pkg/controller/controller_utils.go ActivePodsWithRanks (v1.32, with the
// PodDeletionCost and LogarithmicScaleDown gates on): the order in which a
// ReplicaSet picks Pods to delete when it scales down, most disposable first.
import type { Pod } from 'kubernetes-types/core/v1';
import { parseRFC3339 } from '../../clock/clock.js';
import { getPodReadyCondition, isPodReady } from './podutil.js';

const phaseOrdinal: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };

function deletionCost(p: Pod): number {
  const v = p.metadata?.annotations?.['controller.kubernetes.io/pod-deletion-cost'];
  const n = v === undefined ? 0 : Number(v);
  return Number.isInteger(n) ? n : 0;
}

function readyTime(p: Pod): number | undefined {
  if (!isPodReady(p)) return undefined;
  return parseRFC3339(getPodReadyCondition(p)?.lastTransitionTime);
}

/** logarithmicRankDiff: compare floor(log2(age in ns)); ages within the same power of two tie. */
function logRankDiff(t1: number, t2: number, now: number): number {
  const rank = (t: number) => {
    const d = (now - t) * 1e6;
    return d > 0 ? Math.floor(Math.log2(d)) : -1;
  };
  return rank(t1) - rank(t2);
}

function maxRestarts(p: Pod): [number, number] {
  let regular = 0;
  let sidecar = 0;
  for (const c of p.status?.containerStatuses ?? []) regular = Math.max(regular, c.restartCount ?? 0);
  const sidecars = new Set((p.spec?.initContainers ?? []).filter((c) => c.restartPolicy === 'Always').map((c) => c.name));
  for (const c of p.status?.initContainerStatuses ?? []) if (sidecars.has(c.name)) sidecar = Math.max(sidecar, c.restartCount ?? 0);
  return [regular, sidecar];
}

/**
 * Less of ActivePodsWithRanks: true when pod i should be deleted before pod j.
 * 1 unassigned < assigned; 2 Pending < Unknown < Running; 3 not ready < ready;
 * 4 lower deletion cost first; 5 more Pods of the family on the same node first;
 * 6 ready more recently first; 7 more restarts first; 8 newer first.
 */
export function podLess(a: Pod, ra: number, b: Pod, rb: number, now: number): boolean {
  const na = a.spec?.nodeName ?? '';
  const nb = b.spec?.nodeName ?? '';
  if (na !== nb && (na === '' || nb === '')) return na === '';
  const pa = phaseOrdinal[a.status?.phase ?? ''] ?? 0;
  const pb = phaseOrdinal[b.status?.phase ?? ''] ?? 0;
  if (pa !== pb) return pa < pb;
  if (isPodReady(a) !== isPodReady(b)) return !isPodReady(a);
  const ca = deletionCost(a);
  const cb = deletionCost(b);
  if (ca !== cb) return ca < cb;
  if (ra !== rb) return ra > rb;
  if (isPodReady(a) && isPodReady(b)) {
    const r = compareTimes(readyTime(a), readyTime(b), a, b, now);
    if (r !== undefined) return r;
  }
  const [ra1, rs1] = maxRestarts(a);
  const [rb1, rs2] = maxRestarts(b);
  if (ra1 !== rb1) return ra1 > rb1;
  if (rs1 !== rs2) return rs1 > rs2;
  const r = compareTimes(parseRFC3339(a.metadata?.creationTimestamp), parseRFC3339(b.metadata?.creationTimestamp), a, b, now);
  return r ?? false;
}

/** Steps 6 and 8: undefined when equal; zero times first, else the later time first (by log bucket, then uid). */
function compareTimes(t1: number | undefined, t2: number | undefined, a: Pod, b: Pod, now: number): boolean | undefined {
  if (t1 === t2) return undefined;
  if (t1 === undefined || t2 === undefined) return t1 === undefined;
  const diff = logRankDiff(t1, t2, now);
  if (diff === 0) return (a.metadata?.uid ?? '') < (b.metadata?.uid ?? '');
  return diff < 0;
}

/**
 * getPodsRankedByRelatedPodsOnSameNode + sort: rank each Pod by how many active Pods of
 * its family (related) share its node, then order by podLess.
 */
export function rankPodsForDeletion(pods: Pod[], related: Pod[], now: number): Pod[] {
  const onNode = new Map<string, number>();
  for (const p of related) {
    if (p.status?.phase === 'Succeeded' || p.status?.phase === 'Failed' || p.metadata?.deletionTimestamp) continue;
    const n = p.spec?.nodeName ?? '';
    onNode.set(n, (onNode.get(n) ?? 0) + 1);
  }
  const ranked = pods.map((p) => ({ p, r: onNode.get(p.spec?.nodeName ?? '') ?? 0 }));
  ranked.sort((x, y) => (podLess(x.p, x.r, y.p, y.r, now) ? -1 : podLess(y.p, y.r, x.p, x.r, now) ? 1 : 0));
  return ranked.map((x) => x.p);
}
