// What `kubectl label` and `kubectl annotate` share (label.go / annotate.go): split the
// arguments into resources and KEY=VAL / KEY- changes, refuse to overwrite without
// --overwrite, send a JSON merge patch, print "<kind>/<name> labeled|annotated".
import { createJsonMergePatch } from '../../../api/patch/index.js';
import { deepEqual } from '../../../util/object.js';
import type { Job } from '../../../shell/types.js';
import type { Command, CommandContext } from '../../command.js';
import { CmdError } from '../../command.js';
import type { FlagSpec } from '../../flags.js';
import { planResources, visitResources } from '../../util/builder.js';
import { isValidLabelValue } from '../../../api/validation/identifiers.js';
import { addSourceToErr, reportErrors } from './errors.js';
import { dryRunFlag, dryRunStrategy, objectPrinter, printFlags, typed, withDryRun } from './print.js';

type Field = 'labels' | 'annotations';

function parseChanges(args: string[], field: Field): { resources: string[]; set: [string, string][]; remove: string[] } {
  const resources: string[] = [];
  const set: [string, string][] = [];
  const remove: string[] = [];
  let inChanges = false;
  for (const a of args) {
    if (a.includes('=')) {
      inChanges = true;
      const eq = a.indexOf('=');
      if (field === 'labels') {
        // label.go parseLabels: exactly one '=', and the value checked before any request.
        if (a.split('=').length !== 2) throw new CmdError(`invalid label spec: ${a}`);
        const errs = isValidLabelValue(a.slice(eq + 1));
        if (errs.length) throw new CmdError(`invalid label value: ${JSON.stringify(a)}: ${errs.join(';')}`);
      }
      set.push([a.slice(0, eq), a.slice(eq + 1)]);
    } else if (a.endsWith('-')) {
      inChanges = true;
      remove.push(a.slice(0, -1));
    } else if (!inChanges) resources.push(a);
    else throw new CmdError(`invalid ${field === 'labels' ? 'label' : 'annotation'} format: ${a}`);
  }
  for (const [k] of set) {
    if (remove.includes(k)) throw new CmdError(`can not both modify and remove ${field === 'labels' ? 'a label' : 'an annotation'} in the same command`);
  }
  return { resources, set, remove };
}

function runMeta(field: Field, verb: string) {
  return (ctx: CommandContext): number | Job => {
    const f = ctx.flags;
    const { resources, set, remove } = parseChanges(f.args, field);
    const list = f.bool('list');
    if (!list && !set.length && !remove.length) {
      throw new CmdError(`at least one ${field === 'labels' ? 'label' : 'annotation'} update is required`);
    }
    const dryRun = dryRunStrategy(ctx);
    const printer = objectPrinter(ctx);
    const plan = planResources(ctx.io, {
      args: resources,
      filenames: f.strings('filename'),
      recursive: f.bool('recursive'),
      labelSelector: f.changed('selector') ? f.string('selector') : undefined,
      fieldSelector: f.changed('field-selector') ? f.string('field-selector') : undefined,
      selectAll: f.bool('all'),
      allNamespaces: f.bool('all-namespaces'),
      namespace: ctx.namespace,
      enforceNamespace: ctx.explicitNamespace,
    });
    const visited = visitResources(ctx.deps.client, plan, { latest: !f.bool('local') });
    const errors = [...visited.errors];
    for (const item of visited.items) {
      const { info } = item;
      const obj = item.object;
      try {
        const before: Record<string, string> = obj.metadata?.[field] ?? {};
        if (list) {
          for (const [k, v] of Object.entries(before)) ctx.io.stdout(`${k}=${v}\n`);
          continue;
        }
        const after = { ...before };
        for (const [k, v] of set) {
          if (!f.bool('overwrite') && k in before && before[k] !== v) {
            throw new CmdError(`'${k}' already has a value (${before[k]}), and --overwrite is false`);
          }
          after[k] = v;
        }
        for (const k of remove) delete after[k];
        const next = { ...obj, metadata: { ...obj.metadata, [field]: after } };
        if (!Object.keys(after).length) delete next.metadata[field];
        const rv = f.string('resource-version');
        if (rv) next.metadata.resourceVersion = rv;
        const patch = createJsonMergePatch(obj, next);
        let result = next;
        if (dryRun !== 'client' && !f.bool('local')) {
          result = ctx.deps.client.patch(info.group, info.name, info.namespaced ? item.namespace : undefined, item.name, 'merge', patch, {
            dryRun: dryRun === 'server',
          });
        }
        let msg = verb;
        if (field === 'labels' && deepEqual(before, after)) msg = 'not labeled';
        else if (field === 'labels' && !set.length && remove.length) msg = 'unlabeled';
        printer.print(typed(info, result), withDryRun(msg, dryRun));
      } catch (e) {
        errors.push(addSourceToErr(verb === 'labeled' ? 'labeling' : 'annotating', item.source, e));
      }
    }
    return reportErrors(ctx, errors);
  };
}

export function metaCommand(name: 'label' | 'annotate', short: string): Command {
  const flags: FlagSpec[] = [
    { name: 'filename', short: 'f', type: 'stringSlice', default: [] },
    { name: 'recursive', short: 'R', type: 'bool', default: false },
    { name: 'kustomize', short: 'k', type: 'string', default: '' },
    { name: 'overwrite', type: 'bool', default: false },
    { name: 'list', type: 'bool', default: false },
    { name: 'local', type: 'bool', default: false },
    { name: 'all', type: 'bool', default: false },
    { name: 'all-namespaces', short: 'A', type: 'bool', default: false },
    { name: 'selector', short: 'l', type: 'string', default: '' },
    { name: 'field-selector', type: 'string', default: '' },
    { name: 'resource-version', type: 'string', default: '' },
    { name: 'field-manager', type: 'string', default: `kubectl-${name}` },
    dryRunFlag,
    ...printFlags,
  ];
  return { name, short, flags, run: runMeta(name === 'label' ? 'labels' : 'annotations', name === 'label' ? 'labeled' : 'annotated') };
}
