// Property: whatever sequence of scale, image change and Pod deletion a student
// throws at a few Deployments, each converges — the right number of Pods of the
// right template, all Ready, status complete — within bounded virtual time, and
// no Pod name is ever held by two different Pods.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Deployment } from 'kubernetes-types/apps/v1';
import type { Pod } from 'kubernetes-types/core/v1';
import { Harness } from '../testing/harness.js';
import { startControllerManager } from '../manager.js';
import { startPodReadyMarker } from '../testing/podready.js';
import { isPodReady } from '../util/podutil.js';

const images = ['nginx:1.7.9', 'nginx:1.9.1', 'nginx:1.25', 'busybox'];
const names = ['a', 'b', 'c'];

type Op =
  | { kind: 'scale'; d: number; replicas: number }
  | { kind: 'image'; d: number; image: number }
  | { kind: 'deletePod'; d: number; pick: number }
  | { kind: 'wait'; ms: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('scale' as const), d: fc.nat(2), replicas: fc.nat(6) }),
  fc.record({ kind: fc.constant('image' as const), d: fc.nat(2), image: fc.nat(images.length - 1) }),
  fc.record({ kind: fc.constant('deletePod' as const), d: fc.nat(2), pick: fc.nat(20) }),
  fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 3000 }) }),
);

function deployment(name: string, strategy: 'RollingUpdate' | 'Recreate'): Deployment {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'default' },
    spec: {
      replicas: 2,
      strategy: { type: strategy },
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'app', image: images[0]! }] } },
    },
  } as Deployment;
}

describe('Deployment convergence (property)', () => {
  it('converges after any sequence of scale / image / Pod deletion', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 25 }), fc.boolean(), (ops, recreateB) => {
        const h = new Harness();
        startControllerManager({ clock: h.clock, client: (u) => h.client(u) });
        startPodReadyMarker(h.client('kubelet'), h.clock, { delayMs: 1500 });
        names.forEach((n, i) => h.admin.create('apps', 'deployments', 'default', deployment(n, i === 1 && recreateB ? 'Recreate' : 'RollingUpdate')));
        const owners = new Map<string, string>();
        const checkNames = () => {
          const pods = h.admin.list<Pod>('', 'pods', 'default').items;
          for (const p of pods) {
            const prev = owners.get(p.metadata!.name!);
            if (prev !== undefined && prev !== p.metadata!.uid) throw new Error(`Pod name ${p.metadata!.name} reused`);
            owners.set(p.metadata!.name!, p.metadata!.uid!);
          }
        };
        h.settle();
        for (const o of ops) {
          const name = names[('d' in o ? o.d : 0) % names.length]!;
          if (o.kind === 'scale') h.admin.patch('apps', 'deployments', 'default', name, 'merge', { spec: { replicas: o.replicas } });
          else if (o.kind === 'image') {
            h.admin.patch('apps', 'deployments', 'default', name, 'strategic', { spec: { template: { spec: { containers: [{ name: 'app', image: images[o.image] }] } } } });
          } else if (o.kind === 'deletePod') {
            const pods = h.admin.list<Pod>('', 'pods', 'default', { labelSelector: `app=${name}` }).items;
            if (pods.length) h.admin.delete('', 'pods', 'default', pods[o.pick % pods.length]!.metadata!.name!);
          } else h.advance(o.ms);
          h.settle();
          checkNames();
        }
        // Bounded: a minute of virtual time is plenty for 6 replicas at 1.5 s per Pod.
        for (let t = 0; t < 60; t++) {
          h.advance(1000);
          checkNames();
        }
        for (const name of names) {
          const d = h.admin.get<Deployment>('apps', 'deployments', 'default', name);
          const want = d.spec!.replicas!;
          const image = d.spec!.template.spec!.containers[0]!.image;
          const pods = h.admin.list<Pod>('', 'pods', 'default', { labelSelector: `app=${name}` }).items.filter((p) => !p.metadata!.deletionTimestamp);
          expect(pods.length, `${name}: pods`).toBe(want);
          for (const p of pods) {
            expect(p.spec!.containers[0]!.image, `${name}: template`).toBe(image);
            expect(isPodReady(p), `${name}: ready`).toBe(true);
          }
          expect(d.status?.observedGeneration).toBe(d.metadata!.generation);
          expect(d.status?.updatedReplicas ?? 0).toBe(want);
          expect(d.status?.availableReplicas ?? 0).toBe(want);
          expect(d.status?.replicas ?? 0).toBe(want);
        }
      }),
      { numRuns: 50, seed: 4242 },
    );
  });
});
