// Mirrors client-go's util/workqueue: a de-duplicating queue of keys with
// rate-limited requeue (per-item exponential back-off, 5 ms doubling to
// 1000 s, as DefaultControllerRateLimiter) and AddAfter on the virtual clock.
// Single-threaded: the queue drains itself on the next clock tick.
import type { TimerId, VirtualClock } from '../clock/clock.js';

export type SyncFn = (key: string) => void;

export class WorkQueue {
  private queue: string[] = [];
  private dirty = new Set<string>();
  private failures = new Map<string, number>();
  private waiting = new Map<string, { at: number; timer: TimerId }>();
  private drainScheduled = false;
  private shuttingDown = false;
  private processing = false;

  constructor(
    private readonly clock: VirtualClock,
    private readonly sync: SyncFn,
    private readonly opts: { name?: string; baseDelayMs?: number; maxDelayMs?: number; onError?: (key: string, err: unknown) => void } = {},
  ) {}

  add(key: string): void {
    if (this.shuttingDown || this.dirty.has(key)) return;
    this.dirty.add(key);
    this.queue.push(key);
    this.scheduleDrain();
  }

  /** Add the key once `delayMs` has passed; an earlier pending add wins. */
  addAfter(key: string, delayMs: number): void {
    if (this.shuttingDown) return;
    if (delayMs <= 0) return this.add(key);
    const at = this.clock.now() + delayMs;
    const w = this.waiting.get(key);
    if (w && w.at <= at) return;
    if (w) this.clock.clearTimeout(w.timer);
    const timer = this.clock.setTimeout(() => {
      this.waiting.delete(key);
      this.add(key);
    }, delayMs);
    this.waiting.set(key, { at, timer });
  }

  addRateLimited(key: string): void {
    const n = this.failures.get(key) ?? 0;
    this.failures.set(key, n + 1);
    const base = this.opts.baseDelayMs ?? 5;
    const max = this.opts.maxDelayMs ?? 1_000_000;
    this.addAfter(key, Math.min(max, base * 2 ** n));
  }

  forget(key: string): void {
    this.failures.delete(key);
  }

  numRequeues(key: string): number {
    return this.failures.get(key) ?? 0;
  }

  len(): number {
    return this.queue.length;
  }

  shutDown(): void {
    this.shuttingDown = true;
    for (const w of this.waiting.values()) this.clock.clearTimeout(w.timer);
    this.waiting.clear();
    this.queue = [];
    this.dirty.clear();
  }

  private scheduleDrain(): void {
    if (this.drainScheduled || this.processing) return;
    this.drainScheduled = true;
    this.clock.defer(() => this.drain());
  }

  /** processNextWorkItem, until the queue is empty. */
  private drain(): void {
    this.drainScheduled = false;
    this.processing = true;
    try {
      while (this.queue.length && !this.shuttingDown) {
        const key = this.queue.shift()!;
        this.dirty.delete(key);
        try {
          this.sync(key);
        } catch (err) {
          this.opts.onError?.(key, err);
          this.addRateLimited(key);
        }
      }
    } finally {
      this.processing = false;
    }
  }
}
