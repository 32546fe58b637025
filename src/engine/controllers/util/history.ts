// Mirrors pkg/controller/history (controller_history.go): ControllerRevisions as a
// controller's history. A revision's name is `<owner>-<hash>`, the hash an FNV-32a
// of the revision's data (plus collisionCount) through rand.SafeEncodeString.
import type { ControllerRevision } from 'kubernetes-types/apps/v1';
import type { OwnerReference } from 'kubernetes-types/meta/v1';
import { deepEqual } from '../../util/object.js';
import { utf8Bytes } from '../../util/utf8.js';
import { fnv32a, safeEncodeString } from './hash.js';

export const controllerRevisionHashLabel = 'controller-revision-hash';

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

/** HashControllerRevision: FNV-32a over the data's bytes and the collision count (4 little-endian bytes). */
export function hashControllerRevision(data: unknown, collisionCount?: number): string {
  let h = fnv32a(utf8Bytes(canonicalJSON(data)));
  if (collisionCount) {
    const c = collisionCount >>> 0;
    h = fnv32a([c & 0xff, (c >>> 8) & 0xff, (c >>> 16) & 0xff, (c >>> 24) & 0xff], h);
  }
  return safeEncodeString(String(h));
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
