// The scheduler inside a whole cluster (its kubelets register controlplane, node01 and
// node02): binding and events as v1.32 writes them, FailedScheduling and PodScheduled,
// re-queueing on cluster events, explain() records, preemption and determinism.
import type { Event, Pod } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import { createCluster, type Cluster } from '../cluster/index.js';
import { numFeasibleNodesToFind } from './scheduleOne.js';
import { schedulerFor } from './scheduler.js';
import { kubeadmNode } from './testing.js';

function pod(name: string, spec: Partial<Pod['spec']> = {}, cpu?: string): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name },
    spec: { containers: [{ name: 'app', image: 'nginx', ...(cpu ? { resources: { requests: { cpu } } } : {}) }], ...spec },
  };
}

function setup(seed = 1): { c: Cluster; t: ReturnType<Cluster['client']> } {
  const c = createCluster({ seed });
  c.settle();
  return { c, t: c.client('test') };
}

const events = (t: ReturnType<Cluster['client']>, name: string): Event[] =>
  t.list<Event>('', 'events', 'default', { fieldSelector: `involvedObject.name=${name}` }).items.filter((e) => e.reportingComponent === 'default-scheduler');

const cpMsg =
  '0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.';

describe('kube-scheduler', () => {
  it('binds a Pod and records Scheduled as the events.k8s.io recorder does', () => {
    const { c, t } = setup();
    t.create('', 'pods', 'default', pod('nginx'));
    c.settle();
    const p = t.get<Pod>('', 'pods', 'default', 'nginx');
    expect(['node01', 'node02']).toContain(p.spec!.nodeName);
    expect(p.status!.conditions!.find((x) => x.type === 'PodScheduled')?.status).toBe('True');
    const [ev] = events(t, 'nginx');
    expect(ev).toMatchObject({
      type: 'Normal',
      reason: 'Scheduled',
      message: `Successfully assigned default/nginx to ${p.spec!.nodeName}`,
      action: 'Binding',
      reportingComponent: 'default-scheduler',
      reportingInstance: 'default-scheduler-controlplane',
      source: {},
      firstTimestamp: null,
      lastTimestamp: null,
    });
    expect(ev!.eventTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
  });

  it('explains an unschedulable Pod and sets PodScheduled=False/Unschedulable', () => {
    const { c, t } = setup();
    t.create('', 'pods', 'default', pod('big', {}, '5'));
    c.settle();
    const p = t.get<Pod>('', 'pods', 'default', 'big');
    expect(p.spec!.nodeName).toBeUndefined();
    expect(p.status!.conditions).toContainEqual({ type: 'PodScheduled', status: 'False', lastProbeTime: null, lastTransitionTime: expect.any(String), reason: 'Unschedulable', message: cpMsg });
    expect(events(t, 'big').map((e) => [e.type, e.reason, e.message, (e as { action?: string }).action])).toEqual([['Warning', 'FailedScheduling', cpMsg, 'Scheduling']]);
    const ex = schedulerFor(c.api)!.explain('default', 'big')!;
    expect(ex.result).toBe('Unschedulable');
    expect(ex.filter.map((f) => [f.node, f.plugin, f.reasons[0]])).toEqual([
      ['controlplane', 'TaintToleration', 'node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }'],
      ['node01', 'NodeResourcesFit', 'Insufficient cpu'],
      ['node02', 'NodeResourcesFit', 'Insufficient cpu'],
    ]);
    expect(ex.preemption).toMatch(/^preemption: 0\/3 nodes/);
  });

  it('re-queues on a Node add and binds there; repeated failures become an event series', () => {
    const { c, t } = setup();
    t.create('', 'pods', 'default', pod('big', {}, '5'));
    c.settle();
    // A node update the Pod's rejectors care about retries it (after its back-off).
    t.patch('', 'nodes', undefined, 'node01', 'strategic', { metadata: { labels: { a: 'b' } } });
    c.advance(2000);
    t.patch('', 'nodes', undefined, 'node01', 'strategic', { status: { allocatable: { cpu: '2' } } }, { subresource: 'status' });
    c.advance(5000);
    t.create('', 'nodes', undefined, kubeadmNode('node03', { cpu: '8' }));
    c.advance(11_000);
    expect(t.get<Pod>('', 'pods', 'default', 'big').spec!.nodeName).toBe('node03');
    const ex = schedulerFor(c.api)!.explain('default', 'big')!;
    expect(ex).toMatchObject({ result: 'Scheduled', node: 'node03', selection: { note: 'only one feasible node: chosen without scoring' } });
    expect(ex.attempt).toBeGreaterThan(1);
  });

  it('aggregates isomorphic FailedScheduling events into a series', () => {
    const { c, t } = setup();
    t.create('', 'pods', 'default', pod('ssd', { nodeSelector: { disktype: 'ssd' } }));
    c.settle();
    // Three more attempts, each after a relevant node label change past the back-off.
    for (let i = 0; i < 3; i++) {
      c.advance(11_000);
      t.patch('', 'nodes', undefined, 'node02', 'strategic', { metadata: { labels: { round: String(i) } } });
      c.advance(11_000);
    }
    const evs = events(t, 'ssd');
    // The first event regards the Pod before its PodScheduled condition was written, so the
    // second one (a new resourceVersion) is a new event; the third joins it as a series.
    expect(evs).toHaveLength(2);
    expect(evs.map((e) => e.series?.count)).toEqual([undefined, 2]);
  });

  it('leaves Pods with spec.nodeName alone', () => {
    const { c, t } = setup();
    t.create('', 'pods', 'default', pod('pinned', { nodeName: 'node01' }));
    c.settle();
    expect(events(t, 'pinned')).toEqual([]);
    expect(schedulerFor(c.api)!.explain('default', 'pinned')).toBeUndefined();
  });

  it('preempts lower-priority Pods for a higher-priority one', () => {
    const { c, t } = setup();
    t.create('', 'pods', 'default', pod('low1', { priority: 0 } as never, '1500m'));
    t.create('', 'pods', 'default', pod('low2', { priority: 0 } as never, '1500m'));
    c.settle();
    t.create('', 'pods', 'default', pod('high', { priority: 1000 } as never, '1500m'));
    c.settle();
    const high = t.get<Pod>('', 'pods', 'default', 'high');
    expect(['node01', 'node02']).toContain(high.status!.nominatedNodeName);
    expect(events(t, 'high')[0]!.message).toBe('0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu.');
    const victims = ['low1', 'low2'].filter((n) => events(t, n).some((e) => e.reason === 'Preempted'));
    expect(victims).toHaveLength(1);
    expect(events(t, victims[0]!).find((e) => e.reason === 'Preempted')!.message).toBe(`Preempted by pod ${high.metadata!.uid} on node ${high.status!.nominatedNodeName}`);
  });

  it('is deterministic for a seed: ties are broken by the cluster random', () => {
    const run = (seed: number) => {
      const { c, t } = setup(seed);
      for (let i = 0; i < 6; i++) t.create('', 'pods', 'default', pod(`p${i}`));
      c.settle();
      return Array.from({ length: 6 }, (_, i) => t.get<Pod>('', 'pods', 'default', `p${i}`).spec!.nodeName);
    };
    expect(run(7)).toEqual(run(7));
  });
});

describe('numFeasibleNodesToFind', () => {
  it.each([
    [3, 3, 100],
    [99, 99, 100],
    [100, 100, 50],
    [1000, 420, 42],
    [5000, 500, 10],
    [6000, 300, 5],
    [10000, 500, 5],
  ])('%d nodes → %d (%d%%)', (n, num, pct) => expect(numFeasibleNodesToFind(0, n)).toEqual({ num, percentage: pct }));
});
