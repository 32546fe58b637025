import { describe, expect, it } from 'vitest';
import { Harness } from '../controllers/testing/harness.js';
import { EventRecorder } from './events.js';

const pod = (name: string) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', uid: `${name}-uid` } });

describe('EventRecorder', () => {
  it('counts a repeated event on the same object instead of writing another', () => {
    const h = new Harness();
    const r = new EventRecorder(h.client('kubelet'), h.clock, { component: 'kubelet', host: 'node01' });
    r.event(pod('web'), 'Warning', 'BackOff', 'Back-off restarting failed container');
    h.clock.advance(10_000);
    r.event(pod('web'), 'Warning', 'BackOff', 'Back-off restarting failed container');
    const events = h.admin.list('', 'events', 'default').items as { count: number; firstTimestamp: string; lastTimestamp: string }[];
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ count: 2, firstTimestamp: '2025-01-06T09:00:00Z', lastTimestamp: '2025-01-06T09:00:10Z' });
  });

  it('remembers the last 4096 distinct events (client-go maxLruCacheEntries): an older one starts a new event', () => {
    const h = new Harness();
    const r = new EventRecorder(h.client('kubelet'), h.clock, { component: 'kubelet', host: 'node01' });
    r.event(pod('first'), 'Normal', 'Pulled', 'Container image "nginx" already present on machine');
    r.event(pod('kept'), 'Normal', 'Pulled', 'Container image "nginx" already present on machine');
    for (let i = 0; i < 4094; i++) r.event(pod(`p${i}`), 'Normal', 'Started', 'Started container nginx');
    // "kept" is used again, so it is the most recent; one more distinct event pushes "first" out.
    r.event(pod('kept'), 'Normal', 'Pulled', 'Container image "nginx" already present on machine');
    r.event(pod('last'), 'Normal', 'Started', 'Started container nginx');
    r.event(pod('first'), 'Normal', 'Pulled', 'Container image "nginx" already present on machine');
    r.event(pod('kept'), 'Normal', 'Pulled', 'Container image "nginx" already present on machine');
    const events = h.admin.list('', 'events', 'default').items as { involvedObject: { name: string }; count: number }[];
    const of = (name: string) => events.filter((e) => e.involvedObject.name === name).map((e) => e.count);
    expect(of('first')).toEqual([1, 1]);
    expect(of('kept')).toEqual([3]);
  });
});
