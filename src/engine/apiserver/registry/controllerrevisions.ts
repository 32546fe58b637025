// Mirrors pkg/registry/apps/controllerrevision/strategy.go: data is immutable.
import type { ControllerRevision } from 'kubernetes-types/apps/v1';
import type { Strategy } from './strategy.js';
import { validateControllerRevision, validateControllerRevisionUpdate } from '../../api/validation/apps.js';

export const strategy: Strategy<ControllerRevision> = {
  validate: validateControllerRevision,
  validateUpdate: validateControllerRevisionUpdate,
};
