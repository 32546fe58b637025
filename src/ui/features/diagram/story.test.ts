import { describe, expect, it } from 'vitest';
import { createEngineHost } from '../../../engine/protocol/dispatch.js';
import type { AuditRecord, FromEngine, KubeObject, Method, Params, Push, Request } from '../../../engine/protocol/index.js';
import { legsOf } from './animate.js';
import { StoryPlayer } from './player.js';
import { isStory, placeOf, resolveStep, type ObjectAt, type Resolved } from './story.js';
import { sayCaption } from './strings.js';

const nginxDeployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx-deployment
spec:
  selector:
    matchLabels:
      app: nginx
  replicas: 2
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
      - name: nginx
        image: nginx:1.7.9
        ports:
        - containerPort: 80
`;

/** Runs the real engine behind the protocol, as the browser does, and keeps its pushes. */
function lab() {
  const posted: FromEngine[] = [];
  const host = createEngineHost((m) => posted.push(m), {});
  let id = 0;
  const call = <M extends Method>(method: M, params: Params<M>) => host.dispatch({ type: 'request', id: ++id, method, params } as Request);
  const pushes = (): Push[] => {
    const out = posted.flatMap((m) => (m.type === 'push' ? m.pushes : []));
    posted.length = 0;
    return out;
  };
  return { host, call, pushes };
}

/** Feeds pushes to a player the way useStory does and plays every step to the end. */
function tell(pushes: Push[], player = new StoryPlayer()): { steps: Resolved[]; captions: string[] } {
  const revisions = new Map<string, KubeObject>();
  // The lab store's objects: a revision the engine folded into a later one (coalesce.ts) is looked up there.
  const store = new Map<string, KubeObject>();
  for (const p of pushes) {
    if (p.kind === 'objects') {
      for (const e of p.events) {
        revisions.set(`${e.resource}@${e.object.metadata.resourceVersion}`, e.object);
        const key = `${e.resource}/${e.object.metadata.namespace ?? ''}/${e.object.metadata.name}`;
        if (e.type === 'DELETED') store.delete(key);
        else store.set(key, e.object);
      }
    }
    if (p.kind === 'audit') player.push(p.records);
  }
  const objectAt: ObjectAt = (resource, ns, name, rv) => revisions.get(`${resource}@${rv}`) ?? store.get(`${resource}/${ns ?? ''}/${name}`);
  const steps: Resolved[] = [];
  let now = 0;
  for (;;) {
    const t = player.tick(now, 1);
    if (!t) break;
    if (t.started) steps.push(resolveStep(t.playing.step, objectAt, ['controlplane', 'node01', 'node02']));
    now += t.playing.duration;
  }
  return { steps, captions: steps.map((s) => sayCaption(s.caption, 'en')) };
}

describe('the story of kubectl create -f nginx-deployment.yaml', () => {
  it('is told end to end: kubectl, the controllers, the scheduler, the kubelets', () => {
    const h = lab();
    h.call('terminal.open', { cols: 100, rows: 30 });
    h.host.tick(0);
    h.call('fs.write', { path: '/root/nginx-deployment.yaml', content: nginxDeployment });
    h.pushes();
    h.call('terminal.input', { terminal: 1, line: 'kubectl create -f nginx-deployment.yaml' });
    for (let t = 0; t <= 8000; t += 100) h.host.tick(t);
    const { steps, captions } = tell(h.pushes());

    expect(captions[0]).toBe('kubectl: asks the API server to create Deployment default/nginx-deployment; the API server stores it in etcd');
    expect(steps[0]).toMatchObject({ from: 'you', write: true, to: ['controller/deployment'] });
    const at = (re: RegExp) => captions.findIndex((c) => re.test(c));
    const rs = at(/^deployment controller: created ReplicaSet default\/nginx-deployment-\w+$/);
    const pods = at(/^replicaset controller: created 2 Pods \(default\/nginx-deployment-/);
    const bound = at(/^kube-scheduler: bound 2 Pods \(node0\d: 1, node0\d: 1\)$/);
    const running = at(/^kubelet on node0\d: reports that default\/nginx-deployment-\S+ is Running$/);
    expect([rs, pods, bound, running].every((i) => i > 0)).toBe(true);
    expect(rs < pods && pods < bound && bound < running).toBe(true);
    // Pods go to the scheduler; bindings to the kubelets of the chosen nodes.
    expect(steps[pods]!.to).toEqual(['scheduler']);
    expect(steps[bound]!.to.sort()).toEqual(['kubelet/node01', 'kubelet/node02']);
    expect(steps[bound]!.from).toBe('scheduler');
    // Watchable at 1×: a dozen or so steps, not one per request.
    expect(steps.length).toBeLessThan(20);
  });

  it('coalesces a burst: 500 Pods are a handful of steps, and the queue stays short', () => {
    const player = new StoryPlayer();
    const records: AuditRecord[] = [];
    let seq = 0;
    const rec = (user: string, verb: AuditRecord['verb'], resource: string, name: string, subresource?: string): AuditRecord => ({
      seq: ++seq, time: 0, user, verb, group: '', resource, subresource, namespace: 'default', name, code: 201, revision: seq,
    });
    for (let i = 0; i < 500; i++) records.push(rec('replicaset-controller', 'create', 'pods', `big-${i}`));
    for (let i = 0; i < 500; i++) records.push(rec('system:kube-scheduler', 'create', 'pods', `big-${i}`, 'binding'));
    for (let i = 0; i < 500; i++) records.push(rec(`system:node:node0${1 + (i % 2)}`, 'update', 'pods', `big-${i}`, 'status'));
    player.push(records);
    expect(player.waiting).toBeLessThanOrEqual(6);
    const { captions } = tell([], player);
    expect(captions).toContain('replicaset controller: created 500 Pods (default/big-0, …)');
  });
});

describe('who is who', () => {
  it('maps audit users to places of the diagram', () => {
    expect(placeOf('kubectl')).toBe('you');
    expect(placeOf('system:kube-scheduler')).toBe('scheduler');
    expect(placeOf('system:node:node02')).toBe('kubelet/node02');
    expect(placeOf('replicaset-controller')).toBe('controller/replicaset');
    expect(placeOf('generic-garbage-collector')).toBe('controller/garbage-collector');
    expect(placeOf('system:kubelab:lab-view')).toBeUndefined();
  });

  it('leaves out reads, events, leases, heartbeats and a controller’s conflicts', () => {
    const base: AuditRecord = { seq: 1, time: 0, user: 'kubectl', verb: 'create', group: '', resource: 'pods', namespace: 'default', name: 'web', code: 201, revision: 1 };
    expect(isStory(base)).toBe(true);
    expect(isStory({ ...base, verb: 'get' })).toBe(false);
    expect(isStory({ ...base, resource: 'events' })).toBe(false);
    expect(isStory({ ...base, user: 'system:node:node01', resource: 'nodes', subresource: 'status', verb: 'update' })).toBe(false);
    expect(isStory({ ...base, user: 'deployment-controller', code: 409 })).toBe(false);
    expect(isStory({ ...base, code: 409 })).toBe(true);
  });

  it('a refused request bounces back from the API server, never reaching etcd', () => {
    expect(legsOf({ from: 'you', write: false, to: [], caption: { key: 'you.failed', params: {}, failed: true } }).map((l) => l.to)).toEqual(['apiserver', 'you']);
  });
});
