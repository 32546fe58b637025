// Mirrors pkg/scheduler/framework/runtime/framework.go: run the profile's plugins at
// each extension point. Filter stops at the first plugin that rejects a node (so each
// node carries one plugin's reasons); Score runs each plugin over all feasible nodes,
// normalizes, and multiplies by the plugin's weight.
import type { Profile } from '../registry.js';
import type { NodeInfo } from './nodeInfo.js';
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
    const plugins = this.profile.filter;
    const skip = state.skipFilterPlugins;
    for (let i = 0; i < plugins.length; i++) {
      const p = plugins[i]!;
      if (skip.size && skip.has(p.name)) continue;
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

  /** RunPreScorePlugins: a Skip disables that plugin's Score. */
  runPreScore(state: CycleState, pod: PodInfo, feasible: readonly NodeInfo[], h: Handle): void {
    for (const p of this.profile.preScore) {
      const st = p.preScore!(state, pod, feasible, h);
      if (st?.code === Code.Skip) state.skipScorePlugins.add(p.name);
    }
  }

  /**
   * RunScorePlugins: raw and normalized scores per plugin and the weighted total per node.
   * Layout: [node * plugins + plugin].
   */
  runScore(state: CycleState, pod: PodInfo, feasible: readonly NodeInfo[]): { raw: Float64Array; normalized: Float64Array; total: Float64Array; skipped: boolean[] } {
    const score = this.profile.score;
    const np = score.length;
    const n = feasible.length;
    const raw = new Float64Array(n * np);
    const normalized = new Float64Array(n * np);
    const total = new Float64Array(n);
    const skipped: boolean[] = [];
    const col = new Float64Array(n);
    for (let j = 0; j < np; j++) {
      const { plugin, weight } = score[j]!;
      const skip = state.skipScorePlugins.has(plugin.name);
      skipped.push(skip);
      if (skip) continue;
      for (let f = 0; f < n; f++) {
        const s = plugin.score!(state, pod, feasible[f]!);
        col[f] = s;
        raw[f * np + j] = s;
      }
      plugin.normalizeScore?.(state, pod, feasible, col);
      for (let f = 0; f < n; f++) {
        normalized[f * np + j] = col[f]!;
        total[f] = total[f]! + col[f]! * weight;
      }
    }
    return { raw, normalized, total, skipped };
  }
}
