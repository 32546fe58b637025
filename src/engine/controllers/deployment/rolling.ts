// Mirrors pkg/controller/deployment/rolling.go: grow the new ReplicaSet up to
// replicas + maxSurge, shrink old ones while at least replicas - maxUnavailable
// stay available, unhealthy old replicas first.
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';
import type { DeploymentControllerContext } from './context.js';
import { syncRolloutStatus } from './progress.js';
import { cleanupDeployment, getAllReplicaSetsAndSyncRevision, scaleReplicaSetAndRecordEvent } from './sync.js';
import { deploymentComplete } from './util/conditions.js';
import { availableReplicas, byCreation, filterActiveReplicaSets, specReplicas } from './util/replicasets.js';
import { maxUnavailable, newRSNewReplicas } from './util/rollout.js';

type Ctx = DeploymentControllerContext;

export function rolloutRolling(dc: Ctx, d: Deployment, rsList: ReplicaSet[]): void {
  const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(dc, d, rsList, true);
  const allRSs = [...oldRSs, newRS!];
  if (reconcileNewReplicaSet(dc, allRSs, newRS!, d)) return syncRolloutStatus(dc, allRSs, newRS, d);
  if (reconcileOldReplicaSets(dc, allRSs, filterActiveReplicaSets(oldRSs), newRS!, d)) return syncRolloutStatus(dc, allRSs, newRS, d);
  if (deploymentComplete(d, d.status ?? {})) cleanupDeployment(dc, oldRSs, d);
  syncRolloutStatus(dc, allRSs, newRS, d);
}

function reconcileNewReplicaSet(dc: Ctx, allRSs: ReplicaSet[], newRS: ReplicaSet, d: Deployment): boolean {
  const want = d.spec?.replicas ?? 1;
  const cur = newRS.spec?.replicas ?? 0;
  if (cur === want) return false;
  if (cur > want) return scaleReplicaSetAndRecordEvent(dc, newRS, want, d)[0];
  return scaleReplicaSetAndRecordEvent(dc, newRS, newRSNewReplicas(d, allRSs, newRS), d)[0];
}

/**
 * reconcileOldReplicaSets. Example: 4 replicas, maxUnavailable 1, old RS 4 available,
 * new RS 1 not yet ready: all 5, minAvailable 3, new unavailable 1 → may scale down
 * 5 - 3 - 1 = 1 old Pod.
 */
function reconcileOldReplicaSets(dc: Ctx, allRSs: ReplicaSet[], oldRSs: ReplicaSet[], newRS: ReplicaSet, d: Deployment): boolean {
  const oldPods = specReplicas(oldRSs);
  if (oldPods === 0) return false;
  const allPods = specReplicas(allRSs);
  const minAvailable = (d.spec?.replicas ?? 1) - maxUnavailable(d);
  const newUnavailable = (newRS.spec?.replicas ?? 0) - (newRS.status?.availableReplicas ?? 0);
  const maxScaledDown = allPods - minAvailable - newUnavailable;
  if (maxScaledDown <= 0) return false;
  const { rss, cleaned } = cleanupUnhealthyReplicas(dc, oldRSs, d, maxScaledDown);
  const scaledDown = scaleDownOldReplicaSetsForRollingUpdate(dc, [...rss, newRS], rss, d);
  return cleaned + scaledDown > 0;
}

/** cleanupUnhealthyReplicas: scale down old replicas that are not available, oldest ReplicaSets first. */
function cleanupUnhealthyReplicas(dc: Ctx, oldRSs: ReplicaSet[], d: Deployment, maxCleanup: number): { rss: ReplicaSet[]; cleaned: number } {
  const rss = [...oldRSs].sort(byCreation);
  let total = 0;
  for (let i = 0; i < rss.length; i++) {
    if (total >= maxCleanup) break;
    const rs = rss[i]!;
    const replicas = rs.spec?.replicas ?? 0;
    const avail = rs.status?.availableReplicas ?? 0;
    if (replicas === 0 || replicas === avail) continue;
    const n = Math.min(maxCleanup - total, replicas - avail);
    const [, updated] = scaleReplicaSetAndRecordEvent(dc, rs, replicas - n, d);
    total += n;
    rss[i] = updated;
  }
  return { rss, cleaned: total };
}

/** scaleDownOldReplicaSetsForRollingUpdate: remove available old replicas above minAvailable. */
function scaleDownOldReplicaSetsForRollingUpdate(dc: Ctx, allRSs: ReplicaSet[], oldRSs: ReplicaSet[], d: Deployment): number {
  const minAvailable = (d.spec?.replicas ?? 1) - maxUnavailable(d);
  const available = availableReplicas(allRSs);
  if (available <= minAvailable) return 0;
  const rss = [...oldRSs].sort(byCreation);
  const totalToScaleDown = available - minAvailable;
  let total = 0;
  for (const rs of rss) {
    if (total >= totalToScaleDown) break;
    const replicas = rs.spec?.replicas ?? 0;
    if (replicas === 0) continue;
    const n = Math.min(replicas, totalToScaleDown - total);
    scaleReplicaSetAndRecordEvent(dc, rs, replicas - n, d);
    total += n;
  }
  return total;
}
