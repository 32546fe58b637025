import { describe, expect, it } from 'vitest';
import type { Pod } from 'kubernetes-types/core/v1';
import { Harness } from '../testing/harness.js';
import { startControllerManager } from '../manager.js';
import { startPodReadyMarker } from '../testing/podready.js';
import type { ReplicaSetController } from './controller.js';
import { slowStartBatch } from './replicas.js';
import { rankPodsForDeletion } from '../util/ranking.js';

const user = 'replicaset-controller';

/** The writes of the controller, with generated Pod names blanked (`create pods default/`). */
function writes(h: Harness): string[] {
  return h.writes(user).map((w) => w.replace(/^(create pods default\/).*$/, '$1'));
}

function rs(name: string, replicas: number, labels: Record<string, string> = { app: name }) {
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name, namespace: 'default' },
    spec: { replicas, selector: { matchLabels: labels }, template: { metadata: { labels }, spec: { containers: [{ name: 'c', image: 'nginx' }] } } },
  };
}

function setup() {
  const h = new Harness();
  const m = startControllerManager({ clock: h.clock, client: (u) => h.client(u) }, ['replicaset']);
  const rsc = m.get<ReplicaSetController>('replicaset')!;
  return { h, rsc };
}

describe('ReplicaSet controller', () => {
  it('creates the missing Pods from the template, with a controllerRef and generateName', () => {
    const { h } = setup();
    h.admin.create('apps', 'replicasets', 'default', rs('web', 3));
    h.settle();
    // The first status write still sees no Pods (the cache lags), as upstream.
    expect(writes(h)).toEqual(['create pods default/', 'create pods default/', 'create pods default/', 'update replicasets/status default/web', 'update replicasets/status default/web']);
    const pods = h.admin.list<Pod>('', 'pods', 'default').items;
    expect(pods).toHaveLength(3);
    for (const p of pods) {
      expect(p.metadata!.name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
      expect(p.metadata!.ownerReferences).toEqual([{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web', uid: expect.any(String), controller: true, blockOwnerDeletion: true }]);
      expect(p.metadata!.labels).toEqual({ app: 'web' });
    }
    const events = h.admin.list('', 'events', 'default').items.map((e: any) => `${e.reason} ${e.message}`);
    expect(events.every((e: string) => /^SuccessfulCreate Created pod: web-\w{5}$/.test(e))).toBe(true);
    expect(h.admin.get('apps', 'replicasets', 'default', 'web').status).toEqual({ replicas: 3, fullyLabeledReplicas: 3, observedGeneration: 1 });
  });

  it('does not create again while its creations are not yet observed (expectations)', () => {
    const { h, rsc } = setup();
    h.admin.create('apps', 'replicasets', 'default', rs('web', 2));
    h.settle();
    h.clearAudit();
    // Pretend the cache lags: expectations unmet, a sync must not create.
    rsc.expectations.expectCreations('default/web', 2);
    h.admin.delete('', 'pods', 'default', h.names('pods', 'default')[0]!);
    h.settle();
    expect(writes(h).filter((w) => w.startsWith('create'))).toEqual([]);
    rsc.expectations.creationObserved('default/web');
    rsc.expectations.creationObserved('default/web');
    rsc.syncReplicaSet('default/web');
    expect(writes(h).filter((w) => w.startsWith('create'))).toEqual(['create pods default/']);
  });

  it('scales down, deleting unscheduled and not-ready Pods first', () => {
    const { h } = setup();
    h.admin.create('apps', 'replicasets', 'default', rs('web', 3));
    h.settle();
    const marker = startPodReadyMarker(h.client('kubelet'), h.clock, { delayMs: 1000 });
    h.advance(2000);
    marker.stop();
    h.admin.patch('apps', 'replicasets', 'default', 'web', 'merge', { spec: { replicas: 4 } });
    h.settle();
    const fresh = h.admin.list<Pod>('', 'pods', 'default').items.find((p) => p.status?.phase !== 'Running')!;
    h.clearAudit();
    h.admin.patch('apps', 'replicasets', 'default', 'web', 'merge', { spec: { replicas: 3 } });
    h.settle();
    expect(writes(h)).toEqual([`delete pods default/${fresh.metadata!.name}`, 'update replicasets/status default/web', 'update replicasets/status default/web']);
    const ev = h.admin.list('', 'events', 'default').items.filter((e: any) => e.reason === 'SuccessfulDelete');
    expect(ev.map((e: any) => e.message)).toEqual([`Deleted pod: ${fresh.metadata!.name}`]);
    expect(h.admin.get('apps', 'replicasets', 'default', 'web').status).toMatchObject({ replicas: 3, readyReplicas: 3, availableReplicas: 3 });
  });

  it('adopts matching orphans and releases Pods whose labels stop matching', () => {
    const { h } = setup();
    h.admin.create('', 'pods', 'default', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'stray', labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } });
    h.admin.create('apps', 'replicasets', 'default', rs('web', 1));
    h.settle();
    expect(writes(h)).toEqual(['patch pods default/stray', 'update replicasets/status default/web']);
    expect(h.admin.get<Pod>('', 'pods', 'default', 'stray').metadata!.ownerReferences![0]!.name).toBe('web');
    h.clearAudit();
    h.admin.patch('', 'pods', 'default', 'stray', 'merge', { metadata: { labels: { app: 'other' } } });
    h.settle();
    expect(writes(h)).toEqual(['patch pods default/stray', 'create pods default/', 'update replicasets/status default/web', 'update replicasets/status default/web']);
    expect(h.admin.get<Pod>('', 'pods', 'default', 'stray').metadata!.ownerReferences ?? []).toEqual([]);
  });

  it('reports FailedCreate and ReplicaFailure, trying 1 Pod before 2, 4 … (slow start)', () => {
    const { h, rsc } = setup();
    const real = rsc.client.create.bind(rsc.client);
    let attempts = 0;
    // A fake-clientset reactor: Pod creation is refused.
    rsc.client.create = ((g: string, r: string, ns: string, obj: any, o?: any) => {
      if (r === 'pods') {
        attempts++;
        throw Object.assign(new Error('pods "web-x" is forbidden: exceeded quota: compute'), { code: 403 });
      }
      return real(g, r, ns, obj, o);
    }) as typeof rsc.client.create;
    h.admin.create('apps', 'replicasets', 'default', rs('web', 5));
    h.settle();
    // Two syncs (the create, then the status write's own update event), one attempt each: never 5.
    expect(attempts).toBe(2);
    const ev = h.admin.list('', 'events', 'default').items.map((e: any) => `${e.type} ${e.reason} ${e.message}`);
    expect(ev[0]).toBe('Warning FailedCreate Error creating: pods "web-x" is forbidden: exceeded quota: compute');
    const cond = h.admin.get('apps', 'replicasets', 'default', 'web').status.conditions;
    expect(cond).toEqual([{ type: 'ReplicaFailure', status: 'True', lastTransitionTime: '2025-01-06T09:00:00Z', reason: 'FailedCreate', message: 'pods "web-x" is forbidden: exceeded quota: compute' }]);
    // Once creates succeed again the condition goes away.
    rsc.client.create = real as typeof rsc.client.create;
    h.advance(60_000);
    expect(h.admin.get('apps', 'replicasets', 'default', 'web').status).toEqual({ replicas: 5, fullyLabeledReplicas: 5, observedGeneration: 1 });
  });

  it('slowStartBatch goes 1, 2, 4 and stops at the first failing batch', () => {
    let calls = 0;
    const r = slowStartBatch(10, 1, () => {
      calls++;
      if (calls === 5) throw new Error('boom');
    });
    expect(calls).toBe(7); // 1 + 2 + 4, the batch with the failure completes
    expect(r.successes).toBe(6);
  });

  it('ranks Pods for deletion as ActivePodsWithRanks', () => {
    const now = Date.UTC(2025, 0, 6, 10);
    const t = (s: number) => new Date(now - s * 1000).toISOString().replace('.000Z', 'Z');
    const pod = (name: string, o: { node?: string; phase?: string; ready?: number; created: number; restarts?: number; uid?: string }): Pod => ({
      metadata: { name, uid: o.uid ?? name, creationTimestamp: t(o.created) },
      spec: { containers: [], nodeName: o.node },
      status: {
        phase: o.phase ?? 'Running',
        conditions: o.ready !== undefined ? [{ type: 'Ready', status: 'True', lastTransitionTime: t(o.ready) }] : [],
        containerStatuses: [{ name: 'c', restartCount: o.restarts ?? 0, ready: true, image: '', imageID: '' }],
      },
    });
    const pods = [
      pod('ready-old', { node: 'n1', ready: 3000, created: 4000 }),
      pod('unscheduled', { phase: 'Pending', created: 10 }),
      pod('pending', { node: 'n1', phase: 'Pending', created: 10 }),
      pod('not-ready', { node: 'n1', created: 100 }),
      pod('ready-new', { node: 'n1', ready: 5, created: 4000 }),
      pod('restarts', { node: 'n1', ready: 3000, created: 4000, restarts: 3 }),
    ];
    expect(rankPodsForDeletion(pods, [], now).map((p) => p.metadata!.name)).toEqual(['unscheduled', 'pending', 'not-ready', 'ready-new', 'restarts', 'ready-old']);
  });
});
