// Placeholder: containerd's CRI runtime service (being written).
import type { VirtualClock } from '../clock/clock.js';
import type { SeededRandom } from '../clock/random.js';
import type { Kernel } from '../linux/kernel.js';
import type { ImageStore } from './imageService.js';

export interface ContainerdOptions {
  clock: VirtualClock;
  random: SeededRandom;
  kernel: Kernel;
  images: ImageStore;
  podCIDR: string;
}

export class Containerd {
  constructor(readonly opts: ContainerdOptions) {}
}
