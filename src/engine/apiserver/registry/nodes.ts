// Mirrors pkg/registry/core/node/strategy.go: a kubelet registers with its status;
// later spec updates keep the stored status. Field set: spec.unschedulable.
import type { Node } from 'kubernetes-types/core/v1';
import type { Strategy } from './strategy.js';
import { defaultNode } from '../../api/defaults/core.js';
import { validateNode, validateNodeUpdate } from '../../api/validation/core.js';
import { keepSpec, keepStatus, type Obj } from './common.js';

export const strategy: Strategy<Node> = {
  default: defaultNode,
  prepareForUpdate: (n, old) => keepStatus(n as Obj, old as Obj),
  validate: validateNode,
  validateUpdate: validateNodeUpdate,
  prepareForStatusUpdate: (n, old) => keepSpec(n as Obj, old as Obj),
  validateStatusUpdate: validateNode,
  fieldSet: (n) => ({ 'spec.unschedulable': String(n.spec?.unschedulable ?? false) }),
};
