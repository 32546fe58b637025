// Mirrors create_job.go and create_cronjob.go: `kubectl create job NAME --image=… -- CMD`
// (restartPolicy Never) and `kubectl create cronjob NAME --image=… --schedule=… -- CMD`.
import type { Command, CommandContext } from '../../command.js';
import { CmdError } from '../../command.js';
import { createFlagsNoFile } from './flags.js';
import { dashArgs, meta, oneName, requireFlag, sendGenerated } from './common.js';

function podSpec(ctx: CommandContext, name: string, restartPolicy: string): any {
  const command = dashArgs(ctx);
  return {
    containers: [{ name, image: ctx.flags.string('image'), ...(command.length ? { command } : {}), resources: {} }],
    restartPolicy,
  };
}

export const createJob: Command = {
  name: 'job',
  short: 'Create a job with the specified name',
  flags: [...createFlagsNoFile, { name: 'image', type: 'string', default: '' }, { name: 'from', type: 'string', default: '' }],
  run(ctx) {
    const name = oneName(ctx);
    if (!ctx.flags.string('image') && !ctx.flags.string('from')) throw new CmdError('either --image or --from must be specified');
    if (ctx.flags.string('from')) throw new CmdError('--from is not supported in the lab yet');
    const job = {
      kind: 'Job',
      apiVersion: 'batch/v1',
      metadata: meta(ctx, name),
      spec: { template: { metadata: { creationTimestamp: null }, spec: podSpec(ctx, name, 'Never') } },
      status: {},
    };
    return sendGenerated(ctx, 'batch', 'jobs', job, { failedTo: 'failed to create job: ' });
  },
};

export const createCronJob: Command = {
  name: 'cronjob',
  aliases: ['cj'],
  short: 'Create a cron job with the specified name',
  flags: [
    ...createFlagsNoFile,
    { name: 'image', type: 'string', default: '' },
    { name: 'schedule', type: 'string', default: '' },
    { name: 'restart', type: 'string', default: '' },
  ],
  run(ctx) {
    requireFlag(ctx, 'image', 'schedule');
    const name = oneName(ctx);
    const restart = ctx.flags.string('restart') || 'OnFailure';
    const cj = {
      kind: 'CronJob',
      apiVersion: 'batch/v1',
      metadata: meta(ctx, name),
      spec: {
        schedule: ctx.flags.string('schedule'),
        jobTemplate: {
          metadata: { name, creationTimestamp: null },
          spec: { template: { metadata: { creationTimestamp: null }, spec: podSpec(ctx, name, restart) } },
        },
      },
      status: {},
    };
    return sendGenerated(ctx, 'batch', 'cronjobs', cj, { failedTo: 'failed to create cronjob: ' });
  },
};
