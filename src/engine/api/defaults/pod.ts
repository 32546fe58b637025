// Mirrors pkg/apis/core/v1/defaults.go for Pods and PodSpecs (SetDefaults_Pod,
// SetDefaults_PodSpec, SetDefaults_Container, probes, volumes, env field refs).
// Each function mutates the object it is given; callers pass a private clone.
import type {
  Container,
  EnvVar,
  HTTPGetAction,
  Pod,
  PodSpec,
  PodTemplateSpec,
  Probe,
  ResourceRequirements,
  Volume,
  ContainerPort,
  Lifecycle,
  LifecycleHandler,
} from 'kubernetes-types/core/v1';

/** 0644, the default file mode of configMap/secret/downwardAPI/projected volumes. */
export const defaultVolumeMode = 420;

/** SetDefaults_Pod: only for Pods, not for pod templates. */
export function defaultPod(pod: Pod): void {
  pod.spec ??= { containers: [] };
  const spec = pod.spec;
  // Limits given without requests: requests default to the limits (per resource).
  for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) {
    defaultRequestsFromLimits(c);
  }
  spec.enableServiceLinks ??= true;
  if (spec.hostNetwork) {
    for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) {
      for (const p of c.ports ?? []) if (!p.hostPort) p.hostPort = p.containerPort;
    }
  }
  defaultPodSpec(spec);
}

/** SetDefaults_PodTemplateSpec has no body: its PodSpec gets SetDefaults_PodSpec. */
export function defaultPodTemplateSpec(t: PodTemplateSpec | undefined): void {
  if (!t) return;
  t.spec ??= { containers: [] };
  defaultPodSpec(t.spec);
}

function defaultRequestsFromLimits(c: Container): void {
  const limits = c.resources?.limits;
  if (!limits) return;
  const res = c.resources as ResourceRequirements;
  for (const [name, q] of Object.entries(limits)) {
    res.requests ??= {};
    if (res.requests[name] === undefined) res.requests[name] = q;
  }
}

/** SetDefaults_PodSpec and everything nested in it. */
export function defaultPodSpec(spec: PodSpec): void {
  spec.dnsPolicy ||= 'ClusterFirst';
  spec.restartPolicy ||= 'Always';
  spec.securityContext ??= {};
  spec.terminationGracePeriodSeconds ??= 30;
  spec.schedulerName ||= 'default-scheduler';
  // The v1 API mirrors serviceAccountName into the deprecated serviceAccount field.
  if (spec.serviceAccountName && !spec.serviceAccount) spec.serviceAccount = spec.serviceAccountName;
  else if (!spec.serviceAccountName && spec.serviceAccount) spec.serviceAccountName = spec.serviceAccount;
  for (const c of spec.containers ?? []) defaultContainer(c);
  for (const c of spec.initContainers ?? []) defaultContainer(c);
  for (const c of spec.ephemeralContainers ?? []) defaultContainer(c as Container);
  for (const v of spec.volumes ?? []) defaultVolume(v);
}

/** SetDefaults_Container and the structs it holds. */
export function defaultContainer(c: Container): void {
  if (!c.imagePullPolicy) c.imagePullPolicy = imagePullPolicyFor(c.image ?? '');
  c.terminationMessagePath ||= '/dev/termination-log';
  c.terminationMessagePolicy ||= 'File';
  // Go's ResourceRequirements is a struct, not a pointer: it always serialises as {}.
  c.resources ??= {};
  for (const p of c.ports ?? []) defaultContainerPort(p);
  for (const e of c.env ?? []) defaultEnvVar(e);
  defaultProbe(c.livenessProbe);
  defaultProbe(c.readinessProbe);
  defaultProbe(c.startupProbe);
  defaultLifecycle(c.lifecycle);
}

/**
 * Always for `:latest` or an untagged image, IfNotPresent otherwise. A digest
 * (`nginx@sha256:…`) counts as a tag. e.g. `nginx` → Always, `nginx:1.27` → IfNotPresent,
 * `localhost:5000/app` → Always (the colon belongs to the registry host).
 */
export function imagePullPolicyFor(image: string): 'Always' | 'IfNotPresent' {
  if (image.includes('@')) return 'IfNotPresent';
  const lastSlash = image.lastIndexOf('/');
  const tail = image.slice(lastSlash + 1);
  const colon = tail.lastIndexOf(':');
  if (colon < 0) return 'Always';
  return tail.slice(colon + 1) === 'latest' ? 'Always' : 'IfNotPresent';
}

function defaultContainerPort(p: ContainerPort): void {
  p.protocol ||= 'TCP';
}

function defaultEnvVar(e: EnvVar): void {
  const fr = e.valueFrom?.fieldRef;
  if (fr && !fr.apiVersion) fr.apiVersion = 'v1';
}

/** SetDefaults_Probe and SetDefaults_HTTPGetAction. */
export function defaultProbe(p: Probe | undefined): void {
  if (!p) return;
  p.timeoutSeconds ||= 1;
  p.periodSeconds ||= 10;
  p.successThreshold ||= 1;
  p.failureThreshold ||= 3;
  defaultHTTPGet(p.httpGet);
}

function defaultHTTPGet(h: HTTPGetAction | undefined): void {
  if (!h) return;
  h.path ||= '/';
  h.scheme ||= 'HTTP';
}

function defaultLifecycle(l: Lifecycle | undefined): void {
  const handlers: (LifecycleHandler | undefined)[] = [l?.postStart, l?.preStop];
  for (const h of handlers) defaultHTTPGet(h?.httpGet);
}

const volumeSourceKeys = [
  'hostPath', 'emptyDir', 'gcePersistentDisk', 'awsElasticBlockStore', 'gitRepo', 'secret', 'nfs', 'iscsi',
  'glusterfs', 'persistentVolumeClaim', 'rbd', 'flexVolume', 'cinder', 'cephfs', 'flocker', 'downwardAPI', 'fc',
  'azureFile', 'configMap', 'vsphereVolume', 'quobyte', 'azureDisk', 'photonPersistentDisk', 'projected',
  'portworxVolume', 'scaleIO', 'storageos', 'csi', 'ephemeral', 'image',
] as const;

/** SetDefaults_Volume plus the per-source defaults. */
export function defaultVolume(v: Volume): void {
  const rec = v as unknown as Record<string, unknown>;
  if (!volumeSourceKeys.some((k) => rec[k] !== undefined)) v.emptyDir = {};
  if (v.configMap) v.configMap.defaultMode ??= defaultVolumeMode;
  if (v.secret) v.secret.defaultMode ??= defaultVolumeMode;
  if (v.downwardAPI) {
    v.downwardAPI.defaultMode ??= defaultVolumeMode;
    for (const it of v.downwardAPI.items ?? []) if (it.fieldRef && !it.fieldRef.apiVersion) it.fieldRef.apiVersion = 'v1';
  }
  if (v.projected) {
    v.projected.defaultMode ??= defaultVolumeMode;
    for (const s of v.projected.sources ?? []) {
      if (s.serviceAccountToken) s.serviceAccountToken.expirationSeconds ??= 3600;
      for (const it of s.downwardAPI?.items ?? []) if (it.fieldRef && !it.fieldRef.apiVersion) it.fieldRef.apiVersion = 'v1';
    }
  }
  if (v.hostPath) v.hostPath.type ??= '';
  if (v.iscsi) v.iscsi.iscsiInterface ||= 'default';
  if (v.ephemeral?.volumeClaimTemplate?.spec) v.ephemeral.volumeClaimTemplate.spec.volumeMode ||= 'Filesystem';
}
