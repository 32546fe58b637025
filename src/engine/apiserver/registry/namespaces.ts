// Mirrors pkg/registry/core/namespace/strategy.go: a new namespace is Active with the
// `kubernetes` finalizer; spec.finalizers change only through /finalize, status only
// through /status.
import type { Namespace } from 'kubernetes-types/core/v1';
import type { Strategy } from './strategy.js';
import { defaultNamespace } from '../../api/defaults/core.js';
import { validateNamespace, validateNamespaceUpdate } from '../../api/validation/core.js';
import { clone, keepSpec, keepStatus, type Obj } from './common.js';

export const strategy: Strategy<Namespace> = {
  default: defaultNamespace,
  prepareForCreate(ns) {
    ns.spec = { finalizers: ['kubernetes'] };
    (ns as Obj).status = { phase: 'Active' };
  },
  prepareForUpdate(ns, old) {
    ns.spec = clone(old.spec);
    keepStatus(ns as Obj, old as Obj);
  },
  validate: validateNamespace,
  validateUpdate: validateNamespaceUpdate,
  prepareForStatusUpdate: (ns, old) => keepSpec(ns as Obj, old as Obj),
  validateStatusUpdate: () => [],
  fieldSet: (ns) => ({ 'status.phase': ns.status?.phase ?? '' }),
};
