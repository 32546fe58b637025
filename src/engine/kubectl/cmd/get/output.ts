// Mirrors kubectl's get printing setup (get.go ToPrinter, genericclioptions.PrintFlags)
// and printGeneric: -o yaml|json|name|jsonpath…|custom-columns… print one object, or a
// `kind: List` of everything found; managedFields are hidden unless --show-managed-fields.
import { marshalJSON, toYAML } from '../../../api/yaml.js';
import { resolvePath } from '../../../shell/fs.js';
import type { ProcessIO } from '../../../shell/types.js';
import { CmdError } from '../../command.js';
import { parseCustomColumnsSpec, parseCustomColumnsTemplate, printCustomColumns, type Column } from '../../printers/customcolumns.js';
import { executeJsonPath } from '../../printers/jsonpath.js';
import { printName } from '../../printers/name.js';

export type OutputFormat =
  | { kind: 'human'; wide: boolean }
  | { kind: 'yaml' }
  | { kind: 'json' }
  | { kind: 'name' }
  | { kind: 'jsonpath'; template: string; asJSON: boolean }
  | { kind: 'custom-columns'; columns: Column[] };

const allowed =
  'custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml';

function readTemplateFile(io: ProcessIO, file: string, what: string): string {
  try {
    return io.fs.readFile(resolvePath(io.cwd, file, io.env.get('HOME') || '/root'));
  } catch {
    throw new CmdError(`${what}${file}, open ${file}: no such file or directory`);
  }
}

/** PrintFlags.ToPrinter: `-o FORMAT[=ARG]` plus --template. */
export function parseOutputFormat(io: ProcessIO, output: string, template: string): OutputFormat {
  const eq = output.indexOf('=');
  const name = eq < 0 ? output : output.slice(0, eq);
  let arg = eq < 0 ? template : output.slice(eq + 1);
  switch (name) {
    case '':
      return { kind: 'human', wide: false };
    case 'wide':
      return { kind: 'human', wide: true };
    case 'yaml':
      return { kind: 'yaml' };
    case 'json':
      return { kind: 'json' };
    case 'name':
      return { kind: 'name' };
    case 'jsonpath':
    case 'jsonpath-as-json':
    case 'jsonpath-file':
      if (name === 'jsonpath-file' && arg) arg = readTemplateFile(io, arg, 'error reading --template ');
      if (!arg) throw new CmdError('template format specified but no template given');
      return { kind: 'jsonpath', template: arg, asJSON: name === 'jsonpath-as-json' };
    case 'custom-columns':
      try {
        return { kind: 'custom-columns', columns: parseCustomColumnsSpec(arg) };
      } catch (e) {
        throw new CmdError((e as Error).message);
      }
    case 'custom-columns-file': {
      const text = readTemplateFile(io, arg, 'error reading template ');
      try {
        return { kind: 'custom-columns', columns: parseCustomColumnsTemplate(text) };
      } catch (e) {
        throw new CmdError((e as Error).message);
      }
    }
    case 'go-template':
    case 'go-template-file':
    case 'template':
    case 'templatefile':
      throw new CmdError(`the lab does not support go templates yet; use -o jsonpath='{...}' instead`);
    default:
      throw new CmdError(`unable to match a printer suitable for the output format "${output}", allowed formats are: ${allowed}`);
  }
}

/** OmitManagedFieldsPrinter: a copy without metadata.managedFields. */
export function omitManagedFields(obj: any): any {
  if (!obj?.metadata || !('managedFields' in obj.metadata)) return obj;
  const { managedFields: _drop, ...metadata } = obj.metadata;
  void _drop;
  return { ...obj, metadata };
}

/** The List printGeneric wraps several objects in. */
export function listOf(items: unknown[]): any {
  return { apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } };
}

/** `kubectl get -o json` of unstructured objects: Go maps marshal with sorted keys. */
export function toSortedJSON(v: unknown): string {
  return marshalJSON(v, { indent: '    ', sortKeys: true }) + '\n';
}

/**
 * Print one object or a List through a non-table printer. `isList` is false only
 * for a single item where a single item was implied (`get pod x`, `-f one.yaml`).
 */
export function printGenericObject(format: OutputFormat, obj: any, isList: boolean, opts: { noHeaders: boolean; showManagedFields: boolean }): string {
  const strip = (o: any) => (opts.showManagedFields ? o : omitManagedFields(o));
  const items: any[] = isList ? obj.items : [obj];
  switch (format.kind) {
    case 'yaml':
      return toYAML(isList ? { ...obj, items: items.map(strip) } : strip(obj));
    case 'json':
      return toSortedJSON(isList ? { ...obj, items: items.map(strip) } : strip(obj));
    case 'name':
      return items.map((o) => printName(o)).join('');
    case 'jsonpath':
      try {
        // jsonpath-as-json prints the same text here (the JSON array form is not ported).
        return executeJsonPath(format.template, obj);
      } catch (e) {
        throw new CmdError(`error: ${(e as Error).message}`, 1, true);
      }
    case 'custom-columns':
      try {
        return printCustomColumns(format.columns, items, { noHeaders: opts.noHeaders });
      } catch (e) {
        throw new CmdError((e as Error).message);
      }
    default:
      return '';
  }
}
