// Mirrors pkg/registry/core/pod/strategy.go (PrepareForCreate: phase Pending + QoS
// class; status kept on update; GetAttrs field set). Three admission plugins are folded
// into create here, simplified: ServiceAccount (serviceAccountName "default" and the
// kube-api-access projected volume; the ServiceAccount's own automount flag is not read),
// Priority (priority from the class, 0 by default, preemptionPolicy PreemptLowerPriority)
// and DefaultTolerationSeconds.
import type { Pod, Toleration, VolumeMount } from 'kubernetes-types/core/v1';
import type { Strategy } from './strategy.js';
import { defaultPod } from '../../api/defaults/pod.js';
import { validatePodCreate, validatePodStatusUpdate, validatePodUpdate } from '../../api/validation/pod.js';
import { parseQuantity, type Quantity } from '../../api/quantity.js';
import { clone, keepSpec, keepStatus, type Obj } from './common.js';

export const mirrorPodAnnotation = 'kubernetes.io/config.mirror';

/** The built-in PriorityClasses of every cluster. */
const systemPriorityClasses: Record<string, number> = {
  'system-node-critical': 2000001000,
  'system-cluster-critical': 2000000000,
};

/** DefaultTolerationSeconds: tolerate not-ready/unreachable nodes for 300 s before eviction. */
export function addDefaultTolerations(pod: Pod): void {
  const spec = pod.spec!;
  const tols: Toleration[] = (spec.tolerations ??= []);
  for (const key of ['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable']) {
    const tolerated = tols.some((t) => {
      if (t.effect && t.effect !== 'NoExecute') return false;
      if (!t.key) return t.operator === 'Exists';
      return t.key === key && (t.operator === 'Exists' || !t.value);
    });
    if (!tolerated) tols.push({ key, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 });
  }
}

/** Where the ServiceAccount plugin mounts the API token (DefaultAPITokenMountPath). */
export const apiTokenMountPath = '/var/run/secrets/kubernetes.io/serviceaccount';
const nameAlphabet = 'bcdfghjklmnpqrstvwxz2456789';

/**
 * mountServiceAccountToken: every container without a mount at the token path gets
 * one of the `kube-api-access-xxxxx` projected volume (token, kube-root-ca.crt, namespace).
 * Upstream draws the 5-character suffix at random; here it is derived from the
 * Pod's UID so that it draws nothing from the cluster's random sequence.
 */
function mountServiceAccountToken(pod: Pod): void {
  const spec = pod.spec!;
  let volumeName = (spec.volumes ?? []).find((v) => v.name.startsWith('kube-api-access-'))?.name;
  const hasVolume = volumeName !== undefined;
  if (!volumeName) {
    let n = parseInt((pod.metadata?.uid ?? '').replace(/-/g, '').slice(0, 12) || '0', 16);
    let suffix = '';
    for (let i = 0; i < 5; i++, n = Math.floor(n / 27)) suffix += nameAlphabet[n % 27];
    volumeName = `kube-api-access-${suffix}`;
  }
  const mount: VolumeMount = { name: volumeName, readOnly: true, mountPath: apiTokenMountPath };
  let needsVolume = false;
  for (const c of [...(spec.initContainers ?? []), ...spec.containers]) {
    if ((c.volumeMounts ?? []).some((m) => m.mountPath === apiTokenMountPath)) continue;
    (c.volumeMounts ??= []).push({ ...mount });
    needsVolume = true;
  }
  if (hasVolume || !needsVolume) return;
  (spec.volumes ??= []).push({
    name: volumeName,
    projected: {
      defaultMode: 420,
      sources: [
        { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
        { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
        { downwardAPI: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } },
      ],
    },
  });
}

function applyAdmission(pod: Pod): void {
  const spec = pod.spec!;
  const isMirror = pod.metadata?.annotations?.[mirrorPodAnnotation] !== undefined;
  if (!isMirror && !spec.serviceAccountName) {
    spec.serviceAccountName = 'default';
    spec.serviceAccount = 'default';
  }
  if (!isMirror && spec.automountServiceAccountToken !== false) mountServiceAccountToken(pod);
  if (spec.priority === undefined) spec.priority = systemPriorityClasses[spec.priorityClassName ?? ''] ?? 0;
  spec.preemptionPolicy ??= 'PreemptLowerPriority';
  addDefaultTolerations(pod);
}

function q(v: unknown): Quantity | undefined {
  try {
    return v === undefined ? undefined : parseQuantity(String(v));
  } catch {
    return undefined;
  }
}

/**
 * qos.GetPodQOS: Guaranteed when every container sets cpu and memory limits equal to
 * its requests; BestEffort when none sets any cpu/memory request or limit; else Burstable.
 */
export function podQOSClass(pod: Pod): 'Guaranteed' | 'Burstable' | 'BestEffort' {
  const containers = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])];
  let any = false;
  let guaranteed = true;
  for (const c of containers) {
    const req = c.resources?.requests ?? {};
    const lim = c.resources?.limits ?? {};
    for (const r of ['cpu', 'memory']) {
      const rq = q(req[r]);
      const lq = q(lim[r]);
      if ((rq && !rq.isZero()) || (lq && !lq.isZero())) any = true;
      if (!lq || lq.isZero()) guaranteed = false;
      else if (rq && rq.cmp(lq) !== 0) guaranteed = false;
    }
  }
  if (!any) return 'BestEffort';
  return guaranteed ? 'Guaranteed' : 'Burstable';
}

export const strategy: Strategy<Pod> = {
  default: defaultPod,
  prepareForCreate(pod) {
    applyAdmission(pod);
    (pod as Obj).status = { phase: 'Pending', qosClass: podQOSClass(pod) };
  },
  prepareForUpdate(pod, old) {
    keepStatus(pod as Obj, old as Obj);
  },
  validate: validatePodCreate,
  validateUpdate: validatePodUpdate,
  prepareForStatusUpdate(pod, old) {
    keepSpec(pod as Obj, old as Obj);
  },
  validateStatusUpdate: validatePodStatusUpdate,
  // Kubelets watch their own Pods: spec.nodeName=<node>.
  watchTrigger: { field: 'spec.nodeName', of: (pod) => pod.spec?.nodeName ?? '' },
  fieldSet(pod) {
    return {
      'spec.nodeName': pod.spec?.nodeName ?? '',
      'spec.restartPolicy': pod.spec?.restartPolicy ?? '',
      'spec.schedulerName': pod.spec?.schedulerName ?? '',
      'spec.serviceAccountName': pod.spec?.serviceAccountName ?? '',
      'spec.hostNetwork': String(pod.spec?.hostNetwork ?? false),
      'status.phase': pod.status?.phase ?? '',
      'status.podIP': pod.status?.podIP ?? '',
      'status.nominatedNodeName': pod.status?.nominatedNodeName ?? '',
    };
  },
};
