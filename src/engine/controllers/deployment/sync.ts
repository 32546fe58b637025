// Mirrors pkg/controller/deployment/sync.go: syncing paused and scaled Deployments,
// finding or creating the new ReplicaSet (revision annotations, pod-template-hash,
// collisions), proportional scaling, clean-up to revisionHistoryLimit and status.
import type { Deployment, DeploymentStatus, ReplicaSet } from 'kubernetes-types/apps/v1';
import { isAlreadyExists, isStatusError } from '../../api/errors.js';
import { clone, deepEqual } from '../../util/object.js';
import { newControllerRef, getControllerOf } from '../util/controllerref.js';
import { errorText } from '../util/errors.js';
import type { DeploymentControllerContext } from './context.js';
import {
  deploymentComplete,
  getDeploymentCondition,
  hasProgressDeadline,
  newDeploymentCondition,
  reasons,
  setDeploymentCondition,
} from './util/conditions.js';
import { computeHash } from '../util/hash.js';
import {
  DefaultDeploymentUniqueLabelKey,
  availableReplicas,
  actualReplicas,
  byCreation,
  byRevision,
  bySizeNewer,
  bySizeOlder,
  equalIgnoreHash,
  filterActiveReplicaSets,
  findNewReplicaSet,
  findOldReplicaSets,
  maxRevision,
  readyReplicas,
  setDeploymentRevision,
  setNewReplicaSetAnnotations,
  setReplicasAnnotations,
  specReplicas,
} from './util/replicasets.js';
import { getProportion, isSaturated, maxSurge, maxUnavailable, newRSNewReplicas } from './util/rollout.js';

type Ctx = DeploymentControllerContext;

/** sync: reconcile a paused or scaled Deployment without starting a rollout. */
export function sync(dc: Ctx, d: Deployment, rsList: ReplicaSet[]): void {
  const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(dc, d, rsList, false);
  scale(dc, d, newRS, oldRSs);
  // A paused Deployment may still be cleaned up (there is no rollout to protect).
  if (d.spec?.paused) cleanupDeployment(dc, oldRSs, d);
  syncDeploymentStatus(dc, [...oldRSs, newRS], newRS, d);
}

/** checkPausedConditions: Progressing Unknown DeploymentPaused / DeploymentResumed. */
export function checkPausedConditions(dc: Ctx, d: Deployment): void {
  if (!hasProgressDeadline(d)) return;
  const cond = getDeploymentCondition(d.status, 'Progressing');
  if (cond?.reason === reasons.TimedOutReason) return;
  const pausedCondExists = cond?.reason === reasons.PausedDeployReason;
  const status = d.status as DeploymentStatus;
  let needsUpdate = false;
  if (d.spec?.paused && !pausedCondExists) {
    setDeploymentCondition(status, newDeploymentCondition('Progressing', 'Unknown', reasons.PausedDeployReason, 'Deployment is paused', dc.clock.now()));
    needsUpdate = true;
  } else if (!d.spec?.paused && pausedCondExists) {
    setDeploymentCondition(status, newDeploymentCondition('Progressing', 'Unknown', reasons.ResumedDeployReason, 'Deployment is resumed', dc.clock.now()));
    needsUpdate = true;
  }
  if (needsUpdate) dc.client.updateStatus('apps', 'deployments', d.metadata!.namespace, d);
}

export function getAllReplicaSetsAndSyncRevision(dc: Ctx, d: Deployment, rsList: ReplicaSet[], create: boolean): { newRS?: ReplicaSet; oldRSs: ReplicaSet[] } {
  const { all } = findOldReplicaSets(d, rsList);
  const newRS = getNewReplicaSet(dc, d, rsList, all, create);
  return { newRS, oldRSs: all };
}

/**
 * getNewReplicaSet: the ReplicaSet for the current template, its revision raised to
 * max(old)+1; created (as `<deployment>-<pod-template-hash>`) when asked to.
 */
export function getNewReplicaSet(dc: Ctx, d: Deployment, rsList: ReplicaSet[], oldRSs: ReplicaSet[], create: boolean): ReplicaSet | undefined {
  const ns = d.metadata!.namespace!;
  const existing = findNewReplicaSet(d, rsList);
  const newRevision = String(maxRevision(oldRSs) + 1);
  const status = d.status as DeploymentStatus;
  if (existing) {
    let rs = clone(existing) as ReplicaSet;
    const annotationsUpdated = setNewReplicaSetAnnotations(d, rs, newRevision, true, maxSurge(d));
    const mrsNeedsUpdate = (rs.spec!.minReadySeconds ?? 0) !== (d.spec?.minReadySeconds ?? 0);
    if (annotationsUpdated || mrsNeedsUpdate) {
      rs.spec!.minReadySeconds = d.spec?.minReadySeconds ?? 0;
      return dc.client.update<ReplicaSet>('apps', 'replicasets', ns, rs);
    }
    let needsUpdate = setDeploymentRevision(d, rs.metadata?.annotations?.['deployment.kubernetes.io/revision']);
    if (hasProgressDeadline(d) && !getDeploymentCondition(status, 'Progressing')) {
      const msg = `Found new replica set "${rs.metadata!.name}"`;
      setDeploymentCondition(status, newDeploymentCondition('Progressing', 'True', reasons.FoundNewRSReason, msg, dc.clock.now()));
      needsUpdate = true;
    }
    if (needsUpdate) dc.client.updateStatus('apps', 'deployments', ns, d);
    rs = existing;
    return rs;
  }
  if (!create) return undefined;

  const template = clone(d.spec!.template);
  const hash = computeHash(template, status.collisionCount);
  template.metadata = { ...(template.metadata ?? {}), labels: { ...(template.metadata?.labels ?? {}), [DefaultDeploymentUniqueLabelKey]: hash } };
  const selector = clone(d.spec!.selector);
  selector.matchLabels = { ...(selector.matchLabels ?? {}), [DefaultDeploymentUniqueLabelKey]: hash };
  const newRS: ReplicaSet = {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name: `${d.metadata!.name}-${hash}`,
      namespace: ns,
      ownerReferences: [newControllerRef(d, 'apps/v1', 'Deployment')],
      labels: template.metadata.labels,
    },
    spec: { replicas: 0, minReadySeconds: d.spec?.minReadySeconds ?? 0, selector, template },
  };
  const newReplicas = newRSNewReplicas(d, [...oldRSs, newRS], newRS);
  newRS.spec!.replicas = newReplicas;
  setNewReplicaSetAnnotations(d, newRS, newRevision, false, maxSurge(d));

  let created: ReplicaSet | undefined;
  let alreadyExists = false;
  try {
    created = dc.client.create<ReplicaSet>('apps', 'replicasets', ns, newRS);
  } catch (err) {
    if (isAlreadyExists(err)) {
      alreadyExists = true;
      const rs = dc.rsInformer.get(ns, newRS.metadata!.name!);
      const ref = rs && getControllerOf(rs);
      if (rs && ref?.uid === d.metadata?.uid && equalIgnoreHash(d.spec?.template, rs.spec?.template)) {
        created = rs;
      } else {
        // A hash collision: count it so the next hash differs, and retry.
        status.collisionCount = (status.collisionCount ?? 0) + 1;
        try {
          dc.client.updateStatus('apps', 'deployments', ns, d);
        } catch {
          // The requeue retries.
        }
        throw err;
      }
    } else if (isStatusError(err) && err.code === 403) {
      throw err; // e.g. the namespace is terminating
    } else {
      const msg = `Failed to create new replica set "${newRS.metadata!.name}": ${errorText(err)}`;
      if (hasProgressDeadline(d)) {
        setDeploymentCondition(status, newDeploymentCondition('Progressing', 'False', reasons.FailedRSCreateReason, msg, dc.clock.now()));
        try {
          dc.client.updateStatus('apps', 'deployments', ns, d);
        } catch {
          // best effort, as upstream ignores this error
        }
      }
      dc.recorder.event(d, 'Warning', reasons.FailedRSCreateReason, msg);
      throw err;
    }
  }
  if (!alreadyExists && newReplicas > 0) {
    dc.recorder.event(d, 'Normal', 'ScalingReplicaSet', `Scaled up replica set ${created!.metadata!.name} from 0 to ${newReplicas}`);
  }
  let needsUpdate = setDeploymentRevision(d, newRevision);
  if (!alreadyExists && hasProgressDeadline(d)) {
    const msg = `Created new replica set "${created!.metadata!.name}"`;
    setDeploymentCondition(status, newDeploymentCondition('Progressing', 'True', reasons.NewRSReason, msg, dc.clock.now()));
    needsUpdate = true;
  }
  if (needsUpdate) dc.client.updateStatus('apps', 'deployments', ns, d);
  return created;
}

/**
 * scale: on a resize, grow or shrink the active ReplicaSets in proportion to their
 * size (the largest absorbs the rounding), so a rollout in progress keeps its shape.
 */
export function scale(dc: Ctx, d: Deployment, newRS: ReplicaSet | undefined, oldRSs: ReplicaSet[]): void {
  const want = d.spec?.replicas ?? 1;
  const activeOrLatest = findActiveOrLatest(newRS, oldRSs);
  if (activeOrLatest) {
    if ((activeOrLatest.spec?.replicas ?? 0) === want) return;
    scaleReplicaSetAndRecordEvent(dc, activeOrLatest, want, d);
    return;
  }
  if (isSaturated(d, newRS)) {
    for (const old of filterActiveReplicaSets(oldRSs)) scaleReplicaSetAndRecordEvent(dc, old, 0, d);
    return;
  }
  if (d.spec?.strategy?.type !== 'RollingUpdate') return;
  const all = filterActiveReplicaSets([...oldRSs, newRS]);
  const allowed = want > 0 ? want + maxSurge(d) : 0;
  const toAdd = allowed - specReplicas(all);
  let op = '';
  if (toAdd > 0) {
    all.sort(bySizeNewer);
    op = 'up';
  } else if (toAdd < 0) {
    all.sort(bySizeOlder);
    op = 'down';
  }
  let added = 0;
  const sizes = new Map<string, number>();
  for (const rs of all) {
    if (toAdd !== 0) {
      const p = getProportion(rs, d, toAdd, added);
      sizes.set(rs.metadata!.name!, (rs.spec?.replicas ?? 0) + p);
      added += p;
    } else sizes.set(rs.metadata!.name!, rs.spec?.replicas ?? 0);
  }
  all.forEach((rs, i) => {
    const name = rs.metadata!.name!;
    if (i === 0 && toAdd !== 0) sizes.set(name, Math.max(0, sizes.get(name)! + toAdd - added));
    scaleReplicaSet(dc, rs, sizes.get(name)!, d, op);
  });
}

/** FindActiveOrLatest: the only active ReplicaSet, or the newest when none is active. */
function findActiveOrLatest(newRS: ReplicaSet | undefined, oldRSs: ReplicaSet[]): ReplicaSet | undefined {
  if (!newRS && !oldRSs.length) return undefined;
  const olds = [...oldRSs].sort((a, b) => byCreation(b, a));
  const all = filterActiveReplicaSets([...olds, newRS]);
  if (all.length === 0) return newRS ?? olds[0];
  if (all.length === 1) return all[0];
  return undefined;
}

/** scaleReplicaSetAndRecordEvent: returns [scaled, the ReplicaSet after]. */
export function scaleReplicaSetAndRecordEvent(dc: Ctx, rs: ReplicaSet, newScale: number, d: Deployment): [boolean, ReplicaSet] {
  if ((rs.spec?.replicas ?? 0) === newScale) return [false, rs];
  return scaleReplicaSet(dc, rs, newScale, d, (rs.spec?.replicas ?? 0) < newScale ? 'up' : 'down');
}

/** scaleReplicaSet: write size and replica annotations; a `Scaled up|down … from X to Y` event. */
export function scaleReplicaSet(dc: Ctx, rs: ReplicaSet, newScale: number, d: Deployment, op: string): [boolean, ReplicaSet] {
  const oldScale = rs.spec?.replicas ?? 0;
  const sizeNeedsUpdate = oldScale !== newScale;
  const want = d.spec?.replicas ?? 1;
  const probe = clone(rs) as ReplicaSet;
  const annotationsNeedUpdate = setReplicasAnnotations(probe, want, want + maxSurge(d));
  if (!sizeNeedsUpdate && !annotationsNeedUpdate) return [false, rs];
  probe.spec!.replicas = newScale;
  const updated = dc.client.update<ReplicaSet>('apps', 'replicasets', rs.metadata!.namespace, probe);
  if (sizeNeedsUpdate) {
    dc.recorder.event(d, 'Normal', 'ScalingReplicaSet', `Scaled ${op} replica set ${updated.metadata!.name} from ${oldScale} to ${newScale}`);
  }
  return [sizeNeedsUpdate, updated];
}

/** cleanupDeployment: delete the oldest empty ReplicaSets beyond revisionHistoryLimit. */
export function cleanupDeployment(dc: Ctx, oldRSs: ReplicaSet[], d: Deployment): void {
  const limit = d.spec?.revisionHistoryLimit;
  if (limit === undefined || limit === null) return;
  const cleanable = oldRSs.filter((rs) => rs && !rs.metadata?.deletionTimestamp);
  const diff = cleanable.length - limit;
  if (diff <= 0) return;
  cleanable.sort(byRevision);
  for (let i = 0; i < diff; i++) {
    const rs = cleanable[i]!;
    if ((rs.status?.replicas ?? 0) !== 0 || (rs.spec?.replicas ?? 0) !== 0 || (rs.metadata?.generation ?? 0) > (rs.status?.observedGeneration ?? 0) || rs.metadata?.deletionTimestamp) continue;
    try {
      dc.client.delete('apps', 'replicasets', rs.metadata!.namespace, rs.metadata!.name!);
    } catch (e) {
      if (!(isStatusError(e) && e.code === 404)) throw e;
    }
  }
}

/** calculateStatus: replica counts over all ReplicaSets and the Available condition. */
export function calculateStatus(dc: Ctx, allRSs: (ReplicaSet | undefined)[], newRS: ReplicaSet | undefined, d: Deployment): DeploymentStatus {
  const available = availableReplicas(allRSs);
  const total = specReplicas(allRSs);
  const unavailable = Math.max(0, total - available);
  const s: DeploymentStatus = {};
  // Field order and omitempty as apps/v1 DeploymentStatus serialises.
  if (d.metadata?.generation) s.observedGeneration = d.metadata.generation;
  const replicas = actualReplicas(allRSs);
  if (replicas) s.replicas = replicas;
  const updated = actualReplicas([newRS]);
  if (updated) s.updatedReplicas = updated;
  const ready = readyReplicas(allRSs);
  if (ready) s.readyReplicas = ready;
  if (available) s.availableReplicas = available;
  if (unavailable) s.unavailableReplicas = unavailable;
  if (d.status?.conditions) s.conditions = d.status.conditions.map((c) => ({ ...c }));
  if (d.status?.collisionCount !== undefined) s.collisionCount = d.status.collisionCount;
  const want = d.spec?.replicas ?? 1;
  if (available >= want - maxUnavailable(d)) {
    setDeploymentCondition(s, newDeploymentCondition('Available', 'True', reasons.MinimumReplicasAvailable, 'Deployment has minimum availability.', dc.clock.now()));
  } else {
    setDeploymentCondition(s, newDeploymentCondition('Available', 'False', reasons.MinimumReplicasUnavailable, 'Deployment does not have minimum availability.', dc.clock.now()));
  }
  return s;
}

/** syncDeploymentStatus: write the status when it changed. */
export function syncDeploymentStatus(dc: Ctx, allRSs: (ReplicaSet | undefined)[], newRS: ReplicaSet | undefined, d: Deployment): void {
  const s = calculateStatus(dc, allRSs, newRS, d);
  if (deepEqual(normalizeStatus(d.status), s)) return;
  d.status = s;
  dc.client.updateStatus('apps', 'deployments', d.metadata!.namespace, d);
}

/** The stored status as calculateStatus would write it (zeros omitted), for comparing. */
export function normalizeStatus(s: DeploymentStatus | undefined): DeploymentStatus {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s ?? {})) if (v !== 0 && v !== undefined && !(Array.isArray(v) && !v.length)) out[k] = v;
  if (s?.collisionCount === 0) out.collisionCount = 0;
  return out as DeploymentStatus;
}

/** isScalingEvent: an active ReplicaSet was annotated for a different size than spec.replicas. */
export function isScalingEvent(dc: Ctx, d: Deployment, rsList: ReplicaSet[]): boolean {
  const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(dc, d, rsList, false);
  for (const rs of filterActiveReplicaSets([...oldRSs, newRS])) {
    const desired = rs.metadata?.annotations?.['deployment.kubernetes.io/desired-replicas'];
    if (desired === undefined || !/^-?\d+$/.test(desired)) continue;
    if (Number(desired) !== (d.spec?.replicas ?? 1)) return true;
  }
  return false;
}

/** syncStatusOnly: a Deployment being deleted only reports status. */
export function syncStatusOnly(dc: Ctx, d: Deployment, rsList: ReplicaSet[]): void {
  const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(dc, d, rsList, false);
  syncDeploymentStatus(dc, [...oldRSs, newRS], newRS, d);
}
