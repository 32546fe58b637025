// Helpers over plain decoded JSON values shared by the patch implementations: the type tests,
// deep copy and deep equality Go gets from map[string]interface{} and reflect.DeepEqual.
export type JSONObject = Record<string, unknown>;

export function isObject(v: unknown): v is JSONObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** reflect.TypeOf for a decoded JSON value, coarse enough for the kind switches upstream does. */
export function jsonType(v: unknown): 'null' | 'array' | 'object' | 'string' | 'number' | 'boolean' {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  const t = typeof v;
  if (t === 'string' || t === 'number' || t === 'boolean') return t;
  return 'object';
}

export function deepCopy<T>(v: T): T {
  if (Array.isArray(v)) return v.map((x) => deepCopy(x)) as T;
  if (isObject(v)) {
    const out: JSONObject = {};
    for (const k of Object.keys(v)) out[k] = deepCopy(v[k]);
    return out as T;
  }
  return v;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => deepEqual(x, b[i]));
  }
  if (isObject(a)) {
    if (!isObject(b)) return false;
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}

/** A copy with object keys sorted at every level, as Go's json.Marshal of a map writes them. */
export function sortKeys<T>(v: T): T {
  if (Array.isArray(v)) return v.map((x) => sortKeys(x)) as T;
  if (isObject(v)) {
    const out: JSONObject = {};
    for (const k of Object.keys(v).sort()) out[k] = sortKeys(v[k]);
    return out as T;
  }
  return v;
}

export function has(o: JSONObject, k: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, k);
}
