// Shared pieces of k8s.io/apimachinery/pkg/api/validation (ValidateNonnegativeField,
// ValidateImmutableField) and of Go's %#v rendering of bad values, so that field
// errors print byte-for-byte like the real API server's.
import { GoValue, goQuote, invalid, type BadValue, type FieldError } from '../errors.js';
import { fieldImmutableErrorMsg } from './objectmeta.js';
import type { LabelSelector } from 'kubernetes-types/meta/v1';

export { fieldImmutableErrorMsg, isNegativeErrorMsg, validateNonnegativeField } from './objectmeta.js';

/** Structural equality of JSON values: apiequality.Semantic.DeepEqual for our plain objects. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => deepEqual(x, bb[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const ak = Object.keys(ao).filter((k) => ao[k] !== undefined);
  const bk = Object.keys(bo).filter((k) => bo[k] !== undefined);
  return ak.length === bk.length && ak.every((k) => deepEqual(ao[k], bo[k]));
}

/** ValidateImmutableField: `<fld>: Invalid value: <new>: field is immutable`. */
export function validateImmutableField(newVal: unknown, oldVal: unknown, fld: string, bad?: BadValue): FieldError[] {
  if (deepEqual(newVal, oldVal)) return [];
  return [invalid(fld, bad !== undefined ? bad : (newVal as BadValue), fieldImmutableErrorMsg)];
}

/** %#v of a map[string]string: `map[string]string{"a":"b", "c":"d"}` (Go sorts keys). */
export function goStringMap(m: Record<string, string> | undefined | null): GoValue {
  if (!m) return new GoValue('map[string]string(nil)');
  const body = Object.keys(m)
    .sort()
    .map((k) => `${goQuote(k)}:${goQuote(m[k] ?? '')}`)
    .join(', ');
  return new GoValue(`map[string]string{${body}}`);
}

/** %#v of a []string: `[]string{"a", "b"}`. */
export function goStringSlice(xs: readonly string[] | undefined | null): GoValue {
  if (!xs) return new GoValue('[]string(nil)');
  return new GoValue(`[]string{${xs.map(goQuote).join(', ')}}`);
}

/** %#v of a metav1.LabelSelector as ErrorBody prints it (pointer dereferenced). */
export function goLabelSelector(s: LabelSelector | undefined | null): GoValue | null {
  if (!s) return null;
  const ml = goStringMap(s.matchLabels).text;
  let me: string;
  if (!s.matchExpressions) me = '[]v1.LabelSelectorRequirement(nil)';
  else {
    const items = s.matchExpressions.map(
      (r) =>
        `v1.LabelSelectorRequirement{Key:${goQuote(r.key)}, Operator:${goQuote(r.operator)}, Values:${goStringSlice(r.values).text}}`,
    );
    me = `[]v1.LabelSelectorRequirement{${items.join(', ')}}`;
  }
  return new GoValue(`v1.LabelSelector{MatchLabels:${ml}, MatchExpressions:${me}}`);
}

/** %#v of an intstr.IntOrString value (Type 0 = Int, 1 = String). */
export function goIntOrString(v: number | string | undefined): GoValue {
  if (typeof v === 'string') return new GoValue(`intstr.IntOrString{Type:1, IntVal:0, StrVal:${goQuote(v)}}`);
  return new GoValue(`intstr.IntOrString{Type:0, IntVal:${v ?? 0}, StrVal:""}`);
}

/** Sorted own keys of a map, since Go map iteration order is not something to copy. */
export function sortedKeys(m: Record<string, unknown> | undefined | null): string[] {
  return m ? Object.keys(m).sort() : [];
}

/** Append a `.key` path segment the way field.Path.Key does: `data[key]`. */
export function keyPath(base: string, key: string): string {
  return `${base}[${key}]`;
}
