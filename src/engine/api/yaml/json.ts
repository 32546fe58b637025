// Mirrors Go's encoding/json as kubectl uses it: json.MarshalIndent(obj, "", "    ")
// for -o json, json.Marshal (compact, map keys sorted) for jsonpath output and
// error messages, with Go's HTML-safe escaping (<, >, & → \u003c, \u003e, \u0026).
import { naturalLess } from './sort.js';

export interface MarshalOptions {
  /** indent unit; absent means compact */
  indent?: string;
  /** sort map keys bytewise, as Go does for map[string]interface{} */
  sortKeys?: boolean;
}

const shortEscapes: Record<string, string> = {
  '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f',
};

export function quoteJSON(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const c = s.charCodeAt(i);
    const short = shortEscapes[ch];
    if (short) out += short;
    else if (c < 0x20 || ch === '<' || ch === '>' || ch === '&' || c === 0x2028 || c === 0x2029) {
      out += '\\u' + c.toString(16).padStart(4, '0');
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff) {
      out += ch + s[i + 1];
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) out += '\\ufffd';
    else out += ch;
  }
  return out + '"';
}

/** Go's float64/int64 JSON text; JS's shortest form matches Go's except for exponent padding. */
export function formatJSONNumber(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`json: unsupported value: ${n}`);
  return String(n);
}

const byteLess = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function marshalJSON(value: unknown, opts: MarshalOptions = {}): string {
  const { indent, sortKeys } = opts;
  const enc = (v: unknown, prefix: string): string => {
    if (v === null || v === undefined) return 'null';
    if (typeof v === 'string') return quoteJSON(v);
    if (typeof v === 'number') return formatJSONNumber(v);
    if (typeof v === 'bigint') return v.toString();
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    const inner = indent === undefined ? '' : prefix + indent;
    const nl = indent === undefined ? '' : '\n';
    if (Array.isArray(v)) {
      if (v.length === 0) return '[]';
      return '[' + v.map((x) => nl + inner + enc(x, inner)).join(',') + nl + prefix + ']';
    }
    const obj = v as Record<string, unknown>;
    let keys = Object.keys(obj).filter((k) => obj[k] !== undefined);
    if (sortKeys) keys = keys.sort(byteLess);
    if (keys.length === 0) return '{}';
    const sep = indent === undefined ? ':' : ': ';
    return '{' + keys.map((k) => nl + inner + quoteJSON(k) + sep + enc(obj[k], inner)).join(',') + nl + prefix + '}';
  };
  return enc(value, '');
}

// Re-exported so callers sorting keys the YAML way share one implementation.
export { naturalLess };
