// Image references as containerd normalises them (distribution/reference's
// ParseNormalizedNamed): `nginx` → `docker.io/library/nginx:latest`,
// `polinux/stress` → `docker.io/polinux/stress:latest`; a first component with
// a dot, a colon or `localhost` is a registry.

export interface ImageReference {
  /** `docker.io/library/nginx` */
  repository: string;
  /** `1.7.9`; `latest` when neither tag nor digest was given. */
  tag: string;
  /** `sha256:…` when the reference pins a digest. */
  digest?: string;
  /** `docker.io/library/nginx:1.7.9` (or `…@sha256:…`). */
  normalized: string;
}

/** Answers by reference string: the kubelet and containerd normalize the same few names for every Pod. */
const normalized = new Map<string, ImageReference | undefined>();

export function normalizeReference(ref: string): ImageReference | undefined {
  if (normalized.has(ref)) {
    const r = normalized.get(ref);
    return r && { ...r };
  }
  const r = parseReference(ref);
  if (normalized.size >= 1024) normalized.clear();
  normalized.set(ref, r);
  return r && { ...r };
}

function parseReference(ref: string): ImageReference | undefined {
  let rest = ref.trim();
  if (!rest || /[A-Z\s]/.test(rest.split('@')[0]!.split('/').slice(-1)[0]!.split(':')[0]!)) return undefined;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!/^sha256:[0-9a-f]{64}$/.test(digest)) return undefined;
  }
  let tag = '';
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!/^[\w][\w.-]{0,127}$/.test(tag)) return undefined;
  }
  const parts = rest.split('/');
  const first = parts[0]!;
  let repository: string;
  if (parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost')) repository = rest;
  else if (parts.length === 1) repository = `docker.io/library/${rest}`;
  else repository = `docker.io/${rest}`;
  if (repository.startsWith('index.docker.io/')) repository = 'docker.io/' + repository.slice('index.docker.io/'.length);
  if (!/^[a-z0-9.:-]+(\/[a-z0-9]+([._-][a-z0-9]+)*)+$/.test(repository)) return undefined;
  if (!tag && !digest) tag = 'latest';
  const full = digest ? `${repository}${tag ? ':' + tag : ''}@${digest}` : `${repository}:${tag}`;
  return { repository, tag, digest, normalized: full };
}

/** The short form kubectl and crictl show for Docker Hub images: `docker.io/library/nginx:1.7.9`. */
export function familiarName(repository: string): string {
  if (repository.startsWith('docker.io/library/')) return repository.slice('docker.io/library/'.length);
  if (repository.startsWith('docker.io/')) return repository.slice('docker.io/'.length);
  return repository;
}

/** A deterministic sha256-looking digest of `seed` (FNV-1a expanded to 256 bits). */
export function fakeDigest(seed: string): string {
  let out = '';
  let h = 2166136261 >>> 0;
  for (let round = 0; round < 8; round++) {
    for (const ch of `${round}:${seed}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return `sha256:${out}`;
}
