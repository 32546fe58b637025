// Mirrors pkg/controller/tainteviction/timed_workers.go: per-Pod timers on the
// virtual clock. A finished work item stays in the queue (as nil upstream) so
// the same Pod is not scheduled again until its work is cancelled.
import type { TimerId, VirtualClock } from '../../clock/clock.js';

interface Worker {
  createdAt: number;
  fireAt: number;
  timer?: TimerId;
  done: boolean;
}

export class TimedWorkerQueue {
  private workers = new Map<string, Worker>();

  constructor(
    private readonly clock: VirtualClock,
    private readonly work: (key: string) => boolean,
  ) {}

  /** AddWork: run `work(key)` at fireAt; an existing (or finished) item for key wins. */
  addWork(key: string, createdAt: number, fireAt: number): void {
    if (this.workers.has(key)) return;
    const w: Worker = { createdAt, fireAt, done: false };
    this.workers.set(key, w);
    const run = () => {
      w.timer = undefined;
      if (this.work(key)) w.done = true;
      else w.timer = this.clock.setTimeout(run, 1000);
    };
    w.timer = this.clock.setTimeout(run, Math.max(0, fireAt - this.clock.now()));
  }

  /** CancelWork: true when a pending (not yet finished) item was cancelled. */
  cancelWork(key: string): boolean {
    const w = this.workers.get(key);
    if (!w) return false;
    this.workers.delete(key);
    if (w.done) return false;
    this.clock.clearTimeout(w.timer);
    return true;
  }

  /** GetWorkerUnsafe: the pending item for key, if any. */
  getWorker(key: string): { createdAt: number; fireAt: number } | undefined {
    const w = this.workers.get(key);
    return w && !w.done ? { createdAt: w.createdAt, fireAt: w.fireAt } : undefined;
  }
}
