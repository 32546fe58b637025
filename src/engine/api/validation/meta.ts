// Mirrors ValidateObjectMetaUpdate in k8s.io/apimachinery/pkg/api/validation/objectmeta.go
// (identity fields immutable, labels and annotations still valid). The resourceVersion
// check is left to the server, which fills it in for unconditional updates.
import type { ObjectMeta } from 'kubernetes-types/meta/v1';
import { invalid, type FieldError } from '../errors.js';
import { validateAnnotations, validateLabels } from './names.js';
import { validateImmutableField } from './util.js';

export function validateObjectMetaUpdate(meta: ObjectMeta, old: ObjectMeta, fld = 'metadata'): FieldError[] {
  const errs: FieldError[] = [];
  if ((meta.generation ?? 0) < (old.generation ?? 0)) errs.push(invalid(`${fld}.generation`, meta.generation ?? 0, 'must not be decremented'));
  errs.push(...validateImmutableField(meta.name ?? '', old.name ?? '', `${fld}.name`));
  errs.push(...validateImmutableField(meta.namespace ?? '', old.namespace ?? '', `${fld}.namespace`));
  errs.push(...validateImmutableField(meta.uid ?? '', old.uid ?? '', `${fld}.uid`));
  if (old.deletionTimestamp) {
    const oldF = new Set(old.finalizers ?? []);
    const added = (meta.finalizers ?? []).filter((f) => !oldF.has(f));
    if (added.length) {
      errs.push({ type: 'FieldValueForbidden', field: `${fld}.finalizers`, detail: `no new finalizers can be added if the object is being deleted, found new finalizers []string{${added.map((f) => JSON.stringify(f)).join(', ')}}` });
    }
  }
  errs.push(...validateLabels(meta.labels, `${fld}.labels`));
  errs.push(...validateAnnotations(meta.annotations, `${fld}.annotations`));
  return errs;
}
