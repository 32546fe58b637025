// Mirrors pkg/registry/core/persistentvolume/strategy.go: created Pending, with the
// phase transition time stamped from the virtual clock.
import type { PersistentVolume } from 'kubernetes-types/core/v1';
import type { Strategy } from './strategy.js';
import { defaultPersistentVolume } from '../../api/defaults/core.js';
import { validatePersistentVolume, validatePersistentVolumeUpdate } from '../../api/validation/core.js';
import { keepSpec, keepStatus, type Obj } from './common.js';

export const strategy: Strategy<PersistentVolume> = {
  default: defaultPersistentVolume,
  prepareForCreate(pv) {
    (pv as Obj).status = { phase: 'Pending' };
  },
  beforeCreate(pv, ctx) {
    (pv as Obj).status = { phase: 'Pending', lastPhaseTransitionTime: ctx.now() };
  },
  prepareForUpdate: (pv, old) => keepStatus(pv as Obj, old as Obj),
  validate: validatePersistentVolume,
  validateUpdate: validatePersistentVolumeUpdate,
  prepareForStatusUpdate: (pv, old) => keepSpec(pv as Obj, old as Obj),
  validateStatusUpdate: () => [],
};
