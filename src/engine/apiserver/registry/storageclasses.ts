// Mirrors pkg/registry/storage/storageclass/strategy.go (provisioner, parameters and
// reclaimPolicy are immutable).
import type { StorageClass } from 'kubernetes-types/storage/v1';
import type { Strategy } from './strategy.js';
import { defaultStorageClass } from '../../api/defaults/other.js';
import { validateStorageClass, validateStorageClassUpdate } from '../../api/validation/other.js';

export const strategy: Strategy<StorageClass> = {
  default: defaultStorageClass,
  validate: validateStorageClass,
  validateUpdate: validateStorageClassUpdate,
};
