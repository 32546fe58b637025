// Mirrors pkg/scheduler/framework/plugins/defaultpreemption and framework/preemption
// (Evaluator.Preempt, v1.32): on nodes rejected as merely Unschedulable, pretend to
// remove every lower-priority Pod and re-run the Filter plugins; a node where the Pod
// then fits is a candidate (victims reprieved from the highest priority down). With no
// candidate the message reads "preemption: 0/3 nodes are available: 1 Preemption is
// not helpful for scheduling, 2 No preemption victims found for incoming pod."
// Simplifications: no PodDisruptionBudgets, every potential node is tried, the
// CycleState is reused rather than cloned with RemovePod extensions.
import type { Pod } from 'kubernetes-types/core/v1';
import { fitErrorMessage } from '../../framework/fitError.js';
import type { NodeInfo } from '../../framework/nodeInfo.js';
import type { PodInfo } from '../../framework/podInfo.js';
import { Code, Status, type PostFilterPlugin } from '../../framework/types.js';

export const name = 'DefaultPreemption';
export const noVictims = 'No preemption victims found for incoming pod';
export const notHelpful = 'Preemption is not helpful for scheduling';

interface Candidate {
  node: NodeInfo;
  victims: PodInfo[];
}

/** pickOneNodeForPreemption, without PDBs: lowest highest-victim priority, lowest priority sum, fewest victims, first. */
function pickOne(cands: Candidate[]): Candidate {
  const key = (c: Candidate) => {
    const prios = c.victims.map((v) => v.priority);
    return [Math.max(...prios), prios.reduce((a, b) => a + b + 2147483648, 0), c.victims.length];
  };
  let best = cands[0]!;
  let bk = key(best);
  for (const c of cands.slice(1)) {
    const k = key(c);
    if (k[0]! < bk[0]! || (k[0] === bk[0] && (k[1]! < bk[1]! || (k[1] === bk[1] && k[2]! < bk[2]!)))) {
      best = c;
      bk = k;
    }
  }
  return best;
}

export const defaultPreemption: PostFilterPlugin = {
  name,
  postFilter(state, pod, statuses, h, fw) {
    if ((pod.pod.spec?.preemptionPolicy ?? 'PreemptLowerPriority') === 'Never') {
      return { status: new Status(Code.Unschedulable, ['preemption: not eligible due to preemptionPolicy=Never.'], name) };
    }
    const all = h.nodeInfos();
    const nodeStatuses = new Map<string, Status>();
    const cands: Candidate[] = [];
    for (const ni of all) {
      if (statuses.get(ni.name)?.code !== Code.Unschedulable) continue;
      const lower = [...ni.pods.values()].filter((p) => p.priority < pod.priority);
      if (!lower.length) {
        nodeStatuses.set(ni.name, new Status(Code.UnschedulableAndUnresolvable, [noVictims]));
        continue;
      }
      const copy = ni.clone();
      for (const v of lower) copy.removePod(v.uid);
      const st = fw.runFilters(state, pod, copy);
      if (st) {
        nodeStatuses.set(ni.name, st);
        continue;
      }
      // Reprieve: put back the most important victims while the Pod still fits.
      lower.sort((a, b) => b.priority - a.priority);
      const victims: PodInfo[] = [];
      for (const v of lower) {
        copy.addPod(v);
        if (fw.runFilters(state, pod, copy)) {
          copy.removePod(v.uid);
          victims.push(v);
        }
      }
      cands.push({ node: ni, victims });
    }
    if (!cands.length) {
      const msg = fitErrorMessage(all.length, { nodeToStatus: nodeStatuses, absentReasons: [notHelpful] });
      return { status: new Status(Code.Unschedulable, ['preemption: ' + msg], name) };
    }
    const best = pickOne(cands);
    return { status: new Status(Code.Success, [], name), nominatedNode: best.node.name, victims: best.victims.map((v): Pod => v.pod) };
  },
};
