// Mirrors staging/src/k8s.io/kubectl/pkg/cmd/wait/{wait,condition,delete,json}.go:
// `kubectl wait --for=delete|create|condition=C[=V]|jsonpath={…}[=V]` on named or selected
// objects, on watches in virtual time, one --timeout (default 30s) for the whole run.
import { goPrint } from '../../api/yaml.js';
import type { Job } from '../../shell/types.js';
import type { Command, CommandContext } from '../command.js';
import { CmdError } from '../command.js';
import { relaxedJSONPathExpression } from '../printers/customcolumns.js';
import { evaluateJsonPath } from '../printers/jsonpath.js';
import { planResources, visitResources, type Item } from '../util/builder.js';
import { isNotFound, reportErrors } from './shared/errors.js';
import { objectPrinter, printFlags, typed } from './shared/print.js';

type Condition =
  | { kind: 'delete' }
  | { kind: 'create' }
  | { kind: 'condition'; name: string; value: string }
  | { kind: 'jsonpath'; expr: string; value?: string };

/** conditionFuncFor */
function parseFor(s: string): Condition {
  const lower = s.toLowerCase();
  if (lower === 'delete') return { kind: 'delete' };
  if (lower === 'create') return { kind: 'create' };
  if (s.startsWith('condition=')) {
    let name = s.slice('condition='.length);
    let value = 'true';
    const eq = name.indexOf('=');
    if (eq >= 0) {
      value = name.slice(eq + 1);
      name = name.slice(0, eq);
    }
    return { kind: 'condition', name, value };
  }
  if (s.startsWith('jsonpath=')) {
    const input = s.slice('jsonpath='.length);
    const eq = input.indexOf('=', input.lastIndexOf('}') + 1);
    const exprText = eq < 0 ? input : input.slice(0, eq);
    const expr = relaxedJSONPathExpression(exprText);
    if (eq < 0) return { kind: 'jsonpath', expr };
    const value = input.slice(eq + 1);
    if (!value) throw new CmdError('jsonpath wait has to have a value after equal sign');
    return { kind: 'jsonpath', expr, value };
  }
  throw new CmdError(`unrecognized condition: "${s}"`);
}

/** ConditionalWait.checkCondition, with the observedGeneration guard. */
function conditionMet(obj: any, name: string, value: string): boolean {
  for (const c of obj?.status?.conditions ?? []) {
    if (typeof c?.type !== 'string' || c.type.toLowerCase() !== name.toLowerCase()) continue;
    if (typeof c.status !== 'string') continue;
    const generation = obj.metadata?.generation;
    if (generation !== undefined) {
      const observed = c.observedGeneration ?? obj.status?.observedGeneration;
      if (observed !== undefined && observed < generation) return false;
    }
    return c.status.toLowerCase() === value.toLowerCase();
  }
  return false;
}

/** JSONPathWait.checkCondition: one scalar result, compared as text (or just present). */
function jsonPathMet(obj: any, expr: string, value: string | undefined): boolean {
  const sets = evaluateJsonPath(expr, obj);
  const results = sets.flat();
  if (results.length === 0) return false;
  if (results.length > 1) throw new CmdError('given jsonpath expression matches more than one value');
  const r = results[0];
  if (value === undefined) return true;
  if (typeof r === 'object' && r !== null) throw new CmdError('jsonpath leads to a nested object or list which is not supported');
  return goPrint(r) === value;
}

function run(ctx: CommandContext): number | Job {
  const f = ctx.flags;
  const cond = parseFor(f.string('for'));
  const printer = objectPrinter(ctx);
  let timeout = f.duration('timeout');
  if (timeout < 0) timeout = 7 * 24 * 3600 * 1000;
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
  return waitAll(ctx, plan, cond, timeout, printer);
}

function* waitAll(ctx: CommandContext, plan: ReturnType<typeof planResources>, cond: Condition, timeout: number, printer: ReturnType<typeof objectPrinter>): Job {
  const client = ctx.deps.client;
  const deadline = ctx.io.now() + timeout;
  if (cond.kind === 'create') {
    // --for=create: wait until every named object exists (no per-object message)
    for (;;) {
      const v = visitResources(client, plan);
      if (!v.errors.some(isNotFound) && v.items.length) return 0;
      if (ctx.io.now() >= deadline) return reportErrors(ctx, [new CmdError('timed out waiting for the condition')]);
      yield { kind: 'sleep', ms: Math.min(1000, deadline - ctx.io.now()) };
    }
  }
  const visited = visitResources(client, plan);
  const errors = visited.errors.filter((e) => !(cond.kind === 'delete' && isNotFound(e)));
  if (!visited.items.length && !errors.length && cond.kind !== 'delete') errors.push(new CmdError('no matching resources found'));
  for (const item of visited.items) {
    try {
      const met = yield* waitOne(ctx, item, cond, deadline);
      if (met) printer.print(typed(item.info, met), 'condition met');
      else errors.push(new CmdError(`timed out waiting for the condition on ${item.info.name}/${item.name}`));
    } catch (e) {
      errors.push(e);
    }
  }
  return reportErrors(ctx, errors);
}

/** Watch one object until the condition holds: the object (the last seen one for delete), or undefined on timeout. */
function* waitOne(ctx: CommandContext, item: Item, cond: Condition, deadline: number): Generator<{ kind: 'wake'; timeoutMs: number }, any, void> {
  const client = ctx.deps.client;
  const { info } = item;
  const ns = info.namespaced ? item.namespace : undefined;
  const uid = item.object?.metadata?.uid;
  let last = item.object;
  const check = (): any => {
    let obj: any;
    try {
      obj = client.get(info.group, info.name, ns, item.name);
    } catch (e) {
      if (cond.kind === 'delete' && isNotFound(e)) return last;
      throw e;
    }
    if (cond.kind === 'delete') {
      if (uid && obj.metadata?.uid !== uid) return last;
      last = obj;
      return undefined;
    }
    if (cond.kind === 'condition') return conditionMet(obj, cond.name, cond.value) ? obj : undefined;
    if (cond.kind === 'jsonpath') return jsonPathMet(obj, cond.expr, cond.value) ? obj : undefined;
    return obj;
  };
  const watch = client.watch(info.group, info.name, ns, { fieldSelector: `metadata.name=${item.name}` }, () => ctx.io.wake());
  try {
    for (;;) {
      const met = check();
      if (met) return met;
      const left = deadline - ctx.io.now();
      if (left <= 0) return undefined;
      yield { kind: 'wake', timeoutMs: left };
    }
  } finally {
    watch.stop();
  }
}

export const waitCommand: Command = {
  name: 'wait',
  short: 'Experimental: Wait for a specific condition on one or many resources',
  flags: [
    { name: 'filename', short: 'f', type: 'stringSlice', default: [] },
    { name: 'recursive', short: 'R', type: 'bool', default: false },
    { name: 'kustomize', short: 'k', type: 'string', default: '' },
    { name: 'all', type: 'bool', default: false },
    { name: 'all-namespaces', short: 'A', type: 'bool', default: false },
    { name: 'selector', short: 'l', type: 'string', default: '' },
    { name: 'field-selector', type: 'string', default: '' },
    { name: 'for', type: 'string', default: '' },
    { name: 'local', type: 'bool', default: false },
    { name: 'timeout', type: 'duration', default: '30s' },
    ...printFlags,
  ],
  run,
};
