// Mirrors pkg/controller/replicaset/replica_set_utils.go: calculateStatus (counts
// and the ReplicaFailure condition) and updateReplicaSetStatus (write only when
// something changed, one retry after a fresh GET).
import type { ReplicaSet, ReplicaSetCondition, ReplicaSetStatus } from 'kubernetes-types/apps/v1';
import type { Pod } from 'kubernetes-types/core/v1';
import { selectorFromSet } from '../../api/labels.js';
import { toRFC3339 } from '../../clock/clock.js';
import type { Client } from '../../client/client.js';
import { clone, deepEqual } from '../../util/object.js';
import { isPodAvailable, isPodReady } from '../util/podutil.js';
import { errorText } from '../util/errors.js';

export function calculateStatus(rs: ReplicaSet, pods: Pod[], manageErr: unknown, now: number): ReplicaSetStatus {
  const templateLabels = selectorFromSet(rs.spec?.template?.metadata?.labels ?? {});
  const mrs = rs.spec?.minReadySeconds ?? 0;
  let fullyLabeled = 0;
  let ready = 0;
  let available = 0;
  for (const p of pods) {
    if (templateLabels.matches(p.metadata?.labels ?? {})) fullyLabeled++;
    if (isPodReady(p)) {
      ready++;
      if (isPodAvailable(p, mrs, now)) available++;
    }
  }
  let conditions = rs.status?.conditions ? clone(rs.status.conditions) as ReplicaSetCondition[] : undefined;
  const failure = conditions?.find((c) => c.type === 'ReplicaFailure');
  if (manageErr !== undefined && !failure) {
    const reason = pods.length - (rs.spec?.replicas ?? 1) < 0 ? 'FailedCreate' : 'FailedDelete';
    conditions = [...(conditions ?? []), { type: 'ReplicaFailure', status: 'True', lastTransitionTime: toRFC3339(now), reason, message: errorText(manageErr) }];
  } else if (manageErr === undefined && failure) {
    conditions = conditions!.filter((c) => c.type !== 'ReplicaFailure');
  }
  // Field order and omitempty as apps/v1 ReplicaSetStatus serialises.
  const status: ReplicaSetStatus = { replicas: pods.length };
  if (fullyLabeled) status.fullyLabeledReplicas = fullyLabeled;
  if (ready) status.readyReplicas = ready;
  if (available) status.availableReplicas = available;
  if (rs.status?.observedGeneration) status.observedGeneration = rs.status.observedGeneration;
  if (conditions?.length) status.conditions = conditions;
  return status;
}

/** updateReplicaSetStatus: skip the write when nothing moved; otherwise set observedGeneration and write. */
export function updateReplicaSetStatus(client: Client, rs: ReplicaSet, status: ReplicaSetStatus): ReplicaSet {
  const cur: ReplicaSetStatus = rs.status ?? { replicas: 0 };
  if (
    (cur.replicas ?? 0) === status.replicas &&
    (cur.fullyLabeledReplicas ?? 0) === (status.fullyLabeledReplicas ?? 0) &&
    (cur.readyReplicas ?? 0) === (status.readyReplicas ?? 0) &&
    (cur.availableReplicas ?? 0) === (status.availableReplicas ?? 0) &&
    (rs.metadata?.generation ?? 0) === (cur.observedGeneration ?? 0) &&
    deepEqual(cur.conditions, status.conditions)
  ) {
    return rs;
  }
  const next: ReplicaSetStatus = { ...status, observedGeneration: rs.metadata?.generation };
  if (status.conditions) {
    delete next.conditions;
    next.conditions = status.conditions;
  }
  let target = rs;
  for (let i = 0; ; i++) {
    try {
      return client.updateStatus<ReplicaSet>('apps', 'replicasets', target.metadata!.namespace, { ...clone(target), status: next });
    } catch (e) {
      if (i >= 1) throw e;
      target = client.get<ReplicaSet>('apps', 'replicasets', rs.metadata!.namespace, rs.metadata!.name!);
    }
  }
}
