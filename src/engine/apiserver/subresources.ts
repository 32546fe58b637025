// The scale and binding subresources: autoscaling/v1 Scale views of
// Deployments, ReplicaSets and StatefulSets (pkg/registry/apps/*/storage
// ScaleREST), and pods/binding (pkg/registry/core/pod/storage BindingREST).
import type { Binding } from 'kubernetes-types/core/v1';
import { newBadRequest, newConflict, newInvalid, invalid } from '../api/errors.js';
import { selectorFromLabelSelector } from '../api/labels.js';
import type { ResourceInfo } from '../api/resources.js';
import { clone } from '../util/object.js';

type Obj = { metadata?: any; spec?: any; status?: any; [k: string]: any };

export function supportsScale(info: ResourceInfo): boolean {
  return info.subresources.includes('scale');
}

export function toScale(obj: Obj): Obj {
  const m = obj.metadata ?? {};
  let selector = '';
  try {
    selector = selectorFromLabelSelector(obj.spec?.selector).toString();
  } catch {
    selector = '';
  }
  return {
    kind: 'Scale',
    apiVersion: 'autoscaling/v1',
    metadata: {
      name: m.name,
      namespace: m.namespace,
      uid: m.uid,
      resourceVersion: m.resourceVersion,
      creationTimestamp: m.creationTimestamp,
    },
    spec: { replicas: obj.spec?.replicas ?? 0 },
    status: { replicas: obj.status?.replicas ?? 0, selector },
  };
}

/** Apply a new Scale to its object: only spec.replicas changes. */
export function fromScale(info: ResourceInfo, current: Obj, scale: Obj): Obj {
  const replicas = scale?.spec?.replicas;
  if (replicas !== undefined && (typeof replicas !== 'number' || !Number.isInteger(replicas))) {
    throw newBadRequest('spec.replicas must be an integer');
  }
  if (typeof replicas === 'number' && replicas < 0) {
    throw newInvalid('autoscaling', 'Scale', current.metadata?.name ?? '', [
      invalid('spec.replicas', replicas, 'must be greater than or equal to 0'),
    ]);
  }
  const rv = scale?.metadata?.resourceVersion;
  if (rv && rv !== current.metadata?.resourceVersion) {
    throw newConflict(info.group, info.name, current.metadata?.name ?? '', 'the object has been modified; please apply your changes to the latest version and try again');
  }
  const next = clone(current);
  next.spec = { ...next.spec, replicas: replicas ?? 0 };
  return next;
}

/** BindingREST.assignPod: set nodeName once, and mark the Pod scheduled. */
export function bindPod(pod: Obj, binding: Binding, nowRFC3339: string): Obj {
  const name = pod.metadata?.name ?? '';
  if (!binding.target?.name) {
    throw newInvalid('', 'Binding', binding.metadata?.name ?? name, [{ type: 'FieldValueRequired', field: 'target.name', detail: '' }]);
  }
  if (pod.metadata?.deletionTimestamp) throw newConflict('', 'pods', name, 'pod is being deleted, cannot be assigned to a host');
  if (pod.spec?.nodeName) throw newConflict('', 'pods', name, `pod ${name} is already assigned to node "${pod.spec.nodeName}"`);
  // A new top level, metadata, spec and status; everything below them is the stored
  // Pod's own (deep-frozen, so shared rather than copied).
  const next: Obj = { ...pod, metadata: { ...pod.metadata }, spec: { ...pod.spec, nodeName: binding.target.name } };
  const ann = binding.metadata?.annotations;
  if (ann) next.metadata = { ...next.metadata, annotations: { ...(next.metadata!.annotations ?? {}), ...ann } };
  const conditions: any[] = [...(next.status?.conditions ?? [])];
  const i = conditions.findIndex((c) => c.type === 'PodScheduled');
  const cond = { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: nowRFC3339 };
  if (i >= 0) {
    if (conditions[i].status !== 'True') conditions[i] = cond;
  } else conditions.push(cond);
  next.status = { ...next.status, conditions };
  return next;
}
