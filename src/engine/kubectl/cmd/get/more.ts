// What `kubectl get` prints besides human-readable tables (-o yaml|json|name|jsonpath|
// custom-columns, --sort-by, --watch): part of the chunk the browser worker loads after
// its first answer (lazy/afterAnswer.ts); kubectl waits for it before such a line.
export { listOf, parseOutputFormat, printGenericObject } from './output.js';
export { runWatch } from './watch.js';
export { sortTables, unsortableFatal } from './sorting.js';
export { sortObjects } from '../../printers/sortby.js';
export { relaxedJSONPathExpression } from '../../printers/customcolumns.js';
