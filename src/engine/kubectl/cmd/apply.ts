// Mirrors staging/src/k8s.io/kubectl/pkg/cmd/apply/apply.go + patcher.go (client-side apply):
// create with the last-applied-configuration annotation, or compute the three-way strategic
// merge patch (last-applied, file, live) and send it: created / configured / unchanged.
import { createThreeWayMergePatch } from '../../api/patch/index.js';
import { deepEqual } from '../../util/object.js';
import type { Command, CommandContext } from '../command.js';
import { addSourceToErr, isNotFound, reportErrors } from './shared/errors.js';
import { filenameFlags, readFileObjects, requireFilenames, validateFlag, validationOn } from './shared/files.js';
import { lastAppliedAnnotation, modifiedConfiguration, originalConfiguration, withApplyAnnotation } from './shared/lastApplied.js';
import { dryRunFlag, dryRunStrategy, objectPrinter, printFlags, typed, withDryRun } from './shared/print.js';

const warningMissing = (resource: string, name: string) =>
  `Warning: resource ${resource}/${name} is missing the ${lastAppliedAnnotation} annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n`;

function run(ctx: CommandContext): number {
  requireFilenames(ctx, 'must specify one of -f and -k');
  const dryRun = dryRunStrategy(ctx);
  const printer = objectPrinter(ctx);
  const client = ctx.deps.client;
  const { objects, errors } = readFileObjects(ctx, validationOn(ctx));
  let count = 0;
  for (const m of objects) {
    const { info } = m;
    const ns = info.namespaced ? m.namespace : undefined;
    try {
      let current: any;
      try {
        current = client.get(info.group, info.name, ns, m.name);
      } catch (e) {
        if (!isNotFound(e)) throw addSourceToErr('retrieving current configuration of', m.source, e);
      }
      if (current === undefined) {
        let obj = withApplyAnnotation(m.object);
        if (dryRun !== 'client') obj = client.create(info.group, info.name, ns, obj, { dryRun: dryRun === 'server' });
        count++;
        printer.print(typed(info, obj), withDryRun('created', dryRun));
        continue;
      }
      if (originalConfiguration(current) === undefined) ctx.io.stderr(warningMissing(info.name, m.name));
      const modified = JSON.parse(modifiedConfiguration(m.object, true));
      const originalText = originalConfiguration(current);
      const original = originalText ? JSON.parse(originalText) : {};
      const patch = createThreeWayMergePatch(original, modified, current, info.kind);
      count++;
      if (deepEqual(patch, {})) {
        printer.print(typed(info, current), 'unchanged');
        continue;
      }
      let result = current;
      if (dryRun !== 'client') {
        try {
          result = client.patch(info.group, info.name, ns, m.name, 'strategic', patch, { dryRun: dryRun === 'server' });
        } catch (e) {
          throw addSourceToErr('patching', m.source, e);
        }
      }
      printer.print(typed(info, result), withDryRun('configured', dryRun));
    } catch (e) {
      errors.push(e);
    }
  }
  if (!count && !errors.length) errors.push(new Error('no objects passed to apply'));
  return reportErrors(ctx, errors);
}

export const apply: Command = {
  name: 'apply',
  short: 'Apply a configuration to a resource by file name or stdin',
  flags: [
    ...filenameFlags,
    validateFlag,
    dryRunFlag,
    ...printFlags,
    { name: 'force', type: 'bool', default: false },
    { name: 'overwrite', type: 'bool', default: true },
    { name: 'server-side', type: 'bool', default: false },
    { name: 'field-manager', type: 'string', default: 'kubectl-client-side-apply' },
    { name: 'prune', type: 'bool', default: false },
    { name: 'selector', short: 'l', type: 'string', default: '' },
    { name: 'all', type: 'bool', default: false },
    { name: 'wait', type: 'bool', default: false },
    { name: 'grace-period', type: 'int', default: -1 },
    { name: 'timeout', type: 'duration', default: '0s' },
    { name: 'cascade', type: 'string', default: 'background', noOptDefault: 'background' },
    { name: 'force-conflicts', type: 'bool', default: false },
    { name: 'openapi-patch', type: 'bool', default: true },
  ],
  run,
};
