// Mirrors pkg/scheduler/backend/queue/scheduling_queue.go (PriorityQueue, v1.32):
// activeQ ordered by priority then queue time (PrioritySort); backoffQ for Pods whose
// per-Pod back-off (1 s doubling to 10 s by attempts) has not expired; unschedulablePods
// parked until a cluster event one of their rejecting plugins registered for, or for at
// most 5 min (podMaxInUnschedulablePodsDuration). The 1 s and 30 s flush tickers are
// kept, but armed only when something waits, so an idle queue sets no timers.
// Simplification: plugins' events are registrations without QueueingHint functions.
import type { Pod } from 'kubernetes-types/core/v1';
import type { TimerId, VirtualClock } from '../../clock/clock.js';
import { PodInfo, QueuedPodInfo } from '../framework/podInfo.js';
import type { ActionType, ClusterEventResource } from '../framework/types.js';
import { Heap } from './heap.js';

export const podInitialBackoffMs = 1000;
export const podMaxBackoffMs = 10_000;
export const podMaxInUnschedulablePodsDurationMs = 5 * 60_000;
const backoffFlushPeriodMs = 1000;
const unschedulableFlushPeriodMs = 30_000;

/** Which events a plugin registered for: resource → actions. */
export type EventRegistry = ReadonlyMap<string, ReadonlyMap<ClusterEventResource, ReadonlySet<ActionType>>>;

function podKey(pod: Pod): string {
  return `${pod.metadata?.namespace ?? ''}/${pod.metadata?.name ?? ''}`;
}

/** calculateBackoffDuration: attempts 1 → 1 s, 2 → 2 s, 3 → 4 s, 4 → 8 s, then 10 s. */
export function backoffDuration(attempts: number): number {
  let d = podInitialBackoffMs;
  for (let i = 1; i < attempts; i++) {
    d *= 2;
    if (d > podMaxBackoffMs) return podMaxBackoffMs;
  }
  return d;
}

export class SchedulingQueue {
  private readonly activeQ = new Heap<QueuedPodInfo>(
    (q) => q.info.key,
    // Equal virtual timestamps fall back to arrival order (real clocks have nanoseconds).
    (a, b) =>
      a.info.priority !== b.info.priority ? a.info.priority > b.info.priority : a.timestamp !== b.timestamp ? a.timestamp < b.timestamp : a.seq < b.seq,
  );
  private readonly backoffQ = new Heap<QueuedPodInfo>(
    (q) => q.info.key,
    (a, b) => this.backoffExpiry(a) < this.backoffExpiry(b),
  );
  private readonly unschedulable = new Map<string, QueuedPodInfo>();
  /** Popped and being scheduled (in flight). */
  private readonly inFlight = new Map<string, QueuedPodInfo>();
  private backoffTimer: { id: TimerId; at: number } | undefined;
  private leftoverTimer: { id: TimerId; at: number } | undefined;
  private readonly start: number;
  private seq = 0;

  constructor(
    private readonly clock: VirtualClock,
    private readonly registry: EventRegistry,
    /** Called whenever activeQ gains a Pod (the scheduling loop wakes up). */
    private readonly onActive: () => void,
  ) {
    this.start = clock.now();
  }

  backoffExpiry(q: QueuedPodInfo): number {
    return q.timestamp + backoffDuration(q.attempts);
  }

  private isBackingOff(q: QueuedPodInfo): boolean {
    return this.backoffExpiry(q) > this.clock.now();
  }

  /** Add: a new unscheduled Pod goes straight to activeQ (or parks while gated). */
  add(pod: Pod): void {
    const key = podKey(pod);
    if (this.has(key)) return this.update(undefined, pod);
    const q = new QueuedPodInfo(new PodInfo(pod), this.clock.now());
    q.seq = this.seq++;
    if (pod.spec?.schedulingGates?.length) {
      q.gated = true;
      this.unschedulable.set(key, q);
      return;
    }
    this.activeQ.addOrUpdate(q);
    this.onActive();
  }

  has(key: string): boolean {
    return this.activeQ.has(key) || this.backoffQ.has(key) || this.unschedulable.has(key) || this.inFlight.has(key);
  }

  pop(): QueuedPodInfo | undefined {
    const q = this.activeQ.pop();
    if (!q) return undefined;
    q.attempts++;
    q.initialAttemptTimestamp ??= this.clock.now();
    this.inFlight.set(q.info.key, q);
    return q;
  }

  activeLen(): number {
    return this.activeQ.size;
  }

  /** Done: the cycle for this Pod ended (scheduled, or re-added by addUnschedulable). */
  done(key: string): void {
    this.inFlight.delete(key);
  }

  /**
   * AddUnschedulableIfNotPresent: after a failed attempt. Rejected by plugins → park in
   * unschedulablePods; failed without a rejecting plugin (an error) → back-off.
   */
  addUnschedulable(q: QueuedPodInfo, rejectors: Iterable<string>): void {
    const key = q.info.key;
    if (!this.inFlight.has(key)) return; // deleted meanwhile
    this.inFlight.delete(key);
    q.timestamp = this.clock.now();
    q.seq = this.seq++;
    q.unschedulablePlugins = new Set(rejectors);
    if (!q.unschedulablePlugins.size) this.toBackoff(q);
    else {
      this.unschedulable.set(key, q);
      this.armLeftover();
    }
  }

  /** A queued Pod changed: refresh it; a parked Pod whose spec changed may fit now. */
  update(oldPod: Pod | undefined, pod: Pod): void {
    const key = podKey(pod);
    const info = new PodInfo(pod);
    for (const h of [this.activeQ, this.backoffQ]) {
      const q = h.get(key);
      if (q) {
        q.info = info;
        h.addOrUpdate(q);
        return;
      }
    }
    const fl = this.inFlight.get(key);
    if (fl) {
      fl.info = info;
      return;
    }
    const q = this.unschedulable.get(key);
    if (!q) return this.add(pod);
    q.info = info;
    if (q.gated) {
      if (pod.spec?.schedulingGates?.length) return;
      q.gated = false;
      this.unschedulable.delete(key);
      this.activeQ.addOrUpdate(q);
      this.onActive();
      return;
    }
    if (oldPod && !specChanged(oldPod, pod)) return;
    this.unschedulable.delete(key);
    this.moveOne(q);
  }

  delete(pod: Pod): void {
    const key = podKey(pod);
    this.activeQ.delete(key);
    this.backoffQ.delete(key);
    this.unschedulable.delete(key);
    this.inFlight.delete(key);
  }

  /**
   * MoveAllToActiveOrBackoffQueue: a cluster event happened; every parked Pod rejected
   * by a plugin registered for it moves to activeQ, or to backoffQ while backing off.
   */
  moveAllToActiveOrBackoffQueue(resource: ClusterEventResource, actions: readonly ActionType[], reason = ''): number {
    if (!this.unschedulable.size) return 0;
    let moved = 0;
    for (const [key, q] of this.unschedulable) {
      if (q.gated) continue;
      if (reason !== 'UnschedulableTimeout' && !this.interested(q, resource, actions)) continue;
      this.unschedulable.delete(key);
      this.moveOne(q);
      moved++;
    }
    return moved;
  }

  private interested(q: QueuedPodInfo, resource: ClusterEventResource, actions: readonly ActionType[]): boolean {
    for (const plugin of q.unschedulablePlugins) {
      const reg = this.registry.get(plugin)?.get(resource);
      if (!reg) continue;
      for (const a of actions) if (reg.has(a)) return true;
    }
    return false;
  }

  private moveOne(q: QueuedPodInfo): void {
    if (this.isBackingOff(q)) this.toBackoff(q);
    else {
      this.activeQ.addOrUpdate(q);
      this.onActive();
    }
  }

  private toBackoff(q: QueuedPodInfo): void {
    this.backoffQ.addOrUpdate(q);
    this.armBackoff();
  }

  /** The next tick of a ticker started with the queue, strictly after `after`. */
  private nextTick(period: number, atLeast: number): number {
    const n = Math.max(1, Math.ceil((atLeast - this.start) / period));
    let t = this.start + n * period;
    if (t <= this.clock.now()) t = this.start + (Math.floor((this.clock.now() - this.start) / period) + 1) * period;
    return t;
  }

  private armBackoff(): void {
    const head = this.backoffQ.peek();
    if (!head) return;
    const at = this.nextTick(backoffFlushPeriodMs, this.backoffExpiry(head));
    if (this.backoffTimer && this.backoffTimer.at <= at) return;
    if (this.backoffTimer) this.clock.clearTimeout(this.backoffTimer.id);
    this.backoffTimer = { at, id: this.clock.setTimeout(() => this.flushBackoffQCompleted(), at - this.clock.now()) };
  }

  /** flushBackoffQCompleted: every Pod whose back-off expired goes to activeQ. */
  private flushBackoffQCompleted(): void {
    this.backoffTimer = undefined;
    let moved = false;
    for (let head = this.backoffQ.peek(); head && !this.isBackingOff(head); head = this.backoffQ.peek()) {
      this.backoffQ.pop();
      this.activeQ.addOrUpdate(head);
      moved = true;
    }
    if (moved) this.onActive();
    this.armBackoff();
  }

  private armLeftover(): void {
    let earliest = Infinity;
    for (const q of this.unschedulable.values()) if (!q.gated) earliest = Math.min(earliest, q.timestamp);
    if (earliest === Infinity) return;
    // Moved at the first tick strictly more than 5 min after the Pod was parked.
    const at = this.nextTick(unschedulableFlushPeriodMs, earliest + podMaxInUnschedulablePodsDurationMs + 1);
    if (this.leftoverTimer && this.leftoverTimer.at <= at) return;
    if (this.leftoverTimer) this.clock.clearTimeout(this.leftoverTimer.id);
    this.leftoverTimer = { at, id: this.clock.setTimeout(() => this.flushUnschedulableLeftover(), at - this.clock.now()) };
  }

  /** flushUnschedulablePodsLeftover: Pods parked longer than 5 min are retried. */
  private flushUnschedulableLeftover(): void {
    this.leftoverTimer = undefined;
    const now = this.clock.now();
    for (const [key, q] of this.unschedulable) {
      if (q.gated || now - q.timestamp <= podMaxInUnschedulablePodsDurationMs) continue;
      this.unschedulable.delete(key);
      this.moveOne(q);
    }
    this.armLeftover();
  }

  /** For tests and the UI: where each Pod waits. */
  dump(): { active: string[]; backoff: string[]; unschedulable: string[] } {
    return {
      active: this.activeQ.list().map((q) => q.info.key).sort(),
      backoff: this.backoffQ.list().map((q) => q.info.key).sort(),
      unschedulable: [...this.unschedulable.keys()].sort(),
    };
  }
}

/** isPodUpdated: anything but status, resourceVersion, generation and managedFields changed. */
function specChanged(a: Pod, b: Pod): boolean {
  const strip = (p: Pod) => JSON.stringify({ ...p, status: undefined, metadata: { ...p.metadata, resourceVersion: undefined, generation: undefined, managedFields: undefined } });
  return strip(a) !== strip(b);
}
