// Mirrors the apply half of apimachinery/pkg/util/strategicpatch (mergeMap, mergeSlice and the
// $patch / $retainKeys / $setElementOrder / $deleteFromPrimitiveList directives), as the API
// server runs it for `kubectl patch --type strategic` and for kubectl apply's patches.
import {
  errBadArgType,
  errBadPatchFormatForPrimitiveList,
  errBadPatchFormatForRetainKeys,
  errBadPatchFormatForSetElementOrderList,
  errBadPatchType,
  errNoMergeKey,
  goString,
  unknownError,
} from './errors.js';
import { deepCopy, deepEqual, has, isObject, jsonType, type JSONObject } from './json.js';
import {
  deleteDirective,
  deleteFromPrimitiveListDirectivePrefix,
  directiveMarker,
  extractRetainKeysPatchStrategy,
  extractToDeleteItems,
  findMapInSlice,
  mergeDirective,
  normalizeElementOrder,
  partitionByPresentInList,
  replaceDirective,
  retainKeysDirective,
  setElementOrderDirectivePrefix,
  sliceElementType,
  deduplicateScalars,
} from './listOrder.js';
import { lookupPatchMeta, schemaForKind, type PatchSchema } from './patchMeta.js';

export interface MergeOptions {
  /** Server side: apply the parallel lists ($deleteFromPrimitiveList, $setElementOrder). */
  mergeParallelList: boolean;
  /** Server side: a null for a missing key is dropped rather than kept. */
  ignoreUnmatchedNulls: boolean;
}

/**
 * Applies a strategic merge patch to original for the given kind ("Deployment",
 * "apps/v1.Deployment"). Neither argument is modified. A kind without metadata merges maps
 * and replaces every list. Throws PatchError on malformed directives.
 */
export function strategicMergePatch(original: unknown, patch: unknown, kind: string): unknown {
  return strategicMergePatchUsingSchema(original, patch, schemaForKind(kind));
}

/** StrategicMergeMapPatchUsingLookupPatchMeta: the same against an explicit schema. */
export function strategicMergePatchUsingSchema(original: unknown, patch: unknown, schema: PatchSchema): unknown {
  if (!isObject(patch)) throw errBadArgType('map', patch);
  const orig = original === null || original === undefined ? {} : original;
  if (!isObject(orig)) throw errBadArgType('map', orig);
  return mergeMap(deepCopy(orig), deepCopy(patch), schema, { mergeParallelList: true, ignoreUnmatchedNulls: true });
}

/** mergeMap: merges patch into original (both are mutated; callers pass copies). */
export function mergeMap(original: JSONObject | undefined, patch: JSONObject, schema: PatchSchema, opts: MergeOptions): JSONObject {
  if (has(patch, directiveMarker)) return handleDirectiveInMergeMap(patch[directiveMarker], patch);
  const orig = original ?? {};
  applyRetainKeysDirective(orig, patch, opts);
  mergePatchIntoOriginal(orig, patch, schema, opts);

  for (const key of Object.keys(patch)) {
    const patchV = patch[key];
    let k = key;
    let isDeleteList = false;
    if (key.startsWith(deleteFromPrimitiveListDirectivePrefix)) {
      if (!opts.mergeParallelList) {
        orig[key] = patchV;
        continue;
      }
      k = extractKey(key, deleteFromPrimitiveListDirectivePrefix);
      isDeleteList = true;
    }
    if (patchV === null) {
      delete orig[k];
      if (opts.ignoreUnmatchedNulls) continue;
    }
    if (!has(orig, k) || jsonType(orig[k]) !== jsonType(patchV)) {
      // Not in the original (or a different type): take the patch value, minus directives.
      if (!isDeleteList) setWithoutDirectives(orig, k, patchV, opts);
      continue;
    }
    const meta = lookupPatchMeta(schema, k);
    const [, strategy] = extractRetainKeysPatchStrategy(meta.strategies);
    if (isObject(patchV)) {
      orig[k] = strategy === replaceDirective ? patchV : mergeMap(orig[k] as JSONObject, patchV, meta.schema, opts);
    } else if (Array.isArray(patchV)) {
      orig[k] = mergeSliceHandler(orig[k] as unknown[], patchV, meta.schema, strategy, meta.mergeKey, isDeleteList, opts);
    } else {
      setWithoutDirectives(orig, k, patchV, opts);
    }
  }
  return orig;
}

function setWithoutDirectives(orig: JSONObject, k: string, v: unknown, opts: MergeOptions): void {
  if (opts.ignoreUnmatchedNulls) discardNullValuesFromPatch(v);
  const [value, keep] = removeDirectives(v);
  if (keep) orig[k] = value;
  else delete orig[k];
}

/** discardNullValuesFromPatch: a new subtree keeps no null members (kubernetes#123304). */
function discardNullValuesFromPatch(v: unknown): void {
  if (isObject(v)) {
    for (const k of Object.keys(v)) {
      if (v[k] === null) delete v[k];
      else discardNullValuesFromPatch(v[k]);
    }
  } else if (Array.isArray(v)) {
    for (const x of v) discardNullValuesFromPatch(x);
  }
}

/** removeDirectives: drops maps carrying `$patch` from a value that is taken as is. */
function removeDirectives(v: unknown): [unknown, boolean] {
  if (isObject(v)) {
    if (has(v, directiveMarker)) return [null, false];
    for (const k of Object.keys(v)) {
      const [nv, keep] = removeDirectives(v[k]);
      if (keep) v[k] = nv;
      else delete v[k];
    }
    return [v, true];
  }
  if (Array.isArray(v)) {
    const out: unknown[] = [];
    for (const x of v) {
      const [nv, keep] = removeDirectives(x);
      if (keep) out.push(nv);
    }
    return [out, true];
  }
  return [v, true];
}

function handleDirectiveInMergeMap(directive: unknown, patch: JSONObject): JSONObject {
  if (directive === replaceDirective) {
    // `$patch: replace` on a map: the patch (without the marker) becomes the value.
    delete patch[directiveMarker];
    return patch;
  }
  if (directive === deleteDirective) return {};
  throw errBadPatchType(directive, patch);
}

function extractKey(s: string, prefix: string): string {
  const slash = s.indexOf('/');
  if (slash < 0 || s.slice(0, slash) !== prefix) {
    if (prefix === deleteFromPrimitiveListDirectivePrefix) throw errBadPatchFormatForPrimitiveList();
    if (prefix === setElementOrderDirectivePrefix) throw errBadPatchFormatForSetElementOrderList();
    throw unknownError(`fail to find unknown prefix "${prefix}" in ${s}`);
  }
  return s.slice(slash + 1);
}

/**
 * applyRetainKeysDirective: server side, keys of original missing from `$retainKeys` are
 * cleared, and a patch key not in the list is an error. Client side (merging two patches) the
 * directive is carried over.
 */
function applyRetainKeysDirective(original: JSONObject, patch: JSONObject, opts: MergeOptions): void {
  if (!has(patch, retainKeysDirective)) return;
  const retain = patch[retainKeysDirective];
  delete patch[retainKeysDirective];
  if (!opts.mergeParallelList) {
    if (has(original, retainKeysDirective)) {
      if (!deepEqual(original[retainKeysDirective], retain)) {
        throw unknownError(
          `${goString(original[retainKeysDirective])} and ${goString(retain)} are not deep equal: this may happen when calculating the 3-way diff patch`,
        );
      }
    } else {
      original[retainKeysDirective] = retain;
    }
    return;
  }
  if (!Array.isArray(retain)) throw errBadPatchFormatForRetainKeys();
  const keep = new Set(retain);
  for (const k of Object.keys(patch)) {
    if (patch[k] === null || k.startsWith(deleteFromPrimitiveListDirectivePrefix) || k.startsWith(setElementOrderDirectivePrefix)) continue;
    if (!keep.has(k)) throw errBadPatchFormatForRetainKeys();
  }
  for (const k of Object.keys(original)) if (!keep.has(k)) delete original[k];
}

/**
 * mergePatchIntoOriginal: handles each `$setElementOrder/<field>` with its list. Precedence
 * of order: $setElementOrder > order in the patch list > order in the live list.
 */
function mergePatchIntoOriginal(original: JSONObject, patch: JSONObject, schema: PatchSchema, opts: MergeOptions): void {
  for (const key of Object.keys(patch)) {
    if (!key.startsWith(setElementOrderDirectivePrefix)) continue;
    const order = patch[key];
    if (!opts.mergeParallelList) {
      if (has(original, key)) {
        if (!deepEqual(original[key], order)) throw errBadPatchFormatForSetElementOrderList();
      } else {
        original[key] = order;
      }
    }
    delete patch[key];
    if (!Array.isArray(order)) throw errBadArgType('slice', order);
    const originalKey = extractKey(key, setElementOrderDirectivePrefix);
    const foundOriginal = has(original, originalKey);
    const foundPatch = has(patch, originalKey);
    const originalList = original[originalKey];
    const patchList = patch[originalKey];
    if (foundOriginal && !Array.isArray(originalList)) throw errBadArgType('slice', originalList);
    if (foundPatch && !Array.isArray(patchList)) throw errBadArgType('slice', patchList);
    const origArr = (originalList ?? []) as unknown[];
    const patchArr = (patchList ?? []) as unknown[];
    const meta = lookupPatchMeta(schema, originalKey);
    const [, strategy] = extractRetainKeysPatchStrategy(meta.strategies);
    validatePatchWithSetOrderList(patchArr, order, meta.mergeKey);

    let merged: unknown[];
    let serverOrder = origArr;
    if (foundOriginal && !foundPatch) merged = origArr;
    else if (!foundOriginal && foundPatch) merged = removeDirectives(patchArr)[0] as unknown[];
    else if (foundOriginal && foundPatch) {
      [merged, serverOrder] = mergeSliceHandlerWithView(origArr, patchArr, meta.schema, strategy, meta.mergeKey, false, opts);
    } else continue;

    const [patchItems, serverOnly] = partitionByPresentInList(merged, order, meta.mergeKey);
    const kind = sliceElementType(serverOrder, patchArr);
    original[originalKey] = normalizeElementOrder(patchItems, serverOnly, order, serverOrder, meta.mergeKey, kind);
    delete patch[originalKey];
  }
}

/** The patch list's items (deletions aside) must appear in $setElementOrder, in the same order. */
function validatePatchWithSetOrderList(patchList: unknown[], order: unknown[], mergeKey: string): void {
  if (order.length === 0 || patchList.length === 0) return;
  const nonDelete = mergeKey ? extractToDeleteItems(patchList)[0] : patchList;
  const sameKey = (a: unknown, b: unknown): boolean => {
    if (!mergeKey) return a === b;
    if (!isObject(a)) throw errBadArgType('map', a);
    if (!isObject(b)) throw errBadArgType('map', b);
    if (!has(a, mergeKey)) throw errNoMergeKey(a, mergeKey);
    if (!has(b, mergeKey)) throw errNoMergeKey(b, mergeKey);
    return a[mergeKey] === b[mergeKey];
  };
  let p = 0;
  let s = 0;
  while (p < nonDelete.length && s < order.length) {
    if (isObject(nonDelete[p]) && has(nonDelete[p] as JSONObject, directiveMarker)) {
      p++;
      continue;
    }
    if (sameKey(nonDelete[p], order[s])) p++;
    s++;
  }
  if (p < nonDelete.length && s >= order.length) {
    throw unknownError(`the order in patch list:\n${goString(patchList)}\n doesn't match ${setElementOrderDirectivePrefix} list:\n${goString(order)}`);
  }
}

/**
 * Go slices share their backing array: upstream deletes list entries in place and appends
 * into the freed slots, so the caller's view of the original list afterwards holds the
 * merged prefix. mergePatchIntoOriginal then orders server-only items by that view, and the
 * expected results of upstream's own tests depend on it. AliasedList reproduces the view.
 * Example: live [1 2 4], patch [{3} {1 delete}] → view [2 4 3], so 4 stays before 3.
 */
interface AliasedList {
  /** The caller's view: the original's length, over the shared backing array. */
  view: unknown[];
  /** The current slice's length within the backing array; -1 once it no longer aliases it. */
  len: number;
}

export function mergeSliceHandler(
  original: unknown[],
  patch: unknown[],
  schema: PatchSchema,
  strategy: string,
  mergeKey: string,
  isDeleteList: boolean,
  opts: MergeOptions,
): unknown[] {
  return mergeSliceHandlerWithView(original, patch, schema, strategy, mergeKey, isDeleteList, opts)[0];
}

/** mergeSliceHandler, also returning the caller's (aliased) view of original afterwards. */
function mergeSliceHandlerWithView(
  original: unknown[],
  patch: unknown[],
  schema: PatchSchema,
  strategy: string,
  mergeKey: string,
  isDeleteList: boolean,
  opts: MergeOptions,
): [unknown[], unknown[]] {
  if (strategy !== mergeDirective) return [patch, original];
  const alias: AliasedList = { view: [...original], len: original.length };
  return [mergeSlice(original, patch, schema, mergeKey, opts, isDeleteList, alias), alias.view];
}

/** mergeSlice: merges two lists with the merge strategy, then restores the order rules. */
function mergeSlice(
  original: unknown[],
  patch: unknown[],
  schema: PatchSchema,
  mergeKey: string,
  opts: MergeOptions,
  isDeleteList: boolean,
  alias: AliasedList,
): unknown[] {
  if (original.length === 0 && patch.length === 0) return original;
  const kind = sliceElementType(original, patch);
  let merged: unknown[];
  let orig = original;
  let p = patch;
  if (kind !== 'map') {
    if (opts.mergeParallelList && isDeleteList) {
      const del = new Set(patch);
      return original.filter((v) => !del.has(v));
    }
    merged = deduplicateScalars([...original, ...patch]);
  } else {
    if (!mergeKey) throw unknownError('cannot merge lists without merge key for type map');
    [orig, p] = mergeSliceWithSpecialElements(patch, mergeKey, alias);
    merged = mergeSliceWithoutSpecialElements([...orig], p, mergeKey, schema, opts, alias);
  }
  const [patchItems, serverOnly] = partitionByPresentInList(merged, p, mergeKey);
  return normalizeElementOrder(patchItems, serverOnly, p, orig, mergeKey, kind);
}

/**
 * `$patch: delete` entries remove by key (shifting the shared array left in place);
 * `$patch: replace` makes the rest of the list the value. Returns [original, plain patch].
 */
function mergeSliceWithSpecialElements(patch: unknown[], mergeKey: string, alias: AliasedList): [unknown[], unknown[]] {
  const plain: unknown[] = [];
  let replace = false;
  for (const v of patch) {
    const m = v as JSONObject;
    if (!has(m, directiveMarker)) {
      plain.push(v);
      continue;
    }
    const directive = m[directiveMarker];
    if (directive === deleteDirective) {
      if (!has(m, mergeKey)) throw errNoMergeKey(m, mergeKey);
      for (;;) {
        const found = findMapInSlice(alias.view.slice(0, alias.len), mergeKey, m[mergeKey]);
        if (!found) break;
        alias.view.copyWithin(found.index, found.index + 1, alias.len);
        alias.len--;
      }
    } else if (directive === replaceDirective) {
      replace = true;
    } else if (directive === mergeDirective) {
      throw unknownError('merging lists cannot yet be specified in the patch');
    } else {
      throw errBadPatchType(directive, m);
    }
  }
  if (replace) {
    alias.len = -1;
    return [plain, []];
  }
  return [alias.view.slice(0, alias.len), plain];
}

function mergeSliceWithoutSpecialElements(
  original: unknown[],
  patch: unknown[],
  mergeKey: string,
  schema: PatchSchema,
  opts: MergeOptions,
  alias: AliasedList,
): unknown[] {
  for (const v of patch) {
    const m = v as JSONObject;
    if (!has(m, mergeKey)) throw errNoMergeKey(m, mergeKey);
    const found = findMapInSlice(original, mergeKey, m[mergeKey]);
    if (found) {
      original[found.index] = mergeMap(found.map, m, schema, opts);
      if (alias.len >= 0 && found.index < alias.view.length) alias.view[found.index] = original[found.index];
    } else {
      if (opts.ignoreUnmatchedNulls) discardNullValuesFromPatch(m);
      original.push(removeDirectives(m)[0]);
      // Appending within the original's length overwrites the shared array; past it, Go
      // reallocates and the caller's view is no longer touched.
      if (alias.len >= 0 && alias.len < alias.view.length) alias.view[alias.len++] = original[original.length - 1];
      else alias.len = -1;
    }
  }
  return original;
}
