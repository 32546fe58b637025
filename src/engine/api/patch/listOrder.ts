// Mirrors the list helpers of apimachinery/pkg/util/strategicpatch/patch.go: element-type
// checks, scalar sort/dedup, and the ordering rules of merged lists ($setElementOrder first,
// then patch order, then live order), quirks included.
import { errBadArgType, errNoListOfLists, errNoMergeKey, goString, unknownError } from './errors.js';
import { isObject, jsonType, type JSONObject } from './json.js';

export const directiveMarker = '$patch';
export const deleteDirective = 'delete';
export const replaceDirective = 'replace';
export const mergeDirective = 'merge';
export const retainKeysStrategy = 'retainKeys';
export const retainKeysDirective = '$retainKeys';
export const deleteFromPrimitiveListDirectivePrefix = '$deleteFromPrimitiveList';
export const setElementOrderDirectivePrefix = '$setElementOrder';

/** The elements' kind: 'map' for objects, 'scalar' otherwise. */
export type ElemKind = 'map' | 'scalar';

/** sliceElementType: all elements of all slices share one type, which is not a list. */
export function sliceElementType(...slices: unknown[][]): ElemKind {
  let prev: string | undefined;
  for (const s of slices) {
    for (const v of s) {
      const t = jsonType(v);
      if (prev === undefined) {
        prev = t;
        if (t === 'array') throw errNoListOfLists();
      } else if (prev !== t) {
        throw unknownError(`list element types are not identical: ${goString(slices)}`);
      }
    }
  }
  if (prev === undefined) throw unknownError('no elements in any of the given slices');
  return prev === 'object' ? 'map' : 'scalar';
}

/**
 * sortScalars: ordered by their `%v` text, as sort.Sort with StringsAreSorted does
 * (so 10 sorts before 9).
 */
export function sortScalars(s: unknown[]): unknown[] {
  return [...s].sort((a, b) => cmp(goString(a), goString(b)));
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * deduplicateScalars: upstream's in-place algorithm moves the last element into each
 * duplicate's slot, so [a a b c] becomes [a c b]; kept for identical ordering.
 */
export function deduplicateScalars(input: unknown[]): unknown[] {
  const s = [...input];
  let length = s.length - 1;
  for (let i = 0; i < length; i++) {
    for (let j = i + 1; j <= length; j++) {
      if (s[i] === s[j]) {
        s[j] = s[length];
        s.length = length;
        length--;
        j--;
      }
    }
  }
  return s;
}

/** findMapInSliceBasedOnKeyValue. */
export function findMapInSlice(m: unknown[], key: string, value: unknown): { map: JSONObject; index: number } | undefined {
  for (let k = 0; k < m.length; k++) {
    const v = m[k];
    if (!isObject(v)) throw unknownError(`value for key ${k} is not a map.`);
    if (Object.prototype.hasOwnProperty.call(v, key) && v[key] === value) return { map: v, index: k };
  }
  return undefined;
}

export function validateMergeKeyInLists(mergeKey: string, ...lists: unknown[][]): void {
  for (const list of lists) {
    for (const item of list) {
      if (!isObject(item)) throw errBadArgType('map', item);
      if (!Object.prototype.hasOwnProperty.call(item, mergeKey)) throw errNoMergeKey(item, mergeKey);
    }
  }
}

/** extractToDeleteItems: splits `$patch: delete` entries from the rest. */
export function extractToDeleteItems(l: unknown[]): [unknown[], unknown[]] {
  const nonDelete: unknown[] = [];
  const toDelete: unknown[] = [];
  for (const v of l) {
    if (!isObject(v)) throw errBadArgType('map', v);
    if (v[directiveMarker] === deleteDirective) toDelete.push(v);
    else nonDelete.push(v);
  }
  return [nonDelete, toDelete];
}

function index(l: unknown[], val: unknown, mergeKey: string, kind: ElemKind): number {
  const key = (item: unknown): unknown => (kind === 'map' ? (isObject(item) ? item[mergeKey] : undefined) : item);
  const want = key(val);
  for (let i = 0; i < l.length; i++) if (key(l[i]) === want) return i;
  return -1;
}

/**
 * normalizeSliceOrder: sorts toSort by position in order (deletions last). Upstream uses
 * sort.SliceStable, an insertion sort for short lists, with a comparator that puts unknown
 * items first; the insertion sort below reproduces it.
 */
export function normalizeSliceOrder(toSort: unknown[], order: unknown[], mergeKey: string, kind: ElemKind): unknown[] {
  let items = [...toSort];
  let toDelete: unknown[] = [];
  if (kind === 'map') {
    validateMergeKeyInLists(mergeKey, items, order);
    [items, toDelete] = extractToDeleteItems(items);
  }
  const less = (a: unknown, b: unknown): boolean => {
    const ia = index(order, a, mergeKey, kind);
    if (ia >= 0) {
      const ib = index(order, b, mergeKey, kind);
      if (ib >= 0) return ia < ib;
    }
    return true;
  };
  for (let i = 1; i < items.length; i++) {
    for (let j = i; j > 0 && less(items[j], items[j - 1]); j--) {
      [items[j], items[j - 1]] = [items[j - 1], items[j]];
    }
  }
  return [...items, ...toDelete];
}

/**
 * mergeSortedSlice: interleaves server-only items (left) into patch items (right), keeping
 * each side's order; a left item goes first only when both are in serverOrder and it is earlier.
 * Example: live [a b c], patch [c x] (b server-only, a server-only): a<c so a first, then
 * b<c so b, then c, then x → [a b c x].
 */
function mergeSortedSlice(left: unknown[], right: unknown[], serverOrder: unknown[], mergeKey: string, kind: ElemKind): unknown[] {
  const out: unknown[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length || j < right.length) {
    if (i >= left.length) out.push(right[j++]);
    else if (j >= right.length) out.push(left[i++]);
    else {
      const li = index(serverOrder, left[i], mergeKey, kind);
      const ri = index(serverOrder, right[j], mergeKey, kind);
      if (li >= 0 && ri >= 0 && li < ri) out.push(left[i++]);
      else out.push(right[j++]);
    }
  }
  return out;
}

/** normalizeElementOrder: patch items in patchOrder, server-only items in serverOrder, merged. */
export function normalizeElementOrder(
  patch: unknown[],
  serverOnly: unknown[],
  patchOrder: unknown[],
  serverOrder: unknown[],
  mergeKey: string,
  kind: ElemKind,
): unknown[] {
  const p = normalizeSliceOrder(patch, patchOrder, mergeKey, kind);
  const s = normalizeSliceOrder(serverOnly, serverOrder, mergeKey, kind);
  return mergeSortedSlice(s, p, serverOrder, mergeKey, kind);
}

/** partitionPrimitivesByPresentInList / partitionMapsByPresentInList. */
export function partitionByPresentInList(original: unknown[], partitionBy: unknown[], mergeKey: string): [unknown[], unknown[]] {
  const inPatch: unknown[] = [];
  const serverOnly: unknown[] = [];
  if (!mergeKey) {
    const set = new Set(partitionBy);
    for (const v of original) (set.has(v) ? inPatch : serverOnly).push(v);
    return [inPatch, serverOnly];
  }
  for (const v of original) {
    if (!isObject(v)) throw errBadArgType('map', v);
    if (!Object.prototype.hasOwnProperty.call(v, mergeKey)) throw errNoMergeKey(v, mergeKey);
    (findMapInSlice(partitionBy, mergeKey, v[mergeKey]) ? inPatch : serverOnly).push(v);
  }
  return [inPatch, serverOnly];
}

/** extractRetainKeysPatchStrategy: [hasRetainKeys, the other strategy]. */
export function extractRetainKeysPatchStrategy(strategies: string[]): [boolean, string] {
  switch (strategies.length) {
    case 0:
      return [false, ''];
    case 1:
      return strategies[0] === retainKeysStrategy ? [true, ''] : [false, strategies[0]!];
    case 2:
      if (strategies[0] === retainKeysStrategy) return [true, strategies[1]!];
      if (strategies[1] === retainKeysStrategy) return [true, strategies[0]!];
  }
  throw unknownError(`unexpected patch strategy: ${goString(strategies)}`);
}
