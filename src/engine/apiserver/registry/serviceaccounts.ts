// Mirrors pkg/registry/core/serviceaccount/strategy.go.
import type { ServiceAccount } from 'kubernetes-types/core/v1';
import type { Strategy } from './strategy.js';
import { validateServiceAccount, validateServiceAccountUpdate } from '../../api/validation/core.js';

export const strategy: Strategy<ServiceAccount> = {
  validate: validateServiceAccount,
  validateUpdate: validateServiceAccountUpdate,
};
