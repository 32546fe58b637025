// Property tests of the matching-Pod counts kept across cycles (counts.ts): after random
// binds, confirmations, label and terminating updates, deletions, node label changes and
// node removals, the kept counts equal a full recount with countPodsMatchSelector.
import type { Pod } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../../clock/random.js';
import { Cache } from '../../cache/cache.js';
import { PodInfo } from '../../framework/podInfo.js';
import { CycleState, type Handle } from '../../framework/types.js';
import { kubeadmNode } from '../../testing.js';
import { countPodsMatchSelector, defaultSelector, type LabelMatcher } from './common.js';
import { selectorCounts } from './counts.js';
import { podTopologySpread } from './podTopologySpread.js';

const zoneKey = 'topology.kubernetes.io/zone';
const apps = ['a', 'b', 'c'];
const namespaces = ['default', 'other'];

function matcherFor(app: string): LabelMatcher {
  return Object.assign((l: Readonly<Record<string, string>>) => l.app === app, { key: `test:${app}`, required: ['app', app] as const });
}

function handleOf(cache: Cache, services: { spec: { selector: Record<string, string> } }[] = []): Handle {
  return {
    nodeInfos: () => cache.nodeInfos(),
    listers: { services: () => services, replicaSets: () => [], statefulSets: () => [], replicationControllers: () => [] },
    changes: cache.changes,
    imageState: (n) => cache.imageState(n),
    forEachPodWithLabel: (k, v, fn) => cache.forEachPodWithLabel(k, v, fn),
  };
}

function podObj(name: string, ns: string, app: string, node: string, terminating = false): Pod {
  return {
    metadata: { name, namespace: ns, uid: `${ns}/${name}`, labels: { app, tier: 'x' }, ...(terminating ? { deletionTimestamp: '2024-01-01T00:00:00Z' } : {}) },
    spec: { nodeName: node, containers: [{ name: 'c', image: 'nginx' }] },
  };
}

/** Random operations on a cache; `check` runs after each. */
function churn(seed: number, steps: number, cache: Cache, check: () => void): void {
  const r = new SeededRandom(seed);
  const pick = <T>(a: readonly T[]) => a[r.int(a.length)]!;
  const nodeNames = Array.from({ length: 8 }, (_, i) => `n${i}`);
  const zoneOf = (): Record<string, string> => pick<Record<string, string>>([{ [zoneKey]: 'z1' }, { [zoneKey]: 'z2' }, {}]);
  const live = new Map<string, Pod>();
  const assumed = new Set<string>();
  for (const n of nodeNames.slice(0, 5)) cache.addNode(kubeadmNode(n, { labels: zoneOf() }));
  let seq = 0;
  for (let s = 0; s < steps; s++) {
    const op = r.int(10);
    const existing = [...live.values()];
    if (op <= 2) {
      // Assume a new Pod (maybe on a node the cache does not know yet), sometimes confirm it.
      const p = podObj(`p${seq++}`, pick(namespaces), pick(apps), pick(nodeNames));
      cache.assumePod(new PodInfo(p), p.spec!.nodeName!);
      live.set(p.metadata!.uid!, p);
      assumed.add(p.metadata!.uid!);
    } else if (op === 3 && assumed.size) {
      const uid = pick([...assumed]);
      cache.addPod(live.get(uid)!);
      assumed.delete(uid);
    } else if (op === 4 && existing.length) {
      // A label change or deletion start (terminating) of an observed Pod.
      const p = pick(existing);
      const uid = p.metadata!.uid!;
      const next = podObj(p.metadata!.name!, p.metadata!.namespace!, r.int(2) ? pick(apps) : p.metadata!.labels!.app!, p.spec!.nodeName!, r.int(3) === 0);
      if (assumed.has(uid)) {
        cache.addPod(next);
        assumed.delete(uid);
      } else cache.updatePod(p, next);
      live.set(uid, next);
    } else if (op === 5 && existing.length) {
      const p = pick(existing);
      const uid = p.metadata!.uid!;
      if (assumed.has(uid) && r.int(2)) cache.forgetPod(uid);
      else cache.removePod(p);
      assumed.delete(uid);
      live.delete(uid);
    } else if (op === 6) {
      const n = pick(nodeNames);
      if (cache.get(n)) cache.updateNode(cache.get(n)!.node!, kubeadmNode(n, { labels: zoneOf() }));
      else cache.addNode(kubeadmNode(n, { labels: zoneOf() }));
    } else if (op === 7 && r.int(3) === 0) {
      const n = pick(nodeNames);
      if (cache.get(n)) cache.removeNode(cache.get(n)!.node!);
    } else if (op === 8) {
      // A status-only update: nothing a count depends on changes.
      const p = existing.length ? pick(existing) : undefined;
      if (p && !assumed.has(p.metadata!.uid!)) {
        const next = { ...p, status: { phase: 'Running' } };
        cache.updatePod(p, next);
        live.set(p.metadata!.uid!, next);
      }
    } else {
      const n = pick(nodeNames);
      const cur = cache.get(n);
      if (cur) cache.updateNode(cur.node!, { ...cur.node!, status: { ...cur.node!.status, conditions: [] } });
    }
    check();
  }
}

describe('SelectorCounts', () => {
  it.each([1, 2, 3, 4, 5])('equal a full recount after random changes (seed %i)', (seed) => {
    const cache = new Cache(64);
    const h = handleOf(cache);
    let checks = 0;
    churn(seed, 400, cache, () => {
      // Read only some of the selectors each step, so that they fall behind the log.
      if (checks++ % 3) return;
      for (const ns of namespaces) {
        for (const app of apps) {
          if ((checks + app.charCodeAt(0)) % 2) continue;
          const m = matcherFor(app);
          const sc = selectorCounts(h, m, ns)!;
          const want = new Map<string, number>();
          for (const ni of cache.nodeInfos()) {
            const n = countPodsMatchSelector(ni, m, ns);
            expect(sc.perNode[ni.slot], `${ns}/${app} on ${ni.name}`).toBe(n);
            const v = ni.labels[zoneKey] ?? '';
            want.set(v, (want.get(v) ?? 0) + n);
          }
          const got = sc.topology(zoneKey, cache.nodeInfos());
          for (const [v, n] of want) expect(got.get(v) ?? 0, `${ns}/${app} zone "${v}"`).toBe(n);
          for (const [v, n] of got) expect(n, `${ns}/${app} zone "${v}"`).toBe(want.get(v) ?? 0);
        }
      }
    });
  });

  it('a status-only update or a confirmed binding logs nothing', () => {
    const cache = new Cache();
    cache.addNode(kubeadmNode('n0'));
    const p = podObj('p', 'default', 'a', 'n0');
    cache.assumePod(new PodInfo(p), 'n0');
    const seq = cache.changes.seq;
    cache.addPod(p);
    cache.updatePod(p, { ...p, status: { phase: 'Running' } });
    expect(cache.changes.seq).toBe(seq);
    cache.updatePod(p, podObj('p', 'default', 'b', 'n0'));
    expect(cache.changes.seq).toBe(seq + 2);
  });
});

describe('PodTopologySpread with kept counts', () => {
  it.each([11, 12, 13])('PreScore and Score equal the recount without a change log (seed %i)', (seed) => {
    const cache = new Cache(64);
    const services: { spec: { selector: Record<string, string> } }[] = [{ spec: { selector: { app: 'a' } } }, { spec: { selector: { tier: 'x' } } }];
    const kept = handleOf(cache, services);
    const recount: Handle = { nodeInfos: kept.nodeInfos, listers: kept.listers };
    let step = 0;
    churn(seed, 300, cache, () => {
      if (step++ % 5) return;
      const nodes = cache.nodeInfos();
      if (!nodes.length) return;
      const feasible = nodes.filter((_, i) => (i + step) % 3 !== 0);
      if (!feasible.length) return;
      for (const ns of namespaces) {
        const info = new PodInfo(podObj(`new${step}`, ns, 'a', ''));
        expect(defaultSelector(info.pod, kept.listers)?.required).toEqual(['app', 'a']);
        const a = new CycleState();
        const b = new CycleState();
        expect(podTopologySpread.preScore!(a, info, feasible, kept)).toBeNull();
        expect(podTopologySpread.preScore!(b, info, feasible, recount)).toBeNull();
        const batch = new Float64Array(feasible.length);
        podTopologySpread.scoreNodes!(a, info, feasible, batch);
        const one = feasible.map((n) => podTopologySpread.score!(b, info, n));
        expect([...batch]).toEqual(one);
      }
    });
  });
});

describe('defaultSelector of a ReplicaSet-owned Pod', () => {
  it('is the same matcher whether the ReplicaSet is got by name or found in the list', () => {
    const rs = { metadata: { name: 'web-1', uid: 'rs1' }, spec: { selector: { matchLabels: { app: 'a', 'pod-template-hash': 'h' } } } };
    const pod = podObj('p', 'default', 'a', '');
    pod.metadata!.labels = { app: 'a', 'pod-template-hash': 'h' };
    pod.metadata!.ownerReferences = [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-1', uid: 'rs1', controller: true }];
    const base = { services: () => [], replicaSets: () => [rs], statefulSets: () => [], replicationControllers: () => [] };
    const byName = defaultSelector(pod, { ...base, replicaSet: (_ns: string, n: string) => (n === 'web-1' ? rs : undefined) })!;
    const byList = defaultSelector(pod, base)!;
    expect(byName.key).toBe('sel:{"matchLabels":{"app":"a","pod-template-hash":"h"}}');
    expect(byList.key).toBe(byName.key);
    expect(byName.required).toEqual(['app', 'a']);
    expect(byName({ app: 'a', 'pod-template-hash': 'h', x: 'y' })).toBe(true);
    expect(byName({ app: 'a' })).toBe(false);
    // With a Service selecting the Pod too, both selectors must match.
    const both = defaultSelector(pod, { ...base, services: () => [{ spec: { selector: { app: 'a' } } }] })!;
    expect(both.key).toBe('svc:{"app":"a"}|sel:{"matchLabels":{"app":"a","pod-template-hash":"h"}}');
    expect(both({ app: 'a', 'pod-template-hash': 'h' })).toBe(true);
    expect(both({ app: 'a', 'pod-template-hash': 'other' })).toBe(false);
  });
});
