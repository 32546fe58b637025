// Placeholder: containerd's image service (being written).
import type { VirtualClock } from '../clock/clock.js';
import type { Kernel } from '../linux/kernel.js';
import type { ImageInfo, ImageService, PullError } from './cri.js';

export class ImageStore implements ImageService {
  constructor(
    readonly clock: VirtualClock,
    readonly kernel: Kernel,
  ) {}
  preload(_ref: string): void {}
  pullImage(_ref: string, _done: (err?: PullError, image?: ImageInfo) => void): void {
    throw new Error('not implemented yet');
  }
  imageStatus(): ImageInfo | undefined {
    return undefined;
  }
  listImages(): ImageInfo[] {
    return [];
  }
  removeImage(): void {}
}
