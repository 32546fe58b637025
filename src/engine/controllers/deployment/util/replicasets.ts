// Mirrors pkg/controller/deployment/util/deployment_util.go (ReplicaSet side):
// revision annotations, finding the new and old ReplicaSets, replica counts,
// and the sort orders (controller.ReplicaSetsByCreationTimestamp, …BySize…, ByRevision).
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';
import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import { clone, deepEqual } from '../../../util/object.js';

export const RevisionAnnotation = 'deployment.kubernetes.io/revision';
export const RevisionHistoryAnnotation = 'deployment.kubernetes.io/revision-history';
export const DesiredReplicasAnnotation = 'deployment.kubernetes.io/desired-replicas';
export const MaxReplicasAnnotation = 'deployment.kubernetes.io/max-replicas';
export const RollbackToAnnotation = 'deprecated.deployment.rollback.to';
export const ChangeCauseAnnotation = 'kubernetes.io/change-cause';
export const DefaultDeploymentUniqueLabelKey = 'pod-template-hash';
/** maxRevHistoryLengthInChars */
export const maxRevHistoryLengthInChars = 2000;

/** Annotations a Deployment never copies to its ReplicaSets (annotationsToSkip). */
export const annotationsToSkip = new Set([
  'kubectl.kubernetes.io/last-applied-configuration',
  RevisionAnnotation,
  RevisionHistoryAnnotation,
  DesiredReplicasAnnotation,
  MaxReplicasAnnotation,
  RollbackToAnnotation,
]);

type Mut<T> = { -readonly [K in keyof T]: T[K] };

/** Revision: the revision annotation as a number; undefined when missing or malformed (0 when empty). */
export function revision(rs: { metadata?: { annotations?: Record<string, string> } } | undefined): number | undefined {
  const v = rs?.metadata?.annotations?.[RevisionAnnotation];
  if (v === undefined) return 0;
  return /^-?\d+$/.test(v) ? Number(v) : undefined;
}

export function maxRevision(rss: ReplicaSet[]): number {
  let max = 0;
  for (const rs of rss) {
    const v = revision(rs);
    if (v !== undefined && v > max) max = v;
  }
  return max;
}

/** LastRevision: the second-highest revision (what `rollout undo` goes back to). */
export function lastRevision(rss: ReplicaSet[]): number {
  let max = 0;
  let second = 0;
  for (const rs of rss) {
    const v = revision(rs);
    if (v === undefined) continue;
    if (v >= max) {
      second = max;
      max = v;
    } else if (v > second) second = v;
  }
  return second;
}

/** EqualIgnoreHash: templates equal once the pod-template-hash label is ignored. */
export function equalIgnoreHash(a: PodTemplateSpec | undefined, b: PodTemplateSpec | undefined): boolean {
  const strip = (t: PodTemplateSpec | undefined) => {
    const c = clone(t ?? {}) as PodTemplateSpec;
    const labels = c.metadata?.labels as Record<string, string> | undefined;
    if (labels) {
      delete labels[DefaultDeploymentUniqueLabelKey];
      if (!Object.keys(labels).length) delete c.metadata!.labels;
    }
    if (c.metadata && !Object.keys(c.metadata).length) delete c.metadata;
    return c;
  };
  return deepEqual(strip(a), strip(b));
}

function creationMs(rs: ReplicaSet): number {
  return Date.parse(rs.metadata?.creationTimestamp ?? '') || 0;
}

/** ReplicaSetsByCreationTimestamp: oldest first, then by name. */
export function byCreation(a: ReplicaSet, b: ReplicaSet): number {
  const d = creationMs(a) - creationMs(b);
  if (d !== 0) return d;
  const na = a.metadata?.name ?? '';
  const nb = b.metadata?.name ?? '';
  return na < nb ? -1 : na > nb ? 1 : 0;
}

/** ReplicaSetsBySizeOlder: larger first, then older first. */
export function bySizeOlder(a: ReplicaSet, b: ReplicaSet): number {
  const d = (b.spec?.replicas ?? 0) - (a.spec?.replicas ?? 0);
  return d !== 0 ? d : byCreation(a, b);
}

/** ReplicaSetsBySizeNewer: larger first, then newer first. */
export function bySizeNewer(a: ReplicaSet, b: ReplicaSet): number {
  const d = (b.spec?.replicas ?? 0) - (a.spec?.replicas ?? 0);
  return d !== 0 ? d : byCreation(b, a);
}

/** ReplicaSetsByRevision: lowest revision first (creation order when unknown or equal). */
export function byRevision(a: ReplicaSet, b: ReplicaSet): number {
  const ra = revision(a);
  const rb = revision(b);
  if (ra === undefined || rb === undefined || ra === rb) return byCreation(a, b);
  return ra - rb;
}

/** FindNewReplicaSet: the oldest ReplicaSet whose template equals the Deployment's. */
export function findNewReplicaSet(d: Deployment, rss: ReplicaSet[]): ReplicaSet | undefined {
  return [...rss].sort(byCreation).find((rs) => equalIgnoreHash(rs.spec?.template, d.spec?.template));
}

/** FindOldReplicaSets: (old ones with replicas, all old ones). */
export function findOldReplicaSets(d: Deployment, rss: ReplicaSet[]): { required: ReplicaSet[]; all: ReplicaSet[] } {
  const newRS = findNewReplicaSet(d, rss);
  const all = rss.filter((rs) => rs.metadata?.uid !== newRS?.metadata?.uid);
  return { required: all.filter((rs) => (rs.spec?.replicas ?? 0) !== 0), all };
}

export function filterActiveReplicaSets(rss: (ReplicaSet | undefined)[]): ReplicaSet[] {
  return rss.filter((rs): rs is ReplicaSet => !!rs && (rs.spec?.replicas ?? 0) > 0);
}

/** GetReplicaCountForReplicaSets: sum of spec.replicas. */
export function specReplicas(rss: (ReplicaSet | undefined)[]): number {
  return rss.reduce((n, rs) => n + (rs?.spec?.replicas ?? 0), 0);
}

/** GetActualReplicaCountForReplicaSets: sum of status.replicas. */
export function actualReplicas(rss: (ReplicaSet | undefined)[]): number {
  return rss.reduce((n, rs) => n + (rs?.status?.replicas ?? 0), 0);
}

export function readyReplicas(rss: (ReplicaSet | undefined)[]): number {
  return rss.reduce((n, rs) => n + (rs?.status?.readyReplicas ?? 0), 0);
}

export function availableReplicas(rss: (ReplicaSet | undefined)[]): number {
  return rss.reduce((n, rs) => n + (rs?.status?.availableReplicas ?? 0), 0);
}

function annotationsOf(rs: ReplicaSet): Record<string, string> {
  const m = rs.metadata as Mut<NonNullable<ReplicaSet['metadata']>>;
  return (m.annotations ??= {}) as Record<string, string>;
}

/** SetReplicasAnnotations: desired-replicas and max-replicas; true when either changed. */
export function setReplicasAnnotations(rs: ReplicaSet, desired: number, max: number): boolean {
  const a = annotationsOf(rs);
  let updated = false;
  if (a[DesiredReplicasAnnotation] !== String(desired)) {
    a[DesiredReplicasAnnotation] = String(desired);
    updated = true;
  }
  if (a[MaxReplicasAnnotation] !== String(max)) {
    a[MaxReplicasAnnotation] = String(max);
    updated = true;
  }
  return updated;
}

/** copyDeploymentAnnotationsToReplicaSet: e.g. kubernetes.io/change-cause follows the template. */
export function copyDeploymentAnnotationsToReplicaSet(d: Deployment, rs: ReplicaSet): boolean {
  const a = annotationsOf(rs);
  let changed = false;
  for (const [k, v] of Object.entries(d.metadata?.annotations ?? {})) {
    if (annotationsToSkip.has(k) || a[k] === v) continue;
    a[k] = v;
    changed = true;
  }
  return changed;
}

/**
 * SetNewReplicaSetAnnotations: copy the Deployment's annotations, raise the revision
 * (a rolled-back-to ReplicaSet keeps its old numbers in revision-history), and give a
 * ReplicaSet about to be created its replica annotations.
 */
export function setNewReplicaSetAnnotations(d: Deployment, rs: ReplicaSet, newRevision: string, exists: boolean, maxSurge: number): boolean {
  let changed = copyDeploymentAnnotationsToReplicaSet(d, rs);
  const a = annotationsOf(rs);
  const oldRevision = a[RevisionAnnotation];
  let oldInt = 0;
  if (oldRevision !== undefined && oldRevision !== '') {
    if (!/^-?\d+$/.test(oldRevision)) return false;
    oldInt = Number(oldRevision);
  }
  const newInt = Number(newRevision);
  if (oldInt < newInt) {
    a[RevisionAnnotation] = newRevision;
    changed = true;
  }
  if (oldRevision && oldInt < newInt) {
    const history = a[RevisionHistoryAnnotation] ?? '';
    let old = history.split(',');
    if (old[0] === '') a[RevisionHistoryAnnotation] = oldRevision;
    else {
      let total = history.length + oldRevision.length + 1;
      let start = 0;
      while (total > maxRevHistoryLengthInChars && start < old.length) total -= old[start++]!.length + 1;
      if (total <= maxRevHistoryLengthInChars) {
        old = [...old.slice(start), oldRevision];
        a[RevisionHistoryAnnotation] = old.join(',');
      }
    }
  }
  const want = d.spec?.replicas ?? 1;
  if (!exists && setReplicasAnnotations(rs, want, want + maxSurge)) changed = true;
  return changed;
}

/** SetDeploymentRevision */
export function setDeploymentRevision(d: Deployment, rev: string | undefined): boolean {
  const m = d.metadata as Mut<NonNullable<Deployment['metadata']>>;
  const a = (m.annotations ??= {}) as Record<string, string>;
  if (a[RevisionAnnotation] === rev) return false;
  if (rev === undefined) delete a[RevisionAnnotation];
  else a[RevisionAnnotation] = rev;
  return true;
}
