// Mirrors JSON patch (RFC 6902) as gopkg.in/evanphx/json-patch.v4 applies it for
// `kubectl patch --type json`, error texts included. v4 quirks kept: negative array indices
// count from the end, `replace` of a missing object key adds it, a null member counts as absent.
import { PatchError } from './errors.js';
import { deepCopy, deepEqual, has, isObject, type JSONObject } from './json.js';

const maxJSONPatchOperations = 10000;
const ERR_MISSING = 'missing value';
const ERR_INVALID_INDEX = 'invalid index referenced';

type Container = JSONObject | unknown[];

/** strconv.Atoi, error text included. */
function atoi(s: string): number {
  if (!/^[+-]?\d+$/.test(s)) throw new Error(`strconv.Atoi: parsing ${JSON.stringify(s)}: invalid syntax`);
  return parseInt(s, 10);
}

const invalidIndex = (idx: number): Error => new Error(`Unable to access invalid index: ${idx}: ${ERR_INVALID_INDEX}`);

/** RFC 6901 unescaping: `~1` → `/` first, then `~0` → `~`, in one left-to-right pass. */
function decodeKey(k: string): string {
  return k.replace(/~[01]/g, (m) => (m === '~1' ? '/' : '~'));
}

function get(c: Container, key: string): unknown {
  if (!Array.isArray(c)) return has(c, key) ? c[key] : undefined;
  let idx = atoi(key);
  if (idx < 0) {
    if (idx < -c.length) throw invalidIndex(idx);
    idx += c.length;
  }
  if (idx >= c.length) throw invalidIndex(idx);
  return c[idx];
}

function add(c: Container, key: string, val: unknown): void {
  if (!Array.isArray(c)) {
    c[key] = val;
    return;
  }
  if (key === '-') {
    c.push(val);
    return;
  }
  let idx: number;
  try {
    idx = atoi(key);
  } catch (e) {
    throw new Error(`value was not a proper array index: '${key}': ${(e as Error).message}`);
  }
  const size = c.length + 1;
  if (idx >= size) throw invalidIndex(idx);
  if (idx < 0) {
    if (idx < -size) throw invalidIndex(idx);
    idx += size;
  }
  c.splice(idx, 0, val);
}

function set(c: Container, key: string, val: unknown): void {
  if (!Array.isArray(c)) {
    c[key] = val;
    return;
  }
  let idx = atoi(key);
  if (idx < 0) {
    if (idx < -c.length) throw invalidIndex(idx);
    idx += c.length;
  }
  c[idx] = val;
}

function remove(c: Container, key: string): void {
  if (!Array.isArray(c)) {
    if (!has(c, key)) throw new Error(`Unable to remove nonexistent key: ${key}: ${ERR_MISSING}`);
    delete c[key];
    return;
  }
  let idx = atoi(key);
  if (idx >= c.length) throw invalidIndex(idx);
  if (idx < 0) {
    if (idx < -c.length) throw invalidIndex(idx);
    idx += c.length;
  }
  c.splice(idx, 1);
}

/** findObject: the container holding the last path segment, or undefined if the walk fails. */
function findObject(doc: Container, path: string): { con: Container; key: string } | undefined {
  const split = path.split('/');
  if (split.length < 2) return undefined;
  let cur: Container = doc;
  for (const part of split.slice(1, -1)) {
    let next: unknown;
    try {
      next = get(cur, decodeKey(part));
    } catch {
      return undefined;
    }
    if (!isObject(next) && !Array.isArray(next)) return undefined;
    cur = next;
  }
  return { con: cur, key: decodeKey(split[split.length - 1]!) };
}

function str(op: JSONObject, field: 'path' | 'from'): string | undefined {
  const v = op[field];
  return typeof v === 'string' ? v : undefined;
}

/** The op's value; an absent value is Go's nil node, which marshals as null. */
const value = (op: JSONObject): unknown => (has(op, 'value') ? deepCopy(op.value) : null);

function wrap(prefix: string, fn: () => void): void {
  try {
    fn();
  } catch (e) {
    throw new PatchError(`${prefix}${(e as Error).message}`);
  }
}

type Doc = { root: Container };

const operations: Record<string, (d: Doc, op: JSONObject) => void> = {
  add(d, op) {
    const path = str(op, 'path');
    if (path === undefined) throw new PatchError(`add operation failed to decode path: ${ERR_MISSING}`);
    const f = findObject(d.root, path);
    if (!f) throw new PatchError(`add operation does not apply: doc is missing path: "${path}": ${ERR_MISSING}`);
    wrap(`error in add for path: '${path}': `, () => add(f.con, f.key, value(op)));
  },
  remove(d, op) {
    const path = str(op, 'path');
    if (path === undefined) throw new PatchError(`remove operation failed to decode path: ${ERR_MISSING}`);
    const f = findObject(d.root, path);
    if (!f) throw new PatchError(`remove operation does not apply: doc is missing path: "${path}": ${ERR_MISSING}`);
    wrap(`error in remove for path: '${path}': `, () => remove(f.con, f.key));
  },
  replace(d, op) {
    const path = str(op, 'path');
    if (path === undefined) throw new PatchError(`replace operation failed to decode path: operation missing path field: ${ERR_MISSING}`);
    if (path === '') {
      const v = value(op);
      if (!isObject(v) && !Array.isArray(v)) throw new PatchError('replace operation value must be object or array: %!w(<nil>)');
      d.root = v;
      return;
    }
    const f = findObject(d.root, path);
    if (!f) throw new PatchError(`replace operation does not apply: doc is missing path: ${path}: ${ERR_MISSING}`);
    try {
      get(f.con, f.key);
    } catch {
      throw new PatchError(`replace operation does not apply: doc is missing key: ${path}: ${ERR_MISSING}`);
    }
    wrap(`error in remove for path: '${path}': `, () => set(f.con, f.key, value(op)));
  },
  move(d, op) {
    const from = str(op, 'from');
    if (from === undefined) throw new PatchError(`move operation failed to decode from: operation, missing from field: ${ERR_MISSING}`);
    const src = findObject(d.root, from);
    if (!src) throw new PatchError(`move operation does not apply: doc is missing from path: ${from}: ${ERR_MISSING}`);
    let val: unknown;
    wrap(`error in move for path: '${src.key}': `, () => {
      val = get(src.con, src.key);
    });
    wrap(`error in move for path: '${src.key}': `, () => remove(src.con, src.key));
    const path = str(op, 'path');
    if (path === undefined) throw new PatchError(`move operation failed to decode path: operation missing path field: ${ERR_MISSING}`);
    const dst = findObject(d.root, path);
    if (!dst) throw new PatchError(`move operation does not apply: doc is missing destination path: ${path}: ${ERR_MISSING}`);
    wrap(`error in move for path: '${path}': `, () => add(dst.con, dst.key, val ?? null));
  },
  test(d, op) {
    const path = str(op, 'path');
    if (path === undefined) throw new PatchError(`test operation failed to decode path: operation missing path field: ${ERR_MISSING}`);
    const failed = (): PatchError => new PatchError(`testing value ${path} failed: test failed`);
    if (path === '') {
      if (!deepEqual(d.root, op.value)) throw failed();
      return;
    }
    const f = findObject(d.root, path);
    if (!f) throw new PatchError(`test operation does not apply: is missing path: ${path}: ${ERR_MISSING}`);
    let val: unknown;
    wrap(`error in test for path: '${path}': `, () => {
      val = get(f.con, f.key);
    });
    // A null member and an absent one are both Go's nil node.
    if (val === undefined || val === null) {
      if (!has(op, 'value') || op.value === null) return;
      throw failed();
    }
    if (!has(op, 'value') || !deepEqual(val, op.value)) throw failed();
  },
  copy(d, op) {
    const from = str(op, 'from');
    if (from === undefined) throw new PatchError(`copy operation failed to decode from: operation, missing from field: ${ERR_MISSING}`);
    const src = findObject(d.root, from);
    if (!src) throw new PatchError(`copy operation does not apply: doc is missing from path: ${from}: ${ERR_MISSING}`);
    let val: unknown;
    wrap(`error in copy for from: '${from}': `, () => {
      val = get(src.con, src.key);
    });
    const path = str(op, 'path');
    if (path === undefined) throw new PatchError(`copy operation failed to decode path: ${ERR_MISSING}`);
    const dst = findObject(d.root, path);
    if (!dst) throw new PatchError(`copy operation does not apply: doc is missing destination path: ${path}: ${ERR_MISSING}`);
    wrap('error while adding value during copy: ', () => add(dst.con, dst.key, deepCopy(val ?? null)));
  },
};

/**
 * Applies RFC 6902 operations to a copy of doc and returns it. Throws PatchError: BadRequest
 * when ops is not a list of objects (as the server's decode fails), Invalid (422) when an
 * operation does not apply.
 */
export function applyJsonPatch(doc: unknown, ops: unknown): unknown {
  if (!Array.isArray(ops)) {
    throw new PatchError(`json: cannot unmarshal ${goJSONKind(ops)} into Go value of type jsonpatch.Patch`, 'BadRequest');
  }
  for (const op of ops) {
    if (!isObject(op) && op !== null) {
      throw new PatchError(`json: cannot unmarshal ${goJSONKind(op)} into Go value of type jsonpatch.Operation`, 'BadRequest');
    }
  }
  if (ops.length > maxJSONPatchOperations) {
    throw new PatchError(`The allowed maximum operations in a JSON patch is ${maxJSONPatchOperations}, got ${ops.length}`, 'RequestEntityTooLarge');
  }
  if (!isObject(doc) && !Array.isArray(doc)) throw new PatchError('invalid JSON document', 'BadRequest');
  const d: Doc = { root: deepCopy(doc) };
  for (const raw of ops) {
    const op = (raw ?? {}) as JSONObject;
    const kind = typeof op.op === 'string' ? op.op : 'unknown';
    const fn = Object.prototype.hasOwnProperty.call(operations, kind) ? operations[kind] : undefined;
    if (!fn) throw new PatchError(`Unexpected kind: ${kind}`);
    fn(d, op);
  }
  return d.root;
}

/** The JSON kind encoding/json names in an UnmarshalTypeError. */
function goJSONKind(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'bool';
  return typeof v === 'string' ? 'string' : 'object';
}
