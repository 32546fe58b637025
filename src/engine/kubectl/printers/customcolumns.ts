// Mirrors kubectl's get/customcolumn.go: `-o custom-columns=SPEC` and
// `-o custom-columns-file=FILE`, printed through kubectl's tabwriter
// (minwidth 6, padding 3); values are fmt.Sprint'ed and joined by commas.
import { goPrint } from '../../api/yaml.js';
import { evaluateJsonPath, parseJsonPath } from './jsonpath.js';
import { tabify } from './table/tabwriter.js';

export interface Column {
  /** header, conventionally ALL_CAPS */
  header: string;
  /** a full jsonpath template such as "{.metadata.name}" */
  fieldSpec: string;
}

/**
 * RelaxedJSONPathExpression: "metadata.name", ".metadata.name", "{metadata.name}"
 * and "{.metadata.name}" all become "{.metadata.name}".
 */
export function relaxedJSONPathExpression(expr: string): string {
  if (expr === '') return expr;
  const m = /^\{\.?([^{}]+)\}$|^\.?([^{}]+)$/.exec(expr);
  if (!m) {
    throw new Error("unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'");
  }
  return `{.${m[1] || m[2]}}`;
}

/** NewCustomColumnsPrinterFromSpec; throws kubectl's message (printed after "error: "). */
export function parseCustomColumnsSpec(spec: string): Column[] {
  if (spec === '') throw new Error('custom-columns format specified but no custom columns given');
  return spec.split(',').map((part) => {
    const i = part.indexOf(':');
    if (i < 0) throw new Error(`unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>`);
    return { header: part.slice(0, i), fieldSpec: relaxedJSONPathExpression(part.slice(i + 1)) };
  });
}

const templateHelp = 'Expected format is one line of space separated headers, one line of space separated column specs.';

/** NewCustomColumnsPrinterFromTemplate: a header line and a spec line, split on whitespace. */
export function parseCustomColumnsTemplate(text: string): Column[] {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  if (text === '' || lines.length < 1) throw new Error(`invalid template, missing header line. ${templateHelp}`);
  if (lines.length < 2 || (lines.length === 2 && lines[1] === '' && !text.endsWith('\n\n') && text.endsWith('\n'))) {
    throw new Error(`invalid template, missing spec line. ${templateHelp}`);
  }
  const words = (l: string) => l.split(/\s+/).filter((w) => w !== '');
  const headers = words(lines[0]!);
  const specs = words(lines[1]!);
  if (headers.length !== specs.length) {
    throw new Error(`number of headers (${headers.length}) and field specifications (${specs.length}) don't match`);
  }
  return headers.map((header, i) => ({ header, fieldSpec: relaxedJSONPathExpression(specs[i]!) }));
}

/** fmt.Sprint of a value decoded from JSON: maps as map[k:v] (sorted), slices as [a b]. */
export function goSprint(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (Array.isArray(v)) return '[' + v.map(goSprint).join(' ') + ']';
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o).filter((k) => o[k] !== undefined).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return 'map[' + keys.map((k) => `${k}:${goSprint(o[k])}`).join(' ') + ']';
  }
  return goPrint(v);
}

export interface CustomColumnsOptions {
  noHeaders?: boolean;
}

/** The rows for `objects` (items of a list already expanded), one tabwriter flush, as `kubectl get` prints them. */
export function printCustomColumns(columns: Column[], objects: unknown[], opts: CustomColumnsOptions = {}): string {
  for (const c of columns) parseJsonPath(c.fieldSpec);
  const lines: string[] = [];
  if (!opts.noHeaders) lines.push(columns.map((c) => c.header).join('\t'));
  for (const obj of objects) {
    const cells = columns.map((c) => {
      const values = evaluateJsonPath(c.fieldSpec, obj, { allowMissingKeys: true });
      const strings: string[] = [];
      if (values.length === 0 || values[0]!.length === 0) strings.push('<none>');
      for (const set of values) for (const v of set) strings.push(goSprint(v));
      return strings.join(',');
    });
    lines.push(cells.join('\t'));
  }
  return tabify(lines.map((l) => l + '\n').join(''));
}
