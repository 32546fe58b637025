// Mirrors the counts of podtopologyspread (countPodsMatchSelector summed per node and
// per topology value over all nodes, as PreFilter and PreScore compute them each cycle),
// kept across cycles: caught up from the cache's NodeChangeLog instead of recounted.
import { lowerBound, type NodeChangeLog } from '../../framework/nodeChanges.js';
import type { NodeInfo } from '../../framework/nodeInfo.js';
import type { Handle } from '../../framework/types.js';
import { countPodsMatchSelector, type LabelMatcher } from './common.js';

/**
 * The Pods of `namespace`, not terminating, whose labels `matches`, on each node that
 * nodeInfos() lists (`perNode[slot]`) and summed per value of a topology key (a node
 * without the key counts into "", as a missing Go map key reads). Example: 100 Pods of
 * app=web spread over nodes without zone labels → topology('topology.kubernetes.io/zone')
 * is {"" → 100}; one more bind logs (+1) and the next sync makes it 101.
 */
export class SelectorCounts {
  perNode = new Int32Array(0);
  private readonly byTopology = new Map<string, Map<string, number>>();
  private seq = -1;
  private epoch = -1;

  constructor(
    readonly namespace: string,
    readonly matches: LabelMatcher,
  ) {}

  /** Apply what the log recorded since the last sync, or recount when it cannot be followed. */
  sync(log: NodeChangeLog, nodes: readonly NodeInfo[], byLabel?: Handle['forEachPodWithLabel']): void {
    if (this.epoch !== log.epoch || this.seq < log.base) return this.rebuild(log, nodes, byLabel);
    // Most logged Pods belong to other selectors: visit only those with the label every
    // match has, through the log's index by label value when it reaches back far enough.
    const req = this.matches.required;
    const seqs = req ? log.indexed(req[0], req[1], this.seq) : null;
    if (seqs) {
      for (let k = lowerBound(seqs, this.seq); k < seqs.length; k++) this.apply(log, seqs[k]! - log.base);
    } else {
      for (let i = this.seq - log.base; i < log.signs.length; i++) this.apply(log, i);
    }
    this.seq = log.seq;
  }

  /** Count entry i of the log in, if its Pod matches. */
  private apply(log: NodeChangeLog, i: number): void {
    // Terminating Pods are not logged.
    if (log.namespaces[i] !== this.namespace || !this.matches(log.labels[i]!)) return;
    const ni = log.nodes[i]!;
    const sign = log.signs[i]!;
    if (ni.slot >= this.perNode.length) this.grow(ni.slot + 1);
    this.perNode[ni.slot]! += sign;
    for (const [key, m] of this.byTopology) {
      const v = ni.labels[key] ?? '';
      m.set(v, (m.get(v) ?? 0) + sign);
    }
  }

  /** Matching Pods per value of `key` over `nodes` (the list sync was given). */
  topology(key: string, nodes: readonly NodeInfo[]): ReadonlyMap<string, number> {
    let m = this.byTopology.get(key);
    if (!m) {
      m = new Map();
      for (const ni of nodes) {
        const v = ni.labels[key] ?? '';
        m.set(v, (m.get(v) ?? 0) + this.perNode[ni.slot]!);
      }
      this.byTopology.set(key, m);
    }
    return m;
  }

  private rebuild(log: NodeChangeLog, nodes: readonly NodeInfo[], byLabel?: Handle['forEachPodWithLabel']): void {
    let slots = 0;
    for (const ni of nodes) slots = Math.max(slots, ni.slot + 1);
    this.perNode = new Int32Array(slots);
    // countPodsMatchSelector on every node, visiting only the Pods with the one label
    // every match has when the cache indexes it, else rejecting the others on it.
    const req = this.matches.required;
    if (req && byLabel) {
      byLabel(req[0], req[1], (p, ni) => {
        if (!p.terminating && p.namespace === this.namespace && this.matches(p.labels)) this.perNode[ni.slot]!++;
      });
    } else {
      this.countAll(nodes, req);
    }
    this.byTopology.clear();
    this.epoch = log.epoch;
    this.seq = log.seq;
  }

  private countAll(nodes: readonly NodeInfo[], req: readonly [string, string] | undefined): void {
    for (const ni of nodes) {
      let n = 0;
      for (const p of ni.pods.values()) {
        if (req && p.labels[req[0]] !== req[1]) continue;
        if (!p.terminating && p.namespace === this.namespace && this.matches(p.labels)) n++;
      }
      this.perNode[ni.slot] = n;
    }
  }

  private grow(n: number): void {
    const a = new Int32Array(Math.max(n, this.perNode.length * 2));
    a.set(this.perNode);
    this.perNode = a;
  }
}

/** Each listed node's value of one label, by NodeInfo.slot (undefined: the node lacks it). */
export type ValuesBySlot = readonly (string | undefined)[];

const valueIndex = new WeakMap<NodeChangeLog, Map<string, { epoch: number; values: ValuesBySlot }>>();

/**
 * The listed nodes' values of a topology key by slot, rebuilt when a node is added,
 * removed or relabelled (the log's epoch); null without a change log.
 */
export function topologyValues(h: Handle, key: string): ValuesBySlot | null {
  const log = h.changes;
  if (!log) return null;
  let all = valueIndex.get(log);
  if (!all) valueIndex.set(log, (all = new Map()));
  let e = all.get(key);
  if (!e || e.epoch !== log.epoch) {
    const values: (string | undefined)[] = [];
    for (const ni of h.nodeInfos()) values[ni.slot] = ni.labels[key];
    all.set(key, (e = { epoch: log.epoch, values }));
  }
  return e.values;
}

const maxSelectors = 512;
const bySource = new WeakMap<NodeChangeLog, Map<string, SelectorCounts>>();

/**
 * The counts for (namespace, selector), synced with the cache; null when the Handle
 * has no change log (a hand-built Handle in tests) or the matcher has no key.
 */
export function selectorCounts(h: Handle, matches: LabelMatcher, namespace: string): SelectorCounts | null {
  const log = h.changes;
  if (!log || matches.key === undefined) return null;
  let all = bySource.get(log);
  if (!all) bySource.set(log, (all = new Map()));
  const key = `${namespace}\0${matches.key}`;
  let sc = all.get(key);
  if (!sc) {
    // Selectors come and go with workloads: forget them all past the bound, recount on use.
    if (all.size >= maxSelectors) all.clear();
    all.set(key, (sc = new SelectorCounts(namespace, matches)));
  }
  sc.sync(log, h.nodeInfos(), h.forEachPodWithLabel);
  return sc;
}

/** countPodsMatchSelector on one listed node, from the kept counts when there are any. */
export function matchingOn(sc: SelectorCounts | null, node: NodeInfo, matches: LabelMatcher, namespace: string): number {
  return sc ? sc.perNode[node.slot]! | 0 : countPodsMatchSelector(node, matches, namespace);
}
