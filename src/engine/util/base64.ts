// RFC 4648 base64 (Go's base64.StdEncoding, with padding) of bytes, and of a string's
// UTF-8 bytes: what a Secret's data carries and what `base64` prints.
import { utf8Bytes } from './utf8.js';

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function base64EncodeBytes(bytes: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i]!, bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out.push(alphabet[n >> 18]! + alphabet[(n >> 12) & 63]! + (b === undefined ? '=' : alphabet[(n >> 6) & 63]!) + (c === undefined ? '=' : alphabet[n & 63]!));
  }
  return out.join('');
}

/** Standard base64 of the UTF-8 bytes of s (no Buffer/btoa in the engine). */
export function base64Encode(s: string): string {
  return base64EncodeBytes(utf8Bytes(s));
}
