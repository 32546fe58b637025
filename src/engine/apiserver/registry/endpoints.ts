// Mirrors pkg/registry/core/endpoint/strategy.go.
import type { Endpoints } from 'kubernetes-types/core/v1';
import type { Strategy } from './strategy.js';
import { defaultEndpoints } from '../../api/defaults/core.js';
import { validateEndpoints, validateEndpointsUpdate } from '../../api/validation/core.js';

export const strategy: Strategy<Endpoints> = {
  default: defaultEndpoints,
  validate: validateEndpoints,
  validateUpdate: validateEndpointsUpdate,
};
