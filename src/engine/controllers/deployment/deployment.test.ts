import { describe, expect, it } from 'vitest';
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';
import { Harness } from '../testing/harness.js';
import { startControllerManager } from '../manager.js';
import { startPodReadyMarker } from '../testing/podready.js';
import { computeHash, fnv32a, safeEncodeString } from '../util/hash.js';
import { resolveFenceposts, scaledValue } from './util/rollout.js';

function nginx(replicas = 2, extra: Record<string, unknown> = {}): Deployment {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'nginx-deployment', namespace: 'default', labels: { app: 'nginx' } },
    spec: {
      replicas,
      selector: { matchLabels: { app: 'nginx' } },
      template: { metadata: { labels: { app: 'nginx' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.7.9', ports: [{ containerPort: 80 }] }] } },
      ...extra,
    },
  } as Deployment;
}

function setup(readyDelayMs = 2000) {
  const h = new Harness();
  startControllerManager({ clock: h.clock, client: (u) => h.client(u) });
  const marker = startPodReadyMarker(h.client('kubelet'), h.clock, { delayMs: readyDelayMs });
  const get = () => h.admin.get<Deployment>('apps', 'deployments', 'default', 'nginx-deployment');
  const rss = () => h.admin.list<ReplicaSet>('apps', 'replicasets', 'default').items;
  const events = () =>
    h.admin
      .list('', 'events', 'default')
      .items.filter((e: any) => e.involvedObject.kind === 'Deployment')
      .map((e: any) => e.message as string);
  const setImage = (image: string) =>
    h.admin.patch('apps', 'deployments', 'default', 'nginx-deployment', 'strategic', { spec: { template: { spec: { containers: [{ name: 'nginx', image }] } } } });
  return { h, marker, get, rss, events, setImage };
}

describe('Deployment controller', () => {
  it('creates <name>-<hash> with the pod-template-hash label, revision 1, and becomes Available', () => {
    const { h, get, rss, events } = setup();
    h.admin.create('apps', 'deployments', 'default', nginx());
    h.advance(10_000);
    const [rs] = rss();
    const hash = rs!.metadata!.labels!['pod-template-hash']!;
    expect(rs!.metadata!.name).toBe(`nginx-deployment-${hash}`);
    expect(hash).toMatch(/^[456789bcdf]{6,10}$/);
    expect(rs!.spec!.selector.matchLabels).toEqual({ app: 'nginx', 'pod-template-hash': hash });
    expect(rs!.metadata!.annotations).toEqual({
      'deployment.kubernetes.io/revision': '1',
      'deployment.kubernetes.io/desired-replicas': '2',
      'deployment.kubernetes.io/max-replicas': '3',
    });
    expect(rs!.metadata!.ownerReferences![0]).toMatchObject({ kind: 'Deployment', name: 'nginx-deployment', controller: true, blockOwnerDeletion: true });
    const d = get();
    expect(d.metadata!.annotations!['deployment.kubernetes.io/revision']).toBe('1');
    expect(d.status).toMatchObject({ observedGeneration: 1, replicas: 2, updatedReplicas: 2, readyReplicas: 2, availableReplicas: 2 });
    expect(d.status!.unavailableReplicas).toBeUndefined();
    expect(d.status!.conditions!.map((c) => [c.type, c.status, c.reason, c.message])).toEqual([
      ['Available', 'True', 'MinimumReplicasAvailable', 'Deployment has minimum availability.'],
      ['Progressing', 'True', 'NewReplicaSetAvailable', `ReplicaSet "nginx-deployment-${hash}" has successfully progressed.`],
    ]);
    expect(events()).toEqual([`Scaled up replica set nginx-deployment-${hash} from 0 to 2`]);
  });

  it('rolls out a new image with maxSurge 25% (1) / maxUnavailable 25% (0) of 2', () => {
    const { h, get, rss, events, setImage } = setup();
    h.admin.create('apps', 'deployments', 'default', nginx());
    h.advance(10_000);
    const oldName = rss()[0]!.metadata!.name!;
    setImage('nginx:1.9.1');
    h.advance(30_000);
    const all = rss();
    expect(all).toHaveLength(2);
    const newRS = all.find((r) => r.metadata!.name !== oldName)!;
    const n = newRS.metadata!.name!;
    expect(events()).toEqual([
      `Scaled up replica set ${oldName} from 0 to 2`,
      `Scaled up replica set ${n} from 0 to 1`,
      `Scaled down replica set ${oldName} from 2 to 1`,
      `Scaled up replica set ${n} from 1 to 2`,
      `Scaled down replica set ${oldName} from 1 to 0`,
    ]);
    expect(newRS.metadata!.annotations!['deployment.kubernetes.io/revision']).toBe('2');
    expect(all.find((r) => r.metadata!.name === oldName)!.spec!.replicas).toBe(0);
    const d = get();
    expect(d.metadata!.annotations!['deployment.kubernetes.io/revision']).toBe('2');
    expect(d.status).toMatchObject({ replicas: 2, updatedReplicas: 2, availableReplicas: 2 });
    expect(d.status!.conditions!.find((c) => c.type === 'Progressing')!.message).toBe(`ReplicaSet "${n}" has successfully progressed.`);
    const pods = h.admin.list('', 'pods', 'default').items;
    expect(pods.map((p: any) => p.spec.containers[0].image)).toEqual(['nginx:1.9.1', 'nginx:1.9.1']);
  });

  it('going back to an old template reuses its ReplicaSet and moves its revision on (revision-history)', () => {
    const { h, rss, setImage } = setup();
    h.admin.create('apps', 'deployments', 'default', nginx());
    h.advance(10_000);
    setImage('nginx:1.9.1');
    h.advance(30_000);
    setImage('nginx:1.7.9');
    h.advance(30_000);
    const all = rss();
    expect(all).toHaveLength(2);
    const first = all.find((r) => r.spec!.template!.spec!.containers[0]!.image === 'nginx:1.7.9')!;
    expect(first.metadata!.annotations!['deployment.kubernetes.io/revision']).toBe('3');
    expect(first.metadata!.annotations!['deployment.kubernetes.io/revision-history']).toBe('1');
    expect(first.spec!.replicas).toBe(2);
  });

  it('scales a rollout in progress proportionally (bigger ReplicaSet gets more)', () => {
    const { h, rss, setImage, marker } = setup();
    h.admin.create('apps', 'deployments', 'default', nginx(10));
    h.advance(10_000);
    marker.stop(); // new Pods never become ready: the rollout stalls half-way
    setImage('nginx:does-not-exist');
    h.advance(5_000);
    const sizes = () => rss().map((r) => [r.spec!.template!.spec!.containers[0]!.image, r.spec!.replicas]);
    // 10 replicas: surge 3, unavailable 2 → old 8, new 5 (13 = 10 + 3).
    expect(sizes()).toEqual([
      ['nginx:1.7.9', 8],
      ['nginx:does-not-exist', 5],
    ]);
    h.admin.patch('apps', 'deployments', 'default', 'nginx-deployment', 'merge', { spec: { replicas: 20 } });
    h.advance(5_000);
    // 20 + 5 surge = 25; +12 shared 8:5 → old 8*25/13=15.4→15 (+7), new 5*25/13=9.6→10 (+5).
    expect(sizes()).toEqual([
      ['nginx:1.7.9', 15],
      ['nginx:does-not-exist', 10],
    ]);
  });

  it('Recreate scales the old ReplicaSet to 0 before the new one comes up', () => {
    const { h, events, rss, setImage } = setup();
    h.admin.create('apps', 'deployments', 'default', nginx(3, { strategy: { type: 'Recreate' } }));
    h.advance(10_000);
    const oldName = rss()[0]!.metadata!.name!;
    setImage('nginx:1.9.1');
    h.advance(30_000);
    const n = rss().find((r) => r.metadata!.name !== oldName)!.metadata!.name!;
    expect(events()).toEqual([`Scaled up replica set ${oldName} from 0 to 3`, `Scaled down replica set ${oldName} from 3 to 0`, `Scaled up replica set ${n} from 0 to 3`]);
  });

  it('a paused Deployment scales but does not roll out; resuming rolls out', () => {
    const { h, get, rss, setImage } = setup();
    h.admin.create('apps', 'deployments', 'default', nginx());
    h.advance(10_000);
    h.admin.patch('apps', 'deployments', 'default', 'nginx-deployment', 'merge', { spec: { paused: true } });
    h.advance(1000);
    expect(get().status!.conditions!.find((c) => c.type === 'Progressing')).toMatchObject({ status: 'Unknown', reason: 'DeploymentPaused', message: 'Deployment is paused' });
    setImage('nginx:1.9.1');
    h.admin.patch('apps', 'deployments', 'default', 'nginx-deployment', 'merge', { spec: { replicas: 3 } });
    h.advance(10_000);
    expect(rss().map((r) => r.spec!.replicas)).toEqual([3]);
    h.admin.patch('apps', 'deployments', 'default', 'nginx-deployment', 'merge', { spec: { paused: false } });
    h.advance(60_000);
    expect(rss().map((r) => [r.spec!.template!.spec!.containers[0]!.image, r.spec!.replicas])).toEqual([
      ['nginx:1.7.9', 0],
      ['nginx:1.9.1', 3],
    ]);
  });

  it('keeps only revisionHistoryLimit old ReplicaSets', () => {
    const { h, rss, setImage } = setup();
    h.admin.create('apps', 'deployments', 'default', nginx(1, { revisionHistoryLimit: 2 }));
    h.advance(10_000);
    for (const v of ['1.8', '1.9', '1.10', '1.11']) {
      setImage(`nginx:${v}`);
      h.advance(30_000);
    }
    expect(rss().map((r) => r.spec!.template!.spec!.containers[0]!.image).sort()).toEqual(['nginx:1.10', 'nginx:1.11', 'nginx:1.9']);
  });

  it('reports ProgressDeadlineExceeded when no progress is made in time', () => {
    const { h, get, marker, setImage } = setup();
    h.admin.create('apps', 'deployments', 'default', nginx(2, { progressDeadlineSeconds: 60 }));
    h.advance(10_000);
    marker.stop();
    setImage('nginx:broken');
    h.advance(59_000);
    expect(get().status!.conditions!.find((c) => c.type === 'Progressing')!.reason).toBe('ReplicaSetUpdated');
    h.advance(5_000);
    const c = get().status!.conditions!.find((c) => c.type === 'Progressing')!;
    expect([c.status, c.reason]).toEqual(['False', 'ProgressDeadlineExceeded']);
    expect(c.message).toMatch(/^ReplicaSet "nginx-deployment-\w+" has timed out progressing\.$/);
  });
});

describe('deployment util', () => {
  it.each([
    ['25%', 2, true, 1],
    ['25%', 2, false, 0],
    ['25%', 10, true, 3],
    ['25%', 10, false, 2],
    [1, 10, true, 1],
    ['0%', 4, true, 0],
  ] as const)('scaledValue(%s of %i, up=%s) = %i', (v, total, up, want) => {
    expect(scaledValue(v, total, up)).toBe(want);
  });

  it('resolveFenceposts never returns 0/0', () => {
    expect(resolveFenceposts(0, 0, 3)).toEqual([0, 1]);
    expect(resolveFenceposts('0%', '10%', 3)).toEqual([0, 1]);
  });

  it('FNV-32a and SafeEncodeString as upstream', () => {
    expect(fnv32a([])).toBe(0x811c9dc5);
    expect(fnv32a([...'a'].map((c) => c.charCodeAt(0)))).toBe(0xe40c292c);
    expect(safeEncodeString('0123456789')).toBe('456789bcdf');
    const t = { metadata: { labels: { app: 'nginx' } }, spec: { containers: [{ name: 'nginx', image: 'nginx' }] } };
    expect(computeHash(t)).toBe(computeHash(JSON.parse(JSON.stringify(t))));
    expect(computeHash(t, 1)).not.toBe(computeHash(t));
  });
});
