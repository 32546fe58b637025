// Mirrors pkg/scheduler/framework/plugins/imagelocality: favour nodes that already
// hold the Pod's images, weighted by image size and by how widely the image is spread
// (an image on every node says little). Names are compared literally after adding
// ":latest" to an untagged name, as upstream does, so "nginx:1.25" does not match a
// node that lists only "docker.io/library/nginx:1.25".
// Example: a 100 MiB image on 1 of 4 nodes scores 25 MiB; one container → threshold
// 23..1000 MiB → 100 * (25 - 23) / 977 = 0.
import type { ImageState, NodeInfo } from '../../framework/nodeInfo.js';
import { Code, Status, type Plugin } from '../../framework/types.js';

export const name = 'ImageLocality';
const mb = 1024 * 1024;
const minThreshold = 23 * mb;
const maxContainerThreshold = 1000 * mb;

export function normalizedImageName(image: string): string {
  if (image.lastIndexOf(':') <= image.lastIndexOf('/')) return image + ':latest';
  return image;
}

export function calculatePriority(sumScores: number, numContainers: number): number {
  const maxThreshold = maxContainerThreshold * numContainers;
  const s = Math.min(Math.max(sumScores, minThreshold), maxThreshold);
  return Math.trunc((100 * (s - minThreshold)) / (maxThreshold - minThreshold));
}

const preScoreKey = 'PreScoreImageLocality';

interface PreScoreState {
  images: string[];
  totalNumNodes: number;
  /**
   * With the cache's image states (Handle.imageState): per image of `images` its state
   * (undefined when no node has it) and its spread-scaled size, worked out once per
   * cycle; a node holds image j when states[j].onNode[node.slot] is 1.
   */
  states?: (ImageState | undefined)[];
  scaled?: number[];
}

/** scaledImageScore: the image's size times the share of nodes holding it. */
function scaledImageScore(st: ImageState, totalNumNodes: number): number {
  return Math.trunc(st.size * (st.nodes.size / totalNumNodes));
}

/** sumImageScores over the Pod's images (init containers first) and calculatePriority. */
function scoreNode(s: PreScoreState, node: NodeInfo): number {
  // A node without images scores calculatePriority(0, n) = 0.
  if (!node.numImages) return 0;
  let sum = 0;
  if (s.states) {
    for (let j = 0; j < s.states.length; j++) if (s.states[j]?.onNode?.[node.slot]) sum += s.scaled![j]!;
  } else {
    for (const img of s.images) {
      const st = node.imageStates.get(img);
      if (st) sum += scaledImageScore(st, s.totalNumNodes);
    }
  }
  return calculatePriority(sum, s.images.length);
}

export const imageLocality: Plugin = {
  name,
  events: [],
  preScore(state, pod, _feasible, h) {
    const spec = pod.pod.spec;
    const images = [...(spec?.initContainers ?? []), ...(spec?.containers ?? [])].map((c) => normalizedImageName(c.image ?? ''));
    const s: PreScoreState = { images, totalNumNodes: h.nodeInfos().length };
    if (h.imageState) {
      const states = images.map((img) => h.imageState!(img));
      // Every state the cache made has onNode; one without it falls back to NodeInfo.imageStates.
      if (states.every((st) => !st || st.onNode)) {
        s.states = states;
        s.scaled = states.map((st) => (st ? scaledImageScore(st, s.totalNumNodes) : 0));
      }
    }
    state.write(preScoreKey, s);
    return images.length ? null : new Status(Code.Skip);
  },
  score(state, _pod, node) {
    return scoreNode(state.read<PreScoreState>(preScoreKey)!, node);
  },
  scoreNodes(state, _pod, nodes, out) {
    const s = state.read<PreScoreState>(preScoreKey)!;
    for (let f = 0; f < nodes.length; f++) out[f] = scoreNode(s, nodes[f]!);
  },
};
