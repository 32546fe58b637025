// Mirrors pkg/scheduler/framework/runtime/framework.go: run the profile's plugins at
// each extension point. Filter stops at the first plugin that rejects a node (so each
// node carries one plugin's reasons); Score runs each plugin over all feasible nodes,
// normalizes, and multiplies by the plugin's weight.
import type { Profile } from '../registry.js';
import type { NodeInfo } from './nodeInfo.js';
import { ArraySlab } from './slab.js';
import type { PodInfo } from './podInfo.js';
import { Code, type CycleState, type FilterRunner, type Handle, type Status } from './types.js';

export class Framework implements FilterRunner {
  /** Index of the Filter plugin that rejected the node in the last runFilters; -1 = none. */
  lastFailed = -1;
  readonly filterNames: readonly string[];

  constructor(readonly profile: Profile) {
    this.filterNames = profile.filter.map((p) => p.name);
  }

  /** RunPreFilterPlugins: a Skip disables that plugin's Filter; a rejection ends the cycle. */
  runPreFilter(state: CycleState, pod: PodInfo, h: Handle, trace: { plugin: string; status: Status | null }[]): Status | null {
    for (const p of this.profile.preFilter) {
      const st = p.preFilter!(state, pod, h);
      trace.push({ plugin: p.name, status: st });
      if (!st) continue;
      if (st.code === Code.Skip) {
        state.skipFilterPlugins.add(p.name);
        continue;
      }
      st.plugin = p.name;
      return st;
    }
    return null;
  }

  /** RunFilterPlugins: null when the node fits; otherwise the first rejecting plugin's status. */
  runFilters(state: CycleState, pod: PodInfo, node: NodeInfo): Status | null {
    // The plugins PreFilter did not skip, worked out once per cycle (this runs per node).
    let active = this.activeFor === state ? this.active : null;
    if (!active) {
      active = [];
      this.profile.filter.forEach((p, i) => {
        if (!state.skipFilterPlugins.has(p.name)) active!.push(i);
      });
      this.active = active;
      this.activeFor = state;
    }
    const plugins = this.profile.filter;
    for (let k = 0; k < active.length; k++) {
      const i = active[k]!;
      const p = plugins[i]!;
      const st = p.filter!(state, pod, node);
      if (st) {
        st.plugin = p.name;
        this.lastFailed = i;
        return st;
      }
    }
    this.lastFailed = -1;
    return null;
  }

  private active: number[] = [];
  private activeFor: CycleState | null = null;

  /** RunPreScorePlugins: a Skip disables that plugin's Score. */
  runPreScore(state: CycleState, pod: PodInfo, feasible: readonly NodeInfo[], h: Handle): void {
    for (const p of this.profile.preScore) {
      const st = p.preScore!(state, pod, feasible, h);
      if (st?.code === Code.Skip) state.skipScorePlugins.add(p.name);
    }
  }

  /**
   * RunScorePlugins: per node the raw and normalized score of each plugin PreScore did not
   * skip, and the weighted total per node. Layout: column c of node f at [f * cols + c],
   * `cols[c]` naming the plugin's index in the profile.
   */
  runScore(
    state: CycleState,
    pod: PodInfo,
    feasible: readonly NodeInfo[],
    total: Float64Array,
  ): { raw: Int32Array; normalized: Int16Array; cols: number[]; skipped: boolean[] } {
    const score = this.profile.score;
    const skipped = score.map((s) => state.skipScorePlugins.has(s.plugin.name));
    const cols: number[] = [];
    skipped.forEach((sk, j) => {
      if (!sk) cols.push(j);
    });
    const nc = cols.length;
    const n = feasible.length;
    const raw = this.slab.int32(n * nc);
    const normalized = this.slab.int16(n * nc);
    if (this.col.length < n) this.col = new Float64Array(n * 2);
    const col = this.col.subarray(0, n);
    total.fill(0, 0, n);
    for (let c = 0; c < nc; c++) {
      const { plugin, weight } = score[cols[c]!]!;
      if (plugin.scoreNodes) plugin.scoreNodes(state, pod, feasible, col);
      else for (let f = 0; f < n; f++) col[f] = plugin.score!(state, pod, feasible[f]!);
      for (let f = 0; f < n; f++) raw[f * nc + c] = col[f]!;
      plugin.normalizeScore?.(state, pod, feasible, col);
      for (let f = 0; f < n; f++) {
        normalized[f * nc + c] = col[f]!;
        total[f] = total[f]! + col[f]! * weight;
      }
    }
    return { raw, normalized, cols, skipped };
  }

  private col = new Float64Array(0);
  /** Where the score arrays (and the Algorithm's feasible lists) that decisions keep are cut from. */
  readonly slab = new ArraySlab();
}
