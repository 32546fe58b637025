// Mirrors staging/src/k8s.io/kubectl/pkg/cmd/delete/delete.go: delete by TYPE NAME, TYPE/NAME,
// -f, -l, --all, -A; --grace-period/--now/--force, --cascade, --dry-run, --ignore-not-found,
// then (--wait, the default) wait on a watch, in virtual time, until every object is gone.
import type { PropagationPolicy } from '../../apiserver/types.js';
import type { Job } from '../../shell/types.js';
import type { Command, CommandContext } from '../command.js';
import { CmdError } from '../command.js';
import { kindPrefix } from '../resolve.js';
import { planResources, visitResources, type Item } from '../util/builder.js';
import { addSourceToErr, isNotFound, reportErrors } from './shared/errors.js';
import { dryRunFlag, dryRunStrategy, withDryRun } from './shared/print.js';

function cascade(ctx: CommandContext): PropagationPolicy {
  const v = ctx.flags.string('cascade');
  switch (v) {
    case 'background':
    case 'true':
      return 'Background';
    case 'foreground':
      return 'Foreground';
    case 'orphan':
    case 'false':
      return 'Orphan';
    default:
      throw new CmdError(`invalid cascade value (${v}). Must be "background", "foreground", or "orphan".`);
  }
}

function run(ctx: CommandContext): number | Job {
  const f = ctx.flags;
  const dryRun = dryRunStrategy(ctx);
  const policy = cascade(ctx);
  const output = f.string('output');
  if (output && output !== 'name') throw new CmdError(`unexpected -o output mode: ${output}. We only support '-o name'`);
  let grace = f.int('grace-period');
  const force = f.bool('force');
  if (f.bool('all') && f.changed('selector')) throw new CmdError("setting 'all' parameter but found a non empty selector. ");
  let ignoreNotFound = f.bool('ignore-not-found');
  if ((f.bool('all') || f.changed('selector') || f.changed('field-selector')) && !f.changed('ignore-not-found')) ignoreNotFound = true;
  if (f.bool('now')) {
    if (grace !== -1) throw new CmdError('--now and --grace-period cannot be specified together');
    grace = 1;
  }
  if (grace === 0 && !force) grace = 1;
  if (force && grace < 0) grace = 0;
  if (force && grace > 0) throw new CmdError('--force and --grace-period greater than 0 cannot be specified together');

  const plan = planResources(ctx.io, {
    args: f.args,
    filenames: f.strings('filename'),
    recursive: f.bool('recursive'),
    labelSelector: f.changed('selector') ? f.string('selector') : undefined,
    fieldSelector: f.changed('field-selector') ? f.string('field-selector') : undefined,
    selectAll: f.bool('all'),
    allNamespaces: f.bool('all-namespaces'),
    namespace: ctx.namespace,
    enforceNamespace: ctx.explicitNamespace,
  });
  const visited = visitResources(ctx.deps.client, plan, { requireObject: false });
  const errors = visited.errors.filter((e) => !(ignoreNotFound && isNotFound(e)));
  if (f.string('cascade') === 'false') {
    ctx.io.stderr('warning: --cascade=false is deprecated (boolean value) and can be replaced with --cascade=orphan.\n');
  } else if (f.string('cascade') === 'true') {
    ctx.io.stderr('warning: --cascade=true is deprecated (boolean value) and can be replaced with --cascade=background.\n');
  }
  if (force && grace === 0) {
    ctx.io.stderr(
      'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n',
    );
  }
  const deleted: { item: Item; uid: string | undefined }[] = [];
  let found = 0;
  for (const item of visited.items) {
    const info = item.info;
    const ns = info.namespaced ? item.namespace : undefined;
    found++;
    try {
      let uid: string | undefined;
      if (dryRun === 'client') {
        if (item.object === undefined) ctx.deps.client.get(info.group, info.name, ns, item.name);
      } else {
        const res = ctx.deps.client.delete(info.group, info.name, ns, item.name, {
          propagationPolicy: policy,
          ...(grace >= 0 ? { gracePeriodSeconds: grace } : {}),
          dryRun: dryRun === 'server',
        });
        uid = res?.metadata?.uid;
        if (dryRun === 'none') deleted.push({ item, uid });
      }
      if (output === 'name') ctx.io.stdout(`${kindPrefix(info)}/${item.name}\n`);
      else ctx.io.stdout(`${kindPrefix(info)} "${item.name}" ${withDryRun(force && grace === 0 ? 'force deleted' : 'deleted', dryRun)}\n`);
    } catch (e) {
      if (ignoreNotFound && isNotFound(e)) continue;
      errors.push(addSourceToErr('deleting', item.source, e));
    }
  }
  if (found === 0 && !errors.length) {
    ctx.io.stdout('No resources found\n');
    return 0;
  }
  if (!f.bool('wait') || !deleted.length) return reportErrors(ctx, errors);
  return waitForDeletion(ctx, deleted, errors);
}

/** delete.go's wait: `kubectl wait --for=delete` on what was deleted, on a watch. */
function* waitForDeletion(ctx: CommandContext, deleted: { item: Item; uid: string | undefined }[], errors: unknown[]): Job {
  const client = ctx.deps.client;
  const timeout = ctx.flags.duration('timeout') || 7 * 24 * 3600 * 1000;
  const deadline = ctx.io.now() + timeout;
  const gone = (d: { item: Item; uid: string | undefined }) => {
    const { info } = d.item;
    try {
      const o = client.get(info.group, info.name, info.namespaced ? d.item.namespace : undefined, d.item.name);
      return d.uid !== undefined && o?.metadata?.uid !== d.uid;
    } catch (e) {
      if (isNotFound(e)) return true;
      throw e;
    }
  };
  let pending = deleted.filter((d) => !gone(d));
  const watches = pending.map((d) =>
    client.watch(d.item.info.group, d.item.info.name, d.item.info.namespaced ? d.item.namespace : undefined, { fieldSelector: `metadata.name=${d.item.name}` }, () => ctx.io.wake()),
  );
  try {
    while (pending.length) {
      const left = deadline - ctx.io.now();
      if (left <= 0) {
        const d = pending[0]!;
        errors.push(new CmdError(`timed out waiting for the condition on ${d.item.info.name}/${d.item.name}`));
        break;
      }
      yield { kind: 'wake', timeoutMs: left };
      pending = pending.filter((d) => !gone(d));
    }
  } finally {
    for (const w of watches) w.stop();
  }
  return reportErrors(ctx, errors);
}

export const deleteCommand: Command = {
  name: 'delete',
  short: 'Delete resources by file names, stdin, resources and names, or by resources and label selector',
  flags: [
    { name: 'filename', short: 'f', type: 'stringSlice', default: [] },
    { name: 'recursive', short: 'R', type: 'bool', default: false },
    { name: 'kustomize', short: 'k', type: 'string', default: '' },
    { name: 'all', type: 'bool', default: false },
    { name: 'all-namespaces', short: 'A', type: 'bool', default: false },
    { name: 'selector', short: 'l', type: 'string', default: '' },
    { name: 'field-selector', type: 'string', default: '' },
    { name: 'grace-period', type: 'int', default: -1 },
    { name: 'now', type: 'bool', default: false },
    { name: 'force', type: 'bool', default: false },
    { name: 'cascade', type: 'string', default: 'background', noOptDefault: 'background' },
    { name: 'wait', type: 'bool', default: true },
    { name: 'timeout', type: 'duration', default: '0s' },
    { name: 'ignore-not-found', type: 'bool', default: false },
    { name: 'interactive', short: 'i', type: 'bool', default: false },
    { name: 'output', short: 'o', type: 'string', default: '' },
    { name: 'raw', type: 'string', default: '' },
    dryRunFlag,
  ],
  run,
};
