// Table-driven cases from apimachinery/pkg/util/strategicpatch/patch_test.go, run against
// its MergeItem test type (a schema of our own table, not the built-in kinds).
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { strategicMergePatchUsingSchema } from './strategicMerge.js';
import { createThreeWayMergePatchUsingSchema, createTwoWayMergePatchUsingSchema } from './strategicDiff.js';
import type { PatchSchema, StructTable } from './patchMeta.js';

const table: StructTable = {
  MergeItem: {
    mergingList: { strategy: 'merge', mergeKey: 'name', type: 'MergeItem' },
    nonMergingList: { type: 'MergeItem' },
    mergingIntList: { strategy: 'merge' },
    mergeItemPtr: { strategy: 'merge', mergeKey: 'name', type: 'MergeItem' },
    replacingItem: { strategy: 'replace' },
    retainKeysMap: { strategy: 'retainKeys', type: 'RetainKeysMergeItem' },
    retainKeysMergingList: { strategy: 'merge,retainKeys', mergeKey: 'name', type: 'MergeItem' },
  },
  RetainKeysMergeItem: {
    mergingIntList: { strategy: 'merge' },
    mergingList: { strategy: 'merge', mergeKey: 'name', type: 'MergeItem' },
  },
};
const schema: PatchSchema = { table, type: 'MergeItem' };

interface Case {
  description: string;
  original?: unknown;
  twoWay: unknown;
  modified: unknown;
  current?: unknown;
  threeWay?: unknown;
  result?: unknown;
  twoWayResult?: unknown;
  expectedError?: string;
}

const load = (text: string): Case[] => (parse(text) as { testCases: Case[] }).testCases;

// customStrategicMergePatchTestCaseData: patches CreateTwoWayMergePatch would not generate.
const custom = load(`
testCases:
  - description: unique scalars when merging lists
    original: {mergingIntList: [1, 2]}
    twoWay: {mergingIntList: [2, 3]}
    modified: {mergingIntList: [1, 2, 3]}
  - description: delete map from nested map
    original: {simpleMap: {key1: 1, key2: 1}}
    twoWay: {simpleMap: {$patch: delete}}
    modified: {simpleMap: {}}
  - description: delete all items from merging list
    original: {mergingList: [{name: 1}, {name: 2}]}
    twoWay: {mergingList: [{$patch: replace}]}
    modified: {mergingList: []}
  - description: merge empty merging lists
    original: {mergingList: []}
    twoWay: {mergingList: []}
    modified: {mergingList: []}
  - description: delete all keys from map
    original: {name: 1, value: 1}
    twoWay: {$patch: replace}
    modified: {}
  - description: add key and delete all keys from map
    original: {name: 1, value: 1}
    twoWay: {other: a, $patch: replace}
    modified: {other: a}
  - description: de-duplicate entries in a merging list
    original: {mergingList: [{name: 1}, {name: 1}, {name: 2, value: a}, {name: 3}, {name: 3}]}
    twoWay: {mergingList: [{name: 1, $patch: delete}, {name: 3, $patch: delete}]}
    modified: {mergingList: [{name: 2, value: a}]}
  - description: retainKeys map can add a field when no retainKeys directive present
    original: {retainKeysMap: {name: foo}}
    twoWay: {retainKeysMap: {value: bar}}
    modified: {retainKeysMap: {name: foo, value: bar}}
  - description: retainKeys map can delete a field when no retainKeys directive present
    original: {retainKeysMap: {name: foo, value: a}}
    twoWay: {retainKeysMap: {value: null}}
    modified: {retainKeysMap: {name: foo}}
  - description: retainKeys map merge an empty map
    original: {retainKeysMap: {name: foo, value: a}}
    twoWay: {retainKeysMap: {}}
    modified: {retainKeysMap: {name: foo, value: a}}
  - description: retainKeys list can change a field when no retainKeys directive present
    original: {retainKeysMergingList: [{name: bar}, {name: foo, value: a}]}
    twoWay: {retainKeysMergingList: [{name: foo, value: b}]}
    modified: {retainKeysMergingList: [{name: bar}, {name: foo, value: b}]}
  - description: preserve the order from the patch in a merging list
    original: {mergingList: [{name: 1}, {name: 2, value: b}, {name: 3}]}
    twoWay: {mergingList: [{name: 3, value: c}, {name: 1, value: a}, {name: 2, other: x}]}
    modified: {mergingList: [{name: 3, value: c}, {name: 1, value: a}, {name: 2, value: b, other: x}]}
  - description: preserve the order from the patch in a merging list 2
    original: {mergingList: [{name: 1}, {name: 2, value: b}, {name: 3}]}
    twoWay: {mergingList: [{name: 3, value: c}, {name: 1, value: a}]}
    modified: {mergingList: [{name: 2, value: b}, {name: 3, value: c}, {name: 1, value: a}]}
  - description: preserve the order from the patch in a merging int list
    original: {mergingIntList: [1, 2, 3]}
    twoWay: {mergingIntList: [3, 1, 2]}
    modified: {mergingIntList: [3, 1, 2]}
  - description: preserve the order from the patch in a merging int list 2
    original: {mergingIntList: [1, 2, 3]}
    twoWay: {mergingIntList: [3, 1]}
    modified: {mergingIntList: [2, 3, 1]}
  - description: $setElementOrder contains item that is not present in the list to be merged
    original: {mergingList: [{name: 1}, {name: 3}]}
    twoWay:
      $setElementOrder/mergingList: [{name: 3}, {name: 2}, {name: 1}]
      mergingList: [{name: 3, value: 3}, {name: 1, value: 1}]
    modified: {mergingList: [{name: 3, value: 3}, {name: 1, value: 1}]}
  - description: $setElementOrder contains item that is not present in the int list to be merged
    original: {mergingIntList: [1, 3]}
    twoWay: {$setElementOrder/mergingIntList: [3, 2, 1]}
    modified: {mergingIntList: [3, 1]}
  - description: should check if order in $setElementOrder and patch list match
    original: {mergingList: [{name: 1}, {name: 3}, {name: 2}]}
    twoWay:
      $setElementOrder/mergingList: [{name: 1}, {name: 2}, {name: 3}]
      mergingList: [{name: 3, value: 3}, {name: 1, value: 1}]
    modified: null
    expectedError: doesn't match
  - description: should check if order in $setElementOrder and int patch list match
    original: {mergingIntList: [1, 3, 2]}
    twoWay:
      $setElementOrder/mergingIntList: [1, 2, 3]
      mergingIntList: [3, 1]
    modified: null
    expectedError: doesn't match
  - description: missing merge key should error out
    original: {mergingList: [{name: 1, value: a}]}
    twoWay: {mergingList: [{value: b}]}
    modified: null
    expectedError: does not contain declared merge key
`);

describe('StrategicMergePatch: custom upstream cases', () => {
  for (const c of custom) {
    it(c.description, () => {
      if (c.expectedError) {
        expect(() => strategicMergePatchUsingSchema(c.original, c.twoWay, schema)).toThrow(c.expectedError);
        return;
      }
      expect(strategicMergePatchUsingSchema(c.original, c.twoWay, schema)).toEqual(c.modified);
    });
  }
});

// createStrategicMergePatchTestCaseData and strategicMergePatchRawTestCases: the generated
// two-way and three-way patches, and the results of applying them.
const generated = load(`
testCases:
  - description: nil original
    twoWay: {name: 1, value: 1}
    modified: {name: 1, value: 1}
    current: {name: 1, other: a}
    threeWay: {value: 1}
    result: {name: 1, value: 1, other: a}
  - description: nil patch
    original: {name: 1}
    twoWay: {}
    modified: {name: 1}
    current: {name: 1}
    threeWay: {}
    result: {name: 1}
  - description: add field to map with conflict
    original: {name: 1}
    twoWay: {value: 1}
    modified: {name: 1, value: 1}
    current: {name: a, other: a}
    threeWay: {name: 1, value: 1}
    result: {name: 1, value: 1, other: a}
  - description: add field and delete field from map
    original: {name: 1}
    twoWay: {name: null, value: 1}
    modified: {value: 1}
    current: {name: 1, other: a}
    threeWay: {name: null, value: 1}
    result: {value: 1, other: a}
  - description: delete field from nested map with conflict
    original: {simpleMap: {key1: 1, key2: 1}}
    twoWay: {simpleMap: {key2: null}}
    modified: {simpleMap: {key1: 1}}
    current: {simpleMap: {key1: a, key2: 1, other: a}}
    threeWay: {simpleMap: {key1: 1, key2: null}}
    result: {simpleMap: {key1: 1, other: a}}
  - description: add field and delete all fields from map with conflict
    original: {name: 1, value: 1}
    twoWay: {name: null, value: null, other: a}
    modified: {other: a}
    current: {name: 1, value: 1, other: b}
    threeWay: {name: null, value: null, other: a}
    result: {other: a}
  - description: replace list of scalars with conflict
    original: {nonMergingIntList: [1, 2]}
    twoWay: {nonMergingIntList: [2, 3]}
    modified: {nonMergingIntList: [2, 3]}
    current: {nonMergingIntList: [1, 4]}
    threeWay: {nonMergingIntList: [2, 3]}
    result: {nonMergingIntList: [2, 3]}
  - description: delete all maps from merging list with conflict
    original: {mergingList: [{name: 1}, {name: 2}]}
    twoWay: {mergingList: [{name: 1, $patch: delete}, {name: 2, $patch: delete}]}
    modified: {mergingList: []}
    current: {mergingList: [{name: 1, other: a}, {name: 2, other: b}]}
    threeWay: {mergingList: [{name: 1, $patch: delete}, {name: 2, $patch: delete}]}
    result: {mergingList: []}
  - description: merge empty merging lists
    original: {mergingList: []}
    twoWay: {}
    modified: {mergingList: []}
    current: {mergingList: []}
    threeWay: {}
    result: {mergingList: []}
  - description: defined null values should propagate overwrite current fields (with conflict)
    original: {name: 2}
    twoWay: {name: 1, value: 1, other: null}
    twoWayResult: {name: 1, value: 1}
    modified: {name: 1, value: 1, other: null}
    current: {name: a, other: a}
    threeWay: {name: 1, value: 1, other: null}
    result: {name: 1, value: 1}
  - description: defined null values should propagate removing original fields
    original: {name: original-name, value: original-value}
    current: {name: original-name, value: original-value, other: current-other}
    modified: {name: modified-name, value: null}
    twoWay: {name: modified-name, value: null}
    twoWayResult: {name: modified-name}
    threeWay: {name: modified-name, value: null}
    result: {name: modified-name, other: current-other}
  - description: retainKeys map with no change should not be present
    original: {name: a, retainKeysMap: {name: foo}}
    current: {name: a, other: c, retainKeysMap: {name: foo}}
    modified: {name: a, value: b, retainKeysMap: {name: foo}}
    twoWay: {value: b}
    threeWay: {value: b}
    result: {name: a, value: b, other: c, retainKeysMap: {name: foo}}
  - description: delete items in lists of scalars
    original: {mergingIntList: [1, 2, 3]}
    twoWay: {$setElementOrder/mergingIntList: [1, 2], $deleteFromPrimitiveList/mergingIntList: [3]}
    modified: {mergingIntList: [1, 2]}
    current: {mergingIntList: [1, 2, 3, 4]}
    threeWay: {$setElementOrder/mergingIntList: [1, 2], $deleteFromPrimitiveList/mergingIntList: [3]}
    result: {mergingIntList: [1, 2, 4]}
  - description: delete all duplicate items in lists of scalars
    original: {mergingIntList: [1, 2, 3, 3]}
    twoWay: {$setElementOrder/mergingIntList: [1, 2], $deleteFromPrimitiveList/mergingIntList: [3]}
    modified: {mergingIntList: [1, 2]}
    current: {mergingIntList: [1, 2, 3, 3, 4]}
    threeWay: {$setElementOrder/mergingIntList: [1, 2], $deleteFromPrimitiveList/mergingIntList: [3]}
    result: {mergingIntList: [1, 2, 4]}
  - description: add and delete items in lists of scalars
    original: {mergingIntList: [1, 2, 3]}
    twoWay:
      $setElementOrder/mergingIntList: [1, 2, 4]
      $deleteFromPrimitiveList/mergingIntList: [3]
      mergingIntList: [4]
    modified: {mergingIntList: [1, 2, 4]}
    current: {mergingIntList: [1, 2, 3, 4]}
    threeWay: {$setElementOrder/mergingIntList: [1, 2, 4], $deleteFromPrimitiveList/mergingIntList: [3]}
    result: {mergingIntList: [1, 2, 4]}
  - description: merge lists of maps
    original: {mergingList: [{name: 1}, {name: 2, value: 2}]}
    twoWay:
      $setElementOrder/mergingList: [{name: 4}, {name: 1}, {name: 2}, {name: 3}]
      mergingList: [{name: 4, value: 4}, {name: 3, value: 3}]
    modified: {mergingList: [{name: 4, value: 4}, {name: 1}, {name: 2, value: 2}, {name: 3, value: 3}]}
    current: {mergingList: [{name: 1, other: a}, {name: 2, value: 2, other: b}]}
    threeWay:
      $setElementOrder/mergingList: [{name: 4}, {name: 1}, {name: 2}, {name: 3}]
      mergingList: [{name: 4, value: 4}, {name: 3, value: 3}]
    result: {mergingList: [{name: 4, value: 4}, {name: 1, other: a}, {name: 2, value: 2, other: b}, {name: 3, value: 3}]}
  - description: merge lists of maps with conflict
    original: {mergingList: [{name: 1}, {name: 2, value: 2}]}
    twoWay:
      $setElementOrder/mergingList: [{name: 1}, {name: 2}, {name: 3}]
      mergingList: [{name: 3, value: 3}]
    modified: {mergingList: [{name: 1}, {name: 2, value: 2}, {name: 3, value: 3}]}
    current: {mergingList: [{name: 1, other: a}, {name: 2, value: 3, other: b}]}
    threeWay:
      $setElementOrder/mergingList: [{name: 1}, {name: 2}, {name: 3}]
      mergingList: [{name: 2, value: 2}, {name: 3, value: 3}]
    result: {mergingList: [{name: 1, other: a}, {name: 2, value: 2, other: b}, {name: 3, value: 3}]}
  - description: add field to map in merging list with conflict
    original: {mergingList: [{name: 1}, {name: 2, value: 2}]}
    twoWay:
      $setElementOrder/mergingList: [{name: 1}, {name: 2}]
      mergingList: [{name: 1, value: 1}]
    modified: {mergingList: [{name: 1, value: 1}, {name: 2, value: 2}]}
    current: {mergingList: [{name: 1, other: a}, {name: 3, value: 2, other: b}]}
    threeWay:
      $setElementOrder/mergingList: [{name: 1}, {name: 2}]
      mergingList: [{name: 1, value: 1}, {name: 2, value: 2}]
    result: {mergingList: [{name: 1, value: 1, other: a}, {name: 2, value: 2}, {name: 3, value: 2, other: b}]}
  - description: add duplicate field to map in merging list
    original: {mergingList: [{name: 1}, {name: 2, value: 2}]}
    twoWay:
      $setElementOrder/mergingList: [{name: 1}, {name: 2}]
      mergingList: [{name: 1, value: 1}]
    modified: {mergingList: [{name: 1, value: 1}, {name: 2, value: 2}]}
    current: {mergingList: [{name: 1, value: 1, other: a}, {name: 2, value: 2, other: b}]}
    threeWay: {}
    result: {mergingList: [{name: 1, value: 1, other: a}, {name: 2, value: 2, other: b}]}
  # Upstream's newest test file expects [{name: 1}] here (kubernetes#125932, not in v1.32);
  # v1.32 deletes every entry with the key, the known bug kubernetes#58477.
  - description: de-duplicate field in merging list (v1.32 removes all duplicates)
    original: {mergingList: [{name: 1}, {name: 1}]}
    twoWay:
      $setElementOrder/mergingList: [{name: 1}]
      mergingList: [{$patch: delete, name: 1}]
    modified: {mergingList: [{name: 1}]}
    twoWayResult: {mergingList: []}
    current: {mergingList: [{name: 1}, {name: 1}]}
    threeWay:
      $setElementOrder/mergingList: [{name: 1}]
      mergingList: [{$patch: delete, name: 1}]
    result: {mergingList: []}
  - description: delete map from merging list with conflict
    original: {mergingList: [{name: 1}, {name: 2}]}
    twoWay:
      $setElementOrder/mergingList: [{name: 2}]
      mergingList: [{name: 1, $patch: delete}]
    modified: {mergingList: [{name: 2}]}
    current: {mergingList: [{name: 1, other: a}, {name: 2, other: b}]}
    threeWay:
      $setElementOrder/mergingList: [{name: 2}]
      mergingList: [{name: 1, $patch: delete}]
    result: {mergingList: [{name: 2, other: b}]}
  - description: delete missing map from merging list with conflict
    original: {mergingList: [{name: 1}, {name: 2}]}
    twoWay:
      $setElementOrder/mergingList: [{name: 2}]
      mergingList: [{name: 1, $patch: delete}]
    modified: {mergingList: [{name: 2}]}
    current: {mergingList: [{name: 3, other: a}]}
    threeWay:
      $setElementOrder/mergingList: [{name: 2}]
      mergingList: [{name: 2}, {name: 1, $patch: delete}]
    result: {mergingList: [{name: 2}, {name: 3, other: a}]}
  - description: add map and delete map from merging list
    original: {mergingList: [{name: 1}, {name: 2}]}
    twoWay:
      $setElementOrder/mergingList: [{name: 2}, {name: 3}]
      mergingList: [{name: 3}, {name: 1, $patch: delete}]
    modified: {mergingList: [{name: 2}, {name: 3}]}
    current: {mergingList: [{name: 1}, {name: 2, other: b}, {name: 4, other: c}]}
    threeWay:
      $setElementOrder/mergingList: [{name: 2}, {name: 3}]
      mergingList: [{name: 3}, {name: 1, $patch: delete}]
    result: {mergingList: [{name: 2, other: b}, {name: 4, other: c}, {name: 3}]}
  - description: add map and delete map from merging list with conflict
    original: {mergingList: [{name: 1}, {name: 2}]}
    twoWay:
      $setElementOrder/mergingList: [{name: 2}, {name: 3}]
      mergingList: [{name: 3}, {name: 1, $patch: delete}]
    modified: {mergingList: [{name: 2}, {name: 3}]}
    current: {mergingList: [{name: 1, other: a}, {name: 4, other: c}]}
    threeWay:
      $setElementOrder/mergingList: [{name: 2}, {name: 3}]
      mergingList: [{name: 2}, {name: 3}, {name: 1, $patch: delete}]
    result: {mergingList: [{name: 4, other: c}, {name: 2}, {name: 3}]}
  - description: delete missing field from map in merging list with conflict
    original: {mergingList: [{name: 1, value: 1}, {name: 2, value: 2}]}
    twoWay:
      $setElementOrder/mergingList: [{name: 1}, {name: 2}]
      mergingList: [{name: 1, value: null}]
    modified: {mergingList: [{name: 1}, {name: 2, value: 2}]}
    current: {mergingList: [{name: 1, other: a}, {name: 2, other: b}]}
    threeWay:
      $setElementOrder/mergingList: [{name: 1}, {name: 2}]
      mergingList: [{name: 1, value: null}, {name: 2, value: 2}]
    result: {mergingList: [{name: 1, other: a}, {name: 2, value: 2, other: b}]}
  - description: replace non merging list nested in merging list with deletion conflict
    original: {mergingList: [{name: 1, nonMergingList: [{name: 1}, {name: 2, value: 2}]}, {name: 2}]}
    twoWay:
      $setElementOrder/mergingList: [{name: 1}, {name: 2}]
      mergingList: [{name: 1, nonMergingList: [{name: 1, value: 1}]}]
    modified: {mergingList: [{name: 1, nonMergingList: [{name: 1, value: 1}]}, {name: 2}]}
    current: {mergingList: [{name: 1, other: a, nonMergingList: [{name: 2, value: 2}]}, {name: 2, other: b}]}
    threeWay:
      $setElementOrder/mergingList: [{name: 1}, {name: 2}]
      mergingList: [{name: 1, nonMergingList: [{name: 1, value: 1}]}]
    result: {mergingList: [{name: 1, other: a, nonMergingList: [{name: 1, value: 1}]}, {name: 2, other: b}]}
  - description: add field to map in merging list nested in merging list
    original: {mergingList: [{name: 1, mergingList: [{name: 1}, {name: 2, value: 2}]}, {name: 2}]}
    twoWay:
      $setElementOrder/mergingList: [{name: 1}, {name: 2}]
      mergingList:
        - $setElementOrder/mergingList: [{name: 1}, {name: 2}]
          name: 1
          mergingList: [{name: 1, value: 1}]
    modified: {mergingList: [{name: 1, mergingList: [{name: 1, value: 1}, {name: 2, value: 2}]}, {name: 2}]}
    current: {mergingList: [{name: 1, other: a, mergingList: [{name: 1}, {name: 2, value: 2}]}, {name: 2, other: b}]}
    threeWay:
      $setElementOrder/mergingList: [{name: 1}, {name: 2}]
      mergingList:
        - $setElementOrder/mergingList: [{name: 1}, {name: 2}]
          name: 1
          mergingList: [{name: 1, value: 1}]
    result: {mergingList: [{name: 1, other: a, mergingList: [{name: 1, value: 1}, {name: 2, value: 2}]}, {name: 2, other: b}]}
`);

describe('CreateTwoWayMergePatch / CreateThreeWayMergePatch: upstream cases', () => {
  for (const c of generated) {
    it(c.description, () => {
      expect(createTwoWayMergePatchUsingSchema(c.original, c.modified, schema)).toEqual(c.twoWay);
      expect(strategicMergePatchUsingSchema(c.original, c.twoWay, schema)).toEqual(c.twoWayResult ?? c.modified);
      expect(createThreeWayMergePatchUsingSchema(c.original, c.modified, c.current, schema)).toEqual(c.threeWay);
      expect(strategicMergePatchUsingSchema(c.current, c.threeWay, schema)).toEqual(c.result);
    });
  }
});
