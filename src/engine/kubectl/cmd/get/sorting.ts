// Mirrors get.go's --sort-by (RuntimeSort, SortingPrinter, sorter.go's klog.Fatalf):
// apart from human.ts because the browser worker loads it after its first answer
// (with get/more.ts); a `get` with --sort-by waits for it.
import { sortObjects } from '../../printers/sortby.js';
import { relaxedJSONPathExpression } from '../../printers/customcolumns.js';
import { CmdError } from '../../command.js';
import type { TableInfo } from './human.js';

/**
 * klog.Fatalf from sorter.go when a value cannot be ordered (a map, a list): one
 * `F<mmdd hh:mm:ss.uuuuuu> <pid> sorter.go:<line>] …` line, exit 1; the pid is fixed.
 */
export function unsortableFatal(nowMs: number, path: string, table: boolean, err: string): CmdError {
  const d = new Date(nowMs);
  const p2 = (n: number) => String(n).padStart(2, '0');
  const ts = `${p2(d.getUTCMonth() + 1)}${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}.${String(d.getUTCMilliseconds() * 1000).padStart(6, '0')}`;
  const where = table ? 'sorter.go:375] Field %s in [][][]reflect.Value' : 'sorter.go:329] Field %s in *unstructured.Unstructured';
  return new CmdError(`F${ts}    4242 ${where.replace('%s', path)} is an unsortable type: interface, err: ${err}\n`, 1, true);
}

/**
 * get.go's human-readable path. With several Infos (types, or named objects) it first
 * runs RuntimeSort over the Table objects themselves, which have no such field, so
 * `get deploy,po --sort-by=.metadata.name` fails with "couldn't find any field".
 * Then SortingPrinter sorts each table of more than one row; get ignores PrintObj's
 * error, so a table where no row has the field (or whose path does not parse) prints
 * nothing (kubernetes/kubectl#1343, still so in v1.32) and may end in "No resources found".
 */
export function sortTables(tables: TableInfo[], sortBy: string, nowMs = 0): void {
  if (!sortBy) return;
  if (tables.length > 1) {
    const tableObjects = tables.map(() => ({ apiVersion: 'meta.k8s.io/v1', kind: 'Table', metadata: { resourceVersion: '' }, columnDefinitions: [], rows: [] }));
    try {
      sortObjects(tableObjects, sortBy);
    } catch (e) {
      const msg = (e as Error).message;
      if (msg.startsWith('unsortable type')) throw unsortableFatal(nowMs, relaxedJSONPathExpression(sortBy), false, msg);
      throw new CmdError(msg);
    }
  }
  for (const t of tables) {
    if (t.objects.length < 2) continue;
    try {
      t.objects = sortObjects(t.objects, sortBy);
    } catch (e) {
      const msg = (e as Error).message;
      if (msg.startsWith('unsortable type')) throw unsortableFatal(nowMs, relaxedJSONPathExpression(sortBy), true, msg);
      t.objects = [];
    }
  }
}
