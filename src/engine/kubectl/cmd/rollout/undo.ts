// Mirrors staging/src/k8s.io/kubectl/pkg/cmd/rollout/rollout_undo.go and
// polymorphichelpers' Deployment/DaemonSet/StatefulSetRollbacker: copy an older
// ReplicaSet's template (and annotations) back with a JSON patch, or apply an older
// ControllerRevision's strategic merge patch; the controller then rolls out to it.
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';
import { clone } from '../../../util/object.js';
import { CmdError, type Command, type CommandContext } from '../../command.js';
import type { Item } from '../../util/builder.js';
import { dryRunFlag, dryRunStrategy, objectPrinter, printFlags, typed, withDryRun } from '../shared/print.js';
import { reportErrors } from '../shared/errors.js';
import { printTemplate } from './history.js';
import { findHistory, historyMatches, objectHistory, revisionedKind, templateOf, type RevisionedKind } from './revisions.js';
import { deploymentReplicaSets, equalIgnoreHash, fileFlags, groupKind, isDeployment, requireResource, revisionOf, visit } from './common.js';

/** Annotations kubectl keeps from the Deployment rather than the ReplicaSet (annotationsToSkip). */
const annotationsToSkip = new Set([
  'kubectl.kubernetes.io/last-applied-configuration',
  'deployment.kubernetes.io/revision',
  'deployment.kubernetes.io/revision-history',
  'deployment.kubernetes.io/desired-replicas',
  'deployment.kubernetes.io/max-replicas',
  'deprecated.deployment.rollback.to',
]);

/** deploymentRevision: the ReplicaSet of revision `to`, or the one before the newest when 0. */
function deploymentRevision(ctx: CommandContext, d: Deployment, to: number): ReplicaSet {
  let latest: ReplicaSet | undefined;
  let previous: ReplicaSet | undefined;
  let latestRev = -1;
  let previousRev = -1;
  for (const rs of deploymentReplicaSets(ctx.deps.client, d)) {
    const v = revisionOf(rs);
    if (Number.isNaN(v)) continue;
    if (to === 0) {
      if (latestRev < v) {
        previousRev = latestRev;
        previous = latest;
        latestRev = v;
        latest = rs;
      } else if (previousRev < v) {
        previousRev = v;
        previous = rs;
      }
    } else if (to === v) return rs;
  }
  if (to > 0) throw new CmdError(`unable to find specified revision ${to} in history`);
  if (!previous) throw new CmdError(`no rollout history found for deployment "${d.metadata!.name}"`);
  return previous;
}

/** DaemonSetRollbacker / StatefulSetRollbacker.Rollback. */
function rollbackRevision(ctx: CommandContext, kind: RevisionedKind, item: Item, to: number, dryRun: string): string {
  if (to < 0) throw new CmdError(`unable to find specified revision ${to} in history`);
  const { obj, history } = objectHistory(ctx.deps.client, kind, item.namespace, item.name);
  if (to === 0 && history.length <= 1) throw new CmdError('no last revision to roll back to');
  const target = findHistory(to, history);
  if (!target) throw new CmdError(`unable to find specified revision ${to} in history`);
  if (dryRun === 'client') return `will roll back to ${printTemplate(templateOf(kind, obj, target))}`;
  if (historyMatches(obj, target)) return `skipped rollback (current template already matches revision ${to})`;
  try {
    ctx.deps.client.patch('apps', item.info.name, obj.metadata!.namespace, obj.metadata!.name!, 'strategic', target.data, { dryRun: dryRun === 'server' });
  } catch (e) {
    throw new CmdError(`failed restoring revision ${to}: ${e instanceof Error ? e.message : String(e)}`);
  }
  return 'rolled back';
}

function rollback(ctx: CommandContext, name: string, namespace: string, to: number, dryRun: string): string {
  if (to < 0) throw new CmdError(`unable to find specified revision ${to} in history`);
  let d: Deployment;
  try {
    d = ctx.deps.client.get('apps', 'deployments', namespace, name);
  } catch (e) {
    throw new CmdError(`failed to retrieve Deployment ${name}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const rs = deploymentRevision(ctx, d, to);
  if (dryRun === 'client') return printTemplate(rs.spec?.template);
  if (d.spec?.paused) throw new CmdError("you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again");
  if (equalIgnoreHash(rs.spec?.template, d.spec?.template)) return `skipped rollback (current template already matches revision ${to})`;
  const template = clone(rs.spec!.template!);
  if (template.metadata?.labels) delete (template.metadata.labels as Record<string, string>)['pod-template-hash'];
  const annotations: Record<string, string> = {};
  for (const [k, v] of Object.entries(d.metadata?.annotations ?? {})) if (annotationsToSkip.has(k)) annotations[k] = v;
  for (const [k, v] of Object.entries(rs.metadata?.annotations ?? {})) if (!annotationsToSkip.has(k)) annotations[k] = v;
  const patch = [
    { op: 'replace', path: '/spec/template', value: template },
    { op: 'replace', path: '/metadata/annotations', value: annotations },
  ];
  try {
    ctx.deps.client.patch('apps', 'deployments', namespace, name, 'json', patch, { dryRun: dryRun === 'server' });
  } catch (e) {
    throw new CmdError(`failed restoring revision ${to}: ${e instanceof Error ? e.message : String(e)}`);
  }
  return 'rolled back';
}

function run(ctx: CommandContext): number {
  requireResource(ctx);
  const dryRun = dryRunStrategy(ctx);
  const to = ctx.flags.int('to-revision');
  const result = visit(ctx);
  const errors = [...result.errors];
  const printer = objectPrinter(ctx);
  for (const item of result.items) {
    try {
      const kind = revisionedKind(item);
      if (!kind && !isDeployment(item)) throw new CmdError(`no rollbacker has been implemented for "${groupKind(item)}"`);
      const outcome = kind ? rollbackRevision(ctx, kind, item, to, dryRun) : rollback(ctx, item.name, item.namespace, to, dryRun);
      printer.print(typed(item.info, item.object), withDryRun(outcome, dryRun));
    } catch (e) {
      errors.push(e);
    }
  }
  return reportErrors(ctx, errors);
}

export const rolloutUndo: Command = {
  name: 'undo',
  short: 'Undo a previous rollout',
  flags: [...fileFlags, { name: 'to-revision', type: 'int', default: 0 }, dryRunFlag, ...printFlags],
  run,
};
