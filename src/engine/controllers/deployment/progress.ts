// Mirrors pkg/controller/deployment/progress.go: the Progressing condition
// (ReplicaSetUpdated, NewReplicaSetAvailable, ProgressDeadlineExceeded), ReplicaSet
// failures surfaced on the Deployment, and the requeue that notices a stuck rollout.
import type { Deployment, DeploymentCondition, ReplicaSet } from 'kubernetes-types/apps/v1';
import { deepEqual } from '../../util/object.js';
import type { DeploymentControllerContext } from './context.js';
import { calculateStatus, normalizeStatus } from './sync.js';
import {
  deploymentComplete,
  deploymentProgressing,
  deploymentTimedOut,
  getDeploymentCondition,
  hasProgressDeadline,
  newDeploymentCondition,
  reasons,
  removeDeploymentCondition,
  replicaSetToDeploymentCondition,
  setDeploymentCondition,
} from './util/conditions.js';

type Ctx = DeploymentControllerContext;

export function syncRolloutStatus(dc: Ctx, allRSs: (ReplicaSet | undefined)[], newRS: ReplicaSet | undefined, d: Deployment): void {
  const now = dc.clock.now();
  const s = calculateStatus(dc, allRSs, newRS, d);
  if (!hasProgressDeadline(d)) removeDeploymentCondition(s, 'Progressing');
  const currentCond = getDeploymentCondition(d.status, 'Progressing');
  const isComplete = (s.replicas ?? 0) === (s.updatedReplicas ?? 0) && currentCond?.reason === reasons.NewRSAvailableReason;
  if (hasProgressDeadline(d) && !isComplete) {
    const subject = newRS ? `ReplicaSet "${newRS.metadata!.name}"` : `Deployment "${d.metadata!.name}"`;
    if (deploymentComplete(d, s)) {
      setDeploymentCondition(s, newDeploymentCondition('Progressing', 'True', reasons.NewRSAvailableReason, `${subject} has successfully progressed.`, now));
    } else if (deploymentProgressing(d, s)) {
      // Always refresh lastUpdateTime (that is the progress clock); keep lastTransitionTime while True.
      const cond = newDeploymentCondition('Progressing', 'True', reasons.ReplicaSetUpdatedReason, `${subject} is progressing.`, now);
      if (currentCond) {
        if (currentCond.status === 'True') cond.lastTransitionTime = currentCond.lastTransitionTime;
        removeDeploymentCondition(s, 'Progressing');
      }
      setDeploymentCondition(s, cond);
    } else if (deploymentTimedOut(d, s, now)) {
      setDeploymentCondition(s, newDeploymentCondition('Progressing', 'False', reasons.TimedOutReason, `${subject} has timed out progressing.`, now));
    }
  }
  const failures = getReplicaFailures(allRSs, newRS);
  if (failures.length) setDeploymentCondition(s, failures[0]!);
  else removeDeploymentCondition(s, 'ReplicaFailure');
  if (deepEqual(normalizeStatus(d.status), s)) {
    requeueStuckDeployment(dc, d, s);
    return;
  }
  d.status = s;
  dc.client.updateStatus('apps', 'deployments', d.metadata!.namespace, d);
}

/** getReplicaFailures: the new ReplicaSet's ReplicaFailure condition, else an old one's. */
function getReplicaFailures(allRSs: (ReplicaSet | undefined)[], newRS: ReplicaSet | undefined): DeploymentCondition[] {
  const from = (rs: ReplicaSet | undefined) => (rs?.status?.conditions ?? []).filter((c) => c.type === 'ReplicaFailure').map(replicaSetToDeploymentCondition);
  const mine = from(newRS);
  if (mine.length) return mine;
  return allRSs.flatMap(from);
}

/**
 * requeueStuckDeployment: without progress, look again when the deadline passes.
 * Example: Progressing last updated 3 min ago, deadline 10 min → requeue in 7 min + 1 s.
 */
function requeueStuckDeployment(dc: Ctx, d: Deployment, s: NonNullable<Deployment['status']>): void {
  const cond = getDeploymentCondition(d.status, 'Progressing');
  if (!hasProgressDeadline(d) || !cond) return;
  if (deploymentComplete(d, s) || cond.reason === reasons.TimedOutReason) return;
  const last = Date.parse(cond.lastUpdateTime ?? '');
  const after = last + (d.spec!.progressDeadlineSeconds ?? 600) * 1000 - dc.clock.now();
  if (after < 1000) dc.enqueueRateLimited(d);
  else dc.enqueueAfter(d, after + 1000);
}
