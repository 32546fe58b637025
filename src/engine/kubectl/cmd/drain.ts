// Mirrors staging/src/k8s.io/kubectl/pkg/cmd/drain (cordon, uncordon, drain)
// and pkg/drain (v1.32): cordon patches spec.unschedulable; drain cordons, sorts
// the node's Pods through the filters (DaemonSet-managed, mirror, local
// storage, unreplicated), evicts the rest via pods/eviction and waits on
// virtual time until they are gone. Simplifications: no PodDisruptionBudgets.
import type { Node, Pod } from 'kubernetes-types/core/v1';
import { StatusError } from '../../api/errors.js';
import type { Job } from '../../shell/types.js';
import type { Command, CommandContext } from '../command.js';
import { CmdError, UsageError } from '../command.js';
import { reportErrors } from './shared/errors.js';
import { dryRunFlag, dryRunStrategy, withDryRun } from './shared/print.js';

const selectorFlag = { name: 'selector', short: 'l', type: 'string' as const, default: '' };

/** The nodes named on the command line (NAME, node/NAME, nodes/NAME) or by -l. */
function resolveNodes(ctx: CommandContext, use: string): { nodes: Node[]; errors: unknown[] } {
  const client = ctx.deps.client;
  const args = ctx.flags.args;
  const sel = ctx.flags.string('selector');
  if (!args.length && !sel) throw new UsageError(`USAGE: ${use} [flags]`);
  if (args.length && sel) throw new CmdError('error: cannot specify both a node name and a --selector option');
  if (sel) return { nodes: client.list<Node>('', 'nodes', undefined, { labelSelector: sel }).items, errors: [] };
  const nodes: Node[] = [];
  const errors: unknown[] = [];
  for (const a of args) {
    const m = /^(?:(?:nodes?|no)\/)?(.+)$/.exec(a)!;
    try {
      nodes.push(client.get<Node>('', 'nodes', undefined, m[1]!));
    } catch (e) {
      if (!(e instanceof StatusError)) throw e;
      errors.push(e);
    }
  }
  return { nodes, errors };
}

/** CordonHelper.PatchOrReplace: "cordoned" / "already cordoned" (and the uncordon forms). */
function cordonNode(ctx: CommandContext, node: Node, desired: boolean): void {
  const name = node.metadata!.name!;
  const verb = desired ? 'cordoned' : 'uncordoned';
  const dryRun = dryRunStrategy(ctx);
  if (!!node.spec?.unschedulable === desired) {
    ctx.io.stdout(`node/${name} already ${withDryRun(verb, dryRun)}\n`);
    return;
  }
  if (dryRun !== 'client') {
    ctx.deps.client.patch('', 'nodes', undefined, name, 'strategic', { spec: { unschedulable: desired ? true : null } }, { dryRun: dryRun === 'server' });
  }
  ctx.io.stdout(`node/${name} ${withDryRun(verb, dryRun)}\n`);
}

function cordonRun(desired: boolean, use: string) {
  return (ctx: CommandContext): number => {
    const { nodes, errors } = resolveNodes(ctx, use);
    for (const n of nodes) cordonNode(ctx, n, desired);
    return reportErrors(ctx, errors);
  };
}

export const cordonCommand: Command = {
  name: 'cordon',
  short: 'Mark node as unschedulable',
  flags: [selectorFlag, dryRunFlag],
  run: cordonRun(true, 'cordon NODE'),
};

export const uncordonCommand: Command = {
  name: 'uncordon',
  short: 'Mark node as schedulable',
  flags: [selectorFlag, dryRunFlag],
  run: cordonRun(false, 'uncordon NODE'),
};

interface PodFilterResult {
  /** Pods to evict. */
  pods: Pod[];
  /** message → ns/name list */
  warnings: Map<string, string[]>;
  errors: Map<string, string[]>;
}

const daemonSetFatal = 'cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore)';
const daemonSetWarning = 'ignoring DaemonSet-managed Pods';
const localStorageFatal = 'cannot delete Pods with local storage (use --delete-emptydir-data to override)';
const localStorageWarning = 'deleting Pods with local storage';
const unmanagedFatal = 'cannot delete Pods that declare no controller (use --force to override)';
const unmanagedWarning = 'deleting Pods that declare no controller';

/** GetPodsForDeletion: the filters, in upstream's order; each Pod gets the first verdict that is not "ok". */
function podsForDeletion(ctx: CommandContext, nodeName: string): PodFilterResult {
  const f = ctx.flags;
  const res: PodFilterResult = { pods: [], warnings: new Map(), errors: new Map() };
  const add = (m: Map<string, string[]>, msg: string, p: Pod) => m.set(msg, [...(m.get(msg) ?? []), `${p.metadata!.namespace}/${p.metadata!.name}`]);
  const podSel = f.string('pod-selector');
  const pods = ctx.deps.client.list<Pod>('', 'pods', undefined, { fieldSelector: `spec.nodeName=${nodeName}`, labelSelector: podSel || undefined }).items;
  for (const p of pods) {
    const finished = p.status?.phase === 'Succeeded' || p.status?.phase === 'Failed';
    const ctrl = p.metadata?.ownerReferences?.find((r) => r.controller);
    if (ctrl?.kind === 'DaemonSet') {
      if (f.bool('ignore-daemonsets')) add(res.warnings, daemonSetWarning, p);
      else add(res.errors, daemonSetFatal, p);
      continue;
    }
    if (p.metadata?.annotations?.['kubernetes.io/config.mirror']) continue;
    if (!finished && (p.spec?.volumes ?? []).some((v) => v.emptyDir)) {
      if (!f.bool('delete-emptydir-data')) {
        add(res.errors, localStorageFatal, p);
        continue;
      }
      add(res.warnings, localStorageWarning, p);
    }
    if (!finished && !ctrl) {
      if (!f.bool('force')) {
        add(res.errors, unmanagedFatal, p);
        continue;
      }
      add(res.warnings, unmanagedWarning, p);
    }
    res.pods.push(p);
  }
  return res;
}

/** Messages in the order of drain's filters (daemonSet, localStorage, unreplicated). */
const filterOrder = [daemonSetFatal, daemonSetWarning, localStorageFatal, localStorageWarning, unmanagedFatal, unmanagedWarning];

function joined(m: Map<string, string[]>): string[] {
  return [...m]
    .sort(([a], [b]) => filterOrder.indexOf(a) - filterOrder.indexOf(b))
    .map(([msg, pods]) => `${msg}: ${pods.join(', ')}`);
}

function* drainRun(ctx: CommandContext): Job {
  const f = ctx.flags;
  const { nodes, errors } = resolveNodes(ctx, 'drain NODE');
  if (errors.length) return reportErrors(ctx, errors);
  const dryRun = dryRunStrategy(ctx);
  const remaining: string[] = [];
  let fatal: string | undefined;
  for (const node of nodes) cordonNode(ctx, node, true);
  for (const node of nodes) {
    const name = node.metadata!.name!;
    const list = podsForDeletion(ctx, name);
    const errs = joined(list.errors);
    if (errs.length) {
      const msg = errs.length === 1 ? errs[0]! : `[${errs.join(', ')}]`;
      ctx.io.stderr(`error: unable to drain node "${name}" due to error: ${msg}, continuing command...\n`);
      remaining.push(name);
      fatal = msg;
      continue;
    }
    const warnings = joined(list.warnings);
    if (warnings.length) ctx.io.stderr(`Warning: ${warnings.join('; ')}\n`);
    if (dryRun !== 'none') {
      for (const p of list.pods) ctx.io.stdout(`evicting pod ${p.metadata!.namespace}/${p.metadata!.name} ${withDryRun('', dryRun).trim()}\n`);
      ctx.io.stdout(`node/${name} ${withDryRun('drained', dryRun)}\n`);
      continue;
    }
    const err = yield* evictAndWait(ctx, list.pods);
    if (err) {
      ctx.io.stderr(`error: unable to drain node "${name}" due to error: ${err}, continuing command...\n`);
      remaining.push(name);
      fatal = err;
      continue;
    }
    ctx.io.stdout(`node/${name} drained\n`);
  }
  if (remaining.length) {
    ctx.io.stderr(`There are pending nodes to be drained:\n${remaining.map((n) => ` ${n}\n`).join('')}`);
    ctx.io.stderr(`error: ${fatal}\n`);
    return 1;
  }
  void f;
  return 0;
}

/** evictPods + waitForDelete: evict each Pod, then poll every second until each is gone. */
function* evictAndWait(ctx: CommandContext, pods: Pod[]): Generator<{ kind: 'sleep'; ms: number }, string | undefined, unknown> {
  const client = ctx.deps.client;
  const f = ctx.flags;
  const grace = f.int('grace-period');
  const deleteOptions = grace >= 0 ? { gracePeriodSeconds: grace } : undefined;
  const timeoutMs = f.duration('timeout');
  const deadline = timeoutMs > 0 ? ctx.io.now() + timeoutMs : undefined;
  const pending = new Map<string, Pod>();
  for (const p of pods) {
    const ns = p.metadata!.namespace!;
    const name = p.metadata!.name!;
    if (!f.bool('disable-eviction')) ctx.io.stdout(`evicting pod ${ns}/${name}\n`);
    try {
      if (f.bool('disable-eviction')) client.delete('', 'pods', ns, name, deleteOptions);
      else client.evict(ns, name, deleteOptions);
    } catch (e) {
      if (e instanceof StatusError && e.code === 404) continue;
      return `error when evicting pods/"${name}" -n "${ns}": ${e instanceof Error ? e.message : String(e)}`;
    }
    pending.set(`${ns}/${name}`, p);
  }
  const verb = f.bool('disable-eviction') ? 'deleted' : 'evicted';
  for (;;) {
    for (const [key, p] of [...pending]) {
      let gone = false;
      try {
        const cur = client.get<Pod>('', 'pods', p.metadata!.namespace, p.metadata!.name!);
        gone = cur.metadata?.uid !== p.metadata?.uid;
      } catch (e) {
        if (!(e instanceof StatusError && e.code === 404)) throw e;
        gone = true;
      }
      if (gone) {
        ctx.io.stdout(`pod/${p.metadata!.name} ${verb}\n`);
        pending.delete(key);
      }
    }
    if (!pending.size) return undefined;
    if (deadline !== undefined && ctx.io.now() >= deadline) {
      return `drain did not complete within ${f.string('timeout')}`;
    }
    yield { kind: 'sleep', ms: 1000 };
  }
}

export const drainCommand: Command = {
  name: 'drain',
  short: 'Drain node in preparation for maintenance',
  flags: [
    { name: 'force', type: 'bool', default: false },
    { name: 'ignore-daemonsets', type: 'bool', default: false },
    { name: 'delete-emptydir-data', type: 'bool', default: false },
    { name: 'disable-eviction', type: 'bool', default: false },
    { name: 'grace-period', type: 'int', default: -1 },
    { name: 'timeout', type: 'duration', default: '0s' },
    { name: 'pod-selector', type: 'string', default: '' },
    { name: 'skip-wait-for-delete-timeout', type: 'int', default: 0 },
    { name: 'chunk-size', type: 'int', default: 500 },
    selectorFlag,
    dryRunFlag,
  ],
  run: (ctx) => drainRun(ctx),
};
