// The page's objects are slim (engine/protocol/slim.ts): the diagram must draw
// from them exactly what it would draw from the whole objects — same STATUS,
// restarts and containers per Pod, same layout — across Pods in many states.
import { describe, expect, it } from 'vitest';
import { createEngineHost } from '../src/engine/protocol/dispatch.js';
import { labViewUser } from '../src/engine/protocol/view.js';
import { slimObject } from '../src/engine/protocol/slim.js';
import { watchedResources, type KubeObject, type Request, type WatchedResource } from '../src/engine/protocol/messages.js';
import { podView } from '../src/ui/features/diagram/podStatus.js';
import { layoutDiagram } from '../src/ui/features/diagram/layout.js';

const lines = [
  'kubectl create deployment web --image=nginx --replicas=3',
  "kubectl run crash --image=busybox --restart=Always -- sh -c 'echo starting; exit 1'",
  "kubectl run done --image=busybox --restart=Never -- sh -c 'exit 0'",
  "kubectl run failed --image=busybox --restart=Never -- sh -c 'exit 3'",
  'kubectl run nope --image=no-such-image:1',
  "kubectl create job once --image=busybox -- sh -c 'exit 0'",
  'kubectl expose deployment web --port=80',
];

describe('slim objects', () => {
  it('give the diagram the same Pods, statuses and layout as the whole objects', () => {
    const host = createEngineHost(() => {}, { speed: 1 });
    let id = 0;
    const call = (method: string, params: unknown) => host.dispatch({ type: 'request', id: ++id, method, params } as Request);
    call('terminal.open', { cols: 100, rows: 30 });
    for (const line of lines) call('terminal.input', { terminal: 1, line });
    const client = host.cluster.client(labViewUser);
    const all = (resource: WatchedResource) => client.list<KubeObject>(watchedResources.find((r) => r.resource === resource)!.group, resource).items;
    const seen = new Set<string>();
    const t0 = host.cluster.clock.now();
    for (const at of [0, 2_000, 10_000, 40_000, 120_000]) {
      const gap = t0 + at - host.cluster.clock.now();
      if (gap > 0) host.cluster.advance(gap);
      if (at === 40_000) call('terminal.input', { terminal: 1, line: 'kubectl delete pods -l app=web --wait=false' });
      const full = { nodes: all('nodes'), pods: all('pods'), deployments: all('deployments'), replicasets: all('replicasets') };
      const slim = Object.fromEntries(Object.entries(full).map(([r, items]) => [r, items.map((o) => slimObject(r as WatchedResource, o))])) as typeof full;
      for (let i = 0; i < full.pods.length; i++) {
        expect(podView(slim.pods[i]!)).toEqual(podView(full.pods[i]!));
        seen.add(podView(full.pods[i]!).status);
      }
      for (const selectedDeployment of [undefined, 'default/web']) {
        expect(layoutDiagram({ width: 600, ...slim, selectedDeployment })).toEqual(layoutDiagram({ width: 600, ...full, selectedDeployment }));
      }
    }
    // The states this test went through (so it covers more than Running).
    expect([...seen]).toEqual(expect.arrayContaining(['Running', 'ContainerCreating', 'CrashLoopBackOff', 'Completed', 'Error', 'ImagePullBackOff']));
  });

  it('keep what the lab reads of each resource and drop the rest', () => {
    const pod: KubeObject = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p', namespace: 'default', uid: 'u', resourceVersion: '7', labels: { app: 'a' }, managedFields: [{ manager: 'x' }], ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'rs', uid: 'r', controller: true, blockOwnerDeletion: true } as never] },
      spec: { nodeName: 'node01', volumes: [{ name: 'v' }], containers: [{ name: 'c', image: 'nginx', volumeMounts: [{ name: 'v', mountPath: '/x' }] }] },
      status: { phase: 'Running', podIP: '10.244.1.2', conditions: [{ type: 'Ready', status: 'True', message: 'long' }], containerStatuses: [{ name: 'c', ready: true, restartCount: 2, imageID: 'sha', state: { running: { startedAt: 't' } }, lastState: { terminated: { exitCode: 1 } } }] },
    };
    expect(slimObject('pods', pod)).toEqual({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p', namespace: 'default', uid: 'u', resourceVersion: '7', labels: { app: 'a' }, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'rs', uid: 'r', controller: true }] },
      spec: { nodeName: 'node01', containers: [{ name: 'c', image: 'nginx' }] },
      status: { phase: 'Running', podIP: '10.244.1.2', containerStatuses: [{ name: 'c', ready: true, restartCount: 2, state: { running: { startedAt: 't' } } }] },
    });
    const svc: KubeObject = { metadata: { name: 's' }, spec: { type: 'ClusterIP', clusterIP: '10.96.0.9', selector: { app: 'a' }, ports: [{ port: 80 }], sessionAffinity: 'None', ipFamilies: ['IPv4'] } };
    expect(slimObject('services', svc).spec).toEqual({ type: 'ClusterIP', clusterIP: '10.96.0.9', selector: { app: 'a' }, ports: [{ port: 80 }], sessionAffinity: 'None' });
    const deploy: KubeObject = { metadata: { name: 'd' }, spec: { replicas: 3, selector: { matchLabels: { app: 'a' } }, template: { spec: { containers: [] } } }, status: { readyReplicas: 2, conditions: [{ type: 'Available', status: 'True', message: 'm', lastUpdateTime: 't' }] } };
    expect(slimObject('deployments', deploy)).toEqual({ metadata: { name: 'd' }, spec: { replicas: 3, selector: { matchLabels: { app: 'a' } } }, status: { readyReplicas: 2, conditions: [{ type: 'Available', status: 'True' }] } });
  });
});
