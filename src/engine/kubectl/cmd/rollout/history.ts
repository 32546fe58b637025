// Mirrors staging/src/k8s.io/kubectl/pkg/cmd/rollout/rollout_history.go and
// polymorphichelpers' DeploymentHistoryViewer: a `REVISION  CHANGE-CAUSE` table of
// the Deployment's ReplicaSets, or one revision's Pod template (--revision).
import type { Deployment } from 'kubernetes-types/apps/v1';
import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import { clone } from '../../../util/object.js';
import { CmdError, type Command, type CommandContext } from '../../command.js';
import { describePodTemplate } from '../../describe/containers.js';
import { TabWriter } from '../../printers/table/tabwriter.js';
import { printFlags, objectPrinter, typed } from '../shared/print.js';
import { reportErrors } from '../shared/errors.js';
import { ChangeCauseAnnotation, deploymentReplicaSets, fileFlags, groupKind, isDeployment, requireResource, revisionOf, visit } from './common.js';

/** printTemplate: DescribePodTemplate through a plain PrefixWriter (tabs are not aligned, as upstream). */
export function printTemplate(t: PodTemplateSpec | undefined): string {
  let out = '';
  describePodTemplate(t, {
    write: (level, text) => (out += '  '.repeat(level) + text),
    writeLine: (...a) => (out += a.join(' ') + '\n'),
  });
  return out;
}

function viewHistory(ctx: CommandContext, d: Deployment, revision: number): string {
  const history = new Map<number, PodTemplateSpec>();
  for (const rs of deploymentReplicaSets(ctx.deps.client, d)) {
    const v = revisionOf(rs);
    if (Number.isNaN(v)) continue;
    const t = clone(rs.spec!.template!) as PodTemplateSpec;
    const cause = rs.metadata?.annotations?.[ChangeCauseAnnotation];
    const meta = (t.metadata ??= {});
    meta.annotations = { ...(meta.annotations ?? {}) };
    if (cause) (meta.annotations as Record<string, string>)[ChangeCauseAnnotation] = cause;
    history.set(v, t);
  }
  if (!history.size) return 'No rollout history found.';
  if (revision > 0) {
    const t = history.get(revision);
    if (!t) throw new CmdError('unable to find the specified revision');
    return printTemplate(t);
  }
  const tw = new TabWriter({ minwidth: 0, padding: 2, padchar: ' ', rememberWidths: false });
  tw.write('REVISION\tCHANGE-CAUSE\n');
  for (const r of [...history.keys()].sort((a, b) => a - b)) {
    tw.write(`${r}\t${history.get(r)!.metadata?.annotations?.[ChangeCauseAnnotation] || '<none>'}\n`);
  }
  return tw.flush();
}

function run(ctx: CommandContext): number {
  requireResource(ctx);
  const revision = ctx.flags.int('revision');
  const result = visit(ctx);
  const errors = [...result.errors];
  const printer = objectPrinter(ctx);
  for (const item of result.items) {
    try {
      if (!isDeployment(item)) throw new CmdError(`no history viewer has been implemented for "${groupKind(item)}"`);
      let d: Deployment;
      try {
        d = ctx.deps.client.get('apps', 'deployments', item.namespace, item.name);
      } catch (e) {
        throw new CmdError(`failed to retrieve deployment ${item.name}: ${e instanceof Error ? e.message : String(e)}`);
      }
      const info = viewHistory(ctx, d, revision);
      const withRevision = revision > 0 ? `with revision #${revision}` : '';
      printer.print(typed(item.info, item.object), `${withRevision}\n${info}`);
    } catch (e) {
      errors.push(e);
    }
  }
  return reportErrors(ctx, errors);
}

export const rolloutHistory: Command = {
  name: 'history',
  short: 'View rollout history',
  flags: [...fileFlags, { name: 'revision', type: 'int', default: 0 }, ...printFlags],
  run,
};
