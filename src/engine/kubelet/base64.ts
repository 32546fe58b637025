// Secret data travels as base64; the kubelet decodes it into env vars and files.
// (The engine's lib has no atob/TextDecoder.)
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** base64 → UTF-8 text; invalid input comes back unchanged. */
export function base64Decode(b64: string): string {
  const clean = b64.replace(/[\s=]/g, '');
  if (/[^A-Za-z0-9+/]/.test(clean)) return b64;
  const bytes: number[] = [];
  let buf = 0;
  let bits = 0;
  for (const ch of clean) {
    buf = (buf << 6) | alphabet.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buf >> bits) & 0xff);
    }
  }
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 1 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
    let cp = n === 1 ? b : b & (0xff >> (n + 1));
    for (let j = 1; j < n; j++) cp = (cp << 6) | ((bytes[i + j] ?? 0) & 63);
    out += String.fromCodePoint(cp);
    i += n;
  }
  return out;
}
