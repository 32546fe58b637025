// Mirrors the event window of kube-apiserver's watch cache (storage/cacher/watch_cache.go,
// a fixed-capacity ring of events) combined with etcd mvcc compaction: events at or below
// `compactRevision` are gone, so a watch or read that needs them fails with Compacted.
import type { WatchEvent } from './types.js';

/**
 * Every write bumps the revision by exactly one and produces exactly one event, so the
 * events kept are those with revisions compactRevision+1 … current, and the event of
 * revision r lives in slot r % capacity: O(1) append, lookup and automatic compaction.
 * Revision 1 is the empty store and has no event.
 */
export class History {
  private readonly slots: (WatchEvent | undefined)[];
  private compacted = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 0) throw new RangeError(`store: historyLimit must be a non-negative integer, got ${capacity}`);
    this.slots = new Array<WatchEvent | undefined>(capacity).fill(undefined);
  }

  /** Oldest revision whose state can still be reconstructed; events after it are all kept. */
  get compactRevision(): number {
    return this.compacted;
  }

  /** Record the event of a new revision, dropping (compacting) the oldest when full. */
  append(e: WatchEvent): void {
    const cap = this.capacity;
    // With capacity c, appending revision r drops revision r - c. Revision 1 has no event,
    // so dropping it loses nothing and does not move the compaction floor.
    const dropped = e.revision - cap;
    if (dropped >= 2 && dropped > this.compacted) this.compacted = dropped;
    if (cap > 0) this.slots[e.revision % cap] = e;
  }

  /** The event of revision r; the caller guarantees compactRevision < r <= current. */
  at(r: number): WatchEvent {
    return this.slots[r % this.capacity]!;
  }

  /** Drop events with revision <= r (r must not exceed the current revision). */
  compact(r: number): void {
    if (r <= this.compacted) return;
    const cap = this.capacity;
    if (cap > 0) {
      // Clear the slots so the dropped values can be garbage-collected.
      const from = Math.max(this.compacted + 1, r - cap + 1);
      for (let rev = from; rev <= r; rev++) {
        const slot = rev % cap;
        if (this.slots[slot]?.revision === rev) this.slots[slot] = undefined;
      }
    }
    this.compacted = r;
  }
}
