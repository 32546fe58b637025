// Mirrors staging/src/k8s.io/kubectl/pkg/cmd/set/set_image.go: `kubectl set image
// RESOURCE CONTAINER=IMAGE…` (`*` for every container), a strategic merge patch from
// the object before to after; unchanged objects print nothing.
import { clone } from '../../../util/object.js';
import type { Command, CommandContext } from '../../command.js';
import { CmdError } from '../../command.js';
import { planResources, visitResources } from '../../util/builder.js';
import { reportErrors } from '../shared/errors.js';
import { dryRunFlag, dryRunStrategy, objectPrinter, printFlags, typed } from '../shared/print.js';
import { noPodTemplate, parsePairs, patchPodTemplate, podSpecOf, resourcesAndPairs } from './podspec.js';

function setImage(containers: any[] | undefined, name: string, image: string): boolean {
  let found = false;
  for (const c of containers ?? []) {
    if (c.name === name || name === '*') {
      found = true;
      c.image = image;
    }
  }
  return found;
}

function run(ctx: CommandContext): number {
  const f = ctx.flags;
  const dryRun = dryRunStrategy(ctx);
  const printer = objectPrinter(ctx);
  const local = f.bool('local');
  const { resources, pairs } = resourcesAndPairs(f.args, 'image');
  const images = parsePairs(pairs, 'image', false).set;
  if (local && resources.length) throw new CmdError('error: you must specify resources by --filename when --local is set.\nExample resource specifications include:\n   \'-f rsrc.yaml\'\n   \'--filename=rsrc.json\'');
  const plan = planResources(ctx.io, {
    args: local ? [] : resources,
    filenames: f.strings('filename'),
    recursive: f.bool('recursive'),
    labelSelector: !local && f.changed('selector') ? f.string('selector') : undefined,
    selectAll: !local && f.bool('all'),
    namespace: ctx.namespace,
    enforceNamespace: ctx.explicitNamespace,
  });
  const visited = visitResources(ctx.deps.client, plan, { latest: !local });
  // Validate() runs after Complete() built the list
  const invalid: string[] = [];
  if (f.bool('all') && f.string('selector')) invalid.push('cannot set --all and --selector at the same time');
  if (!resources.length && !f.strings('filename').length) invalid.push('one or more resources must be specified as <resource> <name> or <resource>/<name>');
  if (!images.size) invalid.push('at least one image update is required');
  else if (images.size > 1 && images.has('*')) invalid.push('all containers are already specified by *, but saw more than one container_name=container_image pairs');
  if (local && dryRun === 'server') invalid.push('cannot specify --local and --dry-run=server - did you mean --dry-run=client?');
  if (invalid.length) return reportErrors(ctx, invalid.map((m) => new CmdError(m)));
  if (visited.errors.length) return reportErrors(ctx, visited.errors);

  const errors: unknown[] = [];
  for (const item of visited.items) {
    const { info } = item;
    const before = typed(info, item.object);
    const after = clone(before);
    const spec = podSpecOf(after);
    if (!spec) {
      errors.push(new CmdError(`error: ${info.name}/${item.name} ${noPodTemplate(after).message}\n`));
      continue;
    }
    for (const [name, image] of images) {
      const init = setImage(spec.initContainers, name, image);
      const main = setImage(spec.containers, name, image);
      if (!init && !main) errors.push(new CmdError(`error: unable to find container named "${name}"`));
    }
    const failed = patchPodTemplate(ctx, item, before, after, { what: 'image', local, dryRun, printer });
    if (failed) errors.push(failed);
  }
  return reportErrors(ctx, errors);
}

export const setImageCommand: Command = {
  name: 'image',
  short: 'Update the image of a pod template',
  flags: [
    { name: 'filename', short: 'f', type: 'stringSlice', default: [] },
    { name: 'recursive', short: 'R', type: 'bool', default: false },
    { name: 'kustomize', short: 'k', type: 'string', default: '' },
    { name: 'all', type: 'bool', default: false },
    { name: 'selector', short: 'l', type: 'string', default: '' },
    { name: 'local', type: 'bool', default: false },
    { name: 'record', type: 'bool', default: false },
    { name: 'field-manager', type: 'string', default: 'kubectl-set' },
    dryRunFlag,
    ...printFlags,
  ],
  run,
};
