// Mirrors staging/src/k8s.io/kubectl/pkg/cmd/get/get.go (v1.32): Complete, Validate,
// Run (human-readable tables or printGeneric) and watch. Resources come from the
// shared builder (util/builder.ts); printing from printers/. Human-readable tables are
// printed here; other output, --sort-by and --watch come from get/more.ts, which the
// browser worker loads after its first answer (kubectl/index.ts waits for it: getNeedsMore).
import type { Command, CommandContext } from '../../command.js';
import { CmdError, UsageError } from '../../command.js';
import type { FlagSpec } from '../../flags.js';
import type { ProgramResult } from '../../../shell/types.js';
import { isNotFound } from '../../../api/errors.js';
import { errorsText, planResources, visitResources, type BuilderOptions } from '../../util/builder.js';
import { printHumanTables, type TableInfo } from './human.js';
import type { OutputFormat } from './output.js';
import type { Flags } from '../../flags.js';
import { afterAnswer } from '../../../lazy/state.js';

const flags: FlagSpec[] = [
  { name: 'all-namespaces', short: 'A', type: 'bool', default: false },
  { name: 'allow-missing-template-keys', type: 'bool', default: true },
  { name: 'chunk-size', type: 'int', default: 500 },
  { name: 'field-selector', type: 'string', default: '' },
  { name: 'filename', short: 'f', type: 'stringSlice', default: [] },
  { name: 'ignore-not-found', type: 'bool', default: false },
  { name: 'kustomize', short: 'k', type: 'string', default: '' },
  { name: 'label-columns', short: 'L', type: 'stringSlice', default: [] },
  { name: 'no-headers', type: 'bool', default: false },
  { name: 'output', short: 'o', type: 'string', default: '' },
  { name: 'output-watch-events', type: 'bool', default: false },
  { name: 'raw', type: 'string', default: '' },
  { name: 'recursive', short: 'R', type: 'bool', default: false },
  { name: 'selector', short: 'l', type: 'string', default: '' },
  { name: 'server-print', type: 'bool', default: true },
  { name: 'show-kind', type: 'bool', default: false },
  { name: 'show-labels', type: 'bool', default: false },
  { name: 'show-managed-fields', type: 'bool', default: false },
  { name: 'sort-by', type: 'string', default: '' },
  { name: 'subresource', type: 'string', default: '' },
  { name: 'template', type: 'string', default: '' },
  { name: 'watch', short: 'w', type: 'bool', default: false },
  { name: 'watch-only', type: 'bool', default: false },
];

/** Whether a `get` with these flags prints through get/more.ts (not only human-readable tables). */
export function getNeedsMore(f: Flags): boolean {
  return !['', 'wide'].includes(f.string('output')) || f.string('sort-by') !== '' || f.bool('watch') || f.bool('watch-only');
}

function run(ctx: CommandContext): ProgramResult {
  const { flags: f, io, deps } = ctx;
  const args = f.args;
  const output = f.string('output');
  const watch = f.bool('watch') || f.bool('watch-only');
  const filenames = f.strings('filename');
  if (f.string('raw')) {
    if (args.length) throw new CmdError('arguments may not be passed when --raw is specified');
    throw new CmdError('--raw is not supported by the lab: it has no HTTP endpoint');
  }
  // Complete
  if (watch && f.string('sort-by')) io.stderr('warning: --watch or --watch-only requested, --sort-by will be ignored\n');
  if (!watch && args.length === 0 && filenames.length === 0 && !f.string('kustomize')) {
    io.stderr('You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\n');
    throw new UsageError(
      'Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).',
    );
  }
  // Validate
  if (f.bool('show-labels') && output !== '' && output !== 'wide') {
    throw new CmdError(`--show-labels option cannot be used with ${output} printer`);
  }
  if (f.bool('output-watch-events') && !watch) {
    throw new UsageError('--output-watch-events option can only be used with --watch or --watch-only');
  }
  if (f.string('kustomize')) throw new CmdError('kustomize is not supported by the lab');

  const allNamespaces = f.bool('all-namespaces');
  const builder: BuilderOptions = {
    args,
    filenames,
    recursive: f.bool('recursive'),
    ...(f.changed('selector') ? { labelSelector: f.string('selector') } : {}),
    ...(f.changed('field-selector') ? { fieldSelector: f.string('field-selector') } : {}),
    allNamespaces,
    namespace: ctx.namespace,
    enforceNamespace: ctx.explicitNamespace && !allNamespaces,
    allowEmptySelector: true,
  };
  const more = getNeedsMore(f) ? afterAnswer().getMore : undefined;
  const format: OutputFormat = more ? more.parseOutputFormat(io, output, f.string('template')) : { kind: 'human', wide: output === 'wide' };
  const common = {
    noHeaders: f.bool('no-headers'),
    showKind: f.bool('show-kind'),
    showLabels: f.bool('show-labels'),
    labelColumns: f.strings('label-columns'),
    allNamespaces,
    showManagedFields: f.bool('show-managed-fields'),
  };
  if (watch && more) {
    return more.runWatch(deps, io, builder, { ...common, format, watchOnly: f.bool('watch-only'), outputWatchEvents: f.bool('output-watch-events') });
  }

  const plan = planResources(io, builder);
  const visited = visitResources(deps.client, plan, { latest: true });
  const ignoreNotFound = f.bool('ignore-not-found');
  const errors = ignoreNotFound ? visited.errors.filter((e) => !isNotFound(e)) : visited.errors;
  const sortBy = f.string('sort-by');

  if (format.kind !== 'human') {
    // Only get/more.ts's parser gives another format, so `more` is there.
    const m = more!;
    // printGeneric
    if (plan.singleItemImplied && errors.length) throw errors[0];
    const objects = visited.items.map((i) => i.object);
    if (objects.length === 0 && ignoreNotFound) return finish(ctx, errors);
    const single = plan.singleItemImplied && objects.length === 1;
    let sorted = objects;
    if (!single && sortBy) {
      try {
        sorted = m.sortObjects(objects, sortBy);
      } catch (e) {
        const msg = (e as Error).message;
        if (msg.startsWith('unsortable type')) throw m.unsortableFatal(deps.clock.now(), m.relaxedJSONPathExpression(sortBy), false, msg);
        throw new CmdError(msg);
      }
    }
    const text = m.printGenericObject(format, single ? objects[0] : m.listOf(sorted), !single, {
      noHeaders: common.noHeaders,
      showManagedFields: common.showManagedFields,
    });
    io.stdout(text);
    return finish(ctx, errors);
  }

  // Human-readable: one table per upstream Info, in order.
  const tables: TableInfo[] = visited.visited.map((i) => ({
    info: plan.sources[i]!.info,
    objects: visited.items.filter((it) => it.sourceIndex === i).map((it) => it.object),
  }));
  if (sortBy && more) more.sortTables(tables, sortBy, deps.clock.now());
  const { text, allNamespaced } = printHumanTables(tables, {
    nowMs: deps.clock.now(),
    wide: format.wide,
    sortBy,
    ...common,
  });
  io.stdout(text);
  if (text.length === 0 && !ignoreNotFound && errors.length === 0) {
    io.stderr(allNamespaced ? `No resources found in ${ctx.namespace} namespace.\n` : 'No resources found\n');
  }
  return finish(ctx, errors);
}

function finish(ctx: CommandContext, errors: unknown[]): number {
  if (!errors.length) return 0;
  ctx.io.stderr(errorsText(errors, ctx.path));
  return 1;
}

export const getCommand: Command = {
  name: 'get',
  short: 'Display one or many resources',
  flags,
  run,
};
