// A kubelet on a fake runtime against a real API server, for unit tests:
// seed objects through an admin client, drive the virtual clock, read back
// statuses and events.
import type { Event, Pod } from 'kubernetes-types/core/v1';
import { VirtualClock } from '../../clock/clock.js';
import { SeededRandom } from '../../clock/random.js';
import { MemoryStore } from '../../store/index.js';
import { APIServer } from '../../apiserver/server.js';
import { Client } from '../../client/client.js';
import { bootstrapAPI } from '../../cluster/bootstrap.js';
import { Kubelet } from '../kubelet.js';
import { FakeNetwork, FakeRuntime, FakeVolumeHost } from './fakeRuntime.js';

export function newHarness(opts: { controlPlane?: boolean; node?: string } = {}) {
  const clock = new VirtualClock(Date.UTC(2025, 0, 6, 9, 0, 0));
  const random = new SeededRandom(1);
  const api = new APIServer({ store: new MemoryStore(), clock, random });
  const admin = new Client(api, 'admin');
  bootstrapAPI(admin);
  // What rootcacertpublisher leaves in every namespace: the kube-api-access volume reads it.
  admin.create('', 'configmaps', 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'kube-root-ca.crt' }, data: { 'ca.crt': '-----BEGIN CERTIFICATE-----\n' } });
  const name = opts.node ?? 'node01';
  const runtime = new FakeRuntime(clock);
  const volumes = new FakeVolumeHost();
  const network = new FakeNetwork();
  const kubelet = new Kubelet({
    client: new Client(api, `system:node:${name}`),
    clock,
    random,
    node: { name, ip: '192.168.0.11', controlPlane: !!opts.controlPlane, cpu: '2', memory: '4Gi', pods: '110' },
    runtime,
    images: runtime,
    volumeHost: volumes,
    network,
    staticPods: opts.controlPlane ? undefined : [],
  });
  kubelet.start();
  clock.runDue();
  const h = {
    clock,
    api,
    admin,
    runtime,
    volumes,
    network,
    kubelet,
    advance(ms: number) {
      clock.advance(ms);
    },
    createPod(spec: Partial<Pod['spec']> & { containers: NonNullable<Pod['spec']>['containers'] }, meta: Partial<NonNullable<Pod['metadata']>> = {}): Pod {
      const p = admin.create<Pod>('', 'pods', meta.namespace ?? 'default', {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'nginx', ...meta },
        spec: { nodeName: name, ...spec },
      });
      clock.runDue();
      return p;
    },
    pod(name = 'nginx', ns = 'default'): Pod {
      return admin.get<Pod>('', 'pods', ns, name);
    },
    events(name = 'nginx'): string[] {
      return admin
        .list<Event>('', 'events', undefined)
        .items.filter((e) => e.involvedObject.name === name)
        .sort((a, b) => (a.metadata!.name! < b.metadata!.name! ? -1 : 1))
        .map((e) => `${e.type} ${e.reason} ${e.message}${(e.count ?? 1) > 1 ? ` (x${e.count})` : ''}`);
    },
    state(name = 'nginx'): string {
      const s = h.pod(name).status?.containerStatuses?.[0];
      const st = s?.state;
      return st?.waiting?.reason ?? (st?.terminated ? st.terminated.reason! : st?.running ? 'Running' : '?');
    },
  };
  return h;
}
