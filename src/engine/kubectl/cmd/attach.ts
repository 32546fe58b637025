// `kubectl attach POD [-c C] [-i] [-t]`: mirrors staging/src/k8s.io/kubectl/pkg/cmd/attach/attach.go
// (v1.32). With -it from the terminal it joins the terminal of the container's own shell
// (a container started with stdin and tty), through the kubelet's attach of the node proxy;
// otherwise it streams what the container prints from now on, as attach without stdin does.
import type { Container, Pod } from 'kubernetes-types/core/v1';
import { isStatusError } from '../../api/errors.js';
import type { Job, Wait } from '../../shell/types.js';
import { CmdError, UsageError, type Command, type CommandContext } from '../command.js';
import { defaultContainer, podFor } from './podcmd.js';
import { TerminalRelay } from './shared/terminalRelay.js';

export interface AttachOptions {
  stdin: boolean;
  tty: boolean;
  quiet: boolean;
  /** `-c`, or '' for kubectl's default container. */
  container: string;
  /** `kubectl attach`, for the "Session ended, resume using …" hint. */
  commandName: string;
  /** Print the container's output from its start (kubectl run) rather than from now (kubectl attach). */
  fromStart?: boolean;
}

/** The --pod-running-timeout value in ms; a non-positive one is a usage error, as GetPodRunningTimeoutFlag says. */
export function podRunningTimeout(ctx: CommandContext): number {
  const ms = ctx.flags.duration('pod-running-timeout');
  if (ms <= 0) throw new UsageError('--pod-running-timeout must be higher than zero');
  return ms;
}

/** podcmd.FindOrDefaultContainerByName. */
function containerToAttachTo(pod: Pod, name: string, ctx: CommandContext, quiet: boolean): Container {
  const all = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? []), ...(pod.spec?.ephemeralContainers ?? [])] as Container[];
  if (name) {
    const c = all.find((x) => x.name === name);
    if (!c) throw new CmdError(`cannot attach to the container: container ${name} not found in pod ${pod.metadata?.name}`);
    return c;
  }
  const def = defaultContainer(pod, ctx.io.stderr, quiet);
  return all.find((x) => x.name === def)!;
}

/**
 * AttachOptions.Run once the Pod is known: the TTY checks, the prompt hint, the session
 * (or the container's output), then the reattach hint for Pods that restart their containers.
 */
export function* attachToPod(ctx: CommandContext, pod: Pod, o: AttachOptions): Generator<Wait, number, void> {
  const { io } = ctx;
  const container = containerToAttachTo(pod, o.container, ctx, o.quiet);
  let tty = o.tty;
  if (tty && !container.tty) {
    tty = false;
    if (!o.quiet) io.stderr(`error: Unable to use a TTY - container ${container.name} did not allocate one\n`);
  } else if (!tty && container.tty) {
    // The container was started with a TTY: the stream must be one too.
    tty = true;
  }
  // SetupTTY: a raw terminal needs stdin, and stdin that is the terminal (nothing piped in).
  let raw = false;
  if (o.stdin && tty) {
    if (io.stdin !== '') {
      if (!o.quiet) io.stderr('Unable to use a TTY - input is not a terminal or the right kind of file\n');
    } else raw = true;
  }
  if (!o.quiet) io.stderr("If you don't see a command prompt, try pressing enter.\n");
  const ns = pod.metadata!.namespace!;
  const name = pod.metadata!.name!;
  let attached = false;
  if (raw) attached = yield* interactive(ctx, ns, name, container.name);
  else if (o.stdin && io.stdin !== '') attached = yield* piped(ctx, ns, name, container.name);
  else if (o.stdin && !tty) attached = yield* lineMode(ctx, ns, name, container.name);
  if (!attached) yield* stream(ctx, ns, name, container.name, !!o.fromStart);
  if (!o.quiet && o.stdin && raw && pod.spec?.restartPolicy === 'Always') {
    io.stdout(`Session ended, resume using '${o.commandName} ${name} -c ${container.name} -i -t' command when the pod is running\n`);
  }
  return 0;
}

/** The container's shell takes the terminal until it exits; false when PID 1 is no shell waiting on its terminal. */
function* interactive(ctx: CommandContext, ns: string, name: string, container: string): Generator<Wait, boolean, void> {
  const relay = new TerminalRelay();
  let r;
  try {
    r = ctx.deps.client.podExec(ns, name, container, {
      command: [],
      attach: true,
      tty: true,
      stream: relay.stream,
    });
  } catch (e) {
    if (isStatusError(e) && e.code === 400) throw new CmdError(`unable to upgrade connection: ${e.status.message}`);
    throw e;
  }
  const session = r.session;
  if (!session) return false;
  yield relay.attach(session);
  return true;
}

/** -i with input piped in: the container's shell reads it as its script, then the end of its stdin. */
function* piped(ctx: CommandContext, ns: string, name: string, container: string): Generator<Wait, boolean, void> {
  const { io } = ctx;
  let ended = false;
  const r = ctx.deps.client.podExec(ns, name, container, {
    command: [],
    attach: true,
    stream: {
      write: (s) => io.stdout(s),
      done: () => {
        ended = true;
        io.wake();
      },
    },
  });
  const session = r.session;
  if (!session) return false;
  for (const line of io.stdin.replace(/\n$/, '').split('\n')) {
    if (!ended) session.input(line);
  }
  // EOF: sh exits with the status of its last command, as `exit` does.
  if (!ended) session.input('exit');
  while (!ended) yield { kind: 'wake' };
  return true;
}

/**
 * -i from the terminal without a TTY: the terminal stays cooked, each line typed goes to the
 * container's stdin and the shell there answers without a prompt (it has no terminal); `exit`
 * ends it. Ctrl-C is kubectl's own: it ends kubectl (status 130) and leaves the container.
 */
function* lineMode(ctx: CommandContext, ns: string, name: string, container: string): Generator<Wait, boolean, void> {
  const relay = new TerminalRelay();
  const session = ctx.deps.client.podExec(ns, name, container, { command: [], attach: true, stream: relay.stream }).session;
  if (!session) return false;
  let interrupted = false;
  yield relay.attach({
    prompt: '',
    get busy() {
      return session.busy;
    },
    input: (line) => session.input(line),
    interrupt: () => {
      interrupted = true;
      relay.detach();
      relay.stream.done(130);
    },
  });
  if (interrupted) throw new CmdError('^C\n', 130, true);
  return true;
}

/** Without a terminal: what the container writes, until it stops (or Ctrl-C). */
function* stream(ctx: CommandContext, ns: string, name: string, container: string, fromStart: boolean): Generator<Wait, void, void> {
  const { io } = ctx;
  const logs = ctx.deps.client.podLogs(ns, name, { container, follow: true, ...(fromStart ? {} : { tailLines: 0 }) });
  io.stdout(logs.text);
  if (!logs.follow) return;
  const pending: string[] = [];
  let open = true;
  const cancel = logs.follow(
    (t) => {
      pending.push(t);
      io.wake();
    },
    () => {
      open = false;
      io.wake();
    },
  );
  try {
    for (;;) {
      yield { kind: 'wake' };
      while (pending.length) io.stdout(pending.shift()!);
      if (!open) return;
    }
  } finally {
    cancel();
  }
}

function run(ctx: CommandContext): Job | number {
  const { flags } = ctx;
  const args = flags.args;
  podRunningTimeout(ctx);
  if (!args.length) throw new CmdError('at least 1 argument is required for attach');
  if (args.length > 2) throw new CmdError(`expected POD, TYPE/NAME, or TYPE NAME, (at most 2 arguments) saw ${args.length}: [${args.join(' ')}]`);
  const quiet = flags.bool('quiet');
  const pod = podFor(ctx.deps.client, ctx.namespace, args.length === 2 ? `${args[0]}/${args[1]}` : args[0]!, ctx.io.stderr);
  const phase = pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed') throw new CmdError(`cannot attach a container in a completed pod; current phase is ${phase}`);
  return attachToPod(ctx, pod, {
    stdin: flags.bool('stdin'),
    tty: flags.bool('tty'),
    quiet,
    container: flags.string('container'),
    commandName: 'kubectl attach',
  });
}

export const attachCommand: Command = {
  name: 'attach',
  short: 'Attach to a running container',
  flags: [
    { name: 'container', short: 'c', type: 'string', default: '' },
    { name: 'pod-running-timeout', type: 'duration', default: '1m0s' },
    { name: 'quiet', short: 'q', type: 'bool', default: false },
    { name: 'stdin', short: 'i', type: 'bool', default: false },
    { name: 'tty', short: 't', type: 'bool', default: false },
  ],
  run,
};
