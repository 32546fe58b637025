// Mirrors get.go's human-readable loop over server-side Tables: one upstream Info per
// list (or per named object), a new printer and a tabwriter flush whenever the resource
// changes, a blank line between groups that printed something, headers once per
// printer, `kind/` name prefixes when several types were asked for.
import type { ResourceInfo } from '../../../api/resources.js';
import { decorateTable, tableFor, tableText, TabWriter } from '../../printers/table/index.js';

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
