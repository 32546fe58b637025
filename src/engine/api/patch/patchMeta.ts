// Mirrors the strategic-merge metadata Kubernetes v1.32 declares on its Go types (the
// `patchStrategy`/`patchMergeKey` tags, published as x-kubernetes-patch-strategy /
// x-kubernetes-patch-merge-key in the OpenAPI document), for the kinds kubelab serves.
//
// Hand-maintained: only fields that carry a strategy, or lead to a struct that does, are
// listed. Any other field has no metadata: maps merge key by key, lists are replaced whole.
// Note what upstream does NOT mark: tolerations, containers' resizePolicy, containerStatuses,
// Endpoints subsets, EndpointSlice endpoints and PVC/PV specs are atomic (replaced) lists.

export interface FieldMeta {
  /** The struct type of the value (or of the list's elements), when it has metadata of its own. */
  type?: string;
  /** x-kubernetes-patch-strategy: "merge", "replace", "retainKeys" or "merge,retainKeys". */
  strategy?: string;
  /** x-kubernetes-patch-merge-key; absent for merge lists of scalars (a set). */
  mergeKey?: string;
}

const merge = (mergeKey?: string, type?: string): FieldMeta => ({ strategy: 'merge', mergeKey, type });
const mergeRetain = (mergeKey: string, type?: string): FieldMeta => ({ strategy: 'merge,retainKeys', mergeKey, type });
const struct = (type: string): FieldMeta => ({ type });
const conditions = { conditions: merge('type') };

const containerFields: Record<string, FieldMeta> = {
  env: merge('name'),
  ports: merge('containerPort'),
  volumeDevices: merge('devicePath'),
  volumeMounts: merge('mountPath'),
};

/** struct name → json field → metadata. */
export type StructTable = Record<string, Record<string, FieldMeta>>;

/** The built-in table. Names follow the Go types (core/v1, apps/v1, …). */
const structs: StructTable = {
  ObjectMeta: { finalizers: merge(), ownerReferences: merge('uid') },
  // Top-level kinds: metadata everywhere, plus whatever their spec/status reach.
  Pod: { metadata: struct('ObjectMeta'), spec: struct('PodSpec'), status: struct('PodStatus') },
  PodTemplate: { metadata: struct('ObjectMeta'), template: struct('PodTemplateSpec') },
  Deployment: { metadata: struct('ObjectMeta'), spec: struct('DeploymentSpec'), status: struct('ConditionsStatus') },
  ReplicaSet: { metadata: struct('ObjectMeta'), spec: struct('TemplateSpec'), status: struct('ConditionsStatus') },
  StatefulSet: { metadata: struct('ObjectMeta'), spec: struct('StatefulSetSpec'), status: struct('ConditionsStatus') },
  DaemonSet: { metadata: struct('ObjectMeta'), spec: struct('TemplateSpec'), status: struct('ConditionsStatus') },
  Job: { metadata: struct('ObjectMeta'), spec: struct('TemplateSpec'), status: struct('ConditionsStatus') },
  CronJob: { metadata: struct('ObjectMeta'), spec: struct('CronJobSpec') },
  Service: { metadata: struct('ObjectMeta'), spec: struct('ServiceSpec'), status: struct('ConditionsStatus') },
  Node: { metadata: struct('ObjectMeta'), spec: struct('NodeSpec'), status: struct('NodeStatus') },
  Namespace: { metadata: struct('ObjectMeta'), status: struct('ConditionsStatus') },
  PersistentVolumeClaim: { metadata: struct('ObjectMeta'), status: struct('ConditionsStatus') },
  ServiceAccount: { metadata: struct('ObjectMeta'), secrets: merge('name') },
  // Kinds whose only strategic fields are in ObjectMeta.
  ConfigMap: { metadata: struct('ObjectMeta') },
  Secret: { metadata: struct('ObjectMeta') },
  PersistentVolume: { metadata: struct('ObjectMeta') },
  Endpoints: { metadata: struct('ObjectMeta') },
  EndpointSlice: { metadata: struct('ObjectMeta') },
  Lease: { metadata: struct('ObjectMeta') },
  StorageClass: { metadata: struct('ObjectMeta') },
  ControllerRevision: { metadata: struct('ObjectMeta') },
  Event: { metadata: struct('ObjectMeta') },

  PodTemplateSpec: { metadata: struct('ObjectMeta'), spec: struct('PodSpec') },
  PodSpec: {
    containers: merge('name', 'Container'),
    initContainers: merge('name', 'Container'),
    ephemeralContainers: merge('name', 'Container'),
    hostAliases: merge('ip'),
    imagePullSecrets: merge('name'),
    resourceClaims: mergeRetain('name'),
    schedulingGates: merge('name'),
    topologySpreadConstraints: merge('topologyKey'),
    volumes: mergeRetain('name', 'Volume'),
  },
  // Container and EphemeralContainer carry the same tags.
  Container: containerFields,
  Volume: { ephemeral: struct('EphemeralVolumeSource') },
  EphemeralVolumeSource: { volumeClaimTemplate: struct('PersistentVolumeClaimTemplate') },
  PersistentVolumeClaimTemplate: { metadata: struct('ObjectMeta') },
  PodStatus: {
    conditions: merge('type'),
    hostIPs: merge('ip'),
    podIPs: merge('ip'),
    resourceClaimStatuses: mergeRetain('name'),
    containerStatuses: struct('ContainerStatus'),
    initContainerStatuses: struct('ContainerStatus'),
    ephemeralContainerStatuses: struct('ContainerStatus'),
  },
  ContainerStatus: { allocatedResourcesStatus: merge('name'), volumeMounts: merge('mountPath') },
  DeploymentSpec: { strategy: { strategy: 'retainKeys' }, template: struct('PodTemplateSpec') },
  // ReplicaSetSpec, DaemonSetSpec, JobSpec: only the pod template matters.
  TemplateSpec: { template: struct('PodTemplateSpec') },
  StatefulSetSpec: { template: struct('PodTemplateSpec'), volumeClaimTemplates: struct('PersistentVolumeClaim') },
  CronJobSpec: { jobTemplate: struct('JobTemplateSpec') },
  JobTemplateSpec: { metadata: struct('ObjectMeta'), spec: struct('TemplateSpec') },
  ServiceSpec: { ports: merge('port') },
  NodeSpec: { podCIDRs: merge() },
  NodeStatus: { addresses: merge('type'), conditions: merge('type') },
  // Deployment/ReplicaSet/StatefulSet/DaemonSet/Job/Service/Namespace/PVC status.
  ConditionsStatus: conditions,
};

/** Kinds served with strategic merge patch. */
const kinds = new Set([
  'Pod', 'PodTemplate', 'Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob',
  'Service', 'Node', 'Namespace', 'ConfigMap', 'Secret', 'ServiceAccount', 'PersistentVolume',
  'PersistentVolumeClaim', 'Endpoints', 'EndpointSlice', 'Lease', 'StorageClass', 'ControllerRevision', 'Event',
]);

/** A position in the type tree: a struct of a table, or undefined where nothing is known. */
export type PatchSchema = { table: StructTable; type: string } | undefined;

/** "Deployment", "apps/v1.Deployment" or "v1.Pod" → "Deployment". */
export function kindName(kind: string): string {
  const dot = kind.lastIndexOf('.');
  return dot >= 0 ? kind.slice(dot + 1) : kind;
}

/** The root schema of a kind, or undefined when the kind has no strategic metadata (e.g. a CRD). */
export function schemaForKind(kind: string): PatchSchema {
  const k = kindName(kind);
  return kinds.has(k) ? { table: structs, type: k } : undefined;
}

export function isStrategicKind(kind: string): boolean {
  return schemaForKind(kind) !== undefined;
}

export interface PatchMeta {
  schema: PatchSchema;
  strategies: string[];
  mergeKey: string;
}

/** LookupPatchMetadataForStruct/ForSlice: metadata of one field and the schema beneath it. */
export function lookupPatchMeta(schema: PatchSchema, field: string): PatchMeta {
  const meta = schema === undefined ? undefined : schema.table[schema.type]?.[field];
  return {
    schema: meta?.type && schema ? { table: schema.table, type: meta.type } : undefined,
    strategies: meta?.strategy ? meta.strategy.split(',') : [],
    mergeKey: meta?.mergeKey ?? '',
  };
}
