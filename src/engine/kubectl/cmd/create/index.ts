// Mirrors staging/src/k8s.io/kubectl/pkg/cmd/create/create.go: `kubectl create -f`
// (files, directories, stdin, multi-document, List), --save-config, --dry-run, -o,
// and the generator sub-commands (deployment, namespace, configmap, secret …).
import type { Command, CommandContext } from '../../command.js';
import { addSourceToErr, reportErrors } from '../shared/errors.js';
import { filenameFlags, readFileObjects, requireFilenames, validationOn } from '../shared/files.js';
import { withApplyAnnotation } from '../shared/lastApplied.js';
import { dryRunStrategy, objectPrinter, typed, withDryRun } from '../shared/print.js';
import { createFlagsNoFile } from './flags.js';
import { createConfigMap } from './configmap.js';
import { createSecret } from './secret.js';
import { createServiceAccount } from './serviceaccount.js';
import { createDeployment } from './deployment.js';
import { createNamespace } from './namespace.js';
import { createService } from './service.js';
import { createCronJob, createJob } from './job.js';


function runCreate(ctx: CommandContext): number {
  requireFilenames(ctx);
  const dryRun = dryRunStrategy(ctx);
  const printer = objectPrinter(ctx);
  const { objects, errors } = readFileObjects(ctx, validationOn(ctx));
  let count = 0;
  for (const m of objects) {
    let obj = m.object;
    if (ctx.flags.bool('save-config')) obj = withApplyAnnotation(obj);
    try {
      if (dryRun !== 'client') {
        obj = ctx.deps.client.create(m.info.group, m.info.name, m.namespace || undefined, obj, { dryRun: dryRun === 'server' });
      }
      count++;
      printer.print(typed(m.info, obj), withDryRun('created', dryRun));
    } catch (e) {
      errors.push(addSourceToErr('creating', m.source, e));
    }
  }
  if (!count && !errors.length) {
    errors.push(new Error('no objects passed to create'));
  }
  return reportErrors(ctx, errors);
}

export const create: Command = {
  name: 'create',
  short: 'Create a resource from a file or from stdin',
  flags: [...filenameFlags, ...createFlagsNoFile, { name: 'edit', type: 'bool', default: false }, { name: 'windows-line-endings', type: 'bool', default: false }, { name: 'raw', type: 'string', default: '' }, { name: 'selector', short: 'l', type: 'string', default: '' }],
  subcommands: [createConfigMap, createCronJob, createDeployment, createJob, createNamespace, createSecret, createService, createServiceAccount],
  run: runCreate,
};
