// Mirrors client-go's util/flowcontrol.Backoff as the kubelet uses it for
// container restarts (CrashLoopBackOff) and image pulls (ImagePullBackOff):
// 10 s doubling to 300 s per key, forgotten once an entry is older than
// twice the maximum (so a container that ran for 10 minutes starts over at 10 s).
// Deliberate simplification: no jitter (the lab is deterministic).
import type { VirtualClock } from '../clock/clock.js';

interface Entry {
  backoffMs: number;
  lastUpdate: number;
}

export class Backoff {
  private entries = new Map<string, Entry>();

  constructor(
    private readonly clock: VirtualClock,
    readonly initialMs = 10_000,
    readonly maxMs = 300_000,
  ) {}

  /** The current back-off of `id` (0 when none). */
  get(id: string): number {
    return this.entries.get(id)?.backoffMs ?? 0;
  }

  /**
   * Move `id` one step: a new (or expired) entry starts at the initial delay,
   * else the delay doubles up to the maximum. Example: 10 s, 20 s, 40 s, 80 s,
   * 160 s, 300 s, 300 s …
   */
  next(id: string, eventTime: number): void {
    const e = this.entries.get(id);
    if (!e || this.hasExpired(eventTime, e.lastUpdate)) {
      this.entries.set(id, { backoffMs: this.initialMs, lastUpdate: this.clock.now() });
      return;
    }
    e.backoffMs = Math.min(e.backoffMs * 2, this.maxMs);
    e.lastUpdate = this.clock.now();
  }

  /** True while less than the back-off has passed since `eventTime` (a container's finishedAt). */
  isInBackOffSince(id: string, eventTime: number): boolean {
    const e = this.entries.get(id);
    if (!e || this.hasExpired(eventTime, e.lastUpdate)) return false;
    return this.clock.now() - eventTime < e.backoffMs;
  }

  /** True while less than the back-off has passed since the last `next` (image pulls). */
  isInBackOffSinceUpdate(id: string, eventTime: number): boolean {
    const e = this.entries.get(id);
    if (!e || this.hasExpired(eventTime, e.lastUpdate)) return false;
    return this.clock.now() - e.lastUpdate < e.backoffMs;
  }

  /** When the back-off measured from `since` ends (virtual ms). */
  expiry(id: string, since: number): number {
    return since + this.get(id);
  }

  lastUpdate(id: string): number | undefined {
    return this.entries.get(id)?.lastUpdate;
  }

  reset(id: string): void {
    this.entries.delete(id);
  }

  /** Drop every key that starts with `prefix` (a deleted Pod's entries). */
  resetPrefix(prefix: string): void {
    for (const k of [...this.entries.keys()]) if (k.startsWith(prefix)) this.entries.delete(k);
  }

  private hasExpired(eventTime: number, lastUpdate: number): boolean {
    return eventTime - lastUpdate > this.maxMs * 2;
  }
}

/**
 * Go's time.Duration.String for a non-negative duration in ms, as the kubelet's
 * messages print it: 345ms, 2.345s, 1m5.2s, 1h0m0s.
 */
export function goDuration(ms: number): string {
  ms = Math.max(0, Math.round(ms));
  if (ms === 0) return '0s';
  if (ms < 1000) return `${ms}ms`;
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const sMs = ms % 60_000;
  const s = (sMs / 1000).toFixed(3).replace(/\.?0+$/, '');
  if (h) return `${h}h${m}m${s}s`;
  if (m) return `${m}m${s}s`;
  return `${s}s`;
}
