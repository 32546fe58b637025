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
  let s = '';
  for (let i = 0; i < 16; i++) {
    let b = rand.int(256);
    if (i === 6) b = (b & 0x0f) | 0x40;
    else if (i === 8) b = (b & 0x3f) | 0x80;
    if (i === 4 || i === 6 || i === 8 || i === 10) s += '-';
    s += hexByte[b]!;
  }
  // Flattened once: appending builds a rope of 20 pieces, and every stored object keeps its UID.
  return flat(s);
}

const hexByte = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/** A rope as one sequential string (a number-keyed lookup makes V8 flatten it). */
function flat(s: string): string {
  void s.charCodeAt(0);
  return s;
}
