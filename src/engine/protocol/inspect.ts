// The inspector's answer about one object: its live YAML (the same toYAML as
// `kubectl get -o yaml`, managedFields omitted as kubectl v1.32 does), its
// events (as `kubectl describe` lists them: by involvedObject.uid), its owner
// chain through controller references, what it controls, and for a Pod the
// scheduler's last decision. Reads go through the lab view's own client.
import { toYAML } from '../api/yaml.js';
import type { Client } from '../client/client.js';
import { schedulerFor } from '../scheduler/index.js';
import { watchedResources, type Inspection, type KubeObject, type Params, type WatchedResource } from './messages.js';

const kindToResource: Record<string, WatchedResource> = {
  Namespace: 'namespaces',
  Node: 'nodes',
  Pod: 'pods',
  Service: 'services',
  Deployment: 'deployments',
  ReplicaSet: 'replicasets',
  StatefulSet: 'statefulsets',
  DaemonSet: 'daemonsets',
  Job: 'jobs',
};

function groupOf(resource: WatchedResource): string {
  return watchedResources.find((r) => r.resource === resource)!.group;
}

function controllerRef(o: KubeObject) {
  return o.metadata.ownerReferences?.find((r) => r.controller);
}

export function inspect(
  client: Client,
  api: object,
  p: Params<'object.inspect'>,
  cached: (r: WatchedResource) => KubeObject[],
  containers?: (pod: KubeObject) => unknown,
): Inspection {
  const obj = client.get<KubeObject>(groupOf(p.resource), p.resource, p.namespace, p.name);
  const { managedFields: _omit, ...metadata } = obj.metadata;
  const yaml = toYAML({ ...obj, metadata });

  const events = client
    .list<any>('', 'events', obj.metadata.namespace ?? 'default')
    .items.filter((e) => e.involvedObject?.uid === obj.metadata.uid || (p.resource === 'nodes' && e.involvedObject?.name === p.name && e.involvedObject?.kind === 'Node'))
    .map((e) => ({
      type: e.type ?? '',
      reason: e.reason ?? '',
      message: e.message ?? e.note ?? '',
      count: e.count ?? e.series?.count ?? 1,
      lastTimestamp: e.lastTimestamp ?? e.eventTime ?? e.metadata?.creationTimestamp ?? '',
      source: e.source?.component ?? e.reportingController ?? e.reportingComponent ?? '',
    }))
    .sort((a, b) => (a.lastTimestamp < b.lastTimestamp ? -1 : a.lastTimestamp > b.lastTimestamp ? 1 : 0));

  const owners: Inspection['owners'] = [];
  let cur: KubeObject | undefined = obj;
  for (let depth = 0; cur && depth < 8; depth++) {
    const ref = controllerRef(cur);
    if (!ref) break;
    const resource = kindToResource[ref.kind];
    owners.unshift({ kind: ref.kind, name: ref.name, resource });
    cur = resource ? cached(resource).find((o) => o.metadata.uid === ref.uid) : undefined;
  }

  const owned: Inspection['owned'] = [];
  for (const r of ['replicasets', 'pods', 'jobs'] as const) {
    for (const o of cached(r)) {
      if (controllerRef(o)?.uid === obj.metadata.uid) owned.push({ kind: r === 'pods' ? 'Pod' : r === 'jobs' ? 'Job' : 'ReplicaSet', name: o.metadata.name, resource: r });
    }
  }

  const result: Inspection = { resource: p.resource, kind: obj.kind ?? '', namespace: obj.metadata.namespace, name: obj.metadata.name, yaml, events, owners, owned };
  if (p.resource === 'pods' && obj.metadata.namespace) {
    result.scheduling = schedulerFor(api)?.explain(obj.metadata.namespace, obj.metadata.name);
    result.containers = containers?.(obj);
  }
  return result;
}
