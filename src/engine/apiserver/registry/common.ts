// Helpers the resource strategies share, after k8s.io/apiserver/pkg/registry/rest
// (status reset on create, status kept and generation bumped on update).
import type { FieldError } from '../../api/errors.js';
import { deepEqual } from '../../api/validation/util.js';

/** The shape every stored object has. */
export interface Obj {
  metadata?: { generation?: number; [k: string]: unknown };
  spec?: unknown;
  status?: unknown;
  [k: string]: unknown;
}

export function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

/** On create of a resource with a spec/status split: no status, generation 1. */
export function resetForCreate(obj: Obj, status: unknown = {}): void {
  obj.status = clone(status);
  obj.metadata ??= {};
  obj.metadata.generation = 1;
}

/**
 * On a main-resource update: the status is the stored one, and the generation moves
 * only when the spec really changed (e.g. scaling 2→3 bumps it; a label edit does not).
 */
export function keepStatusBumpGeneration(obj: Obj, old: Obj): void {
  obj.status = clone(old.status);
  obj.metadata ??= {};
  const g = old.metadata?.generation ?? 1;
  obj.metadata.generation = deepEqual(obj.spec, old.spec) ? g : g + 1;
}

/** Same, for resources without generation (pods, nodes, services …). */
export function keepStatus(obj: Obj, old: Obj): void {
  if (old.status === undefined) delete obj.status;
  else obj.status = clone(old.status);
}

/** The status subresource may not touch anything else (the server already copies it). */
/** A status update keeps the stored spec: shared, not copied (stored objects are deep-frozen). */
export function keepSpec(obj: Obj, old: Obj): void {
  obj.spec = old.spec;
}

export const noErrors = (): FieldError[] => [];
