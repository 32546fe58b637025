// Mirrors pkg/controller/statefulset/stateful_set_utils.go (v1.32): a Pod's
// ordinal and identity (`<set>-<ordinal>`, hostname, subdomain, the pod-name and
// pod-index labels), its claims (`<template>-<set>-<ordinal>`), revisions as
// patches of the Pod template, and the health predicates the update loop uses.
import type { ControllerRevision, StatefulSet } from 'kubernetes-types/apps/v1';
import type { PersistentVolumeClaim, Pod, PodTemplateSpec, Volume } from 'kubernetes-types/core/v1';
import type { OwnerReference } from 'kubernetes-types/meta/v1';
import { parseRFC3339 } from '../../clock/clock.js';
import { clone } from '../../util/object.js';
import { controllerRevisionHashLabel, newControllerRevision } from '../util/history.js';
import { isPodReady } from '../util/podutil.js';

export const statefulSetPodNameLabel = 'statefulset.kubernetes.io/pod-name';
export const podIndexLabel = 'apps.kubernetes.io/pod-index';

/** getParentNameAndOrdinal: `web-12` → web, 12; -1 when the name has no ordinal. */
export function getParentNameAndOrdinal(pod: Pod): { parent: string; ordinal: number } {
  const m = /^(.*)-(\d+)$/.exec(pod.metadata?.name ?? '');
  if (!m) return { parent: '', ordinal: -1 };
  return { parent: m[1]!, ordinal: Number(m[2]) };
}

export function getOrdinal(pod: Pod): number {
  return getParentNameAndOrdinal(pod).ordinal;
}

/** getStartOrdinal: spec.ordinals.start (0 by default). */
export function getStartOrdinal(set: StatefulSet): number {
  return set.spec?.ordinals?.start ?? 0;
}

export function getPodName(set: StatefulSet, ordinal: number): string {
  return `${set.metadata!.name}-${ordinal}`;
}

/** getPersistentVolumeClaimName: `<claim template>-<set>-<ordinal>`, e.g. mysql-storage-mysql-0. */
export function getPersistentVolumeClaimName(set: StatefulSet, claim: PersistentVolumeClaim, ordinal: number): string {
  return `${claim.metadata?.name}-${set.metadata!.name}-${ordinal}`;
}

/** isMemberOf: the Pod's name says it belongs to this set. */
export function isMemberOf(set: StatefulSet, pod: Pod): boolean {
  return getParentNameAndOrdinal(pod).parent === set.metadata?.name;
}

/** getPersistentVolumeClaims: the claims a Pod of this ordinal uses, keyed by template name. */
export function getPersistentVolumeClaims(set: StatefulSet, pod: Pod): Map<string, PersistentVolumeClaim> {
  const ordinal = getOrdinal(pod);
  const out = new Map<string, PersistentVolumeClaim>();
  for (const tpl of set.spec?.volumeClaimTemplates ?? []) {
    const claim: PersistentVolumeClaim = {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: {
        name: getPersistentVolumeClaimName(set, tpl, ordinal),
        namespace: set.metadata!.namespace,
        labels: { ...(tpl.metadata?.labels ?? {}), ...(set.spec?.selector?.matchLabels ?? {}) },
        ...(tpl.metadata?.annotations ? { annotations: { ...tpl.metadata.annotations } } : {}),
      },
      spec: clone(tpl.spec ?? {}),
    };
    out.set(tpl.metadata!.name!, claim);
  }
  return out;
}

/** updateStorage: the Pod's volumes for the claim templates replace any of the same name. */
export function updateStorage(set: StatefulSet, pod: Pod): void {
  const claims = getPersistentVolumeClaims(set, pod);
  const volumes: Volume[] = [];
  for (const [name, claim] of claims) volumes.push({ name, persistentVolumeClaim: { claimName: claim.metadata!.name! } });
  for (const v of pod.spec?.volumes ?? []) if (!claims.has(v.name)) volumes.push(v);
  if (volumes.length) pod.spec!.volumes = volumes;
}

/** initIdentity / updateIdentity: hostname, subdomain, and the identity labels. */
export function updateIdentity(set: StatefulSet, pod: Pod): void {
  const ordinal = getOrdinal(pod);
  const labels = (pod.metadata!.labels ??= {});
  labels[statefulSetPodNameLabel] = pod.metadata!.name!;
  labels[podIndexLabel] = String(ordinal);
  pod.spec!.hostname = pod.metadata!.name!;
  if (set.spec?.serviceName) pod.spec!.subdomain = set.spec.serviceName;
}

export function newControllerRefForSet(set: StatefulSet): OwnerReference {
  return { apiVersion: 'apps/v1', kind: 'StatefulSet', name: set.metadata!.name!, uid: set.metadata!.uid!, controller: true, blockOwnerDeletion: true };
}

/** newStatefulSetPod: the Pod of this ordinal from the set's template. */
export function newStatefulSetPod(set: StatefulSet, ordinal: number): Pod {
  const tpl = set.spec!.template;
  const pod: Pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: getPodName(set, ordinal),
      namespace: set.metadata!.namespace,
      labels: clone(tpl.metadata?.labels ?? {}),
      ...(tpl.metadata?.annotations ? { annotations: clone(tpl.metadata.annotations) } : {}),
      ownerReferences: [newControllerRefForSet(set)],
    },
    spec: clone(tpl.spec!),
  };
  updateIdentity(set, pod);
  updateStorage(set, pod);
  return pod;
}

export function getPodRevision(pod: Pod): string {
  return pod.metadata?.labels?.[controllerRevisionHashLabel] ?? '';
}

export function setPodRevision(pod: Pod, revision: string): void {
  (pod.metadata!.labels ??= {})[controllerRevisionHashLabel] = revision;
}

/** newVersionedStatefulSetPod: ordinals below the partition keep the current revision. */
export function newVersionedStatefulSetPod(currentSet: StatefulSet, updateSet: StatefulSet, currentRevision: string, updateRevision: string, ordinal: number): Pod {
  const s = currentSet.spec!.updateStrategy;
  if (s?.type === 'RollingUpdate' && ordinal < getStartOrdinal(currentSet) + (s.rollingUpdate?.partition ?? 0)) {
    const pod = newStatefulSetPod(currentSet, ordinal);
    setPodRevision(pod, currentRevision);
    return pod;
  }
  const pod = newStatefulSetPod(updateSet, ordinal);
  setPodRevision(pod, updateRevision);
  return pod;
}

/** getPatch: a revision stores the Pod template as a strategic-merge patch that replaces it. */
export function getPatch(set: StatefulSet): unknown {
  return { spec: { template: { ...clone(set.spec!.template), $patch: 'replace' } } };
}

/** newRevision: the ControllerRevision of the set's current template; it carries the set's annotations. */
export function newRevision(set: StatefulSet, revision: number, collisionCount?: number): ControllerRevision {
  const cr = newControllerRevision(set, newControllerRefForSet(set), { ...(set.spec?.template?.metadata?.labels ?? {}) }, getPatch(set), revision, collisionCount);
  if (set.metadata?.annotations && Object.keys(set.metadata.annotations).length) cr.metadata!.annotations = { ...set.metadata.annotations };
  return cr;
}

/** ApplyRevision: the set with the template the revision recorded. */
export function applyRevision(set: StatefulSet, revision: ControllerRevision): StatefulSet {
  const out = clone(set);
  const tpl = clone((revision.data as { spec?: { template?: Record<string, unknown> } })?.spec?.template ?? {});
  delete tpl.$patch;
  out.spec!.template = tpl as PodTemplateSpec;
  return out;
}

export const isCreated = (pod: Pod | undefined): pod is Pod => !!pod?.status?.phase || !!pod?.metadata?.uid;
export const isFailed = (pod: Pod) => pod.status?.phase === 'Failed';
export const isSucceeded = (pod: Pod) => pod.status?.phase === 'Succeeded';
export const isTerminating = (pod: Pod) => !!pod.metadata?.deletionTimestamp;
export const isRunningAndReady = (pod: Pod) => pod.status?.phase === 'Running' && isPodReady(pod);
export const isHealthy = (pod: Pod) => isRunningAndReady(pod) && !isTerminating(pod);

/** isRunningAndAvailable: Ready for at least minReadySeconds. */
export function isRunningAndAvailable(pod: Pod, minReadySeconds: number, nowMs: number): boolean {
  if (!isRunningAndReady(pod)) return false;
  if (!minReadySeconds) return true;
  const t = parseRFC3339(pod.status?.conditions?.find((c) => c.type === 'Ready')?.lastTransitionTime);
  return t !== undefined && t + minReadySeconds * 1000 <= nowMs;
}
