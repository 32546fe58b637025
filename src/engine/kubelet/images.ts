// Mirrors pkg/kubelet/images/image_manager.go (EnsureImageExists) and puller.go
// (serialImagePuller, kubeadm's default serializeImagePulls: true): honour
// imagePullPolicy, pull one image at a time per node, record Pulling / Pulled /
// Failed / BackOff events with v1.32's messages, and back off failed pulls per
// Pod and image (10 s doubling to 300 s).
import type { Container, Pod } from 'kubernetes-types/core/v1';
import type { EventRecorder } from '../client/events.js';
import type { VirtualClock } from '../clock/clock.js';
import type { ImageInfo, ImageService, PullError } from '../runtime/cri.js';
import { Backoff, goDuration } from './backoff.js';

export type EnsureResult =
  | { ok: true; image: ImageInfo }
  | { ok: false; reason: 'ErrImagePull' | 'ImagePullBackOff' | 'ErrImageNeverPull' | 'InvalidImageName'; message: string };

interface PullRequest {
  ref: string;
  enqueued: number;
  done: (err: PullError | undefined, image: ImageInfo | undefined, pullMs: number, totalMs: number) => void;
}

export class ImageManager {
  readonly backOff: Backoff;
  private queue: PullRequest[] = [];
  private pulling = false;
  /** The last pull error per back-off key, for ImagePullBackOff's status message. */
  private lastError = new Map<string, string>();

  constructor(
    private readonly clock: VirtualClock,
    private readonly images: ImageService,
    private readonly recorder: EventRecorder,
  ) {
    this.backOff = new Backoff(clock);
  }

  ensureImageExists(pod: Pod, container: Container, fieldPath: string, done: (r: EnsureResult) => void): void {
    const image = container.image ?? '';
    const event = (type: 'Normal' | 'Warning', reason: string, msg: string) => this.recorder.event(pod, type, reason, msg, fieldPath);
    const present = this.images.imageStatus(image);
    const policy = container.imagePullPolicy ?? 'IfNotPresent';
    if (policy === 'Never' || (policy === 'IfNotPresent' && present)) {
      if (present) {
        event('Normal', 'Pulled', `Container image "${image}" already present on machine`);
        return done({ ok: true, image: present });
      }
      const msg = `Container image "${image}" is not present with pull policy of Never`;
      event('Warning', 'ErrImageNeverPull', msg);
      return done({ ok: false, reason: 'ErrImageNeverPull', message: msg });
    }
    const key = `${pod.metadata?.uid}_${image}`;
    if (this.backOff.isInBackOffSinceUpdate(key, this.clock.now())) {
      event('Normal', 'BackOff', `Back-off pulling image "${image}"`);
      const last = this.lastError.get(key);
      return done({ ok: false, reason: 'ImagePullBackOff', message: `Back-off pulling image "${image}"${last ? `: ErrImagePull: ${last}` : ''}` });
    }
    event('Normal', 'Pulling', `Pulling image "${image}"`);
    this.enqueue({
      ref: image,
      enqueued: this.clock.now(),
      done: (err, info, pullMs, totalMs) => {
        if (err || !info) {
          const message = rpcError(err?.message ?? 'unknown error');
          this.backOff.next(key, this.clock.now());
          this.lastError.set(key, message);
          event('Warning', 'Failed', `Failed to pull image "${image}": ${message}`);
          return done({ ok: false, reason: 'ErrImagePull', message });
        }
        this.backOff.reset(key);
        this.lastError.delete(key);
        event(
          'Normal',
          'Pulled',
          `Successfully pulled image "${image}" in ${goDuration(pullMs)} (${goDuration(totalMs)} including waiting). Image size: ${info.size} bytes.`,
        );
        done({ ok: true, image: info });
      },
    });
  }

  /** When the pull back-off of this Pod's image ends (a retry is due then). */
  backOffEnds(pod: Pod, image: string): number | undefined {
    const key = `${pod.metadata?.uid}_${image}`;
    const last = this.backOff.lastUpdate(key);
    return last === undefined ? undefined : last + this.backOff.get(key);
  }

  /** Forget a deleted Pod's back-off entries. */
  forgetPod(uid: string): void {
    this.backOff.resetPrefix(`${uid}_`);
    for (const k of [...this.lastError.keys()]) if (k.startsWith(`${uid}_`)) this.lastError.delete(k);
  }

  private enqueue(r: PullRequest): void {
    this.queue.push(r);
    if (!this.pulling) this.pullNext();
  }

  private pullNext(): void {
    const r = this.queue.shift();
    if (!r) {
      this.pulling = false;
      return;
    }
    this.pulling = true;
    const started = this.clock.now();
    let finished = false;
    const finish = (err?: PullError, info?: ImageInfo) => {
      if (finished) return;
      finished = true;
      const now = this.clock.now();
      r.done(err, info, now - started, now - r.enqueued);
      this.pullNext();
    };
    try {
      this.images.pullImage(r.ref, finish);
    } catch (e) {
      this.clock.defer(() => finish({ message: e instanceof Error ? e.message : String(e) }));
    }
  }
}

/** The gRPC status text the kubelet's error carries from containerd. */
function rpcError(message: string): string {
  if (message.startsWith('rpc error:')) return message;
  const code = /: not found$/.test(message) ? 'NotFound' : 'Unknown';
  return `rpc error: code = ${code} desc = ${message}`;
}
