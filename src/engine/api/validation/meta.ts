// Adapts ValidateObjectMetaUpdate (objectmeta.ts) to how the server calls strategies:
// like rest.Update for an unconditional update, a missing resourceVersion is taken
// from the stored object before validation instead of being reported.
import type { ObjectMeta } from 'kubernetes-types/meta/v1';
import type { FieldError } from '../errors.js';
import { validateObjectMetaUpdate as validateMetaUpdate } from './objectmeta.js';

export function validateObjectMetaUpdate(meta: ObjectMeta, old: ObjectMeta, fld = 'metadata'): FieldError[] {
  const filled = meta.resourceVersion ? meta : { ...meta, resourceVersion: old.resourceVersion || '0' };
  return validateMetaUpdate(filled, old, fld);
}
