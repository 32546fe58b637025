// The one source of time in the engine. Kubernetes components read wall time;
// here every component reads this virtual clock, so a run is reproducible and
// time can be paused, stepped or fast-forwarded (DESIGN.md, "Time is a control").

export type TimerId = number;

interface Timer {
  id: TimerId;
  at: number;
  seq: number;
  fn: () => void;
}

/** Virtual time in milliseconds since the Unix epoch, with a timer queue. */
export class VirtualClock {
  private nowMs: number;
  private seq = 0;
  private nextId = 1;
  private heap: Timer[] = [];
  private cancelled = new Set<TimerId>();

  constructor(startMs: number) {
    this.nowMs = startMs;
  }

  now(): number {
    return this.nowMs;
  }

  /** RFC 3339 with second precision, as metav1.Time serialises. */
  nowRFC3339(): string {
    return toRFC3339(this.nowMs);
  }

  /** Run fn after delayMs of virtual time (0 = as soon as the current work settles). */
  setTimeout(fn: () => void, delayMs: number): TimerId {
    const id = this.nextId++;
    this.push({ id, at: this.nowMs + Math.max(0, delayMs), seq: this.seq++, fn });
    return id;
  }

  /** Zero-delay work: watch deliveries, queued syncs. FIFO among equals. */
  defer(fn: () => void): TimerId {
    return this.setTimeout(fn, 0);
  }

  clearTimeout(id: TimerId | undefined): void {
    if (id !== undefined) this.cancelled.add(id);
  }

  /** When the next live timer fires, or undefined when nothing is scheduled. */
  nextTimerAt(): number | undefined {
    this.dropCancelledHead();
    return this.heap[0]?.at;
  }

  pendingTimers(): number {
    return this.heap.length - this.cancelled.size;
  }

  /**
   * Fire every timer due at or before the current time, including timers
   * those callbacks add for now. Returns how many fired. `limit` guards
   * against a component that reschedules itself at zero delay forever.
   */
  runDue(limit = 1_000_000): number {
    let n = 0;
    for (;;) {
      this.dropCancelledHead();
      const t = this.heap[0];
      if (!t || t.at > this.nowMs) return n;
      this.pop();
      t.fn();
      if (++n >= limit) throw new Error(`clock: more than ${limit} timers fired at one instant`);
    }
  }

  /** Move time forward to `targetMs`, firing timers in order as their time comes. */
  advanceTo(targetMs: number): void {
    this.runDue();
    for (;;) {
      const next = this.nextTimerAt();
      if (next === undefined || next > targetMs) break;
      this.nowMs = Math.max(this.nowMs, next);
      this.runDue();
    }
    if (targetMs > this.nowMs) this.nowMs = targetMs;
    this.runDue();
  }

  advance(ms: number): void {
    this.advanceTo(this.nowMs + ms);
  }

  /** Jump to the next timer (if any) and fire what is due then. */
  step(): boolean {
    const next = this.nextTimerAt();
    if (next === undefined) return false;
    this.advanceTo(next);
    return true;
  }

  private dropCancelledHead(): void {
    while (this.heap.length && this.cancelled.has(this.heap[0]!.id)) {
      this.cancelled.delete(this.heap[0]!.id);
      this.pop();
    }
  }

  private less(a: Timer, b: Timer): boolean {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }

  private push(t: Timer): void {
    const h = this.heap;
    h.push(t);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(h[i]!, h[p]!)) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  }

  private pop(): Timer | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (h.length && last) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.less(h[l]!, h[m]!)) m = l;
        if (r < h.length && this.less(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }
}

/** metav1.Time's wire form: `2024-01-01T00:00:00Z`. */
// The last second formatted: status writes, events and audit records ask for the same
// virtual second thousands of times in a row.
let lastSecond = NaN;
let lastRFC3339 = '';

export function toRFC3339(ms: number): string {
  const sec = Math.floor(ms / 1000);
  if (sec !== lastSecond) {
    lastRFC3339 = new Date(sec * 1000).toISOString().replace('.000Z', 'Z');
    lastSecond = sec;
  }
  return lastRFC3339;
}

/** metav1.MicroTime's wire form: `2024-01-01T00:00:00.000000Z`. */
export function toRFC3339Micro(ms: number): string {
  const iso = new Date(Math.floor(ms)).toISOString(); // ...ss.mmmZ
  return iso.replace(/\.(\d{3})Z$/, '.$1000Z');
}

export function parseRFC3339(s: string | undefined): number | undefined {
  if (!s) return undefined;
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : t;
}
