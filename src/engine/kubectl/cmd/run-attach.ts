// `kubectl run -i/--attach [--rm]`: mirrors RunOptions.Run's attach branch in
// staging/src/k8s.io/kubectl/pkg/cmd/run/run.go (v1.32): create the Pod, wait until it
// runs and is ready (handleAttachPod; a Pod that already finished prints its log), attach;
// with --restart=Never/OnFailure wait for the Pod's end and return the container's exit
// code; --rm deletes the Pod last (`pod "NAME" deleted`, before any error is printed).
import type { Pod } from 'kubernetes-types/core/v1';
import type { Wait } from '../../shell/types.js';
import { CmdError, type CommandContext } from '../command.js';
import { attachToPod } from './attach.js';

/** How often kubectl looks at the Pod while it waits (its watch, on virtual time). */
const pollMs = 500;

export interface RunAttachOptions {
  /** The --restart flag (Always unless given). */
  restart: string;
  /** --pod-running-timeout, ms. */
  timeout: number;
  stdin: boolean;
  tty: boolean;
}

type Condition = (p: Pod) => boolean;

const ready = (p: Pod) => p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
const completed = (p: Pod) => p.status?.phase === 'Succeeded' || p.status?.phase === 'Failed';

/** waitForPod: until the condition holds, or the timeout (watchtools.UntilWithSync's ErrWaitTimeout). */
function* waitForPod(ctx: CommandContext, ns: string, name: string, timeout: number, done: Condition): Generator<Wait, Pod, void> {
  for (let waited = 0; ; waited += pollMs) {
    const p = ctx.deps.client.get<Pod>('', 'pods', ns, name);
    if (done(p)) return p;
    if (waited >= timeout) throw new CmdError('timed out waiting for the condition');
    yield { kind: 'sleep', ms: pollMs };
  }
}

export function runAttached(ctx: CommandContext, pod: Pod, o: RunAttachOptions): Generator<Wait, number, void> {
  const client = ctx.deps.client;
  const created = client.create<Pod>('', 'pods', ctx.namespace, pod);
  const ns = created.metadata!.namespace!;
  const name = created.metadata!.name!;
  const quiet = ctx.flags.bool('quiet');
  return (function* (): Generator<Wait, number, void> {
    // Ctrl-C while kubectl waits ends the process: no deferred clean-up then.
    let settled = false;
    try {
      const code = yield* attachAndWait(ctx, ns, name, o, quiet);
      settled = true;
      return code;
    } catch (e) {
      // Ctrl-C in a session without a TTY is kubectl's own interrupt: no deferred clean-up.
      settled = !(e instanceof CmdError && e.exitCode === 130);
      throw e;
    } finally {
      // removeCreatedObjects, deferred: runs before kubectl prints the error that ended Run.
      if (settled && ctx.flags.bool('rm')) {
        client.delete('', 'pods', ns, name);
        if (!quiet) ctx.io.stdout(`pod "${name}" deleted\n`);
      }
    }
  })();
}

function* attachAndWait(ctx: CommandContext, ns: string, name: string, o: RunAttachOptions, quiet: boolean): Generator<Wait, number, void> {
  // podRunningAndReady: a Pod that ends first is no error; its log is shown instead.
  const pod = yield* waitForPod(ctx, ns, name, o.timeout, (p) => completed(p) || (p.status?.phase === 'Running' && ready(p)));
  const attach = { stdin: o.stdin, tty: o.tty, quiet, container: '', commandName: 'kubectl attach', fromStart: true };
  if (completed(pod)) {
    const container = pod.spec!.containers[0]!.name;
    ctx.io.stdout(ctx.deps.client.podLogs(ns, name, { container }).text);
  } else {
    yield* attachToPod(ctx, pod, attach);
  }
  const waitForExitCode = !ctx.flags.bool('leave-stdin-open') && (o.restart === 'Never' || o.restart === 'OnFailure');
  if (!waitForExitCode) return 0;
  const end = yield* waitForPod(ctx, ns, name, o.timeout, o.restart === 'OnFailure' ? (p) => p.status?.phase === 'Succeeded' : completed);
  const phase = end.status?.phase;
  if (phase === 'Succeeded') return 0;
  if (phase !== 'Failed') throw new CmdError(`pod ${ns}/${name} left in phase ${phase}`);
  const terminated = end.status?.containerStatuses?.[0]?.state?.terminated;
  if (!terminated || !terminated.exitCode) throw new CmdError(`pod ${ns}/${name} failed with unknown exit code`);
  // uexec.CodeExitError: printed as is (no `error: `), the container's code is kubectl's.
  const text = `pod ${ns}/${name} terminated (${terminated.reason ?? ''})\n${terminated.message ?? ''}`;
  throw new CmdError(text.endsWith('\n') ? text : `${text}\n`, terminated.exitCode, true);
}
