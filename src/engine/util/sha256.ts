// SHA-256 (FIPS 180-4) of a string's UTF-8 bytes, for the places the engine must
// reproduce a Go hash exactly (kubectl's --append-hash suffixes, kube-proxy's chain names).
// No Web Crypto: it is async.
import { utf8Bytes } from './utf8.js';

const K: number[] = [];
const H0: number[] = [];
// The constants are the fractional parts of the cube (K) and square (H0) roots of the first primes.
for (let n = 2, found = 0; found < 64; n++) {
  let prime = true;
  for (let d = 2; d * d <= n; d++) if (n % d === 0) prime = false;
  if (!prime) continue;
  K.push(Math.floor((Math.cbrt(n) % 1) * 2 ** 32) >>> 0);
  if (found < 8) H0.push(Math.floor((Math.sqrt(n) % 1) * 2 ** 32) >>> 0);
  found++;
}

const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));

/** The digest as 64 lowercase hex digits: sha256Hex('abc') = 'ba7816bf…'. */
export function sha256Hex(text: string): string {
  return digest(text)
    .map((x) => x.toString(16).padStart(8, '0'))
    .join('');
}

/** The digest's 32 bytes (kube-proxy base32-encodes them into chain names). */
export function sha256(text: string): Uint8Array {
  const out = new Uint8Array(32);
  digest(text).forEach((x, i) => {
    out[4 * i] = x >>> 24;
    out[4 * i + 1] = (x >>> 16) & 0xff;
    out[4 * i + 2] = (x >>> 8) & 0xff;
    out[4 * i + 3] = x & 0xff;
  });
  return out;
}

/** The eight 32-bit words of the digest of the UTF-8 bytes of `text`. */
function digest(text: string): number[] {
  const bytes = utf8Bytes(text);
  const bitLen = bytes.length * 8;
  bytes.push(0x80);
  while (bytes.length % 64 !== 56) bytes.push(0);
  for (let i = 7; i >= 0; i--) bytes.push(Math.floor(bitLen / 2 ** (8 * i)) & 0xff);
  const h = [...H0];
  const w = new Array<number>(64);
  for (let off = 0; off < bytes.length; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = ((bytes[off + 4 * i]! << 24) | (bytes[off + 4 * i + 1]! << 16) | (bytes[off + 4 * i + 2]! << 8) | bytes[off + 4 * i + 3]!) >>> 0;
    for (let i = 16; i < 64; i++) {
      const s0 = rotr(w[i - 15]!, 7) ^ rotr(w[i - 15]!, 18) ^ (w[i - 15]! >>> 3);
      const s1 = rotr(w[i - 2]!, 17) ^ rotr(w[i - 2]!, 19) ^ (w[i - 2]! >>> 10);
      w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) >>> 0;
    }
    let [a, b, c, d, e, f, g, k] = h as [number, number, number, number, number, number, number, number];
    for (let i = 0; i < 64; i++) {
      const t1 = (k + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i]! + w[i]!) >>> 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
      [k, g, f, e, d, c, b, a] = [g, f, e, (d + t1) >>> 0, c, b, a, (t1 + t2) >>> 0];
    }
    [a, b, c, d, e, f, g, k].forEach((x, i) => (h[i] = (h[i]! + x) >>> 0));
  }
  return h;
}
