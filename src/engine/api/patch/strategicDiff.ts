// Mirrors the diff half of apimachinery/pkg/util/strategicpatch (diffMaps, diffLists,
// CreateTwoWayMergePatch, CreateThreeWayMergePatch) that kubectl apply uses client-side.
// Simplified: no preconditions (apiVersion/kind/name unchanged) and no conflict check; kubectl
// apply passes overwrite=true, which skips it.
import { errBadArgType, errBadJSONDoc, errNoListOfLists, errNoMergeKey, goString, unknownError } from './errors.js';
import { createThreeWayJsonMergePatch } from './jsonMergePatch.js';
import { deepCopy, deepEqual, has, isObject, jsonType, sortKeys, type JSONObject } from './json.js';
import {
  cmp,
  deduplicateScalars,
  deleteDirective,
  deleteFromPrimitiveListDirectivePrefix,
  directiveMarker,
  extractRetainKeysPatchStrategy,
  mergeDirective,
  normalizeSliceOrder,
  replaceDirective,
  retainKeysDirective,
  setElementOrderDirectivePrefix,
  sliceElementType,
  sortScalars,
} from './listOrder.js';
import { mergeMap } from './strategicMerge.js';
import { lookupPatchMeta, schemaForKind, type PatchSchema } from './patchMeta.js';

interface DiffOptions {
  setElementOrder?: boolean;
  ignoreChangesAndAdditions?: boolean;
  ignoreDeletions?: boolean;
  buildRetainKeysDirective?: boolean;
}

function asMap(v: unknown): JSONObject {
  if (v === null || v === undefined) return {};
  if (!isObject(v)) throw errBadJSONDoc();
  return deepCopy(v);
}

/**
 * CreateTwoWayMergePatch: the strategic patch that turns original into modified for kind.
 * Keys come out sorted, as json.Marshal writes a map.
 */
export function createTwoWayMergePatch(original: unknown, modified: unknown, kind: string): unknown {
  return createTwoWayMergePatchUsingSchema(original, modified, schemaForKind(kind));
}

export function createTwoWayMergePatchUsingSchema(original: unknown, modified: unknown, schema: PatchSchema): unknown {
  return sortKeys(diffMaps(asMap(original), asMap(modified), schema, { setElementOrder: true }));
}

/**
 * kubectl apply's patch: (live → config, without deletions) merged onto (last-applied →
 * config, deletions only). So fields removed from the config since last-applied are deleted,
 * fields set in the config win, and fields only the live object has are left alone. Kinds
 * without strategic metadata (custom resources) get a JSON merge patch, as kubectl does.
 */
export function createThreeWayMergePatch(original: unknown, modified: unknown, current: unknown, kind: string): unknown {
  const schema = schemaForKind(kind);
  if (schema === undefined) return sortKeys(createThreeWayJsonMergePatch(original, modified, current));
  return createThreeWayMergePatchUsingSchema(original, modified, current, schema);
}

export function createThreeWayMergePatchUsingSchema(original: unknown, modified: unknown, current: unknown, schema: PatchSchema): unknown {
  const originalMap = asMap(original);
  const modifiedMap = asMap(modified);
  const currentMap = asMap(current);
  const delta = diffMaps(currentMap, modifiedMap, schema, { ignoreDeletions: true, setElementOrder: true });
  const deletions = diffMaps(originalMap, modifiedMap, schema, { setElementOrder: true, ignoreChangesAndAdditions: true });
  return sortKeys(mergeMap(deletions, delta, schema, { mergeParallelList: false, ignoreUnmatchedNulls: false }));
}

/** diffMaps: the (recursive) patch that yields modified from original. */
function diffMaps(original: JSONObject, modified: JSONObject, schema: PatchSchema, opts: DiffOptions): JSONObject {
  const patch: JSONObject = {};
  const retainKeys: string[] = [];
  for (const key of Object.keys(modified)) {
    const modifiedValue = modified[key];
    if (opts.buildRetainKeysDirective && modifiedValue !== null) retainKeys.push(key);
    if (!has(original, key)) {
      if (!opts.ignoreChangesAndAdditions) patch[key] = modifiedValue;
      continue;
    }
    const originalValue = original[key];
    if (key === directiveMarker) {
      if (typeof originalValue !== 'string' || typeof modifiedValue !== 'string') {
        throw unknownError(`invalid value for special key: ${directiveMarker}`);
      }
      if (originalValue !== modifiedValue) patch[directiveMarker] = modifiedValue;
      continue;
    }
    if (jsonType(originalValue) !== jsonType(modifiedValue)) {
      if (!opts.ignoreChangesAndAdditions) patch[key] = modifiedValue;
      continue;
    }
    if (isObject(originalValue)) handleMapDiff(key, originalValue, modifiedValue as JSONObject, patch, schema, opts);
    else if (Array.isArray(originalValue)) handleSliceDiff(key, originalValue, modifiedValue as unknown[], patch, schema, opts);
    else if (!opts.ignoreChangesAndAdditions && !deepEqual(originalValue, modifiedValue)) patch[key] = modifiedValue;
  }
  if (!opts.ignoreDeletions) {
    for (const key of Object.keys(original)) if (!has(modified, key)) patch[key] = null;
  }
  // $retainKeys goes in when the patch has content or original has fields to clear.
  const hasAdditionalNewField = Object.keys(original).some((k) => original[k] !== null && !has(modified, k));
  if (retainKeys.length > 0 && (Object.keys(patch).length > 0 || hasAdditionalNewField)) {
    patch[retainKeysDirective] = sortScalars(retainKeys);
  }
  return patch;
}

function handleMapDiff(key: string, original: JSONObject, modified: JSONObject, patch: JSONObject, schema: PatchSchema, opts: DiffOptions): void {
  const meta = lookupPatchMeta(schema, key);
  const [retainKeys, strategy] = extractRetainKeysPatchStrategy(meta.strategies);
  if (strategy === replaceDirective) {
    if (!opts.ignoreChangesAndAdditions) patch[key] = modified;
    return;
  }
  const value = diffMaps(original, modified, meta.schema, { ...opts, buildRetainKeysDirective: retainKeys });
  if (Object.keys(value).length > 0) patch[key] = value;
}

function handleSliceDiff(key: string, original: unknown[], modified: unknown[], patch: JSONObject, schema: PatchSchema, opts: DiffOptions): void {
  const meta = lookupPatchMeta(schema, key);
  const [retainKeys, strategy] = extractRetainKeysPatchStrategy(meta.strategies);
  if (strategy !== mergeDirective) {
    if (!opts.ignoreChangesAndAdditions && !deepEqual(original, modified)) patch[key] = modified;
    return;
  }
  const [add, del, order] = diffLists(original, modified, meta.schema, meta.mergeKey, { ...opts, buildRetainKeysDirective: retainKeys });
  if (add.length > 0) patch[key] = add;
  if (del.length > 0) patch[`${deleteFromPrimitiveListDirectivePrefix}/${key}`] = del;
  if (order.length > 0) patch[`${setElementOrderDirectivePrefix}/${key}`] = order;
}

/** diffLists: [patch list, parallel deletion list (scalars), $setElementOrder list]. */
function diffLists(original: unknown[], modified: unknown[], schema: PatchSchema, mergeKey: string, opts: DiffOptions): [unknown[], unknown[], unknown[]] {
  if (original.length === 0) {
    if (modified.length === 0 || opts.ignoreChangesAndAdditions) return [[], [], []];
    return [modified, [], []];
  }
  const kind = sliceElementType(original, modified);
  if (kind === 'map') {
    const [changed, deletions] = diffListsOfMaps(original, modified, schema, mergeKey, opts);
    const patchList = [...normalizeSliceOrder(changed, modified, mergeKey, kind), ...deletions];
    const orderSame = isOrderSame(original, modified, mergeKey);
    let order: unknown[] = [];
    if (
      opts.setElementOrder &&
      ((!opts.ignoreChangesAndAdditions && (patchList.length > 0 || !orderSame)) || (!opts.ignoreDeletions && patchList.length > 0))
    ) {
      order = modified.map((v) => ({ [mergeKey]: (v as JSONObject)[mergeKey] }));
    }
    return [patchList, [], order];
  }
  if (modified.some(Array.isArray)) throw errNoListOfLists();
  // Upstream sorts original in place here, so the order check below sees it sorted.
  const sortedOriginal = sortScalars(original);
  const [added, deleted] = diffListsOfScalars(sortedOriginal, sortScalars(modified), opts);
  const patchList = normalizeSliceOrder(added, modified, mergeKey, kind);
  let order: unknown[] = [];
  if (opts.setElementOrder && ((!opts.ignoreDeletions && deleted.length > 0) || (!opts.ignoreChangesAndAdditions && !deepEqual(sortedOriginal, modified)))) {
    order = modified;
  }
  return [patchList, deleted, order];
}

function isOrderSame(original: unknown[], modified: unknown[], mergeKey: string): boolean {
  if (original.length !== modified.length) return false;
  return modified.every((m, i) => mergeKeyValue(original[i], mergeKey) === mergeKeyValue(m, mergeKey));
}

function mergeKeyValue(v: unknown, mergeKey: string): unknown {
  if (!isObject(v)) throw errBadArgType('map', v);
  if (!has(v, mergeKey)) throw errNoMergeKey(v, mergeKey);
  return v[mergeKey];
}

/** Walks both sorted lists by their `%v` text: [additions, deletions]. */
function diffListsOfScalars(original: unknown[], modified: unknown[], opts: DiffOptions): [unknown[], unknown[]] {
  const add: unknown[] = [];
  const del: unknown[] = [];
  let i = 0;
  let j = 0;
  while (i < original.length || j < modified.length) {
    const o = i < original.length ? goString(original[i]) : undefined;
    const m = j < modified.length ? goString(modified[j]) : undefined;
    if (o !== undefined && m !== undefined && o === m) {
      i++;
      j++;
    } else if (o === undefined || (m !== undefined && o > m)) {
      if (!opts.ignoreChangesAndAdditions) add.push(modified[j]);
      j++;
    } else {
      if (!opts.ignoreDeletions) del.push(original[i]);
      i++;
    }
  }
  return [add, deduplicateScalars(del)];
}

/** Walks both lists sorted by merge key: [changed or added items, `$patch: delete` items]. */
function diffListsOfMaps(original: unknown[], modified: unknown[], schema: PatchSchema, mergeKey: string, opts: DiffOptions): [unknown[], unknown[]] {
  const patch: unknown[] = [];
  const deletions: unknown[] = [];
  const sortByKey = (l: unknown[]): JSONObject[] =>
    l
      .map((v) => {
        mergeKeyValue(v, mergeKey);
        return v as JSONObject;
      })
      .sort((a, b) => cmp(goString(a[mergeKey]), goString(b[mergeKey])));
  const o = sortByKey(original);
  const m = sortByKey(modified);
  let i = 0;
  let j = 0;
  while (i < o.length || j < m.length) {
    const ok = i < o.length ? goString(o[i]![mergeKey]) : undefined;
    const mk = j < m.length ? goString(m[j]![mergeKey]) : undefined;
    if (ok !== undefined && mk !== undefined && ok === mk) {
      const value = diffMaps(o[i]!, m[j]!, schema, opts);
      if (Object.keys(value).length > 0) {
        value[mergeKey] = m[j]![mergeKey];
        patch.push(value);
      }
      i++;
      j++;
    } else if (ok === undefined || (mk !== undefined && ok > mk)) {
      if (!opts.ignoreChangesAndAdditions) patch.push(m[j]);
      j++;
    } else {
      if (!opts.ignoreDeletions) deletions.push({ [mergeKey]: o[i]![mergeKey], [directiveMarker]: deleteDirective });
      i++;
    }
  }
  return [patch, deletions];
}
