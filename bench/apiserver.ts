// Issue 2's API server figures, measured through the whole request pipeline
// (decode, default, validate, admission, store, audit): create p50/p99, list of
// 10,000 Pods with and without a label selector, memory per stored Pod.
// Targets: create p99 < 1 ms; list of 10,000 Pods < 50 ms.
import { pathToFileURL } from 'node:url';
import { createCluster } from '../src/engine/cluster/index.js';

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

function pod(i: number) {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: `web-${i}`, labels: { app: i % 10 === 0 ? 'db' : 'web', tier: `t${i % 3}` } },
    spec: {
      containers: [
        {
          name: 'nginx',
          image: 'nginx:1.25',
          ports: [{ containerPort: 80 }],
          resources: { requests: { cpu: '100m', memory: '64Mi' }, limits: { memory: '128Mi' } },
          env: [{ name: 'MODE', value: 'production' }],
        },
      ],
    },
  };
}

const fmt = (ms: number) => `${ms.toFixed(3)} ms`;

export async function run(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const cluster = createCluster({ seed: 1 });
  const client = cluster.client('bench');
  const n = 10_000;
  const createTimes: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    client.create('', 'pods', 'default', pod(i));
    createTimes.push(performance.now() - t);
  }
  cluster.settle();
  gc?.();
  const after = process.memoryUsage().heapUsed;
  console.log(`apiserver: create p50: ${fmt(pct(createTimes, 50))} (target p99 < 1 ms)`);
  console.log(`apiserver: create p99: ${fmt(pct(createTimes, 99))}`);
  for (const [label, opts] of [
    ['list 10,000 Pods', {}],
    ['list 10,000 Pods, label selector app=db', { labelSelector: 'app=db' }],
    ['list 10,000 Pods, set selector tier in (t1,t2)', { labelSelector: 'tier in (t1,t2)' }],
  ] as const) {
    const times: number[] = [];
    let count = 0;
    for (let r = 0; r < 21; r++) {
      const t = performance.now();
      count = client.list('', 'pods', 'default', opts).items.length;
      times.push(performance.now() - t);
    }
    console.log(`apiserver: ${label}: median ${fmt(pct(times, 50))}, p99 ${fmt(pct(times, 99))} (${count} items; target < 50 ms)`);
  }
  console.log(
    `apiserver: memory per stored Pod: ${Math.round((after - before) / n)} bytes${gc ? '' : ' (approximate: run with --expose-gc)'} (includes audit records and watch history)`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await run();
