// Mirrors manageReplicas, slowStartBatch and getPodsToDelete of
// pkg/controller/replicaset/replica_set.go and PodControl's CreatePods/DeletePod
// (pkg/controller/controller_utils.go) with their events.
import type { ReplicaSet } from 'kubernetes-types/apps/v1';
import type { Pod } from 'kubernetes-types/core/v1';
import { isNotFound } from '../../api/errors.js';
import { keyOf } from '../../client/informer.js';
import { newControllerRef } from '../util/controllerref.js';
import { podFromTemplate } from '../util/podutil.js';
import { rankPodsForDeletion } from '../util/ranking.js';
import type { VirtualClock } from '../../clock/clock.js';
import type { Client } from '../../client/client.js';
import type { EventRecorder } from '../../client/events.js';
import type { ControllerExpectations } from '../util/expectations.js';
import { errorText } from '../util/errors.js';

/** What manageReplicas needs of the controller. */
export interface ReplicaSetControl {
  client: Client;
  clock: VirtualClock;
  expectations: ControllerExpectations;
  recorder: EventRecorder;
  burstReplicas: number;
  relatedPods(rs: ReplicaSet): Pod[];
}

/** SlowStartInitialBatchSize */
export const slowStartInitialBatchSize = 1;

/**
 * slowStartBatch: call fn count times in batches of 1, 2, 4, 8 … and stop at the
 * first batch with a failure, so a failing template (quota, admission) costs one
 * request instead of 500. Returns the successes and the first error.
 */
export function slowStartBatch(count: number, initial: number, fn: () => void): { successes: number; err?: unknown } {
  let remaining = count;
  let successes = 0;
  for (let batch = Math.min(remaining, initial); batch > 0; batch = Math.min(2 * batch, remaining)) {
    let firstErr: unknown;
    let failed = 0;
    for (let i = 0; i < batch; i++) {
      try {
        fn();
      } catch (e) {
        failed++;
        firstErr ??= e;
      }
    }
    successes += batch - failed;
    if (failed) return { successes, err: firstErr };
    remaining -= batch;
  }
  return { successes };
}

/** getPodsToDelete: the first diff Pods of the deletion ranking (no sort when all go). */
export function getPodsToDelete(filtered: Pod[], related: Pod[], diff: number, now: number): Pod[] {
  const ordered = diff < filtered.length ? rankPodsForDeletion(filtered, related, now) : filtered;
  return ordered.slice(0, diff);
}

/** manageReplicas: create or delete Pods so that `pods` becomes spec.replicas long. */
export function manageReplicas(rsc: ReplicaSetControl, pods: Pod[], rs: ReplicaSet, key: string): unknown {
  const want = rs.spec?.replicas ?? 1;
  let diff = pods.length - want;
  if (diff < 0) {
    diff = Math.min(-diff, rsc.burstReplicas);
    // Expect the creates before making them: the informer may report them first.
    rsc.expectations.expectCreations(key, diff);
    const { successes, err } = slowStartBatch(diff, slowStartInitialBatchSize, () => {
      try {
        createPod(rsc, rs);
      } catch (e) {
        // Every create fails in a terminating namespace: nothing to report or retry.
        if (!isNamespaceTerminating(e)) throw e;
      }
    });
    // Pods never created will never be observed.
    for (let i = successes; i < diff; i++) rsc.expectations.creationObserved(key);
    return err;
  }
  if (diff > 0) {
    diff = Math.min(diff, rsc.burstReplicas);
    const related = rsc.relatedPods(rs);
    const doomed = getPodsToDelete(pods, related, diff, rsc.clock.now());
    rsc.expectations.expectDeletions(key, doomed.map((p) => keyOf(p)));
    let firstErr: unknown;
    for (const pod of doomed) {
      try {
        deletePod(rsc, rs, pod);
      } catch (e) {
        // The Pod will never be observed going away.
        rsc.expectations.deletionObserved(key, keyOf(pod));
        if (!isNotFound(e)) firstErr ??= e;
      }
    }
    return firstErr;
  }
  return undefined;
}

/** PodControl.CreatePods: one Pod from the template, with a SuccessfulCreate or FailedCreate event. */
function createPod(rsc: ReplicaSetControl, rs: ReplicaSet): void {
  const ns = rs.metadata!.namespace!;
  const pod = podFromTemplate(rs.spec!.template!, ns, `${rs.metadata!.name}-`, newControllerRef(rs, 'apps/v1', 'ReplicaSet'));
  if (!Object.keys(pod.metadata?.labels ?? {}).length) throw new Error('unable to create pods, no labels');
  let created: Pod;
  try {
    created = rsc.client.create<Pod>('', 'pods', ns, pod);
  } catch (e) {
    if (!isNamespaceTerminating(e)) rsc.recorder.event(rs, 'Warning', 'FailedCreate', `Error creating: ${errorText(e)}`);
    throw e;
  }
  rsc.recorder.event(rs, 'Normal', 'SuccessfulCreate', `Created pod: ${created.metadata!.name}`);
}

/** PodControl.DeletePod: a SuccessfulDelete or FailedDelete event. */
function deletePod(rsc: ReplicaSetControl, rs: ReplicaSet, pod: Pod): void {
  try {
    rsc.client.delete('', 'pods', pod.metadata!.namespace, pod.metadata!.name!);
  } catch (e) {
    if (isNotFound(e)) throw e;
    rsc.recorder.event(rs, 'Warning', 'FailedDelete', `Error deleting: ${errorText(e)}`);
    throw new Error(`unable to delete pods: ${errorText(e)}`);
  }
  rsc.recorder.event(rs, 'Normal', 'SuccessfulDelete', `Deleted pod: ${pod.metadata!.name}`);
}

/** HasStatusCause(err, NamespaceTerminating); the lab's NamespaceLifecycle omits the cause, so its message counts too. */
function isNamespaceTerminating(e: unknown): boolean {
  const causes = (e as { status?: { details?: { causes?: { type?: string }[] } } })?.status?.details?.causes ?? [];
  return causes.some((c) => c.type === 'NamespaceTerminating') || /because it is being terminated$/.test(errorText(e));
}
