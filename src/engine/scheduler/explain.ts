// The scheduler's reasoning, kept for the UI ("why node02?"): for each decision the
// per-node Filter verdicts and per-plugin Score values, stored compactly (typed arrays
// over the node list) in a bounded map and expanded only when asked for. Not an
// upstream structure: kube-scheduler logs these at -v=10; here they are data.
import type { NodeInfo } from './framework/nodeInfo.js';
import { codeNames, type Status } from './framework/types.js';

export interface Decision {
  namespace: string;
  name: string;
  uid: string;
  attempt: number;
  time: number;
  result: 'Scheduled' | 'Unschedulable' | 'Error';
  node?: string;
  message: string;
  nodes: readonly NodeInfo[];
  numNodesToFind: number;
  percentage: number;
  startIndex: number;
  /** Filter visited nodes (startIndex + k) % nodes.length for k < evaluatedCount. */
  evaluatedCount: number;
  /** The rejected nodes, by visit position k: the index of the rejecting Filter plugin and its status. */
  failures: Map<number, { plugin: number; status: Status }>;
  filterPlugins: readonly string[];
  preFilter: { plugin: string; status: Status | null }[];
  /** Indices into `nodes` of the feasible nodes (scored in this order). */
  feasible: Int32Array;
  feasibleCount: number;
  scorePlugins: readonly string[];
  weights: readonly number[];
  skipped: readonly boolean[];
  /** Scores of the plugins not skipped: column c of feasible node f at [f * cols.length + c]. */
  scores?: { raw: Int32Array; normalized: Int16Array; cols: number[] };
  tiedAtMax: number;
  postFilterMessage?: string;
  nominatedNode?: string;
}

export interface ExplainRecord {
  pod: string;
  attempt: number;
  time: string;
  result: Decision['result'];
  node?: string;
  message: string;
  nodes: {
    total: number;
    evaluated: number;
    feasible: number;
    numFeasibleNodesToFind: number;
    percentageOfNodesToScore: number;
    stoppedEarly: boolean;
    note: string;
  };
  preFilter: { plugin: string; result: string; reasons: readonly string[] }[];
  filter: { node: string; feasible: boolean; plugin?: string; code?: string; reasons: readonly string[] }[];
  score?: {
    plugins: { plugin: string; weight: number; skipped: boolean }[];
    nodes: { node: string; total: number; plugins: { plugin: string; raw: number; normalized: number; weighted: number }[] }[];
  };
  selection?: { node: string; score: number; tiedNodes: number; note: string };
  preemption?: string;
  nominatedNode?: string;
}

export function expand(d: Decision, toTime: (ms: number) => string): ExplainRecord {
  const names = (i: number) => d.nodes[i]!.name;
  const filter: ExplainRecord['filter'] = [];
  const n = d.nodes.length;
  for (let k = 0; k < d.evaluatedCount; k++) {
    const node = names((d.startIndex + k) % n);
    const f = d.failures.get(k);
    filter.push(
      !f
        ? { node, feasible: true, reasons: [] }
        : { node, feasible: false, plugin: d.filterPlugins[f.plugin], code: codeNames[f.status.code], reasons: f.status.reasons },
    );
  }
  const stoppedEarly = d.evaluatedCount < d.nodes.length && d.feasibleCount >= d.numNodesToFind;
  const rec: ExplainRecord = {
    pod: `${d.namespace}/${d.name}`,
    attempt: d.attempt,
    time: toTime(d.time),
    result: d.result,
    ...(d.node ? { node: d.node } : {}),
    message: d.message,
    nodes: {
      total: d.nodes.length,
      evaluated: d.evaluatedCount,
      feasible: d.feasibleCount,
      numFeasibleNodesToFind: d.numNodesToFind,
      percentageOfNodesToScore: d.percentage,
      stoppedEarly,
      note: stoppedEarly
        ? `search stopped early: found ${d.feasibleCount} feasible nodes (percentageOfNodesToScore ${d.percentage}% of ${d.nodes.length}), starting at node index ${d.startIndex}`
        : `all ${d.nodes.length} nodes evaluated`,
    },
    preFilter: d.preFilter.map((p) => ({ plugin: p.plugin, result: p.status ? codeNames[p.status.code] : 'Success', reasons: p.status?.reasons ?? [] })),
    filter,
  };
  if (d.scores) {
    const { raw, normalized: norm, cols } = d.scores;
    const nc = cols.length;
    const nodes = [];
    for (let f = 0; f < d.feasibleCount; f++) {
      const plugins = d.scorePlugins.map((plugin, j) => {
        const c = cols.indexOf(j);
        const normalized = c < 0 ? 0 : norm[f * nc + c]!;
        return { plugin, raw: c < 0 ? 0 : raw[f * nc + c]!, normalized, weighted: normalized * d.weights[j]! };
      });
      nodes.push({ node: names(d.feasible[f]!), total: plugins.reduce((a, p) => a + p.weighted, 0), plugins });
    }
    nodes.sort((a, b) => b.total - a.total || (a.node < b.node ? -1 : 1));
    rec.score = { plugins: d.scorePlugins.map((plugin, j) => ({ plugin, weight: d.weights[j]!, skipped: d.skipped[j]! })), nodes };
  }
  if (d.node) {
    const best = rec.score?.nodes.find((n) => n.node === d.node);
    rec.selection = {
      node: d.node,
      score: best?.total ?? 0,
      tiedNodes: d.tiedAtMax,
      note: !rec.score
        ? 'only one feasible node: chosen without scoring'
        : d.tiedAtMax > 1
          ? `${d.tiedAtMax} nodes share the highest score; one was picked at random (the cluster's seeded random)`
          : 'highest total score',
    };
  }
  if (d.postFilterMessage) rec.preemption = d.postFilterMessage;
  if (d.nominatedNode) rec.nominatedNode = d.nominatedNode;
  return rec;
}

/** The last decision per Pod, at most `limit` Pods (oldest forgotten first). */
export class DecisionLog {
  private readonly byPod = new Map<string, Decision>();

  constructor(private readonly limit = 1000) {}

  record(d: Decision): void {
    const key = `${d.namespace}/${d.name}`;
    this.byPod.delete(key);
    this.byPod.set(key, d);
    if (this.byPod.size > this.limit) this.byPod.delete(this.byPod.keys().next().value!);
  }

  get(namespace: string, name: string): Decision | undefined {
    return this.byPod.get(`${namespace}/${name}`);
  }

  size(): number {
    return this.byPod.size;
  }
}
