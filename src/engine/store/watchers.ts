// Mirrors the watcher index of kube-apiserver's cacher (storage/cacher/cacher.go
// indexes watchers so dispatch does not scan them all) and etcd's watcherGroup
// (keyed watchers + an interval tree for ranges): here, a map from '/'-ending prefix.
import type { WatchEvent, WatchHandler } from './types.js';

export class Watcher {
  stopped = false;
  constructor(
    readonly id: number,
    readonly prefix: string,
    /** Exclusive: the watcher receives events with revision > startRevision. */
    readonly startRevision: number,
    readonly handler: WatchHandler,
  ) {}
}

/**
 * Watchers by prefix. A prefix ending in '/' (the only kind the apiserver uses, e.g.
 * "/registry/pods/" or "/registry/pods/default/") sits in a map and is found by looking
 * up each '/'-ending prefix of the event's key ("/", "/registry/", "/registry/pods/", …):
 * O(key depth) per event however many watchers exist. Any other prefix ("" or a partial
 * name) is kept in a small list and tested with startsWith.
 */
export class WatcherIndex {
  private readonly byDir = new Map<string, Set<Watcher>>();
  private readonly other = new Set<Watcher>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  add(w: Watcher): void {
    if (w.prefix.endsWith('/')) {
      let set = this.byDir.get(w.prefix);
      if (set === undefined) this.byDir.set(w.prefix, (set = new Set()));
      set.add(w);
    } else {
      this.other.add(w);
    }
    this.count++;
  }

  remove(w: Watcher): void {
    let removed: boolean;
    if (w.prefix.endsWith('/')) {
      const set = this.byDir.get(w.prefix);
      removed = set?.delete(w) ?? false;
      if (set !== undefined && set.size === 0) this.byDir.delete(w.prefix);
    } else {
      removed = this.other.delete(w);
    }
    if (removed) this.count--;
  }

  /** Watchers whose prefix matches `key`, in registration order. */
  matching(key: string): Watcher[] {
    const out: Watcher[] = [];
    if (this.count === 0) return out;
    let sources = 0;
    if (this.byDir.size > 0) {
      for (let slash = key.indexOf('/'); slash >= 0; slash = key.indexOf('/', slash + 1)) {
        const set = this.byDir.get(key.slice(0, slash + 1));
        if (set === undefined) continue;
        for (const w of set) out.push(w);
        sources++;
      }
    }
    if (this.other.size > 0) {
      const before = out.length;
      for (const w of this.other) if (key.startsWith(w.prefix)) out.push(w);
      if (out.length > before) sources++;
    }
    // Each source is already in registration order; interleave them deterministically.
    if (sources > 1) out.sort((a, b) => a.id - b.id);
    return out;
  }
}

/** Does event `e` go to watcher `w`? (Prefix already matched by the index.) */
export function wants(w: Watcher, e: WatchEvent): boolean {
  return !w.stopped && e.revision > w.startRevision;
}
