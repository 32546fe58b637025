// Mirrors pkg/registry/apps/statefulset/strategy.go.
import type { StatefulSet } from 'kubernetes-types/apps/v1';
import type { Strategy } from './strategy.js';
import { defaultStatefulSet } from '../../api/defaults/apps.js';
import { validateStatefulSet, validateStatefulSetUpdate } from '../../api/validation/apps.js';
import { validateNonnegativeField } from '../../api/validation/util.js';
import { keepSpec, keepStatusBumpGeneration, resetForCreate, type Obj } from './common.js';

export const strategy: Strategy<StatefulSet> = {
  default: defaultStatefulSet,
  prepareForCreate: (s) => resetForCreate(s as Obj, { replicas: 0, availableReplicas: 0 }),
  prepareForUpdate: (s, old) => keepStatusBumpGeneration(s as Obj, old as Obj),
  validate: validateStatefulSet,
  validateUpdate: validateStatefulSetUpdate,
  prepareForStatusUpdate: (s, old) => keepSpec(s as Obj, old as Obj),
  validateStatusUpdate: (s) =>
    ['replicas', 'readyReplicas', 'currentReplicas', 'updatedReplicas', 'availableReplicas'].flatMap((k) =>
      validateNonnegativeField((s.status as unknown as Record<string, number> | undefined)?.[k], `status.${k}`),
    ),
};
