import { describe, expect, it } from 'vitest';
import { Harness } from '../testing/harness.js';
import { GarbageCollector, gcUser } from './garbagecollector.js';

const rs = (name: string) => ({
  apiVersion: 'apps/v1',
  kind: 'ReplicaSet',
  metadata: { name },
  spec: {
    replicas: 0,
    selector: { matchLabels: { app: name } },
    template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } },
  },
});

const ref = (o: any, block = true) => ({
  apiVersion: o.apiVersion,
  kind: o.kind,
  name: o.metadata.name,
  uid: o.metadata.uid,
  controller: true,
  blockOwnerDeletion: block,
});

const pod = (name: string, owners: unknown[]) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, ownerReferences: owners },
  spec: { containers: [{ name: 'c', image: 'nginx' }] },
});

function setup() {
  const h = new Harness();
  const informers = h.informers(gcUser);
  const gc = new GarbageCollector(h.client(gcUser), informers, h.clock);
  informers.start();
  h.settle();
  return { h, gc };
}

describe('GarbageCollector', () => {
  it('background: deletes the dependents of an owner that is gone', () => {
    const { h } = setup();
    const owner = h.admin.create('apps', 'replicasets', 'default', rs('web'));
    h.admin.create('', 'pods', 'default', pod('web-a', [ref(owner)]));
    h.admin.create('', 'pods', 'default', pod('web-b', [ref(owner)]));
    h.admin.create('', 'pods', 'default', pod('other', []));
    h.settle();
    expect(h.names('pods', 'default')).toEqual(['other', 'web-a', 'web-b']);
    h.clearAudit();
    h.admin.delete('apps', 'replicasets', 'default', 'web', { propagationPolicy: 'Background' });
    h.settle();
    expect(h.names('pods', 'default')).toEqual(['other']);
    expect(h.writes(gcUser).sort()).toEqual(['delete pods default/web-a', 'delete pods default/web-b']);
  });

  it('treats an owner with the same name but another uid as gone', () => {
    const { h } = setup();
    const owner = h.admin.create('apps', 'replicasets', 'default', rs('web'));
    h.admin.create('', 'pods', 'default', pod('web-a', [{ ...ref(owner), uid: 'not-the-owner' }]));
    h.settle();
    expect(h.names('pods', 'default')).toEqual([]);
  });

  it('cascades through a chain of owners (Deployment → ReplicaSet → Pod)', () => {
    const { h } = setup();
    const d = h.admin.create('apps', 'deployments', 'default', { ...rs('web'), apiVersion: 'apps/v1', kind: 'Deployment' });
    const r = h.admin.create('apps', 'replicasets', 'default', { ...rs('web-123'), metadata: { name: 'web-123', ownerReferences: [ref(d)] } });
    h.admin.create('', 'pods', 'default', pod('web-123-a', [ref(r)]));
    h.settle();
    h.admin.delete('apps', 'deployments', 'default', 'web');
    h.settle();
    expect(h.names('replicasets', 'default', 'apps')).toEqual([]);
    expect(h.names('pods', 'default')).toEqual([]);
  });

  it('foreground: deletes blocking dependents first, then removes the foregroundDeletion finalizer', () => {
    const { h } = setup();
    const owner = h.admin.create('apps', 'replicasets', 'default', rs('web'));
    h.admin.create('', 'pods', 'default', pod('web-a', [ref(owner)]));
    h.admin.create('', 'pods', 'default', { ...pod('web-b', [ref(owner)]), spec: { nodeName: 'node01', containers: [{ name: 'c', image: 'nginx' }] } });
    h.settle();
    h.admin.delete('apps', 'replicasets', 'default', 'web', { propagationPolicy: 'Foreground' });
    h.settle();
    // web-b is on a node: graceful deletion keeps it (Terminating) until its kubelet confirms.
    const held = h.admin.get('apps', 'replicasets', 'default', 'web');
    expect(held.metadata.finalizers).toEqual(['foregroundDeletion']);
    expect(h.names('pods', 'default')).toEqual(['web-b']);
    h.admin.delete('', 'pods', 'default', 'web-b', { gracePeriodSeconds: 0 });
    h.settle();
    expect(h.names('replicasets', 'default', 'apps')).toEqual([]);
  });

  it('foreground: non-blocking dependents do not hold the owner', () => {
    const { h } = setup();
    const owner = h.admin.create('apps', 'replicasets', 'default', rs('web'));
    h.admin.create('', 'pods', 'default', { ...pod('web-a', [ref(owner, false)]), spec: { nodeName: 'node01', containers: [{ name: 'c', image: 'nginx' }] } });
    h.settle();
    h.admin.delete('apps', 'replicasets', 'default', 'web', { propagationPolicy: 'Foreground' });
    h.settle();
    expect(h.names('replicasets', 'default', 'apps')).toEqual([]);
  });

  it('orphan: removes the ownerReferences from dependents, then the orphan finalizer', () => {
    const { h } = setup();
    const owner = h.admin.create('apps', 'replicasets', 'default', rs('web'));
    h.admin.create('', 'pods', 'default', pod('web-a', [ref(owner)]));
    h.settle();
    h.admin.delete('apps', 'replicasets', 'default', 'web', { propagationPolicy: 'Orphan' });
    h.settle();
    expect(h.names('replicasets', 'default', 'apps')).toEqual([]);
    expect(h.names('pods', 'default')).toEqual(['web-a']);
    expect(h.admin.get('', 'pods', 'default', 'web-a').metadata.ownerReferences).toBeUndefined();
  });

  it('keeps a dependent with a live owner and drops only the dangling reference', () => {
    const { h } = setup();
    const a = h.admin.create('apps', 'replicasets', 'default', rs('a'));
    const b = h.admin.create('apps', 'replicasets', 'default', rs('b'));
    h.admin.create('', 'pods', 'default', pod('shared', [ref(a), { ...ref(b), controller: false }]));
    h.settle();
    h.admin.delete('apps', 'replicasets', 'default', 'b');
    h.settle();
    const p = h.admin.get('', 'pods', 'default', 'shared');
    expect(p.metadata.ownerReferences.map((r: any) => r.name)).toEqual(['a']);
  });

  it('collects cluster-scoped owners: a node lease goes with its Node', () => {
    const { h } = setup();
    h.admin.create('', 'namespaces', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'kube-node-lease' } });
    const node = h.admin.create('', 'nodes', undefined, { apiVersion: 'v1', kind: 'Node', metadata: { name: 'node01' } });
    h.admin.create('coordination.k8s.io', 'leases', 'kube-node-lease', {
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      metadata: { name: 'node01', ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name: 'node01', uid: node.metadata.uid }] },
      spec: { holderIdentity: 'node01' },
    });
    h.settle();
    h.admin.delete('', 'nodes', undefined, 'node01');
    h.settle();
    expect(h.names('leases', 'kube-node-lease', 'coordination.k8s.io')).toEqual([]);
  });
});
