// Mirrors staging/src/k8s.io/kubectl/pkg/cmd/rollout/rollout_history.go and
// polymorphichelpers' Deployment/DaemonSet/StatefulSetHistoryViewer: a `REVISION  CHANGE-CAUSE`
// table of the ReplicaSets or ControllerRevisions, or one revision's Pod template (--revision).
import type { ControllerRevision, Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';
import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import { CmdError, type Command, type CommandContext } from '../../command.js';
import { describePodTemplate } from '../../describe/containers.js';
import type { Item } from '../../util/builder.js';
import { clone } from '../../../util/object.js';
import { TabWriter } from '../../printers/table/tabwriter.js';
import { printFlags, objectPrinter, typed } from '../shared/print.js';
import { reportErrors } from '../shared/errors.js';
import { ChangeCauseAnnotation, deploymentReplicaSets, fileFlags, groupKind, isDeployment, requireResource, revisionOf, visit } from './common.js';
import { objectHistory, revisionedKind, templateOf, type RevisionedKind } from './revisions.js';

/** printTemplate: DescribePodTemplate through a plain PrefixWriter (tabs are not aligned, as upstream). */
export function printTemplate(t: PodTemplateSpec | undefined): string {
  let out = '';
  describePodTemplate(t, {
    write: (level, text) => (out += '  '.repeat(level) + text),
    writeLine: (...a) => (out += a.join(' ') + '\n'),
  });
  return out;
}

/** A kind's history: the change-cause per revision, and each revision's template and object (GetHistory). */
interface History {
  causes: Map<number, string | undefined>;
  template(revision: number): PodTemplateSpec | undefined;
  object(revision: number): unknown;
}

/** DeploymentHistoryViewer: the ReplicaSets by revision; the change-cause is copied into the template's annotations. */
function deploymentHistory(ctx: CommandContext, item: Item): History {
  let d: Deployment;
  try {
    d = ctx.deps.client.get('apps', 'deployments', item.namespace, item.name);
  } catch (e) {
    throw new CmdError(`failed to retrieve deployment ${item.name}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const sets = new Map<number, ReplicaSet>();
  const causes = new Map<number, string | undefined>();
  for (const rs of deploymentReplicaSets(ctx.deps.client, d)) {
    const v = revisionOf(rs);
    if (Number.isNaN(v)) continue;
    sets.set(v, rs);
    causes.set(v, rs.metadata?.annotations?.[ChangeCauseAnnotation]);
  }
  return {
    causes,
    template: (r) => {
      const t = clone(sets.get(r)!.spec!.template!) as PodTemplateSpec;
      const cause = causes.get(r);
      if (cause) ((t.metadata ??= {}).annotations ??= {})[ChangeCauseAnnotation] = cause;
      return t;
    },
    object: (r) => ({ apiVersion: 'apps/v1', kind: 'ReplicaSet', ...sets.get(r) }),
  };
}

/** DaemonSetHistoryViewer / StatefulSetHistoryViewer: the ControllerRevisions by revision, applied to the object. */
function revisionHistory(ctx: CommandContext, kind: RevisionedKind, item: Item): History {
  const { obj, history } = objectHistory(ctx.deps.client, kind, item.namespace, item.name);
  const byRevision = new Map<number, ControllerRevision>();
  for (const h of history) byRevision.set(h.revision ?? 0, h);
  const template = (r: number) => {
    const h = byRevision.get(r)!;
    try {
      return templateOf(kind, obj, h);
    } catch {
      throw new CmdError(`unable to parse history ${h.metadata!.name}`);
    }
  };
  return {
    causes: new Map([...byRevision].map(([r, h]) => [r, h.metadata?.annotations?.[ChangeCauseAnnotation]])),
    template,
    object: (r) => typed(item.info, { ...obj, spec: { ...obj.spec, template: template(r) } }),
  };
}

/** HistoryViewerFor + the viewer's history. */
function historyFor(ctx: CommandContext, item: Item): History {
  const kind = revisionedKind(item);
  if (kind) return revisionHistory(ctx, kind, item);
  if (isDeployment(item)) return deploymentHistory(ctx, item);
  throw new CmdError(`no history viewer has been implemented for "${groupKind(item)}"`);
}

/** ViewHistory: "No rollout history found.", one revision's template, or the table (tabwriter 0, 8, 2, ' '). */
function viewHistory(h: History, revision: number): string {
  if (!h.causes.size) return 'No rollout history found.';
  if (revision > 0) {
    if (!h.causes.has(revision)) throw new CmdError('unable to find the specified revision');
    return printTemplate(h.template(revision));
  }
  const tw = new TabWriter({ minwidth: 0, padding: 2, padchar: ' ', rememberWidths: false });
  tw.write('REVISION\tCHANGE-CAUSE\n');
  for (const r of [...h.causes.keys()].sort((a, b) => a - b)) tw.write(`${r}\t${h.causes.get(r) || '<none>'}\n`);
  return tw.flush();
}

function run(ctx: CommandContext): number {
  requireResource(ctx);
  const revision = ctx.flags.int('revision');
  if (revision < 0) throw new CmdError(`revision must be a positive integer: ${revision}`);
  const result = visit(ctx);
  const errors = [...result.errors];
  const printer = objectPrinter(ctx);
  for (const item of result.items) {
    try {
      const h = historyFor(ctx, item);
      if (printer.structured) {
        // -o: the revisions themselves (GetHistory), oldest first.
        if (revision > 0 && !h.causes.has(revision)) throw new CmdError('unable to find the specified revision');
        const revisions = revision > 0 ? [revision] : [...h.causes.keys()].sort((a, b) => a - b);
        for (const r of revisions) printer.print(h.object(r), '');
        continue;
      }
      const withRevision = revision > 0 ? `with revision #${revision}` : '';
      printer.print(typed(item.info, item.object), `${withRevision}\n${viewHistory(h, revision)}`);
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
