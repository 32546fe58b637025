// Mirrors Go's encoding/pem.Decode (the block scanner `kubectl create secret tls`
// uses through tls.X509KeyPair) and the DER reading of crypto/x509 it needs:
// tag-length-value elements, INTEGER, OBJECT IDENTIFIER.

export interface PemBlock {
  type: string;
  headers: boolean;
  bytes: Uint8Array;
}

/** getLine: up to the next "\n", trailing " \t\r" trimmed; and the text after it. */
function getLine(s: string): [string, string] {
  const i = s.indexOf('\n');
  const [line, rest] = i < 0 ? [s, ''] : [s.slice(0, i), s.slice(i + 1)];
  return [line.replace(/[ \t\r]+$/, ''), rest];
}

/** base64.StdEncoding.Decode, which skips "\r" and "\n"; undefined where Go fails. */
function decodeBase64(text: string): Uint8Array | undefined {
  const s = text.replace(/[\r\n]/g, '');
  if (s.length % 4 !== 0 || !/^[A-Za-z0-9+/]*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(s)) return undefined;
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const out: number[] = [];
  let buf = 0;
  let bits = 0;
  for (const ch of s.replace(/=+$/, '')) {
    buf = ((buf << 6) | abc.indexOf(ch)) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((buf >> bits) & 0xff);
    }
  }
  return new Uint8Array(out);
}

/**
 * pem.Decode: the next well-formed block and the text after it. A BEGIN line whose
 * END line or base64 body is broken is skipped, and the search goes on after it.
 */
export function pemDecode(data: string): [PemBlock | undefined, string] {
  let rest = data;
  for (;;) {
    if (rest.startsWith('-----BEGIN ')) rest = rest.slice('-----BEGIN '.length);
    else {
      const i = rest.indexOf('\n-----BEGIN ');
      if (i < 0) return [undefined, data];
      rest = rest.slice(i + '\n-----BEGIN '.length);
    }
    let typeLine: string;
    [typeLine, rest] = getLine(rest);
    if (!typeLine.endsWith('-----')) continue;
    const type = typeLine.slice(0, -5);
    let headers = false;
    let truncated = false;
    for (;;) {
      if (!rest.length) {
        truncated = true;
        break;
      }
      const [line, next] = getLine(rest);
      if (!line.includes(':')) break;
      headers = true;
      rest = next;
    }
    if (truncated) return [undefined, data];
    let endIndex: number;
    let trailerAt: number;
    if (!headers && rest.startsWith('-----END ')) {
      endIndex = 0;
      trailerAt = '-----END '.length;
    } else {
      endIndex = rest.indexOf('\n-----END ');
      trailerAt = endIndex + '\n-----END '.length;
    }
    if (endIndex < 0) continue;
    const trailer = rest.slice(trailerAt, trailerAt + type.length + 5);
    if (trailer !== `${type}-----`) continue;
    if (getLine(rest.slice(trailerAt + type.length + 5))[0].length) continue;
    const bytes = decodeBase64(rest.slice(0, endIndex).replace(/[ \t]/g, ''));
    if (!bytes) continue;
    return [{ type, headers, bytes }, getLine(rest.slice(endIndex + '\n-----END '.length - 1))[1]];
  }
}

/** A DER element: its tag byte and contents. */
export interface Der {
  tag: number;
  body: Uint8Array;
}

export const SEQUENCE = 0x30;
export const INTEGER = 0x02;
export const BIT_STRING = 0x03;
export const OCTET_STRING = 0x04;
export const OID = 0x06;

/** A cursor over DER elements (cryptobyte.String's ReadASN1 family); undefined where malformed. */
export class DerReader {
  private off = 0;
  constructor(private readonly b: Uint8Array) {}

  get empty(): boolean {
    return this.off >= this.b.length;
  }

  peek(): number | undefined {
    return this.empty ? undefined : this.b[this.off];
  }

  /** The next element if its tag is `tag` (any tag when omitted). */
  read(tag?: number): Der | undefined {
    const b = this.b;
    let i = this.off;
    if (i + 2 > b.length) return undefined;
    const t = b[i++]!;
    if (tag !== undefined && t !== tag) return undefined;
    let len = b[i++]!;
    if (len & 0x80) {
      const n = len & 0x7f;
      if (n === 0 || n > 4 || i + n > b.length) return undefined;
      len = 0;
      for (let k = 0; k < n; k++) len = len * 256 + b[i++]!;
      if (len < 0x80 || (n > 1 && len < 1 << (8 * (n - 1)))) return undefined;
    }
    if (i + len > b.length) return undefined;
    this.off = i + len;
    return { tag: t, body: b.subarray(i, i + len) };
  }
}

/** A DER element's contents as a reader of its children. */
export function children(d: Der | undefined): DerReader | undefined {
  return d ? new DerReader(d.body) : undefined;
}

/** A non-negative INTEGER as a bigint; undefined for a negative or empty one. */
export function bigintOf(d: Der | undefined): bigint | undefined {
  if (!d || d.tag !== INTEGER || !d.body.length || d.body[0]! & 0x80) return undefined;
  return bytesToBigint(d.body);
}

export function bytesToBigint(b: Uint8Array): bigint {
  let n = 0n;
  for (const x of b) n = (n << 8n) | BigInt(x);
  return n;
}

/** An OBJECT IDENTIFIER in dotted form: 1.2.840.10045.2.1. */
export function oidOf(d: Der | undefined): string | undefined {
  if (!d || d.tag !== OID || !d.body.length) return undefined;
  const parts: number[] = [];
  let v = 0;
  for (const x of d.body) {
    v = v * 128 + (x & 0x7f);
    if (!(x & 0x80)) {
      parts.push(v);
      v = 0;
    }
  }
  const first = parts.shift()!;
  const a = first < 80 ? Math.floor(first / 40) : 2;
  return [a, first - 40 * a, ...parts].join('.');
}
