// The keyspace of etcd's mvcc treeIndex (a B-tree over keys), reshaped as a tree of
// directories split at '/': a prefix range read visits only the directory under the
// prefix, so listing /registry/pods/default/ costs O(pods in default), not O(all keys).
import type { KeyValue } from './types.js';

const SLASH = 47; // '/'

/**
 * One directory. Its entries are leaves (`name` → KeyValue) and subdirectories, sorted
 * together by "sort key": a leaf's name, a subdirectory's name + '/'. Comparing sort
 * keys orders entries exactly as their full keys compare, because names contain no
 * '/': leaf "a-b" < dir "a/" < leaf "a0" ('-' < '/' < '0'), as in "/x/a-b" < "/x/a/y" < "/x/a0".
 *
 * The sorted order is maintained lazily: inserts are appended to `pending` and merged
 * (after sorting just the pending ones) on the next ordered read; deletes leave a stale
 * entry in `order` that the merge drops. A list after k creates in an n-key directory
 * therefore costs O(n + k log k) once, then O(n) for every further list.
 */
class DirNode {
  readonly leaves = new Map<string, KeyValue>();
  readonly dirs = new Map<string, DirNode>();
  /** Leaves in this subtree. */
  size = 0;
  private order: string[] = [];
  private pending: string[] = [];
  /** Set when a delete may have left stale entries in `order`. */
  private removed = false;

  added(sortKey: string): void {
    this.pending.push(sortKey);
    // Bound `pending` when a key is created and deleted over and over without a list.
    if (this.pending.length > 64 && this.pending.length > 2 * (this.leaves.size + this.dirs.size)) this.sorted();
  }

  deleted(): void {
    this.removed = true;
  }

  /** Entries in key order (leaves as names, subdirectories as name + '/'). */
  sorted(): string[] {
    if (this.pending.length === 0 && !this.removed) return this.order;
    const pending = this.pending.sort();
    const order = this.order;
    const out: string[] = [];
    let i = 0;
    let j = 0;
    let last: string | undefined;
    while (i < order.length || j < pending.length) {
      let e: string;
      if (j >= pending.length || (i < order.length && order[i]! < pending[j]!)) e = order[i++]!;
      else e = pending[j++]!;
      // Equal sort keys are adjacent after a merge: a key deleted and re-created.
      if (e === last || !this.has(e)) continue;
      out.push(e);
      last = e;
    }
    this.order = out;
    this.pending = [];
    this.removed = false;
    return out;
  }

  private has(sortKey: string): boolean {
    if (sortKey.charCodeAt(sortKey.length - 1) === SLASH) return this.dirs.has(sortKey.slice(0, -1));
    return this.leaves.has(sortKey);
  }
}

/** First index whose entry is >= target. */
function lowerBound(a: string[], target: string): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Current state of every key: a flat map for point reads plus the directory tree for ranges. */
export class KeyIndex {
  private readonly byKey = new Map<string, KeyValue>();
  private readonly root = new DirNode();

  get size(): number {
    return this.byKey.size;
  }

  get(key: string): KeyValue | undefined {
    return this.byKey.get(key);
  }

  /** Insert a new key or replace an existing one. */
  put(kv: KeyValue): void {
    const key = kv.key;
    const isNew = !this.byKey.has(key);
    this.byKey.set(key, kv);
    let node = this.root;
    let start = 0;
    for (let slash = key.indexOf('/'); slash >= 0; slash = key.indexOf('/', start)) {
      if (isNew) node.size++;
      const seg = key.slice(start, slash);
      let child = node.dirs.get(seg);
      if (child === undefined) {
        child = new DirNode();
        node.dirs.set(seg, child);
        node.added(seg + '/');
      }
      node = child;
      start = slash + 1;
    }
    const name = key.slice(start);
    if (isNew) {
      node.size++;
      node.added(name);
    }
    node.leaves.set(name, kv);
  }

  /** Remove a key that exists; empty directories are pruned. */
  remove(key: string): void {
    if (!this.byKey.delete(key)) return;
    const path: DirNode[] = [];
    const segs: string[] = [];
    let node = this.root;
    let start = 0;
    for (let slash = key.indexOf('/'); slash >= 0; slash = key.indexOf('/', start)) {
      const seg = key.slice(start, slash);
      path.push(node);
      segs.push(seg);
      node = node.dirs.get(seg)!;
      start = slash + 1;
    }
    node.leaves.delete(key.slice(start));
    node.size--;
    node.deleted();
    for (let i = path.length - 1; i >= 0; i--) {
      const parent = path[i]!;
      parent.size--;
      if (node.size === 0) {
        parent.dirs.delete(segs[i]!);
        parent.deleted();
      }
      node = parent;
    }
  }

  /** Number of keys starting with `prefix`. O(depth) for a '/'-terminated prefix. */
  count(prefix: string): number {
    const at = this.locate(prefix);
    if (at === undefined) return 0;
    const [node, rest] = at;
    if (rest === '') return node.size;
    const order = node.sorted();
    let n = 0;
    for (let i = lowerBound(order, rest); i < order.length && order[i]!.startsWith(rest); i++) {
      const e = order[i]!;
      n += e.charCodeAt(e.length - 1) === SLASH ? node.dirs.get(e.slice(0, -1))!.size : 1;
    }
    return n;
  }

  /**
   * Keys starting with `prefix`, in key order, strictly after `after` when given, at
   * most `max` of them. Visits only the matching subtree (plus a binary search per
   * directory on the way down to `after`).
   */
  range(prefix: string, after: string | undefined, max: number): KeyValue[] {
    const out: KeyValue[] = [];
    if (max <= 0) return out;
    const at = this.locate(prefix);
    if (at === undefined) return out;
    const [node, rest] = at;
    const dir = prefix.slice(0, prefix.length - rest.length);
    let rel: string | undefined;
    if (after !== undefined) {
      if (after.startsWith(dir)) rel = after.slice(dir.length);
      // Past every key under `dir`: after > dir and not below it means after > all of them.
      else if (after > dir) return out;
    }
    collect(node, rest, rel, out, max);
    return out;
  }

  /** The directory holding `prefix`'s last segment, and that unfinished segment. */
  private locate(prefix: string): [DirNode, string] | undefined {
    let node = this.root;
    let start = 0;
    for (let slash = prefix.indexOf('/'); slash >= 0; slash = prefix.indexOf('/', start)) {
      const child = node.dirs.get(prefix.slice(start, slash));
      if (child === undefined) return undefined;
      node = child;
      start = slash + 1;
    }
    return [node, prefix.slice(start)];
  }
}

/**
 * Append to `out` the leaves under `node` whose sort key starts with `rest` (only at
 * this level) and whose key relative to `node` is > `after`. Returns false once full.
 */
function collect(node: DirNode, rest: string, after: string | undefined, out: KeyValue[], max: number): boolean {
  const order = node.sorted();
  let i = rest === '' ? 0 : lowerBound(order, rest);
  // afterSeg is `after`'s first entry at this level: a leaf name, or a directory "name/".
  let afterSeg: string | undefined;
  if (after !== undefined) {
    const slash = after.indexOf('/');
    afterSeg = slash < 0 ? after : after.slice(0, slash + 1);
    const j = lowerBound(order, afterSeg);
    if (j > i) i = j;
  }
  for (; i < order.length; i++) {
    const e = order[i]!;
    if (rest !== '' && !e.startsWith(rest)) break;
    if (e.charCodeAt(e.length - 1) === SLASH) {
      const child = node.dirs.get(e.slice(0, -1))!;
      const childAfter = e === afterSeg ? after!.slice(e.length) : undefined;
      if (!collect(child, '', childAfter, out, max)) return false;
    } else {
      if (e === afterSeg) continue; // the continue key itself: strictly after
      out.push(node.leaves.get(e)!);
      if (out.length >= max) return false;
    }
  }
  return true;
}
