// Mirrors pkg/registry/core/persistentvolumeclaim/strategy.go: created Pending;
// the DefaultStorageClass admission plugin runs on create.
import type { PersistentVolumeClaim } from 'kubernetes-types/core/v1';
import type { Strategy } from './strategy.js';
import { defaultPersistentVolumeClaim } from '../../api/defaults/core.js';
import { validatePersistentVolumeClaim, validatePersistentVolumeClaimUpdate } from '../../api/validation/core.js';
import { keepSpec, keepStatus, type Obj } from './common.js';
import { admitDefaultStorageClass } from '../admission/defaultstorageclass.js';

export const strategy: Strategy<PersistentVolumeClaim> = {
  default: defaultPersistentVolumeClaim,
  prepareForCreate(pvc) {
    (pvc as Obj).status = { phase: 'Pending' };
  },
  beforeCreate: (pvc, ctx) => admitDefaultStorageClass(pvc, ctx),
  prepareForUpdate: (pvc, old) => keepStatus(pvc as Obj, old as Obj),
  validate: validatePersistentVolumeClaim,
  validateUpdate: validatePersistentVolumeClaimUpdate,
  prepareForStatusUpdate: (pvc, old) => keepSpec(pvc as Obj, old as Obj),
  validateStatusUpdate: () => [],
};
