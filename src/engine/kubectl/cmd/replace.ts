// Mirrors staging/src/k8s.io/kubectl/pkg/cmd/replace/replace.go: PUT each object from -f
// (the live resourceVersion filled in when the file has none, as Helper.Replace does);
// --force deletes, waits on a watch until each object is gone, then creates.
import type { Job } from '../../shell/types.js';
import type { Command, CommandContext } from '../command.js';
import { CmdError } from '../command.js';
import { kindPrefix } from '../resolve.js';
import { addSourceToErr, isNotFound, reportErrors } from './shared/errors.js';
import { filenameFlags, readFileObjects, requireFilenames, validateFlag, validationOn, type FileObject } from './shared/files.js';
import { originalConfiguration, withApplyAnnotation } from './shared/lastApplied.js';
import { dryRunFlag, dryRunStrategy, objectPrinter, printFlags, typed, withDryRun } from './shared/print.js';

/** CreateOrUpdateAnnotation: --save-config sets last-applied; an object carrying one gets it refreshed. */
function annotate(ctx: CommandContext, obj: any): any {
  if (ctx.flags.bool('save-config') || originalConfiguration(obj) !== undefined) return withApplyAnnotation(obj);
  return obj;
}

function run(ctx: CommandContext): number | Job {
  const f = ctx.flags;
  requireFilenames(ctx);
  const dryRun = dryRunStrategy(ctx);
  const force = f.bool('force');
  if (!force) {
    if (f.int('grace-period') >= 0) throw new CmdError('--grace-period must have --force specified');
    if (f.duration('timeout') !== 0) throw new CmdError('--timeout must have --force specified');
    if (f.changed('cascade')) throw new CmdError('--cascade must have --force specified');
  }
  if (force && dryRun !== 'none') throw new CmdError('--dry-run can not be used when --force is set');
  const printer = objectPrinter(ctx);
  const { objects, errors } = readFileObjects(ctx, validationOn(ctx));
  if (force) return forceReplace(ctx, objects, errors);
  const client = ctx.deps.client;
  let count = 0;
  for (const m of objects) {
    const { info } = m;
    const ns = info.namespaced ? m.namespace : undefined;
    try {
      let obj = annotate(ctx, m.object);
      if (dryRun !== 'client') {
        if (!obj.metadata?.resourceVersion) {
          const live = client.get(info.group, info.name, ns, m.name);
          obj = { ...obj, metadata: { ...obj.metadata, resourceVersion: live.metadata.resourceVersion } };
        }
        obj = client.update(info.group, info.name, ns, obj, { dryRun: dryRun === 'server' });
      }
      count++;
      printer.print(typed(info, obj), withDryRun('replaced', dryRun));
    } catch (e) {
      errors.push(addSourceToErr('replacing', m.source, e));
    }
  }
  if (!count && !errors.length) errors.push(new CmdError('no objects passed to replace'));
  return reportErrors(ctx, errors);
}

/** forceReplace: delete every object (printing "x deleted"), wait until gone, then create each. */
function* forceReplace(ctx: CommandContext, objects: FileObject[], errors: unknown[]): Job {
  const client = ctx.deps.client;
  const printer = objectPrinter(ctx);
  let grace = ctx.flags.int('grace-period');
  if (grace === 0) grace = 1;
  const cascade = ctx.flags.string('cascade');
  const propagationPolicy = cascade === 'orphan' || cascade === 'false' ? 'Orphan' : cascade === 'foreground' ? 'Foreground' : 'Background';
  const deleted: FileObject[] = [];
  for (const m of objects) {
    const { info } = m;
    try {
      client.delete(info.group, info.name, info.namespaced ? m.namespace : undefined, m.name, {
        propagationPolicy,
        ...(grace >= 0 ? { gracePeriodSeconds: grace } : {}),
      });
      ctx.io.stdout(`${kindPrefix(info)} "${m.name}" deleted\n`);
      deleted.push(m);
    } catch (e) {
      if (!isNotFound(e)) errors.push(addSourceToErr('deleting', m.source, e));
    }
  }
  const timeout = ctx.flags.duration('timeout') || 7 * 24 * 3600 * 1000;
  const deadline = ctx.io.now() + timeout;
  const gone = (m: FileObject) => {
    try {
      client.get(m.info.group, m.info.name, m.info.namespaced ? m.namespace : undefined, m.name);
      return false;
    } catch (e) {
      if (isNotFound(e)) return true;
      throw e;
    }
  };
  let pending = deleted.filter((m) => !gone(m));
  const watches = pending.map((m) =>
    client.watch(m.info.group, m.info.name, m.info.namespaced ? m.namespace : undefined, { fieldSelector: `metadata.name=${m.name}` }, () => ctx.io.wake()),
  );
  try {
    while (pending.length) {
      const left = deadline - ctx.io.now();
      if (left <= 0) {
        errors.push(new CmdError(`timed out waiting for the condition on ${pending[0]!.info.name}/${pending[0]!.name}`));
        return reportErrors(ctx, errors);
      }
      yield { kind: 'wake', timeoutMs: left };
      pending = pending.filter((m) => !gone(m));
    }
  } finally {
    for (const w of watches) w.stop();
  }
  let count = 0;
  for (const m of objects) {
    const { info } = m;
    try {
      const obj = annotate(ctx, { ...m.object, metadata: { ...m.object.metadata, resourceVersion: undefined } });
      if (obj.metadata.resourceVersion === undefined) delete obj.metadata.resourceVersion;
      const created = client.create(info.group, info.name, info.namespaced ? m.namespace : undefined, obj);
      count++;
      printer.print(typed(info, created), 'replaced');
    } catch (e) {
      errors.push(addSourceToErr('replacing', m.source, e));
    }
  }
  if (!count && !errors.length) errors.push(new CmdError('no objects passed to replace'));
  return reportErrors(ctx, errors);
}

export const replaceCommand: Command = {
  name: 'replace',
  short: 'Replace a resource by file name or stdin',
  flags: [
    ...filenameFlags,
    validateFlag,
    dryRunFlag,
    ...printFlags,
    { name: 'force', type: 'bool', default: false },
    { name: 'grace-period', type: 'int', default: -1 },
    { name: 'timeout', type: 'duration', default: '0s' },
    { name: 'cascade', type: 'string', default: 'background', noOptDefault: 'background' },
    { name: 'wait', type: 'bool', default: false },
    { name: 'save-config', type: 'bool', default: false },
    { name: 'raw', type: 'string', default: '' },
    { name: 'subresource', type: 'string', default: '' },
    { name: 'field-manager', type: 'string', default: 'kubectl-replace' },
  ],
  run,
};
