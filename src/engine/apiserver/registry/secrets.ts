// Mirrors pkg/registry/core/secret/strategy.go and the v1 → internal conversion that
// folds stringData into data (base64), so stringData is never stored.
import type { Secret } from 'kubernetes-types/core/v1';
import type { Strategy } from './strategy.js';
import { defaultSecret } from '../../api/defaults/core.js';
import { validateSecret, validateSecretUpdate } from '../../api/validation/core.js';

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 of the UTF-8 bytes of s (no Buffer/btoa in the engine). */
export function base64Encode(s: string): string {
  const bytes: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) bytes.push(c);
    else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i]!, bytes[i + 1], bytes[i + 2]];
    out += alphabet[a >> 2]! + alphabet[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    out += b === undefined ? '=' : alphabet[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    out += c === undefined ? '=' : alphabet[c & 63]!;
  }
  return out;
}

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
