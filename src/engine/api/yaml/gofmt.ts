// Mirrors Go's fmt verbs as kubectl error messages use them on decoded JSON
// (map[string]interface{} and friends): %#v (jsonpath's debugging dump, go-yaml's
// "invalid map key") and %v (jsonpath's text output of scalars).
import { formatGoFloat } from './resolve.js';

/** strconv.Quote: printable Unicode kept, the rest escaped. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (c === 7) out += '\\a';
    else if (c === 8) out += '\\b';
    else if (c === 12) out += '\\f';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c === 9) out += '\\t';
    else if (c === 11) out += '\\v';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (!/[\p{L}\p{M}\p{N}\p{P}\p{S}\u0020]/u.test(ch)) {
      out += c <= 0xffff ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0');
    } else out += ch;
  }
  return out + '"';
}

/** A JSON-decoded number as Go holds it in unstructured content: int64 if integral, else float64. */
export function goNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 2 ** 63) return BigInt(n).toString();
  return formatGoFloat(n);
}

const byteLess = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * fmt's %#v of a value decoded from JSON. Example:
 * {a: [1, "x"], b: null} → map[string]interface {}{"a":[]interface {}{1, "x"}, "b":interface {}(nil)}
 * `keyType` is "string" for JSON objects, "interface {}" for go-yaml's own maps.
 */
export function goSharpV(v: unknown, keyType = 'string', top = true): string {
  if (v === null || v === undefined) return 'interface {}(nil)';
  if (typeof v === 'string') return goQuote(v);
  if (typeof v === 'number') return goNumber(v);
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return '[]interface {}{' + v.map((x) => goSharpV(x, keyType, false)).join(', ') + '}';
  const obj = v as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort(byteLess);
  void top;
  return (
    `map[${keyType}]interface {}{` +
    keys.map((k) => `${goQuote(k)}:${goSharpV(obj[k], keyType, false)}`).join(', ') +
    '}'
  );
}

/** fmt's %v of a scalar decoded from JSON (jsonpath text output). */
export function goPrint(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'number') return goNumber(v);
  return String(v);
}
