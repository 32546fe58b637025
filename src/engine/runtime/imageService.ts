// containerd's CRI image service (pkg/cri/server/images): pulls on the virtual
// clock (resolve the manifest, then fetch the layers at the node's bandwidth),
// one store per node, containerd's error messages for unknown repositories and
// tags. Concurrent pulls of one reference share a single download.
import type { VirtualClock } from '../clock/clock.js';
import type { Kernel } from '../linux/kernel.js';
import { findImage, byRepository } from '../images/catalogue.js';
import { fakeDigest, normalizeReference } from '../images/reference.js';
import type { ImageDef } from '../images/types.js';
import type { ImageInfo, ImageService, PullError } from './cri.js';

/** Bytes per second of virtual time: nginx:1.7.9 (≈40 MB) takes ≈2.9 s. */
export const pullBandwidth = 15_000_000;
/** Resolving the manifest before any layer comes (also how long a failing pull takes). */
export const resolveMs = 300;

export interface StoredImage {
  def: ImageDef;
  info: ImageInfo;
}

export class ImageStore implements ImageService {
  private readonly byDef = new Map<ImageDef, StoredImage>();
  private readonly inflight = new Map<string, ((err?: PullError, image?: ImageInfo) => void)[]>();

  constructor(
    readonly clock: VirtualClock,
    readonly kernel: Kernel,
  ) {}

  /** How long pulling `ref` takes on this node (virtual ms). */
  pullDurationMs(ref: string): number {
    const n = normalizeReference(ref);
    const def = n && findImage(n.repository, n.tag);
    return def ? resolveMs + Math.round((def.size / pullBandwidth) * 1000) : resolveMs;
  }

  /** Put an image in the store without pulling (kubeadm's pre-pulled images). */
  preload(ref: string): ImageInfo | undefined {
    const n = normalizeReference(ref);
    const def = n && findImage(n.repository, n.tag);
    if (!n || !def) return undefined;
    return this.store(def, n.normalized);
  }

  private store(def: ImageDef, normalized: string): ImageInfo {
    let s = this.byDef.get(def);
    if (!s) {
      const digest = fakeDigest(`${def.repository}:${def.tags[0]}`);
      s = { def, info: { id: fakeDigest(`config:${def.repository}:${def.tags[0]}`), repoTags: [], repoDigests: [`${def.repository}@${digest}`], size: def.size } };
      this.byDef.set(def, s);
    }
    if (!s.info.repoTags.includes(normalized)) s.info.repoTags = [...s.info.repoTags, normalized].sort();
    // Pulling one tag of an image brings every tag that points at it only when pulled; keep what was asked.
    return s.info;
  }

  pullImage(ref: string, done: (err?: PullError, image?: ImageInfo) => void): void {
    const n = normalizeReference(ref);
    if (!n) {
      this.clock.defer(() => done({ message: `failed to pull and unpack image "${ref}": failed to resolve reference "${ref}": invalid reference format` }));
      return;
    }
    const key = n.normalized;
    const waiting = this.inflight.get(key);
    if (waiting) {
      waiting.push(done);
      return;
    }
    this.inflight.set(key, [done]);
    const def = findImage(n.repository, n.tag);
    const finish = (err?: PullError, info?: ImageInfo) => {
      const ws = this.inflight.get(key) ?? [];
      this.inflight.delete(key);
      for (const w of ws) w(err, info);
    };
    if (!def) {
      const known = byRepository.has(n.repository);
      const message = known
        ? `failed to pull and unpack image "${key}": failed to resolve reference "${key}": ${key}: not found`
        : `failed to pull and unpack image "${key}": failed to resolve reference "${key}": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`;
      this.clock.setTimeout(() => finish({ message }), resolveMs + 500);
      return;
    }
    const present = this.byDef.has(def);
    this.clock.setTimeout(() => finish(undefined, this.store(def, key)), present ? resolveMs : this.pullDurationMs(ref));
  }

  imageStatus(ref: string): ImageInfo | undefined {
    return this.resolve(ref)?.info;
  }

  /** The stored image a reference names (by tag, by digest, or by image id). */
  resolve(ref: string): StoredImage | undefined {
    for (const s of this.byDef.values()) if (s.info.id === ref || s.info.id === `sha256:${ref}`) return s;
    const n = normalizeReference(ref);
    if (!n) return undefined;
    for (const s of this.byDef.values()) {
      if (n.digest ? s.info.repoDigests.includes(`${n.repository}@${n.digest}`) : s.info.repoTags.includes(n.normalized)) return s;
    }
    return undefined;
  }

  listImages(): ImageInfo[] {
    return [...this.byDef.values()].map((s) => s.info).sort((a, b) => (a.repoTags[0] ?? '').localeCompare(b.repoTags[0] ?? ''));
  }

  removeImage(ref: string): void {
    const s = this.resolve(ref);
    if (s) this.byDef.delete(s.def);
  }
}
