// Mirrors the watcher index of kube-apiserver's cacher (storage/cacher/cacher.go
// indexes watchers so dispatch does not scan them all) and etcd's watcherGroup
// (keyed watchers + an interval tree for ranges): here, a map from '/'-ending prefix,
// plus the cacher's trigger index (watchers filed under the value of an indexed field).
import type { WatchEvent, WatchHandler } from './types.js';

/**
 * The cacher's TriggerPublisherFunc: a watcher that only wants objects whose `of(value)`
 * equals `value` (a Pod's spec.nodeName for a kubelet) is reached only by events whose
 * new or previous value has it. `of` must be the same function for every watcher of a field.
 */
export interface WatchTrigger {
  of: (value: object) => string;
  value: string;
}

export class Watcher {
  stopped = false;
  constructor(
    readonly id: number,
    readonly prefix: string,
    /** Exclusive: the watcher receives events with revision > startRevision. */
    readonly startRevision: number,
    readonly handler: WatchHandler,
    readonly trigger?: WatchTrigger,
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
  /** Triggered watchers: by trigger function, then by the value they want. */
  private readonly byTrigger = new Map<(value: object) => string, Map<string, Set<Watcher>>>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  add(w: Watcher): void {
    if (w.trigger !== undefined) {
      let byValue = this.byTrigger.get(w.trigger.of);
      if (byValue === undefined) this.byTrigger.set(w.trigger.of, (byValue = new Map()));
      let set = byValue.get(w.trigger.value);
      if (set === undefined) byValue.set(w.trigger.value, (set = new Set()));
      set.add(w);
    } else if (w.prefix.endsWith('/')) {
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
    if (w.trigger !== undefined) {
      const byValue = this.byTrigger.get(w.trigger.of);
      const set = byValue?.get(w.trigger.value);
      removed = set?.delete(w) ?? false;
      if (set !== undefined && set.size === 0) byValue!.delete(w.trigger.value);
    } else if (w.prefix.endsWith('/')) {
      const set = this.byDir.get(w.prefix);
      removed = set?.delete(w) ?? false;
      if (set !== undefined && set.size === 0) this.byDir.delete(w.prefix);
    } else {
      removed = this.other.delete(w);
    }
    if (removed) this.count--;
  }

  /**
   * Watchers whose prefix matches the event's key, in registration order; a triggered
   * watcher only when the event's new or previous value has the value it wants.
   */
  matching(e: WatchEvent): Watcher[] {
    const key = e.kv.key;
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
    if (this.byTrigger.size > 0) {
      for (const [of, byValue] of this.byTrigger) {
        const before = out.length;
        const cur = of(e.kv.value);
        for (const w of byValue.get(cur) ?? []) if (key.startsWith(w.prefix)) out.push(w);
        if (e.prevKv !== undefined) {
          const prev = of(e.prevKv.value);
          if (prev !== cur) for (const w of byValue.get(prev) ?? []) if (key.startsWith(w.prefix)) out.push(w);
        }
        if (out.length > before) sources += 2;
      }
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
