// Mirrors pkg/registry/apps/replicaset/strategy.go; fieldSet is ReplicaSetToSelectableFields.
import type { ReplicaSet } from 'kubernetes-types/apps/v1';
import type { Strategy } from './strategy.js';
import { defaultReplicaSet } from '../../api/defaults/apps.js';
import { validateReplicaCounts, validateReplicaSet, validateReplicaSetUpdate } from '../../api/validation/apps.js';
import { keepSpec, keepStatusBumpGeneration, resetForCreate, type Obj } from './common.js';

export const strategy: Strategy<ReplicaSet> = {
  default: defaultReplicaSet,
  prepareForCreate: (rs) => resetForCreate(rs as Obj, { replicas: 0 }),
  prepareForUpdate: (rs, old) => keepStatusBumpGeneration(rs as Obj, old as Obj),
  validate: validateReplicaSet,
  validateUpdate: validateReplicaSetUpdate,
  prepareForStatusUpdate: (rs, old) => keepSpec(rs as Obj, old as Obj),
  validateStatusUpdate: (rs) => validateReplicaCounts(rs.status as unknown as Record<string, number>, 'status'),
  fieldSet: (rs) => ({ 'status.replicas': String(rs.status?.replicas ?? 0) }),
};
