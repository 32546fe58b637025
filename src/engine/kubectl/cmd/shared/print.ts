// Mirrors genericclioptions.PrintFlags as the mutating commands use it (create, apply,
// label, scale …): `-o yaml|json|name|jsonpath=…`, else "<kind>/<name> <operation>",
// and cmdutil.GetDryRunStrategy's --dry-run values.
import { toJSON, toYAML } from '../../../api/yaml.js';
import type { ResourceInfo } from '../../../api/resources.js';
import { apiVersionOf } from '../../../api/resources.js';
import { CmdError } from '../../command.js';
import type { CommandContext } from '../../command.js';
import type { FlagSpec } from '../../flags.js';
import { executeJsonPath } from '../../printers/jsonpath.js';
import { printName } from '../../printers/name.js';

export type DryRun = 'none' | 'client' | 'server';

export const dryRunFlag: FlagSpec = {
  name: 'dry-run',
  type: 'string',
  default: 'none',
  noOptDefault: 'unchanged',
  usage:
    'Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.',
};

export const outputFlag: FlagSpec = {
  name: 'output',
  short: 'o',
  type: 'string',
  default: '',
  usage: 'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).',
};

export const printFlags: FlagSpec[] = [
  outputFlag,
  { name: 'allow-missing-template-keys', type: 'bool', default: true },
  { name: 'show-managed-fields', type: 'bool', default: false },
  { name: 'template', type: 'string', default: '' },
];

/** cmdutil.GetDryRunStrategy; the deprecation warnings of bare/boolean values go to klog, not shown. */
export function dryRunStrategy(ctx: CommandContext): DryRun {
  const v = ctx.flags.string('dry-run');
  switch (v) {
    case '':
    case 'none':
    case 'false':
      return 'none';
    case 'client':
    case 'unchanged':
    case 'true':
      return 'client';
    case 'server':
      return 'server';
    default:
      throw new CmdError(`Invalid dry-run value (${v}). Must be "none", "server", or "client".`);
  }
}

/** "created" → "created (dry run)" / "created (server dry run)" (PrintFlagsWithDryRunStrategy). */
export function withDryRun(operation: string, dryRun: DryRun): string {
  if (dryRun === 'client') return `${operation} (dry run)`;
  if (dryRun === 'server') return `${operation} (server dry run)`;
  return operation;
}

const allowedFormats =
  'go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml';

/** A printer for a run: call it per object; yaml puts `---` between objects as kubectl's YAMLPrinter does. */
export interface ObjectPrinter {
  print(obj: any, operation: string): void;
  /** true when -o was given (the object is printed instead of "x created") */
  structured: boolean;
}

export function objectPrinter(ctx: CommandContext): ObjectPrinter {
  const fmt = ctx.flags.string('output');
  let count = 0;
  const out = (s: string) => ctx.io.stdout(s);
  const [name, arg] = splitFormat(fmt);
  switch (name) {
    case '':
      return { structured: false, print: (o, op) => out(printName(o, op)) };
    case 'name':
      return { structured: true, print: (o) => out(printName(o)) };
    case 'yaml':
      return { structured: true, print: (o) => out((count++ ? '---\n' : '') + toYAML(o)) };
    case 'json':
      return { structured: true, print: (o) => out(toJSON(o)) };
    case 'jsonpath':
      if (!arg) throw new CmdError('template format specified but no template given');
      return { structured: true, print: (o) => out(executeJsonPath(arg, o)) };
    default:
      throw new CmdError(`unable to match a printer suitable for the output format "${fmt}", allowed formats are: ${allowedFormats}`);
  }
}

function splitFormat(fmt: string): [string, string] {
  const eq = fmt.indexOf('=');
  return eq < 0 ? [fmt, ''] : [fmt.slice(0, eq), fmt.slice(eq + 1)];
}

/** Check -o before doing anything, as the commands' Complete() builds the printer first. */
export function checkOutput(ctx: CommandContext): void {
  objectPrinter(ctx);
}

/** The object with apiVersion/kind set, as the client decodes it (needed by the name printer). */
export function typed(info: ResourceInfo, obj: any): any {
  if (obj && obj.kind && obj.apiVersion) return obj;
  return { apiVersion: apiVersionOf(info), kind: info.kind, ...obj };
}
