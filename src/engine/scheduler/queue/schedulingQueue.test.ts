import type { Pod } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../../clock/clock.js';
import type { ActionType, ClusterEventResource } from '../framework/types.js';
import { backoffDuration, SchedulingQueue } from './schedulingQueue.js';

const pod = (name: string, priority = 0, extra: Partial<Pod['spec']> = {}): Pod => ({
  metadata: { name, namespace: 'default', uid: name },
  spec: { containers: [{ name: 'c', image: 'x' }], priority, ...extra },
});

function setup() {
  const clock = new VirtualClock(0);
  const registry = new Map<string, Map<ClusterEventResource, Set<ActionType>>>([
    ['NodeResourcesFit', new Map<ClusterEventResource, Set<ActionType>>([['AssignedPod', new Set<ActionType>(['Delete'])], ['Node', new Set<ActionType>(['Add'])]])],
    ['TaintToleration', new Map<ClusterEventResource, Set<ActionType>>([['Node', new Set<ActionType>(['Add', 'UpdateNodeTaint'])]])],
  ]);
  let wakes = 0;
  const q = new SchedulingQueue(clock, registry, () => wakes++);
  return { clock, q, wakes: () => wakes };
}

describe('backoffDuration', () => {
  it.each([
    [1, 1000],
    [2, 2000],
    [3, 4000],
    [4, 8000],
    [5, 10000],
    [9, 10000],
  ])('attempt %d → %d ms', (a, ms) => expect(backoffDuration(a)).toBe(ms));
});

describe('SchedulingQueue', () => {
  it('pops by priority, then arrival', () => {
    const { q } = setup();
    q.add(pod('a'));
    q.add(pod('b', 100));
    q.add(pod('c'));
    expect([q.pop()!.info.name, q.pop()!.info.name, q.pop()!.info.name]).toEqual(['b', 'a', 'c']);
  });

  it('parks a rejected Pod until an event its plugin registered for', () => {
    const { q, clock } = setup();
    q.add(pod('a'));
    const p = q.pop()!;
    q.addUnschedulable(p, ['TaintToleration']);
    expect(q.dump().unschedulable).toEqual(['default/a']);
    expect(q.moveAllToActiveOrBackoffQueue('AssignedPod', ['Delete'])).toBe(0);
    // Within its 1 s back-off the Pod goes to backoffQ, then to activeQ at the next 1 s tick.
    expect(q.moveAllToActiveOrBackoffQueue('Node', ['UpdateNodeTaint'])).toBe(1);
    expect(q.dump().backoff).toEqual(['default/a']);
    clock.advance(999);
    expect(q.dump().backoff).toEqual(['default/a']);
    clock.advance(1);
    expect(q.dump().active).toEqual(['default/a']);
  });

  it('an error (no rejecting plugin) backs off and retries by itself', () => {
    const { q, clock } = setup();
    q.add(pod('a'));
    q.addUnschedulable(q.pop()!, []);
    expect(q.dump().backoff).toEqual(['default/a']);
    clock.advance(1000);
    const p = q.pop()!;
    expect(p.attempts).toBe(2);
    q.addUnschedulable(p, []);
    clock.advance(1000);
    expect(q.dump().backoff).toEqual(['default/a']);
    clock.advance(1000);
    expect(q.dump().active).toEqual(['default/a']);
  });

  it('flushes Pods parked for more than 5 minutes (podMaxInUnschedulablePodsDuration) on the 30 s ticker', () => {
    const { q, clock } = setup();
    q.add(pod('a'));
    q.addUnschedulable(q.pop()!, ['NodeResourcesFit']);
    clock.advance(300_000);
    expect(q.dump().unschedulable).toEqual(['default/a']);
    clock.advance(30_000);
    expect(q.dump().active).toEqual(['default/a']);
  });

  it('a spec update moves a parked Pod; a status-only update does not; delete removes it', () => {
    const { q, clock } = setup();
    const a = pod('a');
    q.add(a);
    q.addUnschedulable(q.pop()!, ['NodeResourcesFit']);
    clock.advance(5000);
    q.update(a, { ...a, status: { phase: 'Pending' } });
    expect(q.dump().unschedulable).toEqual(['default/a']);
    q.update(a, { ...a, metadata: { ...a.metadata, labels: { x: 'y' } } });
    expect(q.dump().active).toEqual(['default/a']);
    q.delete(a);
    expect(q.dump()).toEqual({ active: [], backoff: [], unschedulable: [] });
  });

  it('gated Pods wait until their schedulingGates are removed', () => {
    const { q } = setup();
    const a = pod('a', 0, { schedulingGates: [{ name: 'example.com/wait' }] });
    q.add(a);
    expect(q.pop()).toBeUndefined();
    q.moveAllToActiveOrBackoffQueue('Node', ['Add']);
    expect(q.dump().unschedulable).toEqual(['default/a']);
    q.update(a, pod('a'));
    expect(q.pop()?.info.name).toBe('a');
  });
});
