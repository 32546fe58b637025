// Mirrors pkg/registry/core/configmap/strategy.go (immutable ConfigMaps stay unchanged).
import type { ConfigMap } from 'kubernetes-types/core/v1';
import type { Strategy } from './strategy.js';
import { validateConfigMap, validateConfigMapUpdate } from '../../api/validation/core.js';

export const strategy: Strategy<ConfigMap> = {
  validate: validateConfigMap,
  validateUpdate: validateConfigMapUpdate,
};
