// Mirrors staging/src/k8s.io/kubectl/pkg/cmd/run/run.go with the run-pod/v1 generator:
// `kubectl run NAME --image=… [--port] [--env] [--labels] [--restart] [--command] -- …`;
// with -i/--attach it waits for the Pod and attaches (run-attach.ts), --rm deletes it after.
import type { Pod } from 'kubernetes-types/core/v1';
import type { Command, CommandContext } from '../command.js';
import { CmdError, UsageError } from '../command.js';
import { podRunningTimeout } from './attach.js';
import { runAttached } from './run-attach.js';
import { requireFlag, sendGenerated } from './create/common.js';
import { dryRunFlag, printFlags } from './shared/print.js';

function parseLabels(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of s.split(',')) {
    const eq = part.indexOf('=');
    if (eq <= 0) throw new CmdError(`invalid label spec: ${part}`);
    out[part.slice(0, eq)] = part.slice(eq + 1);
  }
  return out;
}

function run(ctx: CommandContext): ReturnType<NonNullable<Command['run']>> {
  const f = ctx.flags;
  const before = f.argsLenAtDash >= 0 ? f.args.slice(0, f.argsLenAtDash) : f.args;
  // cobra checks the required --image before RunE looks at NAME.
  requireFlag(ctx, 'image');
  if (!before.length) throw new UsageError('NAME is required for run');
  const name = before[0]!;
  const rest = [...before.slice(1), ...(f.argsLenAtDash >= 0 ? f.args.slice(f.argsLenAtDash) : [])];
  // RunOptions.Run's checks, in their order.
  const timeout = podRunningTimeout(ctx);
  const stdin = f.bool('stdin');
  const tty = f.bool('tty');
  if (tty && !stdin) throw new UsageError('-i/--stdin is required for containers with -t/--tty=true');
  if (f.bool('expose') && !f.string('port')) throw new UsageError('--port must be set when exposing a service');
  const restart = f.string('restart') || 'Always';
  if (!['Always', 'OnFailure', 'Never'].includes(restart)) throw new UsageError(`invalid restart policy: ${restart}`);
  // -i attaches unless --attach was given explicitly.
  const attach = f.changed('attach') ? f.bool('attach') : stdin;
  if (!attach && f.bool('rm')) throw new UsageError('--rm should only be used for attached containers');
  if (attach && f.string('dry-run') !== 'none') {
    throw new UsageError("--dry-run=[server|client] can't be used with attached containers options (--attach, --stdin, or --tty)");
  }
  const pullPolicy = f.string('image-pull-policy');
  if (pullPolicy && !['Always', 'IfNotPresent', 'Never'].includes(pullPolicy)) throw new UsageError(`invalid image pull policy: ${pullPolicy}`);
  const labels = f.string('labels') ? parseLabels(f.string('labels')) : { run: name };
  const container: any = { name, image: f.string('image') };
  if (rest.length) container[f.bool('command') ? 'command' : 'args'] = rest;
  const port = f.string('port');
  if (port) {
    if (!/^\d+$/.test(port)) throw new CmdError(`strconv.Atoi: parsing "${port}": invalid syntax`);
    container.ports = [{ containerPort: Number(port) }];
  }
  const env = f.strings('env');
  if (env.length) {
    container.env = env.map((e) => {
      const eq = e.indexOf('=');
      if (eq <= 0) throw new CmdError(`invalid env: ${e}`);
      return { name: e.slice(0, eq), value: e.slice(eq + 1) };
    });
  }
  if (f.string('image-pull-policy')) container.imagePullPolicy = f.string('image-pull-policy');
  container.resources = {};
  if (stdin) {
    container.stdin = true;
    if (!f.bool('leave-stdin-open')) container.stdinOnce = true;
  }
  if (tty) container.tty = true;
  const annotations: Record<string, string> = {};
  for (const a of f.strings('annotations')) {
    const eq = a.indexOf('=');
    annotations[a.slice(0, eq)] = a.slice(eq + 1);
  }
  const pod = {
    kind: 'Pod',
    apiVersion: 'v1',
    metadata: {
      name,
      ...(ctx.explicitNamespace ? { namespace: ctx.namespace } : {}),
      creationTimestamp: null,
      labels,
      ...(Object.keys(annotations).length ? { annotations } : {}),
    },
    spec: { containers: [container], restartPolicy: restart, dnsPolicy: 'ClusterFirst' },
    status: {},
  };
  if (attach) return runAttached(ctx, pod as unknown as Pod, { restart, timeout, stdin, tty });
  return sendGenerated(ctx, '', 'pods', pod);
}

export const runCommand: Command = {
  name: 'run',
  short: 'Run a particular image on the cluster',
  flags: [
    { name: 'image', type: 'string', default: '' },
    { name: 'port', type: 'string', default: '' },
    { name: 'env', type: 'stringArray', default: [] },
    { name: 'labels', short: 'l', type: 'string', default: '' },
    { name: 'annotations', type: 'stringArray', default: [] },
    { name: 'restart', type: 'string', default: '' },
    { name: 'command', type: 'bool', default: false },
    { name: 'image-pull-policy', type: 'string', default: '' },
    { name: 'rm', type: 'bool', default: false },
    { name: 'stdin', short: 'i', type: 'bool', default: false },
    { name: 'tty', short: 't', type: 'bool', default: false },
    { name: 'attach', type: 'bool', default: false },
    { name: 'leave-stdin-open', type: 'bool', default: false },
    { name: 'pod-running-timeout', type: 'duration', default: '1m0s' },
    { name: 'quiet', short: 'q', type: 'bool', default: false },
    { name: 'expose', type: 'bool', default: false },
    { name: 'privileged', type: 'bool', default: false },
    { name: 'save-config', type: 'bool', default: false },
    { name: 'field-manager', type: 'string', default: 'kubectl-run' },
    dryRunFlag,
    ...printFlags,
  ],
  run,
};
