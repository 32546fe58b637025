// Benchmark of the etcd stand-in (src/engine/store): write throughput with watchers,
// create and list latency, memory per stored object. Run: npx tsx bench/store.ts
// (add --expose-gc for exact heap figures: node --expose-gc --import tsx bench/store.ts).
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { MemoryStore } from '../src/engine/store/index.js';

const print = (metric: string, value: number | string, unit: string): void => {
  console.log(`store: ${metric}: ${typeof value === 'number' ? format(value) : value} ${unit}`);
};
const format = (n: number): string => (n >= 100 ? Math.round(n).toString() : n >= 1 ? n.toFixed(2) : n.toFixed(4));

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
const median = (xs: number[]): number => percentile(xs, 50);

/** A realistic Pod as stored by the apiserver (~1.5 KB of JSON), frozen like the caller's. */
function pod(ns: string, name: string, i: number): object {
  return deepFreeze({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: ns,
      uid: `6f1c1c5e-${(i % 10000).toString().padStart(4, '0')}-4b6f-9a1d-3c2e8f${i.toString(16).padStart(6, '0')}`,
      resourceVersion: String(i + 2),
      generateName: 'web-7d4b9c8f6d-',
      creationTimestamp: '2025-01-01T00:00:00Z',
      labels: { app: 'web', 'pod-template-hash': '7d4b9c8f6d' },
      ownerReferences: [
        { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-7d4b9c8f6d', uid: '0b9a7c1e-2d3f-4a5b-8c6d-7e8f9a0b1c2d', controller: true, blockOwnerDeletion: true },
      ],
    },
    spec: {
      containers: [
        {
          name: 'nginx',
          image: 'nginx:1.27',
          ports: [{ containerPort: 80, protocol: 'TCP' }],
          resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '256Mi' } },
          terminationMessagePath: '/dev/termination-log',
          terminationMessagePolicy: 'File',
          imagePullPolicy: 'IfNotPresent',
        },
      ],
      restartPolicy: 'Always',
      terminationGracePeriodSeconds: 30,
      dnsPolicy: 'ClusterFirst',
      serviceAccountName: 'default',
      nodeName: `node0${(i % 3) + 1}`,
      schedulerName: 'default-scheduler',
      tolerations: [
        { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
        { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
      ],
    },
    status: {
      phase: 'Running',
      conditions: [
        { type: 'Initialized', status: 'True', lastTransitionTime: '2025-01-01T00:00:01Z' },
        { type: 'Ready', status: 'True', lastTransitionTime: '2025-01-01T00:00:05Z' },
        { type: 'PodScheduled', status: 'True', lastTransitionTime: '2025-01-01T00:00:00Z' },
      ],
      hostIP: '172.18.0.2',
      podIP: `10.244.${i % 3}.${i % 250}`,
      startTime: '2025-01-01T00:00:01Z',
      containerStatuses: [{ name: 'nginx', ready: true, restartCount: 0, image: 'nginx:1.27', started: true, state: { running: { startedAt: '2025-01-01T00:00:04Z' } } }],
      qosClass: 'Burstable',
    },
  });
}

function deepFreeze<T extends object>(o: T): T {
  for (const v of Object.values(o)) if (v !== null && typeof v === 'object') deepFreeze(v as object);
  return Object.freeze(o);
}

const gc = (globalThis as { gc?: () => void }).gc;
function heapUsed(): number {
  if (gc) {
    gc();
    gc();
  }
  return process.memoryUsage().heapUsed;
}

/** Writes per second with 10 watchers at the prefixes an informer set would use. */
function writesPerSecond(): number {
  const rates: number[] = [];
  const values = Array.from({ length: 1000 }, (_, i) => pod('default', `web-${i}`, i));
  for (let run = 0; run < 5; run++) {
    const s = new MemoryStore();
    let delivered = 0;
    const count = (): void => {
      delivered++;
    };
    for (const p of ['/registry/pods/', '/registry/pods/', '/registry/pods/', '/registry/pods/default/', '/registry/pods/default/', '/registry/', '/registry/nodes/', '/registry/deployments.apps/', '/registry/replicasets.apps/', '/registry/events/']) {
      s.watch(p, undefined, count);
    }
    const n = 50000;
    const t0 = performance.now();
    for (let i = 0; i < n; i++) {
      // A mix like a busy cluster: creates, status updates, deletes.
      const key = `/registry/pods/${i % 2 ? 'default' : 'kube-system'}/web-${i % 5000}`;
      const cur = s.get(key);
      const value = values[i % values.length]!;
      if (cur === undefined) s.create(key, value);
      else if (i % 7 === 0) s.delete(key, cur.modRevision);
      else s.update(key, value, cur.modRevision);
    }
    const ms = performance.now() - t0;
    if (delivered === 0) throw new Error('no events delivered');
    rates.push((n / ms) * 1000);
  }
  return median(rates);
}

function createLatency(): { p50: number; p99: number } {
  const s = new MemoryStore();
  const n = 20000;
  const values = Array.from({ length: n }, (_, i) => pod('default', `web-${i}`, i));
  s.watch('/registry/pods/', undefined, () => {});
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const key = `/registry/pods/ns-${i % 20}/web-${i}`;
    const t0 = performance.now();
    s.create(key, values[i]!);
    samples.push(performance.now() - t0);
  }
  return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
}

function listLatency(): { p50: number; p99: number; afterWriteP50: number; afterWriteP99: number } {
  const s = new MemoryStore();
  const value = pod('default', 'web', 0);
  // 20,000 keys, of which 10,000 under /registry/pods/default/.
  for (let i = 0; i < 10000; i++) s.create(`/registry/pods/default/web-${i}`, value);
  for (let i = 0; i < 5000; i++) s.create(`/registry/pods/other/web-${i}`, value);
  for (let i = 0; i < 5000; i++) s.create(`/registry/configmaps/default/cm-${i}`, value);
  const samples: number[] = [];
  const afterWrite: number[] = [];
  for (let i = 0; i < 200; i++) {
    let t0 = performance.now();
    const r = s.list('/registry/pods/default/');
    samples.push(performance.now() - t0);
    if (r.items.length !== 10000) throw new Error(`listed ${r.items.length}`);
    // A create then a delete in the listed directory: the next list re-merges its order.
    s.create('/registry/pods/default/extra', value);
    s.delete('/registry/pods/default/extra');
    t0 = performance.now();
    s.list('/registry/pods/default/');
    afterWrite.push(performance.now() - t0);
  }
  return { p50: percentile(samples, 50), p99: percentile(samples, 99), afterWriteP50: percentile(afterWrite, 50), afterWriteP99: percentile(afterWrite, 99) };
}

function memoryPerObject(): { value: number; overhead: number; json: number } {
  const n = 20000;
  const base = heapUsed();
  const values = Array.from({ length: n }, (_, i) => pod(`ns-${i % 20}`, `web-${i}`, i));
  const withValues = heapUsed();
  const s = new MemoryStore();
  for (let i = 0; i < n; i++) s.create(`/registry/pods/ns-${i % 20}/web-${i}`, values[i]!);
  s.list('/registry/pods/'); // build the sorted order, as a real list would
  const withStore = heapUsed();
  const json = JSON.stringify(values[0]).length;
  if (s.count('/registry/pods/') !== n) throw new Error('count');
  return { value: (withValues - base) / n, overhead: (withStore - withValues) / n, json };
}

export async function run(): Promise<void> {
  // Warm up the JIT so the first measured run is not an outlier.
  writesPerSecond();
  print('writes/s with 10 watchers (median of 5)', writesPerSecond(), 'writes/s');
  const c = createLatency();
  print('create p50', c.p50 * 1000, 'µs');
  print('create p99', c.p99 * 1000, 'µs');
  const l = listLatency();
  print('list 10000 of 20000 keys p50', l.p50, 'ms');
  print('list 10000 of 20000 keys p99', l.p99, 'ms');
  print('list 10000 of 20000 keys just after a write p50', l.afterWriteP50, 'ms');
  print('list 10000 of 20000 keys just after a write p99', l.afterWriteP99, 'ms');
  const m = memoryPerObject();
  const approx = gc ? '' : ' (approximate: run node --expose-gc --import tsx bench/store.ts for exact heap)';
  print('pod value size as JSON', m.json, 'bytes');
  print('heap per pod value', m.value, 'bytes' + approx);
  print('store overhead per object (incl. history of 10000 events)', m.overhead, 'bytes' + approx);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
