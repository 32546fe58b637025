// `kubectl debug node/NAME`: mirrors staging/src/k8s.io/kubectl/pkg/cmd/debug/debug.go
// (v1.32, profile "legacy"): a Pod named node-debugger-<node>-<5 chars> bound to the
// node, in the host's network, PID and IPC namespaces, with the node's root file
// system at /host; with -it, kubectl waits for it to run and attaches to its shell.
// Debugging Pods (ephemeral containers, --copy-to) is not in the lab yet; attach goes
// through the exec path of the node proxy (pods/exec with `attach`), not pods/attach.
import type { Pod } from 'kubernetes-types/core/v1';
import type { Job } from '../../shell/types.js';
import { CmdError, UsageError, type Command } from '../command.js';
import { TerminalRelay } from './shared/terminalRelay.js';

/** How often kubectl looks at the Pod while waiting for it to run (virtual ms). */
const pollMs = 500;

export const debugCommand: Command = {
  name: 'debug',
  short: 'Create debugging sessions for troubleshooting workloads and nodes',
  flags: [
    { name: 'attach', type: 'bool', default: false },
    { name: 'container', short: 'c', type: 'string', default: '' },
    { name: 'image', type: 'string', default: '' },
    { name: 'profile', type: 'string', default: 'legacy' },
    { name: 'quiet', short: 'q', type: 'bool', default: false },
    { name: 'stdin', short: 'i', type: 'bool', default: false },
    { name: 'tty', short: 't', type: 'bool', default: false },
    { name: 'copy-to', type: 'string', default: '' },
  ],
  run: (ctx) => {
    const { flags, io } = ctx;
    const dash = flags.argsLenAtDash;
    const targets = dash >= 0 ? flags.args.slice(0, dash) : flags.args;
    const command = dash >= 0 ? flags.args.slice(dash) : [];
    if (!targets.length) throw new UsageError('NAME or filename is required for debug');
    const m = /^nodes?\/(.+)$/.exec(targets[0]!);
    if (!m) throw new CmdError('debugging Pods (ephemeral containers, --copy-to) is not available in this lab yet; try kubectl debug node/NAME -it --image=busybox');
    const image = flags.string('image');
    if (!image) throw new CmdError('you must specify --image when not using --copy-to.');
    if (!flags.changed('profile')) io.stderr('--profile=legacy is deprecated and will be removed in the future. It is recommended to explicitly specify a profile, for example "--profile=general".\n');
    const nodeName = m[1]!;
    const client = ctx.deps.client;
    client.get('', 'nodes', undefined, nodeName);
    const container = flags.string('container') || 'debugger';
    const interactive = flags.bool('stdin');
    const pod: Pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { generateName: `node-debugger-${nodeName}-`, namespace: ctx.namespace },
      spec: {
        containers: [
          {
            name: container,
            image,
            ...(command.length ? { command } : {}),
            stdin: interactive,
            tty: flags.bool('tty'),
            terminationMessagePolicy: 'File',
            volumeMounts: [{ mountPath: '/host', name: 'host-root' }],
          },
        ],
        hostIPC: true,
        hostNetwork: true,
        hostPID: true,
        nodeName,
        restartPolicy: 'Never',
        tolerations: [{ operator: 'Exists' }],
        volumes: [{ hostPath: { path: '/', type: '' }, name: 'host-root' }],
      },
    };
    const created = client.create<Pod>('', 'pods', ctx.namespace, pod);
    const name = created.metadata!.name!;
    io.stdout(`Creating debugging pod ${name} with container ${container} on node ${nodeName}.\n`);
    if (!interactive && !flags.bool('attach')) return 0;
    const ns = ctx.namespace;
    return (function* (): Job {
      // waitForPod: until the container runs (or the Pod fails), as kubectl's pod-running-timeout allows.
      for (let waited = 0; ; waited += pollMs) {
        const p = client.get<Pod>('', 'pods', ns, name);
        const phase = p.status?.phase;
        if (phase === 'Running') break;
        if (phase === 'Succeeded' || phase === 'Failed') {
          io.stderr(`error: pod ${name} has terminated (phase ${phase})\n`);
          return 1;
        }
        if (waited >= 60_000) {
          io.stderr(`error: timed out waiting for the condition\n`);
          return 1;
        }
        yield { kind: 'sleep', ms: pollMs };
      }
      if (!flags.bool('quiet')) io.stderr("If you don't see a command prompt, try pressing enter.\n");
      const relay = new TerminalRelay();
      const r = client.podExec(ns, name, container, { command: [], attach: true, tty: true, stream: relay.stream });
      const session = r.session;
      if (!session) {
        io.stderr(r.stderr);
        return r.exitCode || 1;
      }
      yield relay.attach(session);
      return relay.exitCode;
    })();
  },
};
