// Mirrors pkg/registry/coordination/lease/strategy.go.
import type { Lease } from 'kubernetes-types/coordination/v1';
import type { Strategy } from './strategy.js';
import { validateLease, validateLeaseUpdate } from '../../api/validation/other.js';

export const strategy: Strategy<Lease> = {
  validate: validateLease,
  validateUpdate: validateLeaseUpdate,
};
