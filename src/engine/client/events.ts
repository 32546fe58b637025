// Mirrors client-go's tools/record EventRecorder and its EventCorrelator:
// an event is written once and then, when the same source reports the same
// reason and message about the same object again, patched with a higher count
// and a new lastTimestamp instead of being duplicated.
import type { Event, ObjectReference } from 'kubernetes-types/core/v1';
import { isNotFound } from '../api/errors.js';
import { toRFC3339, type VirtualClock } from '../clock/clock.js';
import type { Client } from './client.js';

type Obj = {
  apiVersion?: string;
  kind?: string;
  metadata?: { name?: string; namespace?: string; uid?: string; resourceVersion?: string };
};

/** client-go's record.maxLruCacheEntries: an event not seen among the last 4096 starts a new count. */
const maxLruCacheEntries = 4096;

export interface EventSource {
  component: string;
  host?: string;
}

export class EventRecorder {
  /** The correlator's cache: least recently used first, at most maxLruCacheEntries (4096) as in client-go. */
  private seen = new Map<string, { name: string; namespace: string; count: number; first: string }>();
  private lastNanos = 0n;

  constructor(
    private readonly client: Client,
    private readonly clock: VirtualClock,
    private readonly source: EventSource,
  ) {}

  event(obj: Obj, type: 'Normal' | 'Warning', reason: string, message: string, fieldPath?: string): void {
    const ref: ObjectReference = {
      kind: obj.kind,
      namespace: obj.metadata?.namespace,
      name: obj.metadata?.name,
      uid: obj.metadata?.uid,
      apiVersion: obj.apiVersion,
      resourceVersion: obj.metadata?.resourceVersion,
    };
    if (fieldPath) ref.fieldPath = fieldPath;
    this.emit(ref, type, reason, message);
  }

  eventf(obj: Obj, type: 'Normal' | 'Warning', reason: string, message: string): void {
    this.event(obj, type, reason, message);
  }

  private emit(ref: ObjectReference, type: string, reason: string, message: string): void {
    const namespace = ref.namespace || 'default';
    const now = this.clock.now();
    const ts = toRFC3339(now);
    const aggKey = [this.source.component, this.source.host ?? '', ref.kind, namespace, ref.name, ref.uid, ref.fieldPath ?? '', type, reason, message].join('\x00');
    const prior = this.seen.get(aggKey);
    if (prior) {
      this.seen.delete(aggKey);
      this.seen.set(aggKey, prior);
      prior.count++;
      try {
        this.client.patch('', 'events', prior.namespace, prior.name, 'merge', { count: prior.count, lastTimestamp: ts });
        return;
      } catch (e) {
        if (!isNotFound(e)) throw e;
        this.seen.delete(aggKey);
      }
    }
    // client-go names events `<object>.<unix nanos in hex>`; virtual time has
    // millisecond steps, so nanoseconds count up within one millisecond.
    let nanos = BigInt(Math.floor(now)) * 1_000_000n;
    if (nanos <= this.lastNanos) nanos = this.lastNanos + 1n;
    this.lastNanos = nanos;
    const name = `${ref.name}.${nanos.toString(16)}`;
    const ev: Event = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name, namespace },
      involvedObject: ref,
      reason,
      message,
      source: this.source.host ? { component: this.source.component, host: this.source.host } : { component: this.source.component },
      firstTimestamp: ts,
      lastTimestamp: ts,
      count: 1,
      type,
      eventTime: undefined,
      reportingComponent: this.source.component,
      reportingInstance: this.source.host ?? '',
    };
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        this.client.create('', 'events', namespace, ev);
        this.seen.set(aggKey, { name: ev.metadata!.name!, namespace, count: 1, first: ts });
        if (this.seen.size > maxLruCacheEntries) this.seen.delete(this.seen.keys().next().value!);
        return;
      } catch (e) {
        // Events are best effort, as in client-go: a lost event never fails the caller.
        if (!(e instanceof Error)) throw e;
        this.lastNanos += 1n;
        ev.metadata!.name = `${ref.name}.${this.lastNanos.toString(16)}`;
      }
    }
  }
}
