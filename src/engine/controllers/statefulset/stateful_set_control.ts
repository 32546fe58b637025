// Mirrors pkg/controller/statefulset/stateful_set_control.go (v1.32):
// updateStatefulSet works out the current and update revisions, then one pass
// over the ordinals: create missing Pods (in order and one at a time under
// OrderedReady, all at once under Parallel), delete condemned ones from the
// highest ordinal down, and under RollingUpdate replace Pods of an old revision
// from the highest ordinal down to the partition, one at a time.
import type { ControllerRevision, StatefulSet, StatefulSetStatus } from 'kubernetes-types/apps/v1';
import type { Pod } from 'kubernetes-types/core/v1';
import { isAlreadyExists, isConflict, isNotFound } from '../../api/errors.js';
import { deepEqual } from '../../util/object.js';
import { findEqualRevisions, nextRevision, sortControllerRevisions } from '../util/history.js';
import type { StatefulSetController } from './stateful_set.js';
import {
  applyRevision,
  getOrdinal,
  getPodRevision,
  getStartOrdinal,
  isCreated,
  isFailed,
  isHealthy,
  isRunningAndAvailable,
  isRunningAndReady,
  isSucceeded,
  isTerminating,
  newRevision,
  newVersionedStatefulSetPod,
} from './stateful_set_utils.js';

/** getStatefulSetRevisions: the current and update revisions, creating or re-numbering as needed. */
export function getStatefulSetRevisions(ssc: StatefulSetController, set: StatefulSet, revisions: ControllerRevision[]): { current: ControllerRevision; update: ControllerRevision; collisionCount: number } {
  sortControllerRevisions(revisions);
  let collisionCount = set.status?.collisionCount ?? 0;
  let update = newRevision(set, nextRevision(revisions), collisionCount);
  const equal = findEqualRevisions(revisions, update);
  const ns = set.metadata!.namespace;
  if (equal.length && equal[equal.length - 1] === revisions[revisions.length - 1]) {
    // The newest revision already is this template.
    update = revisions[revisions.length - 1]!;
  } else if (equal.length) {
    // A rollback to an older template: that revision becomes the newest.
    const old = equal[equal.length - 1]!;
    update = ssc.client.update<ControllerRevision>('apps', 'controllerrevisions', ns, { ...old, revision: update.revision });
  } else {
    for (;;) {
      try {
        update = ssc.client.create<ControllerRevision>('apps', 'controllerrevisions', ns, update);
        break;
      } catch (e) {
        if (!isAlreadyExists(e)) throw e;
        const existing = ssc.client.get<ControllerRevision>('apps', 'controllerrevisions', ns, update.metadata!.name!);
        if (deepEqual(existing.data, update.data)) {
          update = existing;
          break;
        }
        // A hash collision: count it and hash again.
        collisionCount++;
        update = newRevision(set, update.revision!, collisionCount);
      }
    }
  }
  const current = revisions.find((r) => r.metadata?.name === set.status?.currentRevision) ?? update;
  return { current, update, collisionCount };
}

/** truncateHistory: drop the oldest revisions past revisionHistoryLimit that no Pod runs. */
export function truncateHistory(ssc: StatefulSetController, set: StatefulSet, pods: Pod[], revisions: ControllerRevision[], current: ControllerRevision, update: ControllerRevision): void {
  const live = new Set([current.metadata!.name, update.metadata!.name, ...pods.map(getPodRevision).map((h) => `${set.metadata!.name}-${h}`)]);
  const history = sortControllerRevisions(revisions.filter((r) => !live.has(r.metadata!.name!)));
  const limit = set.spec?.revisionHistoryLimit ?? 10;
  for (const r of history.slice(0, Math.max(0, history.length - limit))) {
    try {
      ssc.client.delete('apps', 'controllerrevisions', r.metadata!.namespace, r.metadata!.name!);
    } catch (e) {
      if (!isNotFound(e)) throw e;
    }
  }
}

/** updateStatefulSet: one reconciling pass; returns the status to write. */
export function updateStatefulSet(ssc: StatefulSetController, set: StatefulSet, current: ControllerRevision, update: ControllerRevision, collisionCount: number, pods: Pod[]): StatefulSetStatus {
  const currentSet = applyRevision(set, current);
  const updateSet = applyRevision(set, update);
  const replicaCount = set.spec?.replicas ?? 1;
  const start = getStartOrdinal(set);
  const end = start + replicaCount;
  const monotonic = set.spec?.podManagementPolicy !== 'Parallel';
  const minReady = set.spec?.minReadySeconds ?? 0;
  const now = ssc.clock.now();

  // Pods in range by ordinal; the rest are condemned.
  const replicas: (Pod | undefined)[] = new Array(replicaCount).fill(undefined);
  const condemned: Pod[] = [];
  for (const pod of pods) {
    const ord = getOrdinal(pod);
    if (ord >= start && ord < end) replicas[ord - start] = pod;
    else if (ord >= 0) condemned.push(pod);
  }
  for (let i = 0; i < replicaCount; i++) {
    if (!replicas[i]) replicas[i] = newVersionedStatefulSetPod(currentSet, updateSet, current.metadata!.name!, update.metadata!.name!, i + start);
  }
  condemned.sort((a, b) => getOrdinal(a) - getOrdinal(b));

  const status = computeStatus(set, pods, current, update, collisionCount, minReady, now);
  const done = () => status;

  // Scale up and repair, in ordinal order.
  for (let i = 0; i < replicaCount; i++) {
    const pod = replicas[i]!;
    if (isCreated(pod) && (isFailed(pod) || isSucceeded(pod)) && !isTerminating(pod)) {
      const what = isFailed(pod) ? ['RecreatingFailedPod', 'failed'] : ['RecreatingTerminatedPod', 'terminated'];
      ssc.recorder.event(set, 'Warning', what[0]!, `StatefulSet ${set.metadata!.namespace}/${set.metadata!.name} is recreating ${what[1]} Pod ${pod.metadata!.name}`);
      ssc.podControl.deleteStatefulPod(set, pod);
      if (monotonic) return done();
      continue;
    }
    if (!pod.metadata?.uid) {
      ssc.podControl.createStatefulPod(set, pod);
      if (monotonic) return done();
      continue;
    }
    // Keep claim ownership in line with the retention policy.
    ssc.podControl.updatePodClaimForRetentionPolicy(set, pod, replicaCount);
    if (!monotonic) continue;
    if (isTerminating(pod)) return done(); // wait for it to go, then recreate it
    if (!isRunningAndReady(pod)) return done(); // wait for Running and Ready before the next ordinal
    if (!isRunningAndAvailable(pod, minReady, now)) {
      ssc.queue.addAfter(ssc.keyOf(set), minReady * 1000);
      return done();
    }
  }

  // Scale down, from the highest ordinal.
  for (let i = condemned.length - 1; i >= 0; i--) {
    const pod = condemned[i]!;
    if (isTerminating(pod)) {
      if (monotonic) return done();
      continue;
    }
    ssc.podControl.updatePodClaimForRetentionPolicy(set, pod, replicaCount);
    ssc.podControl.deleteStatefulPod(set, pod);
    if (monotonic) return done();
  }

  // Updates: OnDelete leaves Pods alone; RollingUpdate replaces from the highest ordinal down to the partition.
  if (set.spec?.updateStrategy?.type === 'OnDelete') return done();
  const partition = set.spec?.updateStrategy?.rollingUpdate?.partition ?? 0;
  for (let target = replicaCount - 1; target >= partition; target--) {
    const pod = replicas[target]!;
    if (!pod.metadata?.uid) return done();
    if (getPodRevision(pod) !== update.metadata!.name && !isTerminating(pod)) {
      ssc.podControl.deleteStatefulPod(set, pod);
      return done();
    }
    if (!isHealthy(pod)) return done();
  }
  return done();
}

/** computeReplicaStatus, plus completeRollingUpdate when every Pod runs the update revision. */
function computeStatus(set: StatefulSet, pods: Pod[], current: ControllerRevision, update: ControllerRevision, collisionCount: number, minReady: number, now: number): StatefulSetStatus {
  const status: StatefulSetStatus = {
    observedGeneration: set.metadata?.generation,
    replicas: 0,
    readyReplicas: 0,
    currentReplicas: 0,
    updatedReplicas: 0,
    availableReplicas: 0,
    currentRevision: current.metadata!.name,
    updateRevision: update.metadata!.name,
    collisionCount,
  };
  for (const pod of pods) {
    status.replicas!++;
    if (isRunningAndReady(pod)) {
      status.readyReplicas!++;
      if (isRunningAndAvailable(pod, minReady, now)) status.availableReplicas!++;
    }
    if (isTerminating(pod)) continue;
    const rev = getPodRevision(pod);
    if (rev === current.metadata!.name) status.currentReplicas!++;
    if (rev === update.metadata!.name) status.updatedReplicas!++;
  }
  const want = set.spec?.replicas ?? 1;
  if (set.spec?.updateStrategy?.type === 'RollingUpdate' && status.updatedReplicas === want && status.readyReplicas === want && status.replicas === want) {
    status.currentReplicas = status.updatedReplicas;
    status.currentRevision = status.updateRevision;
  }
  return status;
}

/** updateStatefulSetStatus: write the status when it changed. */
export function updateStatefulSetStatus(ssc: StatefulSetController, set: StatefulSet, status: StatefulSetStatus): void {
  const cur = set.status ?? {};
  const next = { ...cur, ...status };
  for (const k of ['readyReplicas', 'currentReplicas', 'updatedReplicas'] as const) if (!next[k]) delete next[k];
  if (!next.collisionCount) next.collisionCount = 0;
  if (deepEqual(next, cur)) return;
  try {
    ssc.client.updateStatus('apps', 'statefulsets', set.metadata!.namespace, { ...set, status: next });
  } catch (e) {
    if (isConflict(e) || isNotFound(e)) {
      ssc.queue.addRateLimited(ssc.keyOf(set));
      return;
    }
    throw e;
  }
}
