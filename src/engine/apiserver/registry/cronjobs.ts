// Mirrors pkg/registry/batch/cronjob/strategy.go.
import type { CronJob } from 'kubernetes-types/batch/v1';
import type { Strategy } from './strategy.js';
import { defaultCronJob } from '../../api/defaults/batch.js';
import { validateCronJob, validateCronJobUpdate } from '../../api/validation/batch.js';
import { keepSpec, keepStatusBumpGeneration, resetForCreate, type Obj } from './common.js';

export const strategy: Strategy<CronJob> = {
  default: defaultCronJob,
  prepareForCreate: (cj) => resetForCreate(cj as Obj),
  prepareForUpdate: (cj, old) => keepStatusBumpGeneration(cj as Obj, old as Obj),
  validate: validateCronJob,
  validateUpdate: validateCronJobUpdate,
  prepareForStatusUpdate: (cj, old) => keepSpec(cj as Obj, old as Obj),
  validateStatusUpdate: () => [],
};
