// Mirrors etcd's mvcc store (server/storage/mvcc: one global revision, Txn compare on
// mod_revision, watchable store with history and compaction) as used by kube-apiserver's
// storage/etcd3 store. Simplification: the whole keyspace is in memory, history is bounded.
import { History } from './history.js';
import { KeyIndex } from './keyIndex.js';
import { StoreError } from './types.js';
import type { KeyValue, ListOptions, ListResult, MemoryStoreOptions, Watch, WatchEvent, WatchHandler } from './types.js';
import { Watcher, WatcherIndex, wants, type WatchTrigger } from './watchers.js';

const DEFAULT_HISTORY_LIMIT = 10000;

/**
 * The etcd stand-in. Revision 1 is the empty store (as in a fresh etcd cluster), so
 * the first write gets revision 2; every write bumps the revision by exactly one.
 *
 * Watch delivery is synchronous: a write applies, then its event goes to every matching
 * watcher before the write returns. A handler that writes (or opens a watch) during
 * delivery does not re-enter delivery: the nested write is applied at once and returns,
 * and its event is queued behind the one being delivered, so every watcher sees every
 * revision in order.
 */
export class MemoryStore {
  private rev = 1;
  private readonly keys = new KeyIndex();
  private readonly history: History;
  private readonly watchers = new WatcherIndex();
  private nextWatcherId = 1;
  /** Events applied but not yet delivered, oldest first, and whether a delivery is running. */
  private queue: WatchEvent[] = [];
  private delivering = false;

  constructor(opts?: MemoryStoreOptions) {
    this.history = new History(opts?.historyLimit ?? DEFAULT_HISTORY_LIMIT);
  }

  /** The revision of the last write (1 for an empty store). */
  get revision(): number {
    return this.rev;
  }

  /** Reads and watches must start at or after this revision (0 until anything is compacted). */
  get compactRevision(): number {
    return this.history.compactRevision;
  }

  get(key: string): KeyValue | undefined {
    return this.keys.get(key);
  }

  /**
   * Keys starting with `prefix`, sorted by key. At an older revision the list is the
   * current one rolled back through history (O(matching keys + events since revision)).
   */
  list(prefix: string, opts?: ListOptions): ListResult {
    const limit = opts?.limit !== undefined && opts.limit > 0 ? opts.limit : Infinity;
    const after = opts?.continueAfterKey;
    const at = opts?.revision;
    if (at === undefined || at <= 0 || at === this.rev) {
      // Ask for one extra item to learn whether there are more.
      const items = this.keys.range(prefix, after, limit + 1);
      const more = items.length > limit;
      if (more) items.pop();
      return { items, revision: this.rev, more };
    }
    this.checkReadable(at);
    const items = this.stateAt(prefix, at).filter((kv) => after === undefined || kv.key > after);
    const more = items.length > limit;
    return { items: more ? items.slice(0, limit) : items, revision: at, more };
  }

  count(prefix: string): number {
    return this.keys.count(prefix);
  }

  /** Create `key`; fails with KeyExists if present (etcd Txn: If(create_revision == 0)). */
  create(key: string, value: object): KeyValue {
    checkKey(key);
    if (this.keys.get(key) !== undefined) throw new StoreError('KeyExists', `key already exists: ${key}`);
    const rev = this.rev + 1;
    const kv: KeyValue = { key, value, createRevision: rev, modRevision: rev, version: 1 };
    this.apply(kv, { type: 'PUT', kv, revision: rev });
    return kv;
  }

  /**
   * Replace `key`'s value. With `expectedModRevision`, only if the key was last written
   * at that revision (etcd Txn: If(mod_revision == n)), else Conflict.
   */
  update(key: string, value: object, expectedModRevision?: number): KeyValue {
    const prev = this.current(key, expectedModRevision);
    const rev = this.rev + 1;
    const kv: KeyValue = { key, value, createRevision: prev.createRevision, modRevision: rev, version: prev.version + 1 };
    this.apply(kv, { type: 'PUT', kv, prevKv: prev, revision: rev });
    return kv;
  }

  /** Delete `key` (optionally compare-and-swap); returns the deleted KeyValue as it was. */
  delete(key: string, expectedModRevision?: number): KeyValue {
    const prev = this.current(key, expectedModRevision);
    const rev = this.rev + 1;
    const tombstone: KeyValue = { key, value: prev.value, createRevision: prev.createRevision, modRevision: rev, version: 0 };
    this.apply(undefined, { type: 'DELETE', kv: tombstone, prevKv: prev, revision: rev });
    return prev;
  }

  /**
   * Watch keys starting with `prefix`. `fromRevision` undefined: only writes after now.
   * Otherwise every event with revision > fromRevision is replayed synchronously inside
   * this call, then delivery continues live; Compacted if fromRevision < compactRevision,
   * FutureRevision if it is beyond the current revision. `trigger`: live events reach the
   * handler only when their new or previous value has the wanted value (replay is unfiltered).
   */
  watch(prefix: string, fromRevision: number | undefined, handler: WatchHandler, trigger?: WatchTrigger): Watch {
    const replay: WatchEvent[] = [];
    if (fromRevision !== undefined) {
      this.checkReadable(fromRevision);
      for (let r = Math.max(fromRevision, 1) + 1; r <= this.rev; r++) {
        const e = this.history.at(r);
        if (e.kv.key.startsWith(prefix)) replay.push(e);
      }
    }
    // Events up to the current revision reach this watcher by replay only, later ones
    // live; events still queued for others (nested writes) are <= the current revision.
    const w = new Watcher(this.nextWatcherId++, prefix, this.rev, handler, trigger);
    this.watchers.add(w);
    const handle: Watch = {
      stop: () => {
        w.stopped = true;
        this.watchers.remove(w);
      },
    };
    if (replay.length > 0) {
      // Hold delivery during the replay: writes made by the handler are queued, so this
      // watcher sees them after the replayed events, in order.
      const outermost = !this.delivering;
      this.delivering = true;
      try {
        for (const e of replay) handler(e);
      } catch (err) {
        // The caller never got the handle, so nobody else could stop this watcher.
        handle.stop();
        if (outermost) this.delivering = false;
        this.drain();
        throw err;
      }
      if (outermost) this.delivering = false;
      this.drain();
    }
    return handle;
  }

  /** Drop history at or below `revision` (etcd Compact). Already compacted: no-op. */
  compact(revision: number): void {
    if (revision > this.rev) {
      throw new StoreError('FutureRevision', `mvcc: required revision is a future revision: ${revision} > ${this.rev}`);
    }
    this.history.compact(revision);
  }

  private current(key: string, expectedModRevision: number | undefined): KeyValue {
    const prev = this.keys.get(key);
    if (prev === undefined) throw new StoreError('KeyNotFound', `key not found: ${key}`);
    if (expectedModRevision !== undefined && expectedModRevision !== prev.modRevision) {
      throw new StoreError(
        'Conflict',
        `key ${key} was modified: expected modRevision ${expectedModRevision}, found ${prev.modRevision}`,
      );
    }
    return prev;
  }

  private checkReadable(revision: number): void {
    if (revision > this.rev) {
      throw new StoreError('FutureRevision', `mvcc: required revision is a future revision: ${revision} > ${this.rev}`);
    }
    if (revision < this.history.compactRevision) {
      throw new StoreError(
        'Compacted',
        `mvcc: required revision has been compacted: ${revision} < ${this.history.compactRevision}`,
      );
    }
  }

  /** Apply one write (kv undefined = delete of e.kv.key) and deliver its event. */
  private apply(kv: KeyValue | undefined, e: WatchEvent): void {
    if (kv === undefined) this.keys.remove(e.kv.key);
    else this.keys.put(kv);
    this.rev = e.revision;
    this.history.append(e);
    if (this.watchers.size === 0 && !this.delivering) return;
    this.queue.push(e);
    this.drain();
  }

  /**
   * Deliver queued events, oldest first, each to all its watchers before the next. Only
   * the outermost call delivers; nested calls (from handlers) return and leave the event
   * queued. A throwing handler does not starve the others: delivery completes and the
   * first error is rethrown from the outermost write.
   */
  private drain(): void {
    if (this.delivering) return;
    this.delivering = true;
    let failed = false;
    let error: unknown;
    try {
      for (let i = 0; i < this.queue.length; i++) {
        const e = this.queue[i]!;
        for (const w of this.watchers.matching(e)) {
          if (!wants(w, e)) continue;
          try {
            w.handler(e);
          } catch (err) {
            if (!failed) error = err;
            failed = true;
          }
        }
      }
    } finally {
      this.queue = [];
      this.delivering = false;
    }
    if (failed) throw error;
  }

  /** Items under `prefix` as of revision `at`: the current ones with later events undone. */
  private stateAt(prefix: string, at: number): KeyValue[] {
    const state = new Map<string, KeyValue>();
    for (const kv of this.keys.range(prefix, undefined, Infinity)) state.set(kv.key, kv);
    for (let r = this.rev; r > at && r >= 2; r--) {
      const e = this.history.at(r);
      if (!e.kv.key.startsWith(prefix)) continue;
      if (e.prevKv === undefined) state.delete(e.kv.key);
      else state.set(e.kv.key, e.prevKv);
    }
    const items = [...state.values()];
    items.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return items;
  }
}

function checkKey(key: string): void {
  if (typeof key !== 'string' || key === '') throw new RangeError('store: key must be a non-empty string');
}
