// Mirrors pkg/scheduler/apis/config/v1/default_plugins.go and the in-tree registry:
// the default profile of v1.32, in its order, with its Score weights (TaintToleration
// 3, NodeAffinity 2, NodeResourcesFit 1, PodTopologySpread 2, InterPodAffinity 2,
// NodeResourcesBalancedAllocation 1, ImageLocality 1). Plugins not ported yet
// (volume plugins other than VolumeBinding, InterPodAffinity) are left out; the README lists them.
import type { Plugin, PostFilterPlugin } from './framework/types.js';
import { defaultPreemption } from './plugins/defaultpreemption/defaultPreemption.js';
import { imageLocality } from './plugins/imagelocality/imageLocality.js';
import { nodeAffinity } from './plugins/nodeaffinity/nodeAffinity.js';
import { nodeName } from './plugins/nodename/nodeName.js';
import { nodePorts } from './plugins/nodeports/nodePorts.js';
import { nodeResourcesBalancedAllocation } from './plugins/noderesources/balancedAllocation.js';
import { nodeResourcesFit } from './plugins/noderesources/fit.js';
import { nodeUnschedulable } from './plugins/nodeunschedulable/nodeUnschedulable.js';
import { podTopologySpread } from './plugins/podtopologyspread/podTopologySpread.js';
import { taintToleration } from './plugins/tainttoleration/taintToleration.js';
import { volumeBinding } from './plugins/volumebinding/volumeBinding.js';

export const schedulerName = 'default-scheduler';

/** Registry: plugin name → plugin. */
export const registry: ReadonlyMap<string, Plugin> = new Map(
  [nodeUnschedulable, nodeName, taintToleration, nodeAffinity, nodePorts, nodeResourcesFit, podTopologySpread, nodeResourcesBalancedAllocation, imageLocality, volumeBinding].map(
    (p) => [p.name, p],
  ),
);

export interface Profile {
  schedulerName: string;
  preFilter: Plugin[];
  filter: Plugin[];
  preScore: Plugin[];
  score: { plugin: Plugin; weight: number }[];
  postFilter: PostFilterPlugin[];
  /** percentageOfNodesToScore; 0 = the adaptive default (50 - nodes/125, at least 5). */
  percentageOfNodesToScore: number;
}

const p = (n: string) => registry.get(n)!;

export function defaultProfile(): Profile {
  const filter = ['NodeUnschedulable', 'NodeName', 'TaintToleration', 'NodeAffinity', 'NodePorts', 'NodeResourcesFit', 'VolumeBinding', 'PodTopologySpread'].map(p);
  const score = (
    [
      ['TaintToleration', 3],
      ['NodeAffinity', 2],
      ['NodeResourcesFit', 1],
      ['PodTopologySpread', 2],
      ['NodeResourcesBalancedAllocation', 1],
      ['ImageLocality', 1],
    ] as const
  ).map(([n, weight]) => ({ plugin: p(n), weight }));
  return {
    schedulerName,
    preFilter: filter.filter((x) => x.preFilter),
    filter,
    preScore: score.map((s) => s.plugin).filter((x) => x.preScore),
    score,
    postFilter: [defaultPreemption],
    percentageOfNodesToScore: 0,
  };
}
