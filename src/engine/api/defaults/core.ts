// Mirrors pkg/apis/core/v1/defaults.go for the core kinds other than Pod
// (Service, PersistentVolume(Claim), Secret, Namespace, Node, Endpoints).
// ClusterIPs, ipFamilies and NodePorts are the registry's job (see registry/services.ts).
import type {
  Endpoints,
  Namespace,
  Node,
  PersistentVolume,
  PersistentVolumeClaim,
  PersistentVolumeClaimSpec,
  Secret,
  Service,
  ServicePort,
} from 'kubernetes-types/core/v1';

/** kubernetes-types marks status read-only; the server owns it, so we may write it. */
export type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** SetDefaults_Service. */
export function defaultService(svc: Service): void {
  svc.spec ??= {};
  const spec = svc.spec;
  spec.sessionAffinity ||= 'None';
  if (spec.sessionAffinity === 'ClientIP') {
    spec.sessionAffinityConfig ??= {};
    spec.sessionAffinityConfig.clientIP ??= {};
    spec.sessionAffinityConfig.clientIP.timeoutSeconds ??= 10800; // 3 hours
  }
  spec.type ||= 'ClusterIP';
  for (const p of spec.ports ?? []) defaultServicePort(p);
  if (spec.type === 'NodePort' || spec.type === 'LoadBalancer') spec.externalTrafficPolicy ||= 'Cluster';
  if (spec.type !== 'ExternalName') spec.internalTrafficPolicy ||= 'Cluster';
  if (spec.type === 'LoadBalancer') spec.allocateLoadBalancerNodePorts ??= true;
}

function defaultServicePort(p: ServicePort): void {
  p.protocol ||= 'TCP';
  // targetPort 0 or "" means "same as port".
  if (p.targetPort === undefined || p.targetPort === 0 || p.targetPort === '') p.targetPort = p.port;
}

/** SetDefaults_PersistentVolume (+ status phase Pending). */
export function defaultPersistentVolume(pv: PersistentVolume): void {
  pv.spec ??= {};
  pv.spec.persistentVolumeReclaimPolicy ||= 'Retain';
  pv.spec.volumeMode ||= 'Filesystem';
  if (pv.spec.hostPath) pv.spec.hostPath.type ??= '';
  const m = pv as Writable<PersistentVolume>;
  m.status ??= {};
  m.status.phase ||= 'Pending';
}

/** SetDefaults_PersistentVolumeClaim (+ status phase Pending). */
export function defaultPersistentVolumeClaim(pvc: PersistentVolumeClaim): void {
  pvc.spec ??= {};
  defaultPersistentVolumeClaimSpec(pvc.spec);
  const m = pvc as Writable<PersistentVolumeClaim>;
  m.status ??= {};
  m.status.phase ||= 'Pending';
}

export function defaultPersistentVolumeClaimSpec(spec: PersistentVolumeClaimSpec): void {
  spec.volumeMode ||= 'Filesystem';
}

/** SetDefaults_Secret. */
export function defaultSecret(s: Secret): void {
  s.type ||= 'Opaque';
}

/** SetDefaults_Namespace (the name label) and SetDefaults_NamespaceStatus. */
export function defaultNamespace(ns: Namespace): void {
  const name = ns.metadata?.name;
  if (name) {
    ns.metadata!.labels ??= {};
    ns.metadata!.labels['kubernetes.io/metadata.name'] = name;
  }
  const m = ns as Writable<Namespace>;
  m.status ??= {};
  m.status.phase ||= 'Active';
}

/** SetDefaults_NodeStatus: allocatable defaults to capacity. */
export function defaultNode(node: Node): void {
  const st = node.status;
  if (st?.capacity && !st.allocatable) st.allocatable = { ...st.capacity };
}

/** SetDefaults_EndpointPort. */
export function defaultEndpoints(ep: Endpoints): void {
  for (const subset of ep.subsets ?? []) for (const p of subset.ports ?? []) p.protocol ||= 'TCP';
}
