// Mirrors staging/src/k8s.io/kubectl/pkg/cmd/util/editor/editoptions.go (NormalEditMode):
// the objects as YAML (a List for several) under kubectl's header, the editor, then a
// strategic merge patch from original to edited per object; failures reopen the file
// with the reasons as comments.
import { StatusError } from '../../../api/errors.js';
import { createTwoWayMergePatch } from '../../../api/patch/index.js';
import { ManifestError, toJSON, toYAML } from '../../../api/yaml.js';
import { parseManifests } from '../../../api/yaml/manifests.js';
import type { Job } from '../../../shell/types.js';
import { deepEqual } from '../../../util/object.js';
import type { Command, CommandContext } from '../../command.js';
import { CmdError } from '../../command.js';
import { planResources, visitResources, type Item } from '../../util/builder.js';
import { reportErrors } from '../shared/errors.js';
import { printName } from '../../printers/name.js';
import { printFlags, typed } from '../shared/print.js';
import { launchEditor } from './editor.js';

const header = `# Please edit the object below. Lines beginning with a '#' will be ignored,
# and an empty file will abort the edit. If an error occurs while saving this file will be
# reopened with the relevant failures.
#
`;

/** StripComments: drop lines whose first non-blank character is '#'. */
function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((l) => !l.trimStart().startsWith('#'))
    .join('\n');
}

/** editReason for one failed object, as editHeader.writeTo prints it. */
function reasonLines(item: Item, err: unknown): string {
  const hash = (s: string) => s.replace(/\n/g, '\n# ');
  if (err instanceof StatusError && err.status.reason === 'Invalid') {
    const causes = err.status.details?.causes ?? [];
    const head = `${item.info.name}${item.info.group ? `.${item.info.group}` : ''} "${item.name}" was not valid`;
    if (!causes.length) return `# ${hash(head)}\n#\n`;
    return `# ${hash(head)}:\n${causes.map((c) => `# * ${hash(`${c.field ? `${c.field}: ` : ''}${c.message}`)}\n`).join('')}#\n`;
  }
  const msg = err instanceof Error ? err.message : String(err);
  return `# ${hash(msg)}\n#\n`;
}

/** editResults.addError: the line printed for each object that could not be saved. */
function addError(item: Item, err: unknown): string {
  const res = `${item.info.name}${item.info.group ? `.${item.info.group}` : ''}`;
  if (err instanceof CmdError || (err instanceof StatusError && err.status.reason === 'Invalid')) return `error: ${res} "${item.name}" is invalid`;
  return `error: ${res} "${item.name}" could not be patched: ${err instanceof Error ? err.message : String(err)}`;
}

function run(ctx: CommandContext): number | Job {
  const f = ctx.flags;
  const fmt = f.string('output') || 'yaml';
  if (fmt !== 'yaml' && fmt !== 'json') throw new CmdError(`the edit mode doesn't support output the format "${fmt}"`);
  const plan = planResources(ctx.io, {
    args: f.args,
    filenames: f.strings('filename'),
    recursive: f.bool('recursive'),
    labelSelector: f.changed('selector') ? f.string('selector') : undefined,
    namespace: ctx.namespace,
    enforceNamespace: ctx.explicitNamespace,
  });
  const visited = visitResources(ctx.deps.client, plan, { latest: true });
  if (visited.errors.length) return reportErrors(ctx, visited.errors);
  if (!visited.items.length) throw new CmdError('edit cancelled, no objects found');
  return editLoop(ctx, visited.items, fmt);
}

function* editLoop(ctx: CommandContext, items: Item[], fmt: string): Job {
  const encode = (o: unknown) => (fmt === 'json' ? toJSON(o) : toYAML(o));
  const objs = items.map((it) => typed(it.info, it.object));
  const original = items.length === 1 ? objs[0] : { apiVersion: 'v1', kind: 'List', metadata: { resourceVersion: '' }, items: objs };
  const path = `/tmp/kubectl-edit-${String(ctx.io.now() % 1_000_000_000).padStart(9, '0')}.${fmt}`;
  if (!ctx.io.fs.stat('/tmp')) ctx.io.fs.mkdir('/tmp', { recursive: true });
  let body = encode(original);
  let reasons = '';
  let previous = stripComments(body);
  let failed = false;
  // -o picks the file's format here; results print as "<kind>/<name> edited"
  const printer = { print: (o: any, op: string) => ctx.io.stdout(printName(o, op)) };
  for (;;) {
    yield* launchEditor(ctx.deps, ctx.io, path, header + reasons + body);
    const edited = ctx.io.fs.readFile(path);
    const stripped = stripComments(edited);
    if (!stripped.trim()) throw new CmdError('Edit cancelled, saved file was empty.');
    if (stripped === previous) {
      if (failed) {
        ctx.io.stderr(`A copy of your changes has been stored to "${path}"\n`);
        throw new CmdError('Edit cancelled, no valid changes were saved.');
      }
      ctx.io.fs.rm(path);
      ctx.io.stderr('Edit cancelled, no changes made.\n');
      return 0;
    }
    const docs = parseManifests(stripped);
    if (docs instanceof ManifestError || docs.length !== 1) {
      const why = docs instanceof ManifestError ? docs.message : 'expected exactly one document';
      reasons = `# The edited file had a syntax error: ${why}\n#\n`;
      body = stripped;
      previous = stripped;
      failed = true;
      continue;
    }
    const value: any = docs[0]!.value;
    const editedObjs: any[] = items.length === 1 ? [value] : Array.isArray(value?.items) ? value.items : [];
    reasons = '';
    const remaining: number[] = [];
    items.forEach((item, i) => {
      const before = objs[i];
      const after = editedObjs.find((o) => o?.metadata?.name === item.name && o?.kind === before.kind) ?? editedObjs[i];
      try {
        if (!after || after.apiVersion !== before.apiVersion || after.kind !== before.kind || after.metadata?.name !== before.metadata?.name) {
          throw new CmdError('At least one of apiVersion, kind and name was changed');
        }
        if (deepEqual(before, after)) {
          printer.print(before, 'skipped');
          return;
        }
        const patch = createTwoWayMergePatch(before, after, item.info.kind);
        const result = ctx.deps.client.patch(item.info.group, item.info.name, item.info.namespaced ? item.namespace : undefined, item.name, 'strategic', patch);
        printer.print(typed(item.info, result), 'edited');
      } catch (e) {
        reasons += reasonLines(item, e);
        ctx.io.stderr(`${addError(item, e)}\n`);
        remaining.push(i);
      }
    });
    if (!remaining.length) {
      ctx.io.fs.rm(path);
      return 0;
    }
    failed = true;
    body = stripped;
    previous = stripped;
  }
}

export const editCommand: Command = {
  name: 'edit',
  short: 'Edit a resource on the server',
  flags: [
    { name: 'filename', short: 'f', type: 'stringSlice', default: [] },
    { name: 'recursive', short: 'R', type: 'bool', default: false },
    { name: 'kustomize', short: 'k', type: 'string', default: '' },
    { name: 'selector', short: 'l', type: 'string', default: '' },
    { name: 'output-patch', type: 'bool', default: false },
    { name: 'windows-line-endings', type: 'bool', default: false },
    { name: 'save-config', type: 'bool', default: false },
    { name: 'validate', type: 'string', default: 'strict', noOptDefault: 'strict' },
    { name: 'subresource', type: 'string', default: '' },
    { name: 'field-manager', type: 'string', default: 'kubectl-edit' },
    ...printFlags,
  ],
  run,
};
