// Mirrors pkg/controller/controller_utils.go: ControllerExpectations and
// UIDTrackingControllerExpectations. A controller that asked the API for N
// creates (or these deletes) skips its next sync until its informer has seen
// them, so a lagging cache never makes it create the same Pods twice.
import type { VirtualClock } from '../../clock/clock.js';

/** ExpectationsTimeout: after 5 minutes a stale expectation no longer blocks a sync. */
export const expectationsTimeoutMs = 5 * 60 * 1000;

interface Record {
  add: number;
  del: number;
  timestamp: number;
  /** UIDTrackingControllerExpectations: the keys of the Pods we asked to delete. */
  deleting: Set<string>;
}

export class ControllerExpectations {
  private records = new Map<string, Record>();

  constructor(private readonly clock: VirtualClock) {}

  /** SatisfiedExpectations: true when nothing is pending, the record expired, or there is none. */
  satisfiedExpectations(key: string): boolean {
    const r = this.records.get(key);
    if (!r) return true;
    if (r.add <= 0 && r.del <= 0) return true;
    return this.clock.now() - r.timestamp > expectationsTimeoutMs;
  }

  getExpectations(key: string): { add: number; del: number } | undefined {
    const r = this.records.get(key);
    return r && { add: r.add, del: r.del };
  }

  expectCreations(key: string, adds: number): void {
    this.records.set(key, { add: adds, del: 0, timestamp: this.clock.now(), deleting: new Set() });
  }

  /** ExpectDeletions on the UID-tracking variant: remember which Pods must disappear. */
  expectDeletions(key: string, podKeys: string[]): void {
    this.records.set(key, { add: 0, del: podKeys.length, timestamp: this.clock.now(), deleting: new Set(podKeys) });
  }

  creationObserved(key: string): void {
    const r = this.records.get(key);
    if (r) r.add--;
  }

  /** DeletionObserved: lowers the count only for a Pod we were waiting for (each one once). */
  deletionObserved(key: string, podKey: string): void {
    const r = this.records.get(key);
    if (r?.deleting.delete(podKey)) r.del--;
  }

  deleteExpectations(key: string): void {
    this.records.delete(key);
  }
}
