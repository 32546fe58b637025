// Mirrors pkg/controller/controller_utils.go ComputeHash (the Deployment's pod-template-hash
// and the DaemonSet's controller-revision-hash): FNV-32a over the Pod
// template (plus the collision count, 8 little-endian bytes), its decimal value
// mapped through rand.SafeEncodeString's alphabet.
// Deliberate deviation: upstream feeds the hasher spew's `%#v` dump of the Go
// struct (DeepHashObject); we feed a canonical JSON (keys sorted, defaults as
// stored), so a lab's hash differs from a real cluster's for the same template.
import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import { utf8Bytes } from '../../util/utf8.js';

/** utilrand's alphabet (no vowels, no 0/1/3): the digits 0-9 map to 4 5 6 7 8 9 b c d f. */
const alphanums = 'bcdfghjklmnpqrstvwxz2456789';

export function fnv32a(bytes: Iterable<number>, h = 0x811c9dc5): number {
  for (const b of bytes) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** rand.SafeEncodeString: each byte of s → alphanums[byte % 27]. */
export function safeEncodeString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += alphanums[s.charCodeAt(i) % alphanums.length];
  return out;
}

/** JSON with object keys sorted at every level: the same template always gives the same bytes. */
export function canonicalJSON(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJSON).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJSON(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

/** ComputeHash(template, collisionCount): e.g. "5d59d67564" (always 6-10 characters). */
export function computeHash(template: PodTemplateSpec | undefined, collisionCount?: number): string {
  let h = fnv32a(utf8Bytes(canonicalJSON(template ?? {})));
  if (collisionCount !== undefined && collisionCount !== null) {
    const c = collisionCount >>> 0;
    h = fnv32a([c & 0xff, (c >>> 8) & 0xff, (c >>> 16) & 0xff, (c >>> 24) & 0xff, 0, 0, 0, 0], h);
  }
  return safeEncodeString(String(h));
}
