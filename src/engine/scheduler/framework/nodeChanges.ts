// Not an upstream structure: upstream's plugins recount from the Snapshot each cycle
// (in parallel); here the cache also logs each Pod counted onto or off a node so that
// per-selector counts kept across cycles catch up from the changes since their last use.
import type { NodeInfo } from './nodeInfo.js';
import type { PodInfo } from './podInfo.js';

/**
 * What changed on the cache's nodes, for counts kept across scheduling cycles
 * (PodTopologySpread's matching-Pod counts per node and per topology value).
 * - A Pod entry (+1 / -1) each time a PodInfo is added to or removed from a NodeInfo that
 *   has a Node (one that nodeInfos() lists), keeping only what a count reads (its
 *   namespace and labels); terminating Pods count nowhere and are not logged. A PodInfo
 *   replaced by one with the same
 *   namespace, labels and terminating state on the same node is not logged: no count moves.
 * - `epoch` is bumped when a node is added or removed or its labels change: counts by
 *   node or topology value must then be rebuilt from the nodes.
 * Entries older than the log keeps (`base`) are dropped; a reader behind it rebuilds.
 * Entries are also indexed by the value of each label key a reader asked for
 * (`indexed`), so that a reader for app=web visits only the entries of app=web Pods.
 * Example: seq 10, a bind logs (+1, pod, node07) → seq 11; a reader at seq 10 applies it.
 */
export class NodeChangeLog {
  epoch = 0;
  /** Sequence number of entry 0. */
  base = 0;
  readonly namespaces: string[] = [];
  readonly labels: Readonly<Record<string, string>>[] = [];
  readonly nodes: NodeInfo[] = [];
  readonly signs: number[] = [];

  /** Label key → since which sequence number entries are indexed, and value → their sequence numbers. */
  private readonly index = new Map<string, { since: number; byValue: Map<string, number[]> }>();

  constructor(private readonly limit = 1 << 15) {}

  /** The sequence number the next entry will get. */
  get seq(): number {
    return this.base + this.signs.length;
  }

  record(node: NodeInfo, pod: PodInfo, sign: 1 | -1): void {
    if (pod.terminating) return;
    if (this.signs.length >= this.limit) this.trim();
    const seq = this.seq;
    for (const [key, ix] of this.index) {
      const v = pod.labels[key];
      if (v === undefined) continue;
      const seqs = ix.byValue.get(v);
      if (seqs) seqs.push(seq);
      else ix.byValue.set(v, [seq]);
    }
    this.namespaces.push(pod.namespace);
    this.labels.push(pod.labels);
    this.nodes.push(node);
    this.signs.push(sign);
  }

  nodesChanged(): void {
    this.epoch++;
  }

  /**
   * The sequence numbers (ascending) of the entries since `from` whose Pod has label
   * key=value, or null when entries since `from` are not all indexed by that key (the
   * first call for a key starts its index).
   */
  indexed(key: string, value: string, from: number): readonly number[] | null {
    let ix = this.index.get(key);
    if (!ix) this.index.set(key, (ix = { since: this.seq, byValue: new Map() }));
    if (from < ix.since || from < this.base) return null;
    return ix.byValue.get(value) ?? none;
  }

  private trim(): void {
    const drop = this.signs.length >> 1;
    this.namespaces.splice(0, drop);
    this.labels.splice(0, drop);
    this.nodes.splice(0, drop);
    this.signs.splice(0, drop);
    this.base += drop;
    for (const ix of this.index.values()) {
      ix.since = Math.max(ix.since, this.base);
      for (const [v, seqs] of ix.byValue) {
        const keep = lowerBound(seqs, this.base);
        if (keep === seqs.length) ix.byValue.delete(v);
        else if (keep) seqs.splice(0, keep);
      }
    }
  }
}

const none: readonly number[] = [];

/** The first index of sorted `a` whose value is at least `x`. */
export function lowerBound(a: readonly number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether replacing `a` by `b` on the same node leaves every label-selector count unchanged. */
export function sameCountIdentity(a: PodInfo, b: PodInfo): boolean {
  if (a.namespace !== b.namespace || a.terminating !== b.terminating) return false;
  return sameLabels(a.labels, b.labels);
}

export function sameLabels(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  if (a === b) return true;
  let n = 0;
  for (const k in a) {
    if (a[k] !== b[k]) return false;
    n++;
  }
  return Object.keys(b).length === n;
}
