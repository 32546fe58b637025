// Mirrors staging/src/k8s.io/kubectl/pkg/cmd/patch/patch.go: -p / --patch-file (JSON or YAML),
// --type strategic|merge|json, "<kind>/<name> patched" or "patched (no change)".
import { ManifestError } from '../../api/yaml.js';
import { parseManifests } from '../../api/yaml/manifests.js';
import { resolvePath } from '../../shell/fs.js';
import { deepEqual } from '../../util/object.js';
import type { Command, CommandContext } from '../command.js';
import { CmdError } from '../command.js';
import { planResources, visitResources } from '../util/builder.js';
import { addSourceToErr, reportErrors } from './shared/errors.js';
import { dryRunFlag, dryRunStrategy, objectPrinter, printFlags, typed, withDryRun } from './shared/print.js';

function run(ctx: CommandContext): number {
  const f = ctx.flags;
  const type = f.string('type') || 'strategic';
  if (!['json', 'merge', 'strategic'].includes(type)) {
    throw new CmdError(`--type must be one of [json merge strategic], not "${type}"`);
  }
  let text = f.string('patch');
  if (f.changed('patch') && f.changed('patch-file')) throw new CmdError('cannot specify --patch and --patch-file together');
  if (f.changed('patch-file')) {
    const path = resolvePath(ctx.io.cwd, f.string('patch-file'), ctx.io.env.get('HOME') || '/root');
    if (!ctx.io.fs.stat(path)) throw new CmdError(`unable to read patch file: open ${f.string('patch-file')}: no such file or directory`);
    text = ctx.io.fs.readFile(path);
  }
  if (!text) throw new CmdError('must specify --patch or --patch-file containing the contents of the patch');
  const docs = parseManifests(text);
  if (docs instanceof ManifestError) throw new CmdError(`unable to parse "${text}": ${docs.message.replace(/^error converting YAML to JSON: /, '')}`);
  const patch = docs[0]?.value ?? null;
  const dryRun = dryRunStrategy(ctx);
  const printer = objectPrinter(ctx);
  const plan = planResources(ctx.io, {
    args: f.args,
    filenames: f.strings('filename'),
    recursive: f.bool('recursive'),
    namespace: ctx.namespace,
    enforceNamespace: ctx.explicitNamespace,
  });
  const visited = visitResources(ctx.deps.client, plan, { requireObject: false });
  const errors = [...visited.errors];
  for (const item of visited.items) {
    const { info } = item;
    const ns = info.namespaced ? item.namespace : undefined;
    try {
      const before = ctx.deps.client.get(info.group, info.name, ns, item.name);
      const after = ctx.deps.client.patch(info.group, info.name, ns, item.name, type as 'json' | 'merge' | 'strategic', patch, {
        dryRun: dryRun !== 'none',
        ...(f.string('subresource') ? { subresource: f.string('subresource') } : {}),
      });
      const changed = !deepEqual(before, after);
      printer.print(typed(info, after), withDryRun(changed ? 'patched' : 'patched (no change)', dryRun));
    } catch (e) {
      errors.push(addSourceToErr('patching', item.source, e));
    }
  }
  return reportErrors(ctx, errors);
}

export const patch: Command = {
  name: 'patch',
  short: 'Update fields of a resource',
  flags: [
    { name: 'filename', short: 'f', type: 'stringSlice', default: [] },
    { name: 'recursive', short: 'R', type: 'bool', default: false },
    { name: 'kustomize', short: 'k', type: 'string', default: '' },
    { name: 'patch', short: 'p', type: 'string', default: '' },
    { name: 'patch-file', type: 'string', default: '' },
    { name: 'type', type: 'string', default: 'strategic' },
    { name: 'local', type: 'bool', default: false },
    { name: 'subresource', type: 'string', default: '' },
    { name: 'field-manager', type: 'string', default: 'kubectl-patch' },
    dryRunFlag,
    ...printFlags,
  ],
  run,
};
