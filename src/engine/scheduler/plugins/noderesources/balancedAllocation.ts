// Mirrors pkg/scheduler/framework/plugins/noderesources/balanced_allocation.go: favour
// nodes whose cpu and memory would be used in equal shares after placing the Pod.
// Uses actual requests (not the non-zero defaults). With two resources the standard
// deviation is |f_cpu - f_mem| / 2; score = (1 - std) * 100.
// Example: cpu 50% and memory 10% used → std 0.2 → score 80.
import { type Plugin } from '../../framework/types.js';

export const name = 'NodeResourcesBalancedAllocation';

export function balancedScore(reqCPU: number, allocCPU: number, reqMem: number, allocMem: number): number {
  // With fewer than two resources to compare the deviation is 0.
  if (allocCPU === 0 || allocMem === 0) return 100;
  const std = Math.abs((Math.min(1, reqCPU / allocCPU) - Math.min(1, reqMem / allocMem)) / 2);
  return Math.trunc((1 - std) * 100);
}

export const nodeResourcesBalancedAllocation: Plugin = {
  name,
  events: [
    { resource: 'AssignedPod', actions: ['Add', 'Delete'] },
    { resource: 'Node', actions: ['Add', 'UpdateNodeAllocatable'] },
  ],
  score(_state, pod, node) {
    return balancedScore(node.reqMilliCPU + pod.requests.milliCPU, node.allocMilliCPU, node.reqMemory + pod.requests.memory, node.allocMemory);
  },
  scoreNodes(_state, pod, nodes, out) {
    const cpu = pod.requests.milliCPU;
    const mem = pod.requests.memory;
    for (let f = 0; f < nodes.length; f++) {
      const node = nodes[f]!;
      out[f] = balancedScore(node.reqMilliCPU + cpu, node.allocMilliCPU, node.reqMemory + mem, node.allocMemory);
    }
  },
};
