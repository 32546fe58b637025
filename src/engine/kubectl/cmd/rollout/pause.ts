// Mirrors rollout_pause.go, rollout_resume.go and rollout_restart.go with
// polymorphichelpers' ObjectPauser / ObjectResumer (Deployments only) and ObjectRestarter
// (Deployments, DaemonSets, StatefulSets): a strategic merge patch of spec.paused, or of
// the template's kubectl.kubernetes.io/restartedAt.
import type { Deployment } from 'kubernetes-types/apps/v1';
import { toRFC3339 } from '../../../clock/clock.js';
import { CmdError, type Command, type CommandContext } from '../../command.js';
import { objectPrinter, printFlags, typed } from '../shared/print.js';
import { reportErrors } from '../shared/errors.js';
import { fileFlags, requireResource, resourceString, visit } from './common.js';

type Change = (d: Deployment, now: number) => { patch?: unknown; error?: string };

const pauser: Change = (d) => (d.spec?.paused ? { error: 'is already paused' } : { patch: { spec: { paused: true } } });
const resumer: Change = (d) => (!d.spec?.paused ? { error: 'is not paused' } : { patch: { spec: { paused: null } } });
const restarter: Change = (d, now) => {
  if (d.spec?.paused) return { error: "can't restart paused deployment (run rollout resume first)" };
  const at = toRFC3339(now);
  // Within the same second the patch would be empty.
  if (d.spec?.template?.metadata?.annotations?.['kubectl.kubernetes.io/restartedAt'] === at) return { patch: {} };
  return { patch: { spec: { template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': at } } } } } };
};

/** `kinds`: the apps resources the helper accepts; others get `… is not supported`. */
function runner(change: Change, done: string, unsupported: string, kinds = ['deployments']) {
  return (ctx: CommandContext): number => {
    requireResource(ctx);
    const result = visit(ctx);
    const errors = [...result.errors];
    const printer = objectPrinter(ctx);
    for (const item of result.items) {
      // Upstream formats these as "error: %s %q %v", so each line of an aggregate keeps the prefix.
      if (item.info.group !== 'apps' || !kinds.includes(item.info.name)) {
        errors.push(new CmdError(`error: ${resourceString(item)} "${item.name}" ${unsupported}`));
        continue;
      }
      const { patch, error } = change(item.object as Deployment, ctx.io.now());
      if (error) {
        errors.push(new CmdError(`error: ${resourceString(item)} "${item.name}" ${error}`));
        continue;
      }
      if (!patch || !Object.keys(patch).length) {
        if (change === restarter) {
          errors.push(new CmdError(`failed to create patch for ${item.name}: if restart has already been triggered within the past second, please wait before attempting to trigger another`));
        } else printer.print(typed(item.info, item.object), `already ${done}`);
        continue;
      }
      try {
        const obj = ctx.deps.client.patch(item.info.group, item.info.name, item.namespace, item.name, 'strategic', patch, {
          fieldManager: ctx.flags.string('field-manager'),
        });
        printer.print(typed(item.info, obj), done);
      } catch (e) {
        errors.push(change === restarter ? new CmdError(`failed to patch: ${e instanceof Error ? e.message : String(e)}`) : e);
      }
    }
    return reportErrors(ctx, errors);
  };
}

const flags = [...fileFlags, { name: 'field-manager', type: 'string' as const, default: 'kubectl-rollout' }, ...printFlags];

export const rolloutPause: Command = { name: 'pause', short: 'Mark the provided resource as paused', flags, run: runner(pauser, 'paused', 'pausing is not supported') };
export const rolloutResume: Command = { name: 'resume', short: 'Resume a paused resource', flags, run: runner(resumer, 'resumed', 'resuming is not supported') };
export const rolloutRestart: Command = { name: 'restart', short: 'Restart a resource', flags, run: runner(restarter, 'restarted', 'restarting is not supported', ['deployments', 'daemonsets', 'statefulsets']) };
