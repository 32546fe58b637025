// ImageLocality read through the cache's per-image node bitmaps (ImageState.onNode by
// NodeInfo.slot) scores exactly as the per-node image maps do, while nodes come, go
// (their slots reused) and change their image lists.
import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../../clock/random.js';
import { Cache } from '../../cache/cache.js';
import { PodInfo } from '../../framework/podInfo.js';
import { CycleState, type Handle } from '../../framework/types.js';
import { kubeadmNode } from '../../testing.js';
import { imageLocality } from './imageLocality.js';

const mb = 1024 * 1024;
const catalogue = [
  { names: ['nginx:1.25', 'docker.io/library/nginx:1.25'], sizeBytes: 190 * mb },
  { names: ['redis:latest'], sizeBytes: 120 * mb },
  { names: ['busybox:latest'], sizeBytes: 4 * mb },
  { names: ['mysql:8.0'], sizeBytes: 600 * mb },
];

describe('ImageLocality with the cache image bitmaps', () => {
  it.each([1, 2, 3])('scores as NodeInfo.imageStates does (seed %i)', (seed) => {
    const r = new SeededRandom(seed);
    const cache = new Cache();
    const listers = { services: () => [], replicaSets: () => [], statefulSets: () => [], replicationControllers: () => [] };
    const fast: Handle = { nodeInfos: () => cache.nodeInfos(), listers, imageState: (n) => cache.imageState(n) };
    const slow: Handle = { nodeInfos: () => cache.nodeInfos(), listers };
    const images = () => catalogue.filter(() => r.int(2) === 0);
    for (let step = 0; step < 200; step++) {
      const name = `n${r.int(12)}`;
      const cur = cache.get(name);
      if (!cur) cache.addNode(kubeadmNode(name, { images: images() }));
      else if (r.int(4) === 0) cache.removeNode(cur.node!);
      else cache.updateNode(cur.node!, kubeadmNode(name, { images: images() }));
      const nodes = cache.nodeInfos();
      if (!nodes.length) continue;
      const containers = [
        { name: 'a', image: ['nginx:1.25', 'redis', 'busybox', 'mysql:8.0', 'unknown:1'][r.int(5)]! },
        { name: 'b', image: 'docker.io/library/nginx:1.25' },
      ];
      const info = new PodInfo({ metadata: { name: 'p', namespace: 'default', uid: 'u' }, spec: { containers } });
      const a = new CycleState();
      const b = new CycleState();
      imageLocality.preScore!(a, info, nodes, fast);
      imageLocality.preScore!(b, info, nodes, slow);
      const batch = new Float64Array(nodes.length);
      imageLocality.scoreNodes!(a, info, nodes, batch);
      expect([...batch]).toEqual(nodes.map((n) => imageLocality.score!(b, info, n)));
      expect([...batch]).toEqual(nodes.map((n) => imageLocality.score!(a, info, n)));
    }
  });
});
