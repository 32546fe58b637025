// Mirrors the rollout arithmetic of pkg/controller/deployment/util/deployment_util.go:
// ResolveFenceposts, MaxSurge, MaxUnavailable, NewRSNewReplicas, IsSaturated and the
// proportional scaling helpers (GetProportion, getReplicaSetFraction).
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';
import { DesiredReplicasAnnotation, MaxReplicasAnnotation, specReplicas } from './replicasets.js';

type IntOrString = number | string | undefined;

/**
 * intstr.GetScaledValueFromIntOrPercent: "25%" of 10 is 3 rounded up (surge), 2
 * rounded down (unavailable); a plain integer is itself.
 */
export function scaledValue(v: IntOrString, total: number, roundUp: boolean): number {
  if (v === undefined) return 0;
  if (typeof v === 'number') return v;
  const m = /^(-?\d+)%$/.exec(v);
  if (!m) {
    if (/^-?\d+$/.test(v)) return Number(v);
    throw new Error(`invalid value for IntOrString: invalid type: string is not a percentage`);
  }
  const x = (Number(m[1]) * total) / 100;
  return roundUp ? Math.ceil(x) : Math.floor(x);
}

function isRollingUpdate(d: Deployment): boolean {
  return d.spec?.strategy?.type === 'RollingUpdate';
}

/** ResolveFenceposts: (surge, unavailable); both zero would deadlock, so unavailable becomes 1. */
export function resolveFenceposts(maxSurge: IntOrString, maxUnavailable: IntOrString, desired: number): [number, number] {
  const surge = scaledValue(maxSurge, desired, true);
  let unavailable = scaledValue(maxUnavailable, desired, false);
  if (surge === 0 && unavailable === 0) unavailable = 1;
  return [surge, unavailable];
}

export function maxSurge(d: Deployment): number {
  if (!isRollingUpdate(d)) return 0;
  const ru = d.spec?.strategy?.rollingUpdate;
  return resolveFenceposts(ru?.maxSurge, ru?.maxUnavailable, d.spec?.replicas ?? 1)[0];
}

export function maxUnavailable(d: Deployment): number {
  const want = d.spec?.replicas ?? 1;
  if (!isRollingUpdate(d) || want === 0) return 0;
  const ru = d.spec?.strategy?.rollingUpdate;
  const u = resolveFenceposts(ru?.maxSurge, ru?.maxUnavailable, want)[1];
  return Math.min(u, want);
}

/**
 * NewRSNewReplicas: how big the new ReplicaSet may be now. RollingUpdate: up to
 * replicas + maxSurge Pods in all; e.g. 4 replicas, 25% surge (1), 4 old Pods → new RS
 * may grow to 1. Recreate: straight to replicas.
 */
export function newRSNewReplicas(d: Deployment, allRSs: ReplicaSet[], newRS: ReplicaSet): number {
  const want = d.spec?.replicas ?? 1;
  const cur = newRS.spec?.replicas ?? 0;
  if (d.spec?.strategy?.type === 'Recreate') return want;
  const surge = scaledValue(d.spec?.strategy?.rollingUpdate?.maxSurge, want, true);
  const current = specReplicas(allRSs);
  const maxTotal = want + surge;
  if (current >= maxTotal) return cur;
  return cur + Math.min(maxTotal - current, want - cur);
}

/** IsSaturated: the new ReplicaSet has every replica, annotated and available. */
export function isSaturated(d: Deployment, rs: ReplicaSet | undefined): boolean {
  if (!rs) return false;
  const desired = rs.metadata?.annotations?.[DesiredReplicasAnnotation];
  if (desired === undefined || !/^-?\d+$/.test(desired)) return false;
  const want = d.spec?.replicas ?? 1;
  return (rs.spec?.replicas ?? 0) === want && Number(desired) === want && (rs.status?.availableReplicas ?? 0) === want;
}

/** Go's math.Round: halves away from zero. */
function roundHalfAway(x: number): number {
  return x < 0 ? -Math.round(-x) : Math.round(x);
}

/**
 * getReplicaSetFraction: this ReplicaSet's share of a resize, from the size the
 * Deployment had (max-replicas annotation). Example: RS of 3 under max 5 (4+1 surge),
 * Deployment now 8+2=10 → 3*10/5 = 6, so +3.
 */
function replicaSetFraction(rs: ReplicaSet, d: Deployment): number {
  const cur = rs.spec?.replicas ?? 0;
  const want = d.spec?.replicas ?? 1;
  if (want === 0) return -cur;
  const deploymentReplicas = want + maxSurge(d);
  const ann = rs.metadata?.annotations?.[MaxReplicasAnnotation];
  const annotated = ann !== undefined && /^-?\d+$/.test(ann) ? Number(ann) : (d.status?.replicas ?? 0);
  if (!annotated) return 0; // upstream divides by zero here; nothing sensible to add
  return roundHalfAway((cur * deploymentReplicas) / annotated) - cur;
}

/** GetProportion: the fraction, bounded by what is still left to add (or remove). */
export function getProportion(rs: ReplicaSet | undefined, d: Deployment, toAdd: number, added: number): number {
  if (!rs || (rs.spec?.replicas ?? 0) === 0 || toAdd === 0 || toAdd === added) return 0;
  const fraction = replicaSetFraction(rs, d);
  const allowed = toAdd - added;
  return toAdd > 0 ? Math.min(fraction, allowed) : Math.max(fraction, allowed);
}
