// `kubectl exec`: mirrors staging/src/k8s.io/kubectl/pkg/cmd/exec/exec.go (v1.32):
// POD | TYPE/NAME, -c (or the default container), `-- COMMAND [args...]`; the
// command's stdout and stderr, and its exit status (`command terminated with
// exit code N`). `-it` from the terminal attaches the container's shell to it until
// `exit`; `-i` alone feeds piped input to the command.
import { isStatusError } from '../../api/errors.js';
import type { Job } from '../../shell/types.js';
import { CmdError, UsageError, type Command } from '../command.js';
import { defaultContainer, hasContainer, podFor } from './podcmd.js';
import { TerminalRelay } from './shared/terminalRelay.js';

export const execCommand: Command = {
  name: 'exec',
  short: 'Execute a command in a container',
  flags: [
    { name: 'container', short: 'c', type: 'string', default: '' },
    { name: 'filename', short: 'f', type: 'stringSlice', default: [] },
    { name: 'pod-running-timeout', type: 'string', default: '1m0s' },
    { name: 'quiet', short: 'q', type: 'bool', default: false },
    { name: 'stdin', short: 'i', type: 'bool', default: false },
    { name: 'tty', short: 't', type: 'bool', default: false },
  ],
  run: (ctx) => {
    const { flags, io } = ctx;
    const args = flags.args;
    const dash = flags.argsLenAtDash;
    if (args.length === 0 || dash === 0) throw new UsageError('pod, type/name or --filename must be specified');
    if (dash < 0 && args.length > 1) throw new UsageError('exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead');
    const command = dash < 0 ? [] : args.slice(dash);
    if (!command.length) throw new CmdError('you must specify at least one command for the container');
    const quiet = flags.bool('quiet');
    const pod = podFor(ctx.deps.client, ctx.namespace, args[0]!, io.stderr);
    const phase = pod.status?.phase;
    if (phase === 'Succeeded' || phase === 'Failed') throw new CmdError(`cannot exec into a container in a completed pod; current phase is ${phase}`);
    let container = flags.string('container');
    if (!container) container = defaultContainer(pod, io.stderr, quiet);
    else if (!hasContainer(pod, container)) throw new CmdError(`container ${container} not found in pod ${pod.metadata?.name}`);
    if (flags.bool('tty') && !flags.bool('stdin') && !quiet) io.stderr('Unable to use a TTY - input is not a terminal or the right kind of file\n');
    // -it from the terminal (nothing piped in): the shell takes over the terminal until it exits.
    const interactive = flags.bool('stdin') && flags.bool('tty') && io.stdin === '';
    if (flags.bool('stdin') && flags.bool('tty') && !interactive && !quiet) io.stderr('Unable to use a TTY - input is not a terminal or the right kind of file\n');
    const relay = new TerminalRelay();
    const stream = interactive ? relay.stream : undefined;
    let r;
    try {
      r = ctx.deps.client.podExec(pod.metadata!.namespace!, pod.metadata!.name!, container, { command, stdin: flags.bool('stdin') ? io.stdin : undefined, tty: flags.bool('tty'), stream });
    } catch (e) {
      // The SPDY upgrade fails before any stream exists: kubectl words it as such.
      if (isStatusError(e) && e.code === 400) throw new CmdError(`unable to upgrade connection: ${e.status.message}`);
      throw e;
    }
    const session = r.session;
    if (session) {
      return (function* (): Job {
        yield relay.attach(session);
        if (relay.exitCode !== 0) io.stderr(`command terminated with exit code ${relay.exitCode}\n`);
        return relay.exitCode;
      })();
    }
    io.stdout(r.stdout);
    // runc's error text has no newline of its own; the terminal shows kubectl's line below it.
    io.stderr(r.stderr && !r.stderr.endsWith('\n') && r.exitCode !== 0 ? `${r.stderr}\n` : r.stderr);
    if (r.exitCode !== 0) {
      io.stderr(`command terminated with exit code ${r.exitCode}\n`);
      return r.exitCode;
    }
    return 0;
  },
};
