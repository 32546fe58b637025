// Mirrors pkg/controller/history (controller_history.go): ControllerRevisions as a
// controller's history. A revision's name is `<owner>-<hash>`, the hash an FNV-32a
// of the revision's data (plus collisionCount) through rand.SafeEncodeString.
import type { ControllerRevision } from 'kubernetes-types/apps/v1';
import type { OwnerReference } from 'kubernetes-types/meta/v1';
import { deepEqual } from '../../util/object.js';

export const controllerRevisionHashLabel = 'controller-revision-hash';
const alphanums = 'bcdfghjklmnpqrstvwxz2456789';

/** JSON with sorted keys, so equal data hashes equally. */
export function canonicalJSON(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map(canonicalJSON).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJSON(o[k])}`)
    .join(',')}}`;
}

/** HashControllerRevision: FNV-32a over the data's bytes and the collision count. */
export function hashControllerRevision(data: unknown, collisionCount?: number): string {
  let h = 0x811c9dc5;
  const feed = (b: number) => {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  };
  for (const ch of canonicalJSON(data)) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) feed(c);
    else if (c < 0x800) [0xc0 | (c >> 6), 0x80 | (c & 63)].forEach(feed);
    else if (c < 0x10000) [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63)].forEach(feed);
    else [0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63)].forEach(feed);
  }
  if (collisionCount) {
    const c = collisionCount >>> 0;
    for (const b of [c & 0xff, (c >>> 8) & 0xff, (c >>> 16) & 0xff, (c >>> 24) & 0xff]) feed(b);
  }
  const dec = String(h >>> 0);
  let out = '';
  for (let i = 0; i < dec.length; i++) out += alphanums[dec.charCodeAt(i) % alphanums.length];
  return out;
}

/** NewControllerRevision: named and labelled by its hash, owned by its parent. */
export function newControllerRevision(
  parent: { metadata?: { name?: string; namespace?: string } },
  ref: OwnerReference,
  labels: Record<string, string>,
  data: unknown,
  revision: number,
  collisionCount?: number,
): ControllerRevision {
  const hash = hashControllerRevision(data, collisionCount);
  return {
    apiVersion: 'apps/v1',
    kind: 'ControllerRevision',
    metadata: { name: `${parent.metadata!.name}-${hash}`, namespace: parent.metadata!.namespace, labels: { ...labels, [controllerRevisionHashLabel]: hash }, ownerReferences: [ref] },
    data: data as ControllerRevision['data'],
    revision,
  };
}

/** FindEqualRevisions: the revisions whose data equal the candidate's. */
export function findEqualRevisions(revisions: readonly ControllerRevision[], needle: ControllerRevision): ControllerRevision[] {
  return revisions.filter((r) => deepEqual(r.data, needle.data));
}

/** SortControllerRevisions: by revision number, then creation, then name. */
export function sortControllerRevisions(revisions: ControllerRevision[]): ControllerRevision[] {
  return revisions.sort(
    (a, b) =>
      (a.revision ?? 0) - (b.revision ?? 0) ||
      (a.metadata?.creationTimestamp ?? '').localeCompare(b.metadata?.creationTimestamp ?? '') ||
      (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? ''),
  );
}

export function nextRevision(revisions: readonly ControllerRevision[]): number {
  return revisions.reduce((m, r) => Math.max(m, r.revision ?? 0), 0) + 1;
}
