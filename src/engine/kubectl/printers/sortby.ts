// Mirrors kubectl's get/sorter.go (RuntimeSort, isLess) for `--sort-by=JSONPATH`:
// objects without the field sort first, strings compare as quantities when both
// parse (100m < 1), otherwise by fvbommel/sortorder's natural order ("a2" < "a10").
import { parseQuantity } from '../../api/quantity.js';
import { evaluateJsonPath } from './jsonpath.js';
import { relaxedJSONPathExpression } from './customcolumns.js';

/** sortorder.NaturalLess: runs of digits compare by value, digits sort before other characters. */
export function naturalLess(a: string, b: string): boolean {
  const digit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const c1 = a[i]!;
    const c2 = b[j]!;
    const d1 = digit(c1);
    const d2 = digit(c2);
    if (d1 !== d2) return d1;
    if (!d1) {
      i++;
      j++;
      if (c1 !== c2) return c1 < c2;
      continue;
    }
    while (i < a.length && a[i] === '0') i++;
    while (j < b.length && b[j] === '0') j++;
    const nz1 = i;
    const nz2 = j;
    while (i < a.length && digit(a[i])) i++;
    while (j < b.length && digit(b[j])) j++;
    if (i - nz1 !== j - nz2) return i - nz1 < j - nz2;
    const n1 = a.slice(nz1, i);
    const n2 = b.slice(nz2, j);
    if (n1 !== n2) return n1 < n2;
    if (nz1 !== nz2) return nz1 < nz2;
  }
  return a.length < b.length;
}

function quantityOrNull(s: string) {
  try {
    return parseQuantity(s);
  } catch {
    return null;
  }
}

/** isLess over two JSON values of the same field; throws for maps and lists, as kubectl exits. */
export function isLess(a: unknown, b: unknown): boolean {
  if ((a === null || a === undefined) && (b === null || b === undefined)) return false;
  if (a === null || a === undefined) return true;
  if (b === null || b === undefined) return false;
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'string' && typeof b === 'string') {
    const qa = quantityOrNull(a);
    const qb = qa && quantityOrNull(b);
    if (qa && qb) return qa.cmp(qb) < 0;
    return naturalLess(a, b);
  }
  if (typeof a === 'boolean' && typeof b === 'boolean') return !a && b;
  const t = Array.isArray(a) ? '[]interface {}' : typeof a === 'object' ? 'map[string]interface {}' : typeof a;
  throw new Error(`unsortable type: ${t}`);
}

/**
 * SortObjects + RuntimeSort: a stable sort of `objects` by the first value the
 * (relaxed) jsonpath finds in each. Throws kubectl's message when no object has
 * the field: couldn't find any field with path "{.metadata.nope}" in the list of objects
 */
export function sortObjects<T>(objects: T[], field: string): T[] {
  const path = relaxedJSONPathExpression(field);
  const firstValue = (o: T): { found: boolean; value: unknown } => {
    const sets = evaluateJsonPath(path, o, { allowMissingKeys: true });
    if (sets.length === 0 || sets[0]!.length === 0) return { found: false, value: undefined };
    return { found: true, value: sets[0]![0] };
  };
  const keyed = objects.map((o, index) => ({ o, index, ...firstValue(o) }));
  if (objects.length > 0 && !keyed.some((k) => k.found)) {
    throw new Error(`couldn't find any field with path "${path}" in the list of objects`);
  }
  const less = (x: (typeof keyed)[number], y: (typeof keyed)[number]) => {
    if (!x.found) return true;
    if (!y.found) return false;
    return isLess(x.value, y.value);
  };
  if (keyed.length <= 12) {
    // Go's sort.Sort (pdqsort) is an insertion sort up to 12 elements. Less says a
    // missing value is less than anything, even another missing one, so objects
    // lacking the field come out first in reverse order, as with kubectl.
    for (let i = 1; i < keyed.length; i++) {
      for (let j = i; j > 0 && less(keyed[j]!, keyed[j - 1]!); j--) [keyed[j], keyed[j - 1]] = [keyed[j - 1]!, keyed[j]!];
    }
    return keyed.map((k) => k.o);
  }
  // Longer lists: a stable sort (pdqsort's order among equal keys is not reproduced).
  keyed.sort((x, y) => (!x.found && !y.found ? 0 : less(x, y) ? -1 : less(y, x) ? 1 : 0));
  return keyed.map((k) => k.o);
}
