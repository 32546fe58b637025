// Goldens captured from real kubectl v1.32.4 (`kubectl describe <resource> <name>`) against a
// stub API server that served testdata/fixtures.ts; captures.json records each capture's
// virtual now. The context below answers list/get/events the way the API server did.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe as suite, expect, it } from 'vitest';
import { describe, type DescribeContext } from './index.js';
import { fixtures } from './testdata/fixtures.js';

const dir = join(__dirname, 'testdata');
const captures: Record<string, { resource: string; name: string; namespace: string; nowMs: number }> = JSON.parse(readFileSync(join(dir, 'captures.json'), 'utf8'));

const groupOf = (o: any) => (o.apiVersion.includes('/') ? o.apiVersion.split('/')[0] : '');
const KIND: Record<string, string> = {
  pods: 'Pod', deployments: 'Deployment', replicasets: 'ReplicaSet', statefulsets: 'StatefulSet', daemonsets: 'DaemonSet', jobs: 'Job', cronjobs: 'CronJob',
  services: 'Service', endpoints: 'Endpoints', nodes: 'Node', namespaces: 'Namespace', configmaps: 'ConfigMap', secrets: 'Secret', serviceaccounts: 'ServiceAccount',
  persistentvolumes: 'PersistentVolume', persistentvolumeclaims: 'PersistentVolumeClaim', storageclasses: 'StorageClass', leases: 'Lease', endpointslices: 'EndpointSlice',
  resourcequotas: 'ResourceQuota', limitranges: 'LimitRange', events: 'Event',
};

/** A DescribeContext over a plain object list; events matched like kubectl's searchEvents. */
export function contextFor(objects: any[], obj: any, nowMs: number): DescribeContext {
  const list = (group: string, resource: string, namespace?: string) =>
    objects.filter((o) => groupOf(o) === group && o.kind === KIND[resource] && (namespace === undefined || o.metadata.namespace === namespace));
  const m = obj.metadata;
  const isNode = obj.kind === 'Node';
  const events = objects.filter((o) => o.kind === 'Event').filter((e) => {
    const inv = e.involvedObject;
    if (inv.name !== m.name || (inv.namespace ?? '') !== (m.namespace ?? '')) return false;
    if (isNode) return inv.uid === m.uid || inv.uid === m.name;
    if (obj.kind !== 'Pod' && inv.kind !== obj.kind) return false;
    return inv.uid === m.uid;
  });
  // The node describer queries by uid first, then by name.
  if (isNode) events.sort((a, b) => Number(b.involvedObject.uid === m.uid) - Number(a.involvedObject.uid === m.uid));
  return {
    nowMs,
    events,
    list,
    get: (group, resource, namespace, name) => list(group, resource, namespace).find((o) => o.metadata.name === name),
  };
}

suite('kubectl describe goldens (kubectl v1.32.4)', () => {
  for (const [file, c] of Object.entries(captures)) {
    it(`${c.resource}/${c.name}`, () => {
      const objects = fixtures(c.nowMs);
      const obj = objects.find((o) => o.kind === KIND[c.resource] && o.metadata.name === c.name && (!c.namespace || o.metadata.namespace === c.namespace));
      expect(obj).toBeDefined();
      const out = describe(c.resource, obj, contextFor(objects, obj, c.nowMs));
      expect(out).toBe(readFileSync(join(dir, file), 'utf8'));
    });
  }
});
