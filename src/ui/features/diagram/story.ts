// What the audit stream means as messages between components: each write a
// component makes travels sender → kube-apiserver → etcd, then out to the
// components that watch that resource (the scheduler for unscheduled Pods,
// the controller of the resource, the kubelet of the Pod's node …), with a
// caption of what the sender did. Pure: records and objects in, steps out.
import type { AuditRecord, KubeObject } from '../../../engine/protocol/index.js';
import { podView } from './podStatus.js';

/** Finds an object as it was right after a write (its resourceVersion = the record's revision), or now. */
export type ObjectAt = (resource: string, namespace: string | undefined, name: string, revision: number) => KubeObject | undefined;

/** A message waiting to be drawn: one or more records of the same kind, coalesced. */
export interface Step {
  /** Records with the same key are merged into one step. */
  key: string;
  records: AuditRecord[];
  /** The objects (`namespace/name`) the merged records wrote. */
  objects: Set<string>;
  /** How many different objects (records keeps at most a bounded sample; the last one is always the latest). */
  count: number;
  minor: boolean;
}

export interface Caption {
  /** i18n key under `diagram.say.` */
  key: string;
  params: Record<string, string | number>;
  failed: boolean;
}

export interface Resolved {
  from: string;
  /** Went on to etcd (a successful write). */
  write: boolean;
  to: string[];
  caption: Caption;
}

const writes = new Set(['create', 'update', 'patch', 'delete', 'deletecollection']);
/** Resources whose writes are bookkeeping the diagram does not draw. */
const quiet = new Set(['events', 'leases', 'tokenreviews', 'subjectaccessreviews', 'selfsubjectaccessreviews']);

const controllerUsers: Record<string, string> = {
  'deployment-controller': 'deployment',
  'replicaset-controller': 'replicaset',
  'daemon-set-controller': 'daemonset',
  'statefulset-controller': 'statefulset',
  'job-controller': 'job',
  'endpointslice-controller': 'endpointslice',
  'generic-garbage-collector': 'garbage-collector',
  'namespace-controller': 'namespace',
  'node-controller': 'node-lifecycle',
  'taint-eviction-controller': 'node-lifecycle',
  'service-account-controller': 'serviceaccount',
};

/** Which place of the diagram a request comes from, by the user it authenticated as. */
export function placeOf(user: string): string | undefined {
  if (user === 'kubectl' || user === 'kubernetes-admin' || user === 'admin') return 'you';
  if (user === 'system:kube-scheduler') return 'scheduler';
  if (user.startsWith('system:node:')) return `kubelet/${user.slice('system:node:'.length)}`;
  const c = controllerUsers[user] ?? (user.startsWith('system:serviceaccount:kube-system:') ? controllerUsers[user.split(':').pop()!] : undefined);
  if (c) return `controller/${c}`;
  if (user === 'system:kube-controller-manager' || user.endsWith('-controller')) return 'controller-manager';
  return undefined;
}

/** Does this record become a message? Reads, events, leases, heartbeats and others' failures do not. */
export function isStory(r: AuditRecord): boolean {
  if (!writes.has(r.verb) || r.dryRun || quiet.has(r.resource)) return false;
  const from = placeOf(r.user);
  if (!from) return false;
  if (r.resource === 'nodes' && r.subresource === 'status') return false;
  // A controller's conflict is retried at once; the student's failures are shown.
  if (r.code >= 400 && from !== 'you') return false;
  return true;
}

export function stepKey(r: AuditRecord): string {
  return `${r.user}|${r.verb}|${r.resource}|${r.subresource ?? ''}|${r.code >= 400 ? 'fail' : 'ok'}`;
}

export function isMinor(r: AuditRecord): boolean {
  return r.subresource === 'status' && !r.user.startsWith('system:node:');
}

const kinds: Record<string, string> = {
  pods: 'Pod',
  deployments: 'Deployment',
  replicasets: 'ReplicaSet',
  daemonsets: 'DaemonSet',
  statefulsets: 'StatefulSet',
  jobs: 'Job',
  cronjobs: 'CronJob',
  services: 'Service',
  endpoints: 'Endpoints',
  endpointslices: 'EndpointSlice',
  nodes: 'Node',
  namespaces: 'Namespace',
  configmaps: 'ConfigMap',
  secrets: 'Secret',
  serviceaccounts: 'ServiceAccount',
};

const ownerControllers: Record<string, string> = { ReplicaSet: 'replicaset', DaemonSet: 'daemonset', StatefulSet: 'statefulset', Job: 'job', Deployment: 'deployment' };

function ownerController(o: KubeObject | undefined): string | undefined {
  const ref = o?.metadata.ownerReferences?.find((r) => r.controller);
  const c = ref && ownerControllers[ref.kind];
  return c ? `controller/${c}` : undefined;
}

function objName(r: AuditRecord): string {
  return r.namespace ? `${r.namespace}/${r.name ?? ''}` : (r.name ?? '');
}

/** Who watches a write to this resource (and so gets a message from the API server). */
function watchers(r: AuditRecord, obj: KubeObject | undefined, nodes: string[]): string[] {
  const node = obj?.spec?.nodeName as string | undefined;
  switch (r.resource) {
    case 'pods':
      if (r.subresource === 'binding') return node ? [`kubelet/${node}`] : [];
      if (r.subresource === 'status') return [ownerController(obj)].filter((x): x is string => Boolean(x));
      if (r.verb === 'create') return node ? [`kubelet/${node}`] : ['scheduler'];
      return [node ? `kubelet/${node}` : 'scheduler', ...(r.verb === 'delete' ? [ownerController(obj)] : [])].filter((x): x is string => Boolean(x));
    case 'deployments':
      return r.subresource === 'status' ? [] : ['controller/deployment'];
    case 'replicasets':
      return r.subresource === 'status' ? ['controller/deployment'] : ['controller/replicaset', ...(ownerController(obj) ? ['controller/deployment'] : [])];
    case 'daemonsets':
      return r.subresource === 'status' ? [] : ['controller/daemonset'];
    case 'statefulsets':
      return r.subresource === 'status' ? [] : ['controller/statefulset'];
    case 'jobs':
      return r.subresource === 'status' ? [] : ['controller/job'];
    case 'services':
      return ['controller/endpointslice', ...nodes.map((n) => `kube-proxy/${n}`)];
    case 'endpoints':
    case 'endpointslices':
      return nodes.map((n) => `kube-proxy/${n}`);
    case 'nodes':
      return ['controller/node-lifecycle', 'scheduler'];
    case 'namespaces':
      return ['controller/namespace'];
    default:
      return [];
  }
}

/** The caption: who did what, in words (the templates live in strings.ts). */
function caption(step: Step, from: string, objectAt: ObjectAt): Caption {
  const r = step.records[0]!;
  const failed = r.code >= 400;
  const actor = from === 'you' ? 'you' : from === 'scheduler' ? 'scheduler' : from.startsWith('kubelet/') ? 'kubelet' : from.startsWith('controller/') ? 'controller' : 'cm';
  const params: Record<string, string | number> = {
    node: from.startsWith('kubelet/') ? from.slice('kubelet/'.length) : '',
    controller: from.startsWith('controller/') ? from.slice('controller/'.length) : '',
    kind: kinds[r.resource] ?? r.resource,
    name: objName(r),
    count: step.count,
    code: r.code,
    verb: r.verb,
  };
  let what = r.subresource === 'status' ? 'status' : r.subresource === 'scale' ? 'scale' : r.verb === 'deletecollection' ? 'delete' : r.verb;
  if (r.resource === 'pods' && r.subresource === 'binding') {
    what = 'bind';
    const perNode = new Map<string, number>();
    for (const rec of step.records) {
      const n = (objectAt('pods', rec.namespace, rec.name ?? '', rec.revision)?.spec?.nodeName as string | undefined) ?? '?';
      perNode.set(n, (perNode.get(n) ?? 0) + 1);
    }
    params.target = [...perNode.keys()][0] ?? '?';
    params.spread = [...perNode].map(([n, c]) => `${n}: ${c}`).join(', ');
  }
  if (r.resource === 'pods' && r.subresource === 'status' && actor === 'kubelet') {
    what = 'podStatus';
    const last = step.records[step.records.length - 1]!;
    const o = objectAt('pods', last.namespace, last.name ?? '', last.revision);
    params.status = o ? podView(o).status : '?';
  }
  if (failed) what = 'failed';
  const many = step.count > 1 && !failed ? 'Many' : '';
  return { key: `${actor}.${what}${many}`, params, failed };
}

/** Where a step's message goes and what its caption says (resolved when it starts playing, so the objects it names have arrived). */
export function resolveStep(step: Step, objectAt: ObjectAt, nodes: string[]): Resolved {
  const r = step.records[0]!;
  const from = placeOf(r.user) ?? 'controller-manager';
  const write = r.code < 400;
  const to = new Set<string>();
  if (write) {
    for (const rec of step.records.slice(0, 50)) {
      for (const t of watchers(rec, objectAt(rec.resource, rec.namespace, rec.name ?? '', rec.revision), nodes)) if (t !== from) to.add(t);
    }
  }
  return { from, write, to: [...to], caption: caption(step, from, objectAt) };
}
