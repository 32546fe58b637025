// Issue 4's controller figures: 200 Deployments × 5 replicas from create to all
// Available, through the real API server, informers, the ReplicaSet and
// Deployment controllers. Kubelets are stood in for by the Ready-marking helper
// (every Pod Running+Ready 1 s of virtual time after it appears); no scheduler.
// Target: ≥ 200 Deployments/s headless (kwok-faked clusters manage about 5/s).
import { pathToFileURL } from 'node:url';
import { APIServer } from '../src/engine/apiserver/server.js';
import { VirtualClock } from '../src/engine/clock/clock.js';
import { SeededRandom } from '../src/engine/clock/random.js';
import { Client } from '../src/engine/client/client.js';
import { MemoryStore } from '../src/engine/store/index.js';
import { startControllerManager } from '../src/engine/controllers/manager.js';
import { startPodReadyMarker } from '../src/engine/controllers/testing/podready.js';

function deployment(i: number, image = 'nginx:1.7.9') {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: `web-${i}`, namespace: 'default' },
    spec: {
      replicas: 5,
      selector: { matchLabels: { app: `web-${i}` } },
      template: { metadata: { labels: { app: `web-${i}` } }, spec: { containers: [{ name: 'nginx', image, ports: [{ containerPort: 80 }] }] } },
    },
  };
}

function headless() {
  const clock = new VirtualClock(Date.UTC(2025, 0, 6, 9));
  const api = new APIServer({ store: new MemoryStore(), clock, random: new SeededRandom(1) });
  const admin = new Client(api, 'admin');
  admin.create('', 'namespaces', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } });
  startControllerManager({ clock, client: (u) => new Client(api, u) });
  startPodReadyMarker(new Client(api, 'kubelet'), clock, { delayMs: 1000 });
  clock.runDue();
  return { clock, admin };
}

/** Advance virtual time in 1 s steps until every Deployment reports all replicas updated and available. */
function untilAvailable(clock: VirtualClock, admin: Client, n: number, image: string): void {
  for (let i = 0; i < 600; i++) {
    clock.advance(1000);
    const ds = admin.list('apps', 'deployments', 'default').items;
    const done = ds.filter(
      (d: any) => d.status?.availableReplicas === 5 && d.status?.updatedReplicas === 5 && d.status?.replicas === 5 && d.spec.template.spec.containers[0].image === image,
    ).length;
    if (done === n) return;
  }
  throw new Error('did not converge in 10 minutes of virtual time');
}

export function run(): void {
  const n = 200;
  const { clock, admin } = headless();

  const v0 = clock.now();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) admin.create('apps', 'deployments', 'default', deployment(i));
  untilAvailable(clock, admin, n, 'nginx:1.7.9');
  const wall = (performance.now() - t0) / 1000;
  const virt = (clock.now() - v0) / 1000;
  const pods = admin.list('', 'pods', 'default').items.length;
  console.log(
    `controllers: ${n} Deployments × 5 replicas create→Available: ${wall.toFixed(2)} s wall, ${(n / wall).toFixed(0)} Deployments/s (target ≥ 200), ${pods} Pods, virtual ${virt.toFixed(0)} s (${(virt / wall).toFixed(0)}× wall) [headless, Ready-marking helper for kubelets, no scheduler]`,
  );

  // Rolling every Deployment to a new image.
  const v1 = clock.now();
  const t1 = performance.now();
  for (let i = 0; i < n; i++) {
    admin.patch('apps', 'deployments', 'default', `web-${i}`, 'strategic', { spec: { template: { spec: { containers: [{ name: 'nginx', image: 'nginx:1.9.1' }] } } } });
  }
  untilAvailable(clock, admin, n, 'nginx:1.9.1');
  const wall2 = (performance.now() - t1) / 1000;
  const virt2 = (clock.now() - v1) / 1000;
  console.log(`controllers: rolling update of ${n} Deployments: ${wall2.toFixed(2)} s wall, ${(n / wall2).toFixed(0)} Deployments/s, virtual ${virt2.toFixed(0)} s (${(virt2 / wall2).toFixed(0)}× wall while rolling out)`);

  // Idle: nothing to do but timers; how fast does virtual time pass?
  const t2 = performance.now();
  clock.advance(3_600_000);
  const wall3 = (performance.now() - t2) / 1000;
  console.log(`controllers: idle hour with ${n} Deployments: ${wall3.toFixed(3)} s wall (${(3600 / Math.max(wall3, 1e-6)).toFixed(0)}× wall)`);
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) run();
