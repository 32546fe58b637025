// Mirrors kubectl's human-readable table printer for server-side tables
// (cli-runtime/pkg/printers/tableprinter.go: decorateTable + printTable) over the
// tab writer kubectl uses. One call prints one resource type's table.

import { formatLabels } from './format.js';
import { TabWriter } from './tabwriter.js';
import type { Column, KubeObject, TableHandler } from './types.js';

export interface PrintOptions {
  nowMs: number;
  /** -o wide: also print priority>0 columns */
  wide?: boolean;
  /** --no-headers */
  noHeaders?: boolean;
  /** -A / --all-namespaces: a NAMESPACE column first */
  withNamespace?: boolean;
  /** --show-labels: a LABELS column last, "a=b,c=d" sorted by key */
  showLabels?: boolean;
  /** -L a,example.com/b: one column per key, headed by the upper-cased last path segment */
  labelColumns?: string[];
  /** several types in one `kubectl get`: prefix the name cell with `kind.group/` */
  withKind?: boolean;
  /** the printed type, e.g. { group: 'apps', kind: 'Deployment' } → "deployment.apps/web" */
  kind?: { group: string; kind: string };
}

/** A row of cells (already decorated) plus the columns they belong to. */
export interface DecoratedTable {
  columns: Column[];
  rows: string[][];
}

/** GroupKind.String() lower-cased: "pod", "deployment.apps". */
export function kindPrefix(kind: { group: string; kind: string }): string {
  const s = kind.group ? `${kind.kind}.${kind.group}` : kind.kind;
  return s.toLowerCase();
}

/** -L header: "app.kubernetes.io/name" → "NAME". */
export function labelHeader(key: string): string {
  const parts = key.split('/');
  return parts[parts.length - 1].toUpperCase();
}

/**
 * decorateTable: adds NAMESPACE first, -L columns and LABELS last, and prefixes the
 * first column with format "name" when printing with kinds. Rows are the full
 * (wide) rows; printing drops columns by priority afterwards.
 */
export function decorateTable<T extends KubeObject>(
  handler: TableHandler<T>,
  objects: readonly T[],
  options: PrintOptions,
): DecoratedTable {
  const columns: Column[] = [];
  if (options.withNamespace) columns.push({ name: 'Namespace', type: 'string', priority: 0 });
  columns.push(...handler.columns);
  const labelKeys = options.labelColumns ?? [];
  for (const key of labelKeys) columns.push({ name: labelHeader(key), type: 'string', priority: 0 });
  if (options.showLabels) columns.push({ name: 'Labels', type: 'string', priority: 0 });

  const nameColumn =
    options.withKind && options.kind && (options.kind.kind || options.kind.group)
      ? handler.columns.findIndex((c) => c.format === 'name' && c.type === 'string')
      : -1;

  const rows = objects.map((obj) => {
    const cells = handler.row(obj, options.nowMs, true).slice(0, handler.columns.length);
    while (cells.length < handler.columns.length) cells.push('');
    if (nameColumn >= 0) cells[nameColumn] = `${kindPrefix(options.kind!)}/${cells[nameColumn]}`;
    const labels = obj.metadata?.labels ?? {};
    const out: string[] = [];
    if (options.withNamespace) out.push(obj.metadata?.namespace ?? '');
    out.push(...cells);
    for (const key of labelKeys) out.push(labels[key] ?? '');
    if (options.showLabels) out.push(formatLabels(labels));
    return out;
  });
  return { columns, rows };
}

/**
 * printTable's text before alignment: tab-separated cells, one line per row, the
 * header first unless --no-headers (and no header at all when there are no rows).
 * A cell is cut at its first newline, carriage return or form feed and gets "...".
 */
export function tableText(table: DecoratedTable, options: Pick<PrintOptions, 'wide' | 'noHeaders'>): string {
  const shown = table.columns.map((c) => options.wide || c.priority === 0);
  let text = '';
  if (!options.noHeaders) {
    if (table.rows.length === 0) return '';
    text += table.columns.filter((_, i) => shown[i]).map((c) => c.name.toUpperCase()).join('\t') + '\n';
  }
  for (const row of table.rows) {
    const cells: string[] = [];
    for (let i = 0; i < row.length && i < table.columns.length; i++) {
      if (shown[i]) cells.push(cutAtBreak(row[i]));
    }
    text += cells.join('\t') + '\n';
  }
  return text;
}

function cutAtBreak(s: string): string {
  const i = s.search(/[\f\n\r]/);
  return i < 0 ? s : s.slice(0, i) + '...';
}

/**
 * `kubectl get` output for one resource type: decorated, filtered by -o wide and
 * aligned. For `kubectl get deploy,po` print one table per type (withKind) and join
 * them with a blank line, as kubectl does between resource groups.
 */
export function printTable<T extends KubeObject>(
  handler: TableHandler<T>,
  objects: readonly T[],
  options: PrintOptions,
): string {
  const w = new TabWriter();
  w.write(tableText(decorateTable(handler, objects, options), options));
  return w.flush();
}
