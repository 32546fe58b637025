// Mirrors pkg/registry/discovery/endpointslice/strategy.go (addressType immutable).
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import type { Strategy } from './strategy.js';
import { defaultEndpointSlice } from '../../api/defaults/other.js';
import { validateEndpointSlice, validateEndpointSliceUpdate } from '../../api/validation/other.js';

export const strategy: Strategy<EndpointSlice> = {
  default: defaultEndpointSlice,
  validate: validateEndpointSlice,
  validateUpdate: validateEndpointSliceUpdate,
};
