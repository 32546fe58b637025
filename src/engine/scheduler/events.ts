// Mirrors client-go tools/events (the events.k8s.io/v1 recorder kube-scheduler uses):
// an event is created once with eventTime, action, reportingController and
// reportingInstance ("default-scheduler-controlplane"); the second isomorphic event
// (same action, reason, note and regarding object, resourceVersion included) patches
// a series {count: 2}; later ones only count in memory, written by the 30 min refresh
// or when the series finishes (no new occurrence for 6 min). Stored as core/v1 Events,
// as the API server converts them: firstTimestamp/lastTimestamp null, source empty,
// so `kubectl describe` shows "From default-scheduler" via reportingComponent.
import type { Event, ObjectReference, Pod } from 'kubernetes-types/core/v1';
import { toRFC3339Micro, type TimerId, type VirtualClock } from '../clock/clock.js';
import type { Client } from '../client/client.js';

const refreshTimeMs = 30 * 60_000;
const finishTimeMs = 6 * 60_000;

interface Cached {
  name: string;
  namespace: string;
  eventTime: number;
  series?: { count: number; lastObservedTime: number };
}

function reference(pod: Pod): ObjectReference {
  const m = pod.metadata ?? {};
  return { kind: 'Pod', namespace: m.namespace, name: m.name, uid: m.uid, apiVersion: 'v1', resourceVersion: m.resourceVersion };
}

export class SchedulerEventRecorder {
  private readonly cache = new Map<string, Cached>();
  private lastNanos = 0n;
  private finishTimer: TimerId | undefined;
  private refreshTimer: TimerId | undefined;
  private readonly start: number;
  /** The last eventTime formatted (many events share a virtual millisecond). */
  private lastTime = Number.NaN;
  private lastTimeText = '';

  constructor(
    private readonly client: Client,
    private readonly clock: VirtualClock,
    private readonly reportingController: string,
    private readonly reportingInstance: string,
  ) {
    this.start = clock.now();
  }

  eventf(pod: Pod, type: 'Normal' | 'Warning', reason: string, action: string, note: string, related?: Pod): void {
    const regarding = reference(pod);
    const key = JSON.stringify([action, reason, note, regarding, related ? reference(related) : null]);
    const now = this.clock.now();
    const prior = this.cache.get(key);
    if (prior) {
      if (prior.series) {
        prior.series.count++;
        prior.series.lastObservedTime = now;
        return;
      }
      prior.series = { count: 2, lastObservedTime: now };
      this.writeSeries(prior);
      this.refreshTimer ??= this.clock.setTimeout(() => this.refresh(), this.tickAfter(refreshTimeMs));
      return;
    }
    let nanos = BigInt(Math.floor(now)) * 1_000_000n;
    if (nanos <= this.lastNanos) nanos = this.lastNanos + 1n;
    this.lastNanos = nanos;
    const namespace = regarding.namespace || 'default';
    const ev: Event & { action?: string } = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: `${regarding.name}.${nanos.toString(16)}`, namespace },
      involvedObject: regarding,
      reason,
      message: note,
      source: {},
      firstTimestamp: null as unknown as string,
      lastTimestamp: null as unknown as string,
      type,
      eventTime: this.micro(now),
      action,
      reportingComponent: this.reportingController,
      reportingInstance: this.reportingInstance,
      ...(related ? { related: reference(related) } : {}),
    };
    try {
      this.client.create('', 'events', namespace, ev);
    } catch (e) {
      // Events are best effort: a lost event never fails scheduling.
      if (!(e instanceof Error)) throw e;
      return;
    }
    this.cache.set(key, { name: ev.metadata!.name!, namespace, eventTime: now });
    this.finishTimer ??= this.clock.setTimeout(() => this.finishSeries(), this.tickAfter(finishTimeMs));
  }

  private micro(ms: number): string {
    if (ms !== this.lastTime) {
      this.lastTime = ms;
      this.lastTimeText = toRFC3339Micro(ms);
    }
    return this.lastTimeText;
  }

  private writeSeries(c: Cached): void {
    try {
      this.client.patch('', 'events', c.namespace, c.name, 'merge', {
        series: { count: c.series!.count, lastObservedTime: toRFC3339Micro(c.series!.lastObservedTime) },
      });
    } catch (e) {
      if (!(e instanceof Error)) throw e;
    }
  }

  private tickAfter(period: number): number {
    const now = this.clock.now();
    return this.start + (Math.floor((now - this.start) / period) + 1) * period - now;
  }

  /** finishSeries: write and forget series idle for 6 min; forget singletons older than 6 min. */
  private finishSeries(): void {
    this.finishTimer = undefined;
    const cutoff = this.clock.now() - finishTimeMs;
    for (const [k, c] of this.cache) {
      if (c.series) {
        if (c.series.lastObservedTime < cutoff) {
          this.writeSeries(c);
          this.cache.delete(k);
        }
      } else if (c.eventTime < cutoff) this.cache.delete(k);
    }
    if (this.cache.size) this.finishTimer = this.clock.setTimeout(() => this.finishSeries(), this.tickAfter(finishTimeMs));
  }

  /** refreshExistingEventSeries: every 30 min, write the counts of running series. */
  private refresh(): void {
    this.refreshTimer = undefined;
    let any = false;
    for (const c of this.cache.values()) {
      if (!c.series) continue;
      any = true;
      this.writeSeries(c);
    }
    if (any) this.refreshTimer = this.clock.setTimeout(() => this.refresh(), this.tickAfter(refreshTimeMs));
  }
}
