// Mirrors the condition helpers of pkg/controller/deployment/util/deployment_util.go:
// reasons, New/Get/Set/RemoveDeploymentCondition (a changed condition moves to the
// end of the list and keeps its lastTransitionTime while its status holds).
import type { Deployment, DeploymentCondition, DeploymentStatus, ReplicaSetCondition } from 'kubernetes-types/apps/v1';
import { toRFC3339 } from '../../../clock/clock.js';

export const reasons = {
  /** Progressing: a new ReplicaSet was created. */
  NewRSReason: 'NewReplicaSetCreated',
  FoundNewRSReason: 'FoundNewReplicaSet',
  /** Progressing: the new ReplicaSet gained Pods or old ones lost them. */
  ReplicaSetUpdatedReason: 'ReplicaSetUpdated',
  FailedRSCreateReason: 'ReplicaSetCreateError',
  NewRSAvailableReason: 'NewReplicaSetAvailable',
  TimedOutReason: 'ProgressDeadlineExceeded',
  PausedDeployReason: 'DeploymentPaused',
  ResumedDeployReason: 'DeploymentResumed',
  MinimumReplicasAvailable: 'MinimumReplicasAvailable',
  MinimumReplicasUnavailable: 'MinimumReplicasUnavailable',
} as const;

export function newDeploymentCondition(type: string, status: string, reason: string, message: string, nowMs: number): DeploymentCondition {
  const t = toRFC3339(nowMs);
  return { type, status, lastUpdateTime: t, lastTransitionTime: t, reason, message };
}

export function getDeploymentCondition(status: DeploymentStatus | undefined, type: string): DeploymentCondition | undefined {
  return status?.conditions?.find((c) => c.type === type);
}

/** SetDeploymentCondition: no-op when status and reason are unchanged. */
export function setDeploymentCondition(status: DeploymentStatus, cond: DeploymentCondition): void {
  const cur = getDeploymentCondition(status, cond.type);
  if (cur && cur.status === cond.status && cur.reason === cond.reason) return;
  if (cur && cur.status === cond.status) cond = { ...cond, lastTransitionTime: cur.lastTransitionTime };
  status.conditions = [...(status.conditions ?? []).filter((c) => c.type !== cond.type), cond];
}

export function removeDeploymentCondition(status: DeploymentStatus, type: string): void {
  if (!status.conditions) return;
  status.conditions = status.conditions.filter((c) => c.type !== type);
  if (!status.conditions.length) delete status.conditions;
}

/** ReplicaSetToDeploymentCondition */
export function replicaSetToDeploymentCondition(c: ReplicaSetCondition): DeploymentCondition {
  return {
    type: c.type,
    status: c.status,
    lastUpdateTime: c.lastTransitionTime,
    lastTransitionTime: c.lastTransitionTime,
    reason: c.reason,
    message: c.message,
  };
}

/** HasProgressDeadline: progressDeadlineSeconds set and not MaxInt32. */
export function hasProgressDeadline(d: Deployment): boolean {
  const s = d.spec?.progressDeadlineSeconds;
  return s !== undefined && s !== null && s !== 2147483647;
}

/** DeploymentComplete: every replica updated and available, and the newest spec observed. */
export function deploymentComplete(d: Deployment, s: DeploymentStatus): boolean {
  const want = d.spec?.replicas ?? 1;
  return (s.updatedReplicas ?? 0) === want && (s.replicas ?? 0) === want && (s.availableReplicas ?? 0) === want && (s.observedGeneration ?? 0) >= (d.metadata?.generation ?? 0);
}

/** DeploymentProgressing: more updated, fewer old, more ready or more available replicas than before. */
export function deploymentProgressing(d: Deployment, s: DeploymentStatus): boolean {
  const old = d.status ?? {};
  const oldOld = (old.replicas ?? 0) - (old.updatedReplicas ?? 0);
  const newOld = (s.replicas ?? 0) - (s.updatedReplicas ?? 0);
  return (
    (s.updatedReplicas ?? 0) > (old.updatedReplicas ?? 0) ||
    newOld < oldOld ||
    (s.readyReplicas ?? 0) > (old.readyReplicas ?? 0) ||
    (s.availableReplicas ?? 0) > (old.availableReplicas ?? 0)
  );
}

/**
 * DeploymentTimedOut: no progress for progressDeadlineSeconds since the Progressing
 * condition was last updated. Example: updated 09:00:00, deadline 600 s → timed out
 * from just after 09:10:00.
 */
export function deploymentTimedOut(d: Deployment, s: DeploymentStatus, nowMs: number): boolean {
  if (!hasProgressDeadline(d)) return false;
  const c = getDeploymentCondition(s, 'Progressing');
  if (!c) return false;
  if (c.reason === reasons.NewRSAvailableReason) return false;
  if (c.reason === reasons.TimedOutReason) return true;
  const from = Date.parse(c.lastUpdateTime ?? '');
  return from + (d.spec!.progressDeadlineSeconds ?? 600) * 1000 < nowMs;
}
