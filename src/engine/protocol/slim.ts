// What the page receives of a watched object (pushes and snapshots): the parts
// the diagram, the inspector's lists, the terminal's object links and lessons
// read, not the whole object. A 500-Pod scale-up sent whole is ~3 MB that the
// page must deserialise in one task; slim, it is a tenth of that. The full
// object (the inspector's live YAML) comes through `object.inspect`.
import type { KubeObject, WatchedResource } from './messages.js';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The string, number and boolean fields of `o` (`replicas`, `nodeName`, `phase` …): small and often read. */
function scalars(o: unknown): Obj {
  const out: Obj = {};
  if (!isObj(o)) return out;
  for (const [k, v] of Object.entries(o)) if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = v;
  return out;
}

/** `o` with only `keys` (those present). */
function pick(o: unknown, keys: readonly string[]): Obj {
  const out: Obj = {};
  if (!isObj(o)) return out;
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

const metaKeys = ['name', 'namespace', 'uid', 'resourceVersion', 'generation', 'creationTimestamp', 'deletionTimestamp', 'labels'] as const;

function conditions(list: unknown): Obj[] | undefined {
  return Array.isArray(list) ? list.map((c) => pick(c, ['type', 'status', 'reason'])) : undefined;
}

/** A container status as `kubectl get pods` reads it: state and reason, exit code, restarts. */
function containerStatus(c: unknown): Obj {
  const s = isObj(c) && isObj(c.state) ? c.state : {};
  const state: Obj = {};
  if (isObj(s.waiting)) state.waiting = pick(s.waiting, ['reason']);
  if (isObj(s.running)) state.running = pick(s.running, ['startedAt']);
  if (isObj(s.terminated)) state.terminated = pick(s.terminated, ['reason', 'exitCode', 'signal']);
  return { ...pick(c, ['name', 'ready', 'restartCount', 'started', 'image']), state };
}

const containers = (list: unknown) => (Array.isArray(list) ? list.map((c) => pick(c, ['name', 'image'])) : undefined);
const statuses = (list: unknown) => (Array.isArray(list) ? list.map(containerStatus) : undefined);

function without<T extends Obj>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

/** The slim view of `o` (a watched object): metadata, the scalars of spec and status, and what each resource's readers need besides. */
export function slimObject(resource: WatchedResource, o: KubeObject): KubeObject {
  const m = o.metadata;
  const metadata = pick(m, metaKeys) as KubeObject['metadata'];
  if (m.ownerReferences) metadata.ownerReferences = m.ownerReferences.map((r) => pick(r, ['apiVersion', 'kind', 'name', 'uid', 'controller']) as { kind: string; name: string; uid: string });
  const spec = scalars(o.spec);
  const status = scalars(o.status);
  const s = isObj(o.spec) ? o.spec : {};
  const st = isObj(o.status) ? o.status : {};
  switch (resource) {
    case 'pods':
      Object.assign(spec, without({ containers: containers(s.containers), initContainers: containers(s.initContainers) }));
      Object.assign(status, without({ containerStatuses: statuses(st.containerStatuses), initContainerStatuses: statuses(st.initContainerStatuses) }));
      break;
    case 'nodes':
      Object.assign(spec, without({ taints: s.taints }));
      Object.assign(status, without({ conditions: conditions(st.conditions), addresses: st.addresses }));
      break;
    case 'services':
      Object.assign(spec, without({ selector: s.selector, ports: s.ports }));
      break;
    case 'deployments':
    case 'replicasets':
    case 'statefulsets':
    case 'daemonsets':
    case 'jobs':
      Object.assign(spec, without({ selector: s.selector }));
      Object.assign(status, without({ conditions: conditions(st.conditions) }));
      break;
    case 'namespaces':
      break;
  }
  const out: KubeObject = { metadata };
  if (o.apiVersion) out.apiVersion = o.apiVersion;
  if (o.kind) out.kind = o.kind;
  if (o.spec !== undefined) out.spec = spec;
  if (o.status !== undefined) out.status = status;
  return out;
}
