// Mirrors staging/src/k8s.io/kubectl/pkg/cmd/scale/scale.go: --replicas (required),
// --current-replicas and --resource-version preconditions, "<kind>/<name> scaled".
import type { Command, CommandContext } from '../command.js';
import { CmdError } from '../command.js';
import { planResources, visitResources } from '../util/builder.js';
import { requireFlag } from './create/common.js';
import { addSourceToErr, reportErrors } from './shared/errors.js';
import { dryRunFlag, dryRunStrategy, objectPrinter, printFlags, typed, withDryRun } from './shared/print.js';

function run(ctx: CommandContext): number {
  const f = ctx.flags;
  requireFlag(ctx, 'replicas');
  const replicas = f.int('replicas');
  if (replicas < 0) throw new CmdError('The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0');
  const dryRun = dryRunStrategy(ctx);
  const printer = objectPrinter(ctx);
  const plan = planResources(ctx.io, {
    args: f.args,
    filenames: f.strings('filename'),
    recursive: f.bool('recursive'),
    labelSelector: f.changed('selector') ? f.string('selector') : undefined,
    selectAll: f.bool('all'),
    namespace: ctx.namespace,
    enforceNamespace: ctx.explicitNamespace,
  });
  const visited = visitResources(ctx.deps.client, plan, { latest: true });
  const errors = [...visited.errors];
  if (!visited.items.length && errors.length) {
    return reportErrors(ctx, [new CmdError(`no objects passed to scale ${errors.map((e) => (e instanceof Error ? e.message : String(e))).join(', ')}`)]);
  }
  for (const item of visited.items) {
    const { info } = item;
    try {
      if (!info.subresources.includes('scale')) {
        throw new CmdError(`cannot scale the resource type "${info.name}"`);
      }
      const cur = item.object?.spec?.replicas ?? 0;
      const want = f.int('current-replicas');
      if (want >= 0 && want !== cur) throw new CmdError(`Expected replicas to be ${want}, was ${cur}`);
      const rv = f.string('resource-version');
      if (rv && rv !== item.object?.metadata?.resourceVersion) {
        throw new CmdError(`Expected resource version to be ${rv}, was ${item.object?.metadata?.resourceVersion}`);
      }
      let result = item.object;
      if (dryRun !== 'client') {
        result = ctx.deps.client.patch(info.group, info.name, item.namespace || undefined, item.name, 'merge', { spec: { replicas } }, {
          dryRun: dryRun === 'server',
        });
      }
      printer.print(typed(info, result), withDryRun('scaled', dryRun));
    } catch (e) {
      errors.push(addSourceToErr('scaling', item.source, e));
    }
  }
  return reportErrors(ctx, errors);
}

export const scale: Command = {
  name: 'scale',
  short: 'Set a new size for a deployment, replica set, or replication controller',
  flags: [
    { name: 'filename', short: 'f', type: 'stringSlice', default: [] },
    { name: 'recursive', short: 'R', type: 'bool', default: false },
    { name: 'kustomize', short: 'k', type: 'string', default: '' },
    { name: 'replicas', type: 'int', default: -1 },
    { name: 'current-replicas', type: 'int', default: -1 },
    { name: 'resource-version', type: 'string', default: '' },
    { name: 'selector', short: 'l', type: 'string', default: '' },
    { name: 'all', type: 'bool', default: false },
    { name: 'timeout', type: 'duration', default: '0s' },
    dryRunFlag,
    ...printFlags,
  ],
  run,
};
