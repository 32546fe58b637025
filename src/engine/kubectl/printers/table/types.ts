// The shape of a server-side table printer, as in pkg/printers (TableHandler with
// metav1.TableColumnDefinition). Handlers always produce the wide row, as the API
// server does (GenerateOptions{Wide: true}); the renderer drops priority>0 columns.

/** A column definition: `name` is upstream's ("Port(s)"); the header is upper-cased. */
export interface Column {
  name: string;
  /** upstream's Type: "string", "integer", "boolean", "date" */
  type: string;
  /** "name" marks the column that `kubectl get a,b` prefixes with `kind/` */
  format?: 'name';
  /** 0 = always shown, 1 = only with -o wide */
  priority: number;
}

/** Any API object: only metadata is read generically. */
export interface KubeObject {
  apiVersion?: string;
  kind?: string;
  metadata?: {
    name?: string;
    namespace?: string;
    labels?: { [key: string]: string };
    annotations?: { [key: string]: string };
    creationTimestamp?: string;
    deletionTimestamp?: string;
    ownerReferences?: Array<{ apiVersion: string; kind: string; name: string; controller?: boolean }>;
  };
}

/** One cell per column, already formatted as kubectl prints it (numbers as decimal strings). */
export type Cells = string[];

export interface TableHandler<T = KubeObject> {
  columns: readonly Column[];
  /**
   * One row of cells. With `wide` false the priority>0 cells are still computed by
   * most handlers; the renderer filters by column, so callers may always pass true.
   */
  row(obj: T, nowMs: number, wide?: boolean): Cells;
}

/** Shorthand for column lists: col('Ready'), col('IP', 1), nameCol. */
export function col(name: string, priority = 0, type = 'string'): Column {
  return { name, type, priority };
}

export const nameCol: Column = { name: 'Name', type: 'string', format: 'name', priority: 0 };
export const ageCol: Column = col('Age');
