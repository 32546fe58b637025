// Mirrors pkg/api/v1/pod (IsPodReady, IsPodAvailable) and the Pod helpers of
// pkg/controller/controller_utils.go (FilterActivePods, IsPodActive,
// GetPodFromTemplate) that the workload controllers share.
import type { Pod, PodCondition, PodTemplateSpec } from 'kubernetes-types/core/v1';
import type { OwnerReference } from 'kubernetes-types/meta/v1';
import { parseRFC3339 } from '../../clock/clock.js';
import { clone } from '../../util/object.js';

export function getPodReadyCondition(pod: Pod): PodCondition | undefined {
  const conds = pod.status?.conditions;
  if (conds) for (let i = 0; i < conds.length; i++) if (conds[i]!.type === 'Ready') return conds[i];
  return undefined;
}

export function isPodReady(pod: Pod): boolean {
  return getPodReadyCondition(pod)?.status === 'True';
}

/**
 * IsPodAvailable: Ready, and Ready for at least minReadySeconds. Example: Ready at
 * 09:00:00 with minReadySeconds 10 is available from just after 09:00:10.
 */
export function isPodAvailable(pod: Pod, minReadySeconds: number, nowMs: number): boolean {
  if (!isPodReady(pod)) return false;
  if (!minReadySeconds) return true;
  const t = parseRFC3339(getPodReadyCondition(pod)?.lastTransitionTime);
  return t !== undefined && t + minReadySeconds * 1000 < nowMs;
}

/** IsPodActive: not finished and not being deleted. */
export function isPodActive(pod: Pod): boolean {
  const phase = pod.status?.phase;
  return phase !== 'Succeeded' && phase !== 'Failed' && !pod.metadata?.deletionTimestamp;
}

export function filterActivePods(pods: Pod[]): Pod[] {
  return pods.filter(isPodActive);
}

/**
 * GetPodFromTemplate: the Pod a controller creates, named `<prefix><5 random>` by the
 * API server (getPodsPrefix: `<controller>-`), labelled and annotated as the template.
 */
export function podFromTemplate(template: PodTemplateSpec, namespace: string, prefix: string, controllerRef: OwnerReference): Pod {
  const meta = template.metadata ?? {};
  const pod: Pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { generateName: prefix, namespace, ownerReferences: [controllerRef] },
    spec: clone(template.spec!),
  };
  if (meta.labels) pod.metadata!.labels = clone(meta.labels);
  if (meta.annotations) pod.metadata!.annotations = clone(meta.annotations);
  if (meta.finalizers) pod.metadata!.finalizers = clone(meta.finalizers);
  return pod;
}
