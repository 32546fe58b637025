// Mirrors get.go's human-readable loop over server-side Tables: one upstream Info per
// list (or per named object), a new printer and a tabwriter flush whenever the resource
// changes, a blank line between groups that printed something, headers once per
// printer, `kind/` name prefixes when several types were asked for.
import type { ResourceInfo } from '../../../api/resources.js';
import { decorateTable, tableFor, tableText, TabWriter } from '../../printers/table/index.js';
import { sortObjects } from '../../printers/sortby.js';
import { relaxedJSONPathExpression } from '../../printers/customcolumns.js';
import { CmdError } from '../../command.js';

export interface HumanOptions {
  nowMs: number;
  wide: boolean;
  noHeaders: boolean;
  allNamespaces: boolean;
  showKind: boolean;
  showLabels: boolean;
  labelColumns: string[];
  sortBy: string;
}

/** One upstream Info: a listed type (maybe empty) or one fetched object. */
export interface TableInfo {
  info: ResourceInfo;
  objects: any[];
}

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

/**
 * The text `kubectl get` writes to stdout for these tables, and whether every
 * printed type was namespaced (for "No resources found in ns namespace.").
 */
export function printHumanTables(tables: TableInfo[], opts: HumanOptions): { text: string; allNamespaced: boolean } {
  const first = tables[0]?.info;
  const withKind = opts.showKind || tables.some((t) => t.info !== first);
  const w = new TabWriter();
  let out = '';
  let ready = false;
  const emit = (s: string) => {
    if (s.length && ready) {
      out += '\n';
      ready = false;
    }
    out += s;
  };
  let last: ResourceInfo | undefined;
  let printedHeaders = false;
  let allNamespaced = !opts.allNamespaces;
  for (const t of tables) {
    allNamespaced = allNamespaced && t.info.namespaced;
    if (t.info !== last) {
      emit(w.flush());
      w.setRememberedWidths(null);
      if (last && !opts.noHeaders && out.length > 0) ready = true;
      printedHeaders = false;
      last = t.info;
    }
    const noHeaders = opts.noHeaders || printedHeaders;
    if (t.objects.length > 0) printedHeaders = true;
    const table = decorateTable(tableFor(t.info.name), t.objects, {
      nowMs: opts.nowMs,
      withNamespace: opts.allNamespaces && t.info.namespaced,
      withKind,
      kind: { group: t.info.group, kind: t.info.kind },
      showLabels: opts.showLabels,
      labelColumns: opts.labelColumns,
    });
    w.write(tableText(table, { wide: opts.wide, noHeaders }));
  }
  emit(w.flush());
  return { text: out, allNamespaced };
}
