// Mirrors pkg/scheduler/schedule_one.go (schedulePod, findNodesThatFitPod,
// numFeasibleNodesToFind, prioritizeNodes, selectHost) for one Pod: PreFilter, Filter
// from a rotating start index until enough feasible nodes are found, PostFilter
// (preemption) when none fit, then PreScore/Score/NormalizeScore and the node with the
// highest weighted sum, ties broken at random (reservoir sampling) with the cluster's
// seeded random. Every step is written into a Decision for explain().
import type { SeededRandom } from '../clock/random.js';
import type { Cache } from './cache/cache.js';
import type { Decision } from './explain.js';
import { fitErrorMessage } from './framework/fitError.js';
import type { NodeInfo } from './framework/nodeInfo.js';
import type { QueuedPodInfo } from './framework/podInfo.js';
import type { Framework } from './framework/runtime.js';
import { CycleState, type Handle, type PostFilterResult, type Status, type WorkloadListers } from './framework/types.js';

export const errNoNodesAvailable = 'no nodes available to schedule pods';
const minFeasibleNodesToFind = 100;
const minFeasibleNodesPercentageToFind = 5;

/**
 * numFeasibleNodesToFind: all nodes below 100; otherwise percentageOfNodesToScore, by
 * default 50 - nodes/125 (at least 5%), but never fewer than 100.
 * Example: 5,000 nodes → 50 - 40 = 10% → 500 feasible nodes are enough.
 */
export function numFeasibleNodesToFind(percentage: number, numAllNodes: number): { num: number; percentage: number } {
  if (numAllNodes < minFeasibleNodesToFind) return { num: numAllNodes, percentage: 100 };
  let p = percentage;
  if (p === 0) p = Math.max(minFeasibleNodesPercentageToFind, 50 - Math.trunc(numAllNodes / 125));
  const num = Math.trunc((numAllNodes * p) / 100);
  return { num: Math.max(num, minFeasibleNodesToFind), percentage: p };
}

export interface ScheduleOutcome {
  decision: Decision;
  /** Plugins that rejected the Pod (empty on success or on an error). */
  rejectors: Set<string>;
  postFilter?: PostFilterResult;
}

export class Algorithm {
  nextStartNodeIndex = 0;
  private scratch = new Int32Array(0);
  private total = new Float64Array(0);

  constructor(
    private readonly fw: Framework,
    private readonly cache: Cache,
    private readonly listers: WorkloadListers,
    private readonly random: SeededRandom,
    private readonly now: () => number,
  ) {}

  schedulePod(q: QueuedPodInfo): ScheduleOutcome {
    const pod = q.info;
    const nodes = this.cache.nodeInfos();
    const n = nodes.length;
    const profile = this.fw.profile;
    const { num: numToFind, percentage } = numFeasibleNodesToFind(profile.percentageOfNodesToScore, n);
    const d: Decision = {
      namespace: pod.namespace,
      name: pod.name,
      uid: pod.uid,
      attempt: q.attempts,
      time: this.now(),
      result: 'Unschedulable',
      message: '',
      nodes,
      numNodesToFind: numToFind,
      percentage,
      startIndex: n ? this.nextStartNodeIndex % n : 0,
      evaluatedCount: 0,
      failures: new Map(),
      filterPlugins: this.fw.filterNames,
      preFilter: [],
      feasible: new Int32Array(0),
      feasibleCount: 0,
      scorePlugins: profile.score.map((s) => s.plugin.name),
      weights: profile.score.map((s) => s.weight),
      skipped: [],
      tiedAtMax: 0,
    };
    const rejectors = new Set<string>();
    if (n === 0) {
      d.message = errNoNodesAvailable;
      return { decision: d, rejectors };
    }
    const state = new CycleState();
    const cache = this.cache;
    const h: Handle = {
      nodeInfos: () => nodes,
      listers: this.listers,
      changes: cache.changes,
      imageState: (name) => cache.imageState(name),
      forEachPodWithLabel: (key, value, fn) => cache.forEachPodWithLabel(key, value, fn),
    };
    const statuses = new Map<string, Status>();

    const pre = this.fw.runPreFilter(state, pod, h, d.preFilter);
    if (pre) {
      rejectors.add(pre.plugin);
      for (const ni of nodes) statuses.set(ni.name, pre);
      return this.fail(d, state, q, statuses, rejectors, h, pre.message());
    }

    // findNodesThatPassFilters, sequentially: stop once numToFind nodes fit. Nodes are
    // visited from startIndex round the list, so position k is node (start + k) % n.
    if (this.scratch.length < n) this.scratch = new Int32Array(n);
    const feasibleIdx = this.scratch;
    let fcount = 0;
    let i = 0;
    const start = d.startIndex;
    for (; i < n && fcount < numToFind; i++) {
      const idx = (start + i) % n;
      const ni = nodes[idx]!;
      const st = this.fw.runFilters(state, pod, ni);
      if (st) {
        d.failures.set(i, { plugin: this.fw.lastFailed, status: st });
        statuses.set(ni.name, st);
        rejectors.add(st.plugin);
      } else feasibleIdx[fcount++] = idx;
    }
    this.nextStartNodeIndex = (start + i) % n;
    const feasible = this.fw.slab.int32(fcount);
    for (let f = 0; f < fcount; f++) feasible[f] = feasibleIdx[f]!;
    d.evaluatedCount = i;
    d.feasible = feasible;
    d.feasibleCount = fcount;

    if (fcount === 0) return this.fail(d, state, q, statuses, rejectors, h);
    rejectors.clear();
    d.result = 'Scheduled';
    if (fcount === 1) {
      d.node = nodes[feasible[0]!]!.name;
      d.tiedAtMax = 1;
      return { decision: d, rejectors };
    }
    const feasibleNodes: NodeInfo[] = new Array(fcount);
    for (let f = 0; f < fcount; f++) feasibleNodes[f] = nodes[feasible[f]!]!;
    this.fw.runPreScore(state, pod, feasibleNodes, h);
    if (this.total.length < fcount) this.total = new Float64Array(fcount * 2);
    const total = this.total;
    const { raw, normalized, cols, skipped } = this.fw.runScore(state, pod, feasibleNodes, total);
    d.scores = { raw, normalized, cols };
    d.skipped = skipped;
    // selectHost: the highest total; among equals each is kept with probability 1/count.
    let sel = 0;
    let cnt = 1;
    for (let f = 1; f < fcount; f++) {
      if (total[f]! > total[sel]!) {
        sel = f;
        cnt = 1;
      } else if (total[f] === total[sel]) {
        cnt++;
        if (this.random.int(cnt) === 0) sel = f;
      }
    }
    d.tiedAtMax = cnt;
    d.node = feasibleNodes[sel]!.name;
    return { decision: d, rejectors };
  }

  private fail(
    d: Decision,
    state: CycleState,
    q: QueuedPodInfo,
    statuses: Map<string, Status>,
    rejectors: Set<string>,
    h: Handle,
    preFilterMsg?: string,
  ): ScheduleOutcome {
    let postFilter: PostFilterResult | undefined;
    for (const pf of this.fw.profile.postFilter) {
      postFilter = pf.postFilter(state, q.info, statuses, h, this.fw);
      if (postFilter.status.isSuccess()) break;
    }
    const postFilterMsg = postFilter?.status.message() || undefined;
    d.result = 'Unschedulable';
    d.postFilterMessage = postFilterMsg;
    d.nominatedNode = postFilter?.nominatedNode;
    d.message = fitErrorMessage(d.nodes.length, { nodeToStatus: statuses, preFilterMsg, postFilterMsg });
    return { decision: d, rejectors, postFilter };
  }
}
