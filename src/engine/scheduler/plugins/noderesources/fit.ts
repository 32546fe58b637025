// Mirrors pkg/scheduler/framework/plugins/noderesources/fit.go: Filter checks the
// Pod's requests against allocatable minus what the node's Pods already request
// (and the pod count against allocatable pods); Score is LeastAllocated over cpu and
// memory (weight 1 each) using non-zero requests.
// Example: node 2000m, 900m requested, Pod 100m → cpu (2000-1000)*100/2000 = 50;
// memory similarly; the score is their weighted mean, integer-divided.
import type { NodeInfo } from '../../framework/nodeInfo.js';
import type { PodInfo } from '../../framework/podInfo.js';
import { Code, Status, type Plugin } from '../../framework/types.js';

export const name = 'NodeResourcesFit';

/** fitsRequest: the reasons, in upstream's order (pods, cpu, memory, storage, scalar). */
export function insufficientReasons(pod: PodInfo, node: NodeInfo): string[] | null {
  let reasons: string[] | null = null;
  if (node.podCount + 1 > node.allocPods) (reasons ??= []).push('Too many pods');
  const r = pod.requests;
  if (r.milliCPU === 0 && r.memory === 0 && r.ephemeralStorage === 0 && !r.scalar?.size) return reasons;
  if (r.milliCPU > 0 && r.milliCPU > node.allocMilliCPU - node.reqMilliCPU) (reasons ??= []).push('Insufficient cpu');
  if (r.memory > 0 && r.memory > node.allocMemory - node.reqMemory) (reasons ??= []).push('Insufficient memory');
  if (r.ephemeralStorage === 0 && !r.scalar) return reasons;
  const a = node.allocatable;
  const u = node.requested;
  if (r.ephemeralStorage > 0 && r.ephemeralStorage > a.ephemeralStorage - u.ephemeralStorage) (reasons ??= []).push('Insufficient ephemeral-storage');
  if (r.scalar) {
    for (const [k, v] of r.scalar) {
      if (v === 0) continue;
      if (v > (a.scalar?.get(k) ?? 0) - (u.scalar?.get(k) ?? 0)) (reasons ??= []).push(`Insufficient ${k}`);
    }
  }
  return reasons;
}

/** leastRequestedScore: the share of the resource left free, 0..100. */
export function leastRequestedScore(requested: number, capacity: number): number {
  if (capacity === 0 || requested > capacity) return 0;
  return Math.trunc(((capacity - requested) * 100) / capacity);
}

/** LeastAllocated over cpu and memory (weight 1 each) with non-zero requests. */
function leastAllocated(pod: PodInfo, node: NodeInfo): number {
  let score = 0;
  let weights = 0;
  if (node.allocMilliCPU !== 0) {
    score += leastRequestedScore(node.nonZeroMilliCPU + pod.nonZero.milliCPU, node.allocMilliCPU);
    weights++;
  }
  if (node.allocMemory !== 0) {
    score += leastRequestedScore(node.nonZeroMemory + pod.nonZero.memory, node.allocMemory);
    weights++;
  }
  return weights ? Math.trunc(score / weights) : 0;
}

export const nodeResourcesFit: Plugin = {
  name,
  events: [
    { resource: 'AssignedPod', actions: ['Delete', 'UpdatePodScaleDown'] },
    { resource: 'Node', actions: ['Add', 'UpdateNodeAllocatable'] },
    { resource: 'Pod', actions: ['Update'] },
  ],
  filter(_state, pod, node) {
    const reasons = insufficientReasons(pod, node);
    return reasons ? new Status(Code.Unschedulable, reasons) : null;
  },
  score(_state, pod, node) {
    return leastAllocated(pod, node);
  },
  scoreNodes(_state, pod, nodes, out) {
    for (let f = 0; f < nodes.length; f++) out[f] = leastAllocated(pod, nodes[f]!);
  },
};
