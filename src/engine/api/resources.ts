// The API's discovery table: what `kubectl api-resources` lists for a v1.32
// kubeadm cluster, restricted to the resources the lab serves. kubectl's
// RESTMapper and the API server's registry are both driven from here.

export interface ResourceInfo {
  /** plural resource name, e.g. "deployments" */
  name: string;
  singularName: string;
  group: string;
  version: string;
  kind: string;
  namespaced: boolean;
  shortNames: string[];
  categories: string[];
  verbs: string[];
  /** subresources served, e.g. ["status", "scale"] */
  subresources: string[];
}

const rw = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

function r(
  name: string,
  kind: string,
  groupVersion: string,
  namespaced: boolean,
  extra: Partial<Pick<ResourceInfo, 'shortNames' | 'categories' | 'verbs' | 'subresources' | 'singularName'>> = {},
): ResourceInfo {
  const slash = groupVersion.indexOf('/');
  const group = slash < 0 ? '' : groupVersion.slice(0, slash);
  const version = slash < 0 ? groupVersion : groupVersion.slice(slash + 1);
  return {
    name,
    singularName: extra.singularName ?? kind.toLowerCase(),
    group,
    version,
    kind,
    namespaced,
    shortNames: extra.shortNames ?? [],
    categories: extra.categories ?? [],
    verbs: extra.verbs ?? rw,
    subresources: extra.subresources ?? [],
  };
}

/** In the order `kubectl api-resources` prints them (by group, then name). */
export const resources: readonly ResourceInfo[] = [
  r('bindings', 'Binding', 'v1', true, { verbs: ['create'] }),
  r('configmaps', 'ConfigMap', 'v1', true, { shortNames: ['cm'] }),
  r('endpoints', 'Endpoints', 'v1', true, { shortNames: ['ep'], singularName: 'endpoints' }),
  r('events', 'Event', 'v1', true, { shortNames: ['ev'] }),
  r('namespaces', 'Namespace', 'v1', false, {
    shortNames: ['ns'],
    verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'],
    subresources: ['status', 'finalize'],
  }),
  r('nodes', 'Node', 'v1', false, { shortNames: ['no'], subresources: ['status'] }),
  r('persistentvolumeclaims', 'PersistentVolumeClaim', 'v1', true, { shortNames: ['pvc'], subresources: ['status'] }),
  r('persistentvolumes', 'PersistentVolume', 'v1', false, { shortNames: ['pv'], subresources: ['status'] }),
  r('pods', 'Pod', 'v1', true, {
    shortNames: ['po'],
    categories: ['all'],
    subresources: ['status', 'binding', 'log', 'exec', 'eviction', 'ephemeralcontainers'],
  }),
  r('secrets', 'Secret', 'v1', true),
  r('serviceaccounts', 'ServiceAccount', 'v1', true, { shortNames: ['sa'] }),
  r('services', 'Service', 'v1', true, {
    shortNames: ['svc'],
    categories: ['all'],
    verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'],
    subresources: ['status'],
  }),
  r('controllerrevisions', 'ControllerRevision', 'apps/v1', true),
  r('daemonsets', 'DaemonSet', 'apps/v1', true, { shortNames: ['ds'], categories: ['all'], subresources: ['status'] }),
  r('deployments', 'Deployment', 'apps/v1', true, {
    shortNames: ['deploy'],
    categories: ['all'],
    subresources: ['status', 'scale'],
  }),
  r('replicasets', 'ReplicaSet', 'apps/v1', true, { shortNames: ['rs'], categories: ['all'], subresources: ['status', 'scale'] }),
  r('statefulsets', 'StatefulSet', 'apps/v1', true, { shortNames: ['sts'], categories: ['all'], subresources: ['status', 'scale'] }),
  r('cronjobs', 'CronJob', 'batch/v1', true, { shortNames: ['cj'], categories: ['all'], subresources: ['status'] }),
  r('jobs', 'Job', 'batch/v1', true, { categories: ['all'], subresources: ['status'] }),
  r('leases', 'Lease', 'coordination.k8s.io/v1', true),
  r('endpointslices', 'EndpointSlice', 'discovery.k8s.io/v1', true),
  r('storageclasses', 'StorageClass', 'storage.k8s.io/v1', false, { shortNames: ['sc'] }),
];

export function apiVersionOf(info: ResourceInfo): string {
  return info.group ? `${info.group}/${info.version}` : info.version;
}

/** Find by plural name within a group ("" is core). */
export function resourceFor(group: string, name: string): ResourceInfo | undefined {
  return resources.find((x) => x.group === group && x.name === name);
}

/** Find by apiVersion + kind, as decoding a manifest does. */
export function resourceForKind(apiVersion: string, kind: string): ResourceInfo | undefined {
  return resources.find((x) => apiVersionOf(x) === apiVersion && x.kind === kind);
}

/** Resources in a category, e.g. "all". */
export function resourcesInCategory(category: string): ResourceInfo[] {
  return resources.filter((x) => x.categories.includes(category));
}
