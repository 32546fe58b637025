// Mirrors JSON merge patch (RFC 7386) as evanphx/json-patch's MergePatch / CreateMergePatch do
// it for `kubectl patch --type merge`, and apimachinery's jsonmergepatch.CreateThreeWayJSONMergePatch
// that kubectl apply uses for kinds without strategic-merge metadata (custom resources).
import { PatchError, errBadJSONDoc } from './errors.js';
import { deepCopy, deepEqual, has, isObject, jsonType, type JSONObject } from './json.js';

const errBadJSONPatch = (): PatchError => new PatchError('Invalid JSON Patch', 'BadRequest');

/**
 * Applies an RFC 7386 merge patch: objects merge key by key, `null` deletes a key, anything
 * else (arrays included) replaces. Like evanphx, nulls inside newly added subtrees are pruned,
 * and a patch that is not an object or array is rejected ("Invalid JSON Patch").
 */
export function jsonMergePatch(target: unknown, patch: unknown): unknown {
  if (Array.isArray(patch)) return pruneNulls(deepCopy(patch));
  if (!isObject(patch)) throw errBadJSONPatch();
  if (!isObject(target)) return pruneNulls(deepCopy(patch));
  const doc = deepCopy(target);
  mergeDocs(doc, patch);
  return doc;
}

function mergeDocs(doc: JSONObject, patch: JSONObject): void {
  for (const k of Object.keys(patch)) {
    const v = patch[k];
    if (v === null) {
      delete doc[k];
      continue;
    }
    const cur = doc[k];
    if (has(doc, k) && isObject(cur) && isObject(v)) mergeDocs(cur, v);
    else doc[k] = pruneNulls(deepCopy(v));
  }
}

/** pruneNulls: a value added wholesale keeps no null members (objects inside arrays included). */
function pruneNulls<T>(v: T): T {
  if (Array.isArray(v)) {
    for (const x of v) pruneNulls(x);
  } else if (isObject(v)) {
    for (const k of Object.keys(v)) {
      if (v[k] === null) delete v[k];
      else pruneNulls(v[k]);
    }
  }
  return v;
}

/**
 * CreateMergePatch: the merge patch that turns original into modified. Keys missing from
 * modified become null; changed arrays are sent whole.
 */
export function createJsonMergePatch(original: unknown, modified: unknown): unknown {
  if (!isObject(original) || !isObject(modified)) throw errBadJSONDoc();
  return diff(original, modified);
}

function diff(a: JSONObject, b: JSONObject): JSONObject {
  const out: JSONObject = {};
  for (const k of Object.keys(b)) {
    const bv = b[k];
    if (!has(a, k)) {
      out[k] = deepCopy(bv);
      continue;
    }
    const av = a[k];
    if (isObject(av) && isObject(bv)) {
      const sub = diff(av, bv);
      if (Object.keys(sub).length > 0) out[k] = sub;
    } else if (jsonType(av) !== jsonType(bv) || !deepEqual(av, bv)) {
      out[k] = deepCopy(bv);
    }
  }
  for (const k of Object.keys(a)) if (!has(b, k)) out[k] = null;
  return out;
}

/**
 * CreateThreeWayJSONMergePatch: additions and changes from live to the new config, plus
 * deletions from last-applied to the new config. Fields only the live object has survive.
 */
export function createThreeWayJsonMergePatch(original: unknown, modified: unknown, current: unknown): unknown {
  const addAndChange = keepOrDeleteNull(createJsonMergePatch(orEmpty(current), orEmpty(modified)) as JSONObject, false);
  const deletions = keepOrDeleteNull(createJsonMergePatch(orEmpty(original), orEmpty(modified)) as JSONObject, true);
  return jsonMergePatch(deletions, addAndChange);
}

function orEmpty(v: unknown): JSONObject {
  if (v === null || v === undefined) return {};
  if (!isObject(v)) throw errBadJSONDoc();
  return v;
}

/** keepOrDeleteNullInObj: keep only the null leaves (deletions), or only the non-null ones. */
function keepOrDeleteNull(m: JSONObject, keepNull: boolean): JSONObject {
  const out: JSONObject = {};
  for (const k of Object.keys(m)) {
    const v = m[k];
    if (v === null) {
      if (keepNull) out[k] = null;
    } else if (isObject(v)) {
      // An explicitly empty map is a value, not an empty patch.
      if (Object.keys(v).length === 0) {
        if (!keepNull) out[k] = v;
        continue;
      }
      const sub = keepOrDeleteNull(v, keepNull);
      if (Object.keys(sub).length > 0) out[k] = sub;
    } else if (!keepNull) {
      out[k] = v;
    }
  }
  return out;
}
