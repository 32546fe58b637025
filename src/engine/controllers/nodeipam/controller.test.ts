import { describe, expect, it } from 'vitest';
import type { Node } from 'kubernetes-types/core/v1';
import { VirtualClock } from '../../clock/clock.js';
import { SeededRandom } from '../../clock/random.js';
import { MemoryStore } from '../../store/index.js';
import { APIServer } from '../../apiserver/server.js';
import { Client } from '../../client/client.js';
import { SharedInformerFactory } from '../../client/informer.js';
import { CIDRSet, NodeIpamController } from './controller.js';

describe('CIDRSet', () => {
  it.each([
    ['10.244.0.0/16', 24, 0, '10.244.0.0/24'],
    ['10.244.0.0/16', 24, 2, '10.244.2.0/24'],
    ['10.0.0.0/8', 16, 3, '10.3.0.0/16'],
  ])('%s /%i #%i → %s', (cluster, mask, i, want) => {
    expect(new CIDRSet(cluster, mask).cidr(i)).toBe(want);
  });
});

describe('NodeIpamController', () => {
  it('assigns /24s in registration order and skips ranges in use', () => {
    const clock = new VirtualClock(0);
    const api = new APIServer({ store: new MemoryStore(), clock, random: new SeededRandom(1) });
    const admin = new Client(api, 'admin');
    const node = (name: string, podCIDR?: string): Node => ({ apiVersion: 'v1', kind: 'Node', metadata: { name }, spec: podCIDR ? { podCIDR, podCIDRs: [podCIDR] } : {} });
    admin.create('', 'nodes', undefined, node('old', '10.244.1.0/24'));
    const informers = new SharedInformerFactory(new Client(api, 'kcm'), clock);
    new NodeIpamController(new Client(api, 'node-controller'), informers, clock);
    informers.start();
    clock.runDue();
    for (const n of ['controlplane', 'node01', 'node02']) {
      admin.create('', 'nodes', undefined, node(n));
      clock.runDue();
    }
    const got = admin.list<Node>('', 'nodes', undefined).items.map((n) => `${n.metadata!.name} ${n.spec!.podCIDR}`);
    expect(got).toEqual(['controlplane 10.244.0.0/24', 'node01 10.244.2.0/24', 'node02 10.244.3.0/24', 'old 10.244.1.0/24']);
  });
});
