// Name and uid generation as the API server does it:
// apiserver/pkg/storage/names (generateName suffix) and types.UID (a v4 UUID).
import type { SeededRandom } from './random.js';

/** utilrand's alphabet: no vowels (no accidental words), no 0/1/3 (look like letters). */
export const nameAlphabet = 'bcdfghjklmnpqrstvwxz2456789';

/** names.SimpleNameGenerator: base + 5 random characters; base cut to 58 chars. */
export function generateName(base: string, rand: SeededRandom): string {
  const maxNameLength = 63;
  const randomLength = 5;
  const maxGeneratedNameLength = maxNameLength - randomLength;
  const prefix = base.length > maxGeneratedNameLength ? base.slice(0, maxGeneratedNameLength) : base;
  return prefix + randomString(randomLength, rand);
}

export function randomString(n: number, rand: SeededRandom): string {
  let s = '';
  for (let i = 0; i < n; i++) s += nameAlphabet[rand.int(nameAlphabet.length)];
  return s;
}

/** A random (version 4) UUID, as uuid.NewUUID gives the API server. */
export function newUID(rand: SeededRandom): string {
  const hex: string[] = [];
  for (let i = 0; i < 16; i++) hex.push(rand.int(256).toString(16).padStart(2, '0'));
  hex[6] = ((parseInt(hex[6]!, 16) & 0x0f) | 0x40).toString(16).padStart(2, '0');
  hex[8] = ((parseInt(hex[8]!, 16) & 0x3f) | 0x80).toString(16).padStart(2, '0');
  // One flat string (join): a template literal builds a rope of nine pieces, and every stored object keeps its UID.
  return [hex.slice(0, 4).join(''), hex.slice(4, 6).join(''), hex.slice(6, 8).join(''), hex.slice(8, 10).join(''), hex.slice(10).join('')].join('-');
}
