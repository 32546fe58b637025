// Mirrors pkg/controller/deployment/recreate.go: scale every old ReplicaSet to 0,
// wait until none of their Pods is left running, then create and scale up the new one.
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';
import type { DeploymentControllerContext, PodMap } from './context.js';
import { syncRolloutStatus } from './progress.js';
import { cleanupDeployment, getAllReplicaSetsAndSyncRevision, scaleReplicaSetAndRecordEvent } from './sync.js';
import { deploymentComplete } from './util/conditions.js';
import { actualReplicas, filterActiveReplicaSets } from './util/replicasets.js';

type Ctx = DeploymentControllerContext;

export function rolloutRecreate(dc: Ctx, d: Deployment, rsList: ReplicaSet[], podMap: PodMap): void {
  // No new ReplicaSet yet: scaling it up before the old Pods are gone would overlap them.
  let { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(dc, d, rsList, false);
  let allRSs: (ReplicaSet | undefined)[] = [...oldRSs, newRS];
  let scaledDown = false;
  for (const rs of filterActiveReplicaSets(oldRSs)) if (scaleReplicaSetAndRecordEvent(dc, rs, 0, d)[0]) scaledDown = true;
  if (scaledDown) return syncRolloutStatus(dc, allRSs, newRS, d);
  if (oldPodsRunning(newRS, oldRSs, podMap)) return syncRolloutStatus(dc, allRSs, newRS, d);
  if (!newRS) {
    ({ newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(dc, d, rsList, true));
    allRSs = [...oldRSs, newRS];
  }
  scaleReplicaSetAndRecordEvent(dc, newRS!, d.spec?.replicas ?? 1, d);
  if (deploymentComplete(d, d.status ?? {})) cleanupDeployment(dc, oldRSs, d);
  syncRolloutStatus(dc, allRSs, newRS, d);
}

/** oldPodsRunning: an old ReplicaSet still reports Pods, or owns a Pod not yet Succeeded/Failed. */
function oldPodsRunning(newRS: ReplicaSet | undefined, oldRSs: ReplicaSet[], podMap: PodMap): boolean {
  if (actualReplicas(oldRSs) > 0) return true;
  for (const [uid, pods] of podMap) {
    if (newRS && newRS.metadata?.uid === uid) continue;
    for (const p of pods) {
      const phase = p.status?.phase;
      if (phase === 'Failed' || phase === 'Succeeded') continue;
      return true;
    }
  }
  return false;
}
