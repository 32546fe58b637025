// Mirrors pkg/scheduler/framework/plugins/imagelocality: favour nodes that already
// hold the Pod's images, weighted by image size and by how widely the image is spread
// (an image on every node says little). Names are compared literally after adding
// ":latest" to an untagged name, as upstream does, so "nginx:1.25" does not match a
// node that lists only "docker.io/library/nginx:1.25".
// Example: a 100 MiB image on 1 of 4 nodes scores 25 MiB; one container → threshold
// 23..1000 MiB → 100 * (25 - 23) / 977 = 0.
import type { ImageState } from '../../framework/nodeInfo.js';
import { Code, Status, type CycleState, type Plugin } from '../../framework/types.js';

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
  /** The last ImageState scored and its scaled size (an image's state is shared by every node holding it). */
  lastState?: ImageState;
  lastScaled: number;
}

// Score runs once per feasible node with the same CycleState: remember the cycle's state
// here instead of a Map lookup per node (state.read stays the source of truth).
let cycle: { state: CycleState; s: PreScoreState } | null = null;

export const imageLocality: Plugin = {
  name,
  events: [],
  preScore(state, pod, _feasible, h) {
    const spec = pod.pod.spec;
    const images = [...(spec?.initContainers ?? []), ...(spec?.containers ?? [])].map((c) => normalizedImageName(c.image ?? ''));
    const s: PreScoreState = { images, totalNumNodes: h.nodeInfos().length, lastScaled: 0 };
    state.write(preScoreKey, s);
    cycle = { state, s };
    return images.length ? null : new Status(Code.Skip);
  },
  score(state, _pod, node) {
    // A node without images scores calculatePriority(0, n) = 0.
    if (!node.numImages) return 0;
    const s = cycle?.state === state ? cycle.s : state.read<PreScoreState>(preScoreKey)!;
    let sum = 0;
    for (const img of s.images) {
      const st = node.imageStates.get(img);
      if (!st) continue;
      if (st !== s.lastState) {
        s.lastState = st;
        s.lastScaled = Math.trunc(st.size * (st.nodes.size / s.totalNumNodes));
      }
      sum += s.lastScaled;
    }
    return calculatePriority(sum, s.images.length);
  },
};
