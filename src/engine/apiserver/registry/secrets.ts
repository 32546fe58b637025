// Mirrors pkg/registry/core/secret/strategy.go and the v1 → internal conversion that
// folds stringData into data (base64), so stringData is never stored.
import type { Secret } from 'kubernetes-types/core/v1';
import type { Strategy } from './strategy.js';
import { defaultSecret } from '../../api/defaults/core.js';
import { validateSecret, validateSecretUpdate } from '../../api/validation/core.js';
import { base64Encode } from '../../util/base64.js';


function foldStringData(s: Secret): void {
  if (!s.stringData) return;
  s.data ??= {};
  for (const [k, v] of Object.entries(s.stringData)) s.data[k] = base64Encode(v);
  delete s.stringData;
}

export const strategy: Strategy<Secret> = {
  default(s) {
    foldStringData(s);
    defaultSecret(s);
  },
  validate: validateSecret,
  validateUpdate: validateSecretUpdate,
  fieldSet: (s) => ({ type: s.type ?? '' }),
};
