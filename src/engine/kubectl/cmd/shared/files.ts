// The -f half of the resource builder for create/apply/replace, which validate
// client-side (--validate): util/builder.ts reads the files and applies the namespace
// rules; this only passes the validation switch and sets the namespace on each object.
import type { CommandContext } from '../../command.js';
import { CmdError, UsageError } from '../../command.js';
import { planResources, type ManifestObject } from '../../util/builder.js';

export const filenameFlags = [
  { name: 'filename', short: 'f', type: 'stringSlice' as const, default: [] },
  { name: 'recursive', short: 'R', type: 'bool' as const, default: false },
  { name: 'kustomize', short: 'k', type: 'string' as const, default: '' },
];

export const validateFlag = {
  name: 'validate',
  type: 'string' as const,
  default: 'strict',
  noOptDefault: 'strict',
};

/** cmdutil.GetValidationDirective: true/strict/warn validate; false/ignore do not. */
export function validationOn(ctx: CommandContext): boolean {
  const v = ctx.flags.string('validate').toLowerCase();
  if (['true', 'strict', 'warn'].includes(v)) return true;
  if (['false', 'ignore'].includes(v)) return false;
  throw new CmdError(`invalid - validate option "${ctx.flags.string('validate')}"; must be one of: strict (or true), warn, ignore (or false)`);
}

export interface FileObject extends ManifestObject {
  namespace: string;
  name: string;
}

/** Read -f through the builder; objects get the namespace in effect unless they name one (and -n must agree). */
export function readFileObjects(ctx: CommandContext, validate: boolean): { objects: FileObject[]; errors: unknown[] } {
  const plan = planResources(ctx.io, {
    args: [],
    filenames: ctx.flags.strings('filename'),
    recursive: ctx.flags.bool('recursive'),
    namespace: ctx.namespace,
    enforceNamespace: ctx.explicitNamespace,
    validate,
  });
  const objects: FileObject[] = [];
  for (const s of plan.sources) {
    if (s.kind !== 'file') continue;
    const meta = (s.object.metadata ??= {});
    if (s.info.namespaced) meta.namespace = s.namespace;
    objects.push({ info: s.info, object: s.object, source: s.source, namespace: s.namespace, name: s.name });
  }
  return { objects, errors: [...plan.fileErrors] };
}

/** `create`/`apply`/`replace` need -f (or -k, which the lab does not support). */
export function requireFilenames(ctx: CommandContext, what = 'must specify one of -f and -k'): void {
  if (ctx.flags.args.length) throw new UsageError(`Unexpected args: [${ctx.flags.args.join(' ')}]`);
  if (ctx.flags.string('kustomize')) throw new CmdError('kustomize is not supported in the lab');
  if (!ctx.flags.strings('filename').length) throw new CmdError(what);
}
