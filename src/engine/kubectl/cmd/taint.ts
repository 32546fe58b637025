// Mirrors staging/src/k8s.io/kubectl/pkg/cmd/taint (v1.32): parse
// `key[=value]:Effect` to add and `key[:Effect]-` to remove, refuse an
// existing key+effect without --overwrite, and report the operation as
// reorganizeTaints does: tainted, untainted or modified.
import type { Node, Taint } from 'kubernetes-types/core/v1';
import { StatusError } from '../../api/errors.js';
import type { Command, CommandContext } from '../command.js';
import { CmdError } from '../command.js';
import { reportErrors } from './shared/errors.js';
import { dryRunFlag, dryRunStrategy, withDryRun } from './shared/print.js';

const effects = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

function taintString(t: Taint): string {
  let s = t.key;
  if (t.value) s += `=${t.value}`;
  if (t.effect) s += `:${t.effect}`;
  return s;
}

/** ParseTaints: the specs to add and to remove, with upstream's messages. */
export function parseTaints(specs: string[]): { add: Taint[]; remove: Taint[] } {
  const add: Taint[] = [];
  const remove: Taint[] = [];
  const seen = new Set<string>();
  for (const spec of specs) {
    if (spec.endsWith('-')) {
      const body = spec.slice(0, -1);
      const [key, effect] = body.split(':') as [string, string | undefined];
      if (effect !== undefined && !effects.includes(effect)) throw new CmdError(`invalid taint effect: ${effect}, unsupported taint effect`);
      remove.push(effect ? { key, effect } : ({ key } as Taint));
      continue;
    }
    const parts = spec.split(':');
    if (parts.length !== 2 || !parts[1]) throw new CmdError(`invalid taint spec: ${spec}`);
    const effect = parts[1];
    if (!effects.includes(effect)) throw new CmdError(`invalid taint effect: ${effect}, unsupported taint effect`);
    const eq = parts[0]!.indexOf('=');
    const key = eq < 0 ? parts[0]! : parts[0]!.slice(0, eq);
    const value = eq < 0 ? undefined : parts[0]!.slice(eq + 1);
    if (!key) throw new CmdError(`invalid taint spec: ${spec}`);
    const id = `${key}:${effect}`;
    if (seen.has(id)) throw new CmdError(`duplicated taints with the same key and effect: {${key} ${value ?? ''} ${effect} <nil>}`);
    seen.add(id);
    add.push(value !== undefined && value !== '' ? { key, value, effect } : { key, effect });
  }
  return { add, remove };
}

/** reorganizeTaints: new taints first, then the old ones not replaced; removals; the operation's name. */
export function reorganizeTaints(old: readonly Taint[], overwrite: boolean, add: Taint[], remove: Taint[]): { op: string; taints: Taint[]; errors: string[] } {
  const taints: Taint[] = [...add];
  for (const o of old) if (!taints.some((t) => t.key === o.key && t.effect === o.effect)) taints.push(o);
  const added = old.length !== taints.length;
  let deleted = false;
  const errors: string[] = [];
  for (const r of remove) {
    const before = taints.length;
    for (let i = taints.length - 1; i >= 0; i--) {
      if (taints[i]!.key === r.key && (!r.effect || taints[i]!.effect === r.effect)) taints.splice(i, 1);
    }
    if (taints.length === before) errors.push(`taint ${JSON.stringify(taintString(r))} not found`);
    else deleted = true;
  }
  const op = (added && deleted) || overwrite ? 'modified' : added ? 'tainted' : 'untainted';
  return { op, taints, errors };
}

function run(ctx: CommandContext): number {
  const f = ctx.flags;
  const args = [...f.args];
  const all = f.bool('all');
  const sel = f.string('selector');
  if (!args.length) throw new CmdError('at least one taint update is required');
  const kind = args.shift()!;
  let names: string[] = [];
  let typePart = kind;
  if (kind.includes('/')) {
    typePart = kind.slice(0, kind.indexOf('/'));
    names = [kind.slice(kind.indexOf('/') + 1)];
  }
  if (!['node', 'nodes', 'no'].includes(typePart)) throw new CmdError(`invalid resource type ${typePart}, only node types are supported`);
  const specs: string[] = [];
  for (const a of args) {
    if (a.includes(':') || a.endsWith('-') || a.includes('=')) specs.push(a);
    else names.push(a);
  }
  if (!specs.length) throw new CmdError('at least one taint update is required');
  if (!names.length && !all && !sel) throw new CmdError('at least one resource name must be specified since \'all\' parameter is not set');
  const { add, remove } = parseTaints(specs);
  for (const r of remove) {
    if (add.some((a) => a.key === r.key && (!r.effect || a.effect === r.effect))) throw new CmdError('can not both modify and remove the following taint(s) in the same command: ' + r.key);
  }
  const client = ctx.deps.client;
  const errors: unknown[] = [];
  let nodes: Node[] = [];
  if (all || sel) nodes = client.list<Node>('', 'nodes', undefined, { labelSelector: sel || undefined }).items;
  for (const n of names) {
    try {
      nodes.push(client.get<Node>('', 'nodes', undefined, n));
    } catch (e) {
      if (!(e instanceof StatusError)) throw e;
      errors.push(e);
    }
  }
  const overwrite = f.bool('overwrite');
  const dryRun = dryRunStrategy(ctx);
  for (const node of nodes) {
    const name = node.metadata!.name!;
    const old = node.spec?.taints ?? [];
    if (!overwrite) {
      const exists = add.filter((a) => old.some((o) => o.key === a.key && o.effect === a.effect)).map((a) => a.key);
      if (exists.length) {
        errors.push(new CmdError(`node ${name} already has ${exists.join(',')} taint(s) with same effect(s) and --overwrite is false`));
        continue;
      }
    }
    const { op, taints, errors: errs } = reorganizeTaints(old, overwrite, add, remove);
    if (errs.length) {
      errors.push(new CmdError(errs.length === 1 ? errs[0]! : `[${errs.join(', ')}]`));
      continue;
    }
    if (dryRun !== 'client') {
      client.patch('', 'nodes', undefined, name, 'merge', { spec: { taints: taints.length ? taints : null } }, { dryRun: dryRun === 'server' });
    }
    ctx.io.stdout(`node/${name} ${withDryRun(op, dryRun)}\n`);
  }
  return reportErrors(ctx, errors);
}

export const taintCommand: Command = {
  name: 'taint',
  short: 'Update the taints on one or more nodes',
  flags: [
    { name: 'all', type: 'bool', default: false },
    { name: 'selector', short: 'l', type: 'string', default: '' },
    { name: 'overwrite', type: 'bool', default: false },
    { name: 'validate', type: 'string', default: 'strict', noOptDefault: 'strict' },
    { name: 'field-manager', type: 'string', default: 'kubectl-taint' },
    dryRunFlag,
  ],
  run,
};
