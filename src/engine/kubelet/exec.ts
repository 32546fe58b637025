// The kubelet's streaming exec with a terminal (pkg/kubelet/cri/streaming,
// remotecommand with TTY): the runtime's interactive session stands in for
// the SPDY streams; its end (the shell's `exit`, or the process being
// killed) is the exit code kubectl reports. A command that is not a shell
// runs to completion, as a TTY exec of `ls` would. Attach (pods/attach) joins the
// terminal of the container's own shell: its exit ends the container.
import type { ExecRequest, ExecResult } from '../apiserver/nodeproxy.js';
import type { RuntimeService } from '../runtime/cri.js';

export function interactiveExec(runtime: RuntimeService, id: string, container: string, req: ExecRequest, stream: NonNullable<ExecRequest['stream']>): ExecResult {
  if (req.attach) {
    const session = runtime.attachInteractive?.(id, stream);
    if (!session) return { stdout: '', stderr: `error: Unable to use a TTY - container ${container} did not allocate one\n`, exitCode: 1 };
    const prev = session.state.onExit;
    session.state.onExit = (code) => {
      prev?.(code);
      stream.done(code);
    };
    return { stdout: '', stderr: '', exitCode: 0, session };
  }
  const r = runtime.execInteractive?.(id, req.command, stream) ?? runtime.execSync(id, req.command, 0);
  if (!('input' in r)) return r;
  const session = r;
  const bash = (req.command[0] ?? '').endsWith('bash');
  let ended = false;
  const end = (code: number) => {
    if (ended) return;
    ended = true;
    unsubscribe();
    stream.done(code);
  };
  // The container dying (OOM, kubectl delete, a liveness restart) kills the exec'd shell with it: SIGKILL, 137.
  const unsubscribe = runtime.onEvent((e) => {
    if (e.type === 'CONTAINER_STOPPED' && e.containerId === id) end(137);
  });
  const prev = session.state.onExit;
  session.state.onExit = (code) => {
    // Interactive bash says goodbye; busybox ash and dash exit silently.
    if (bash) stream.write('exit\n');
    prev?.(code);
    end(code);
  };
  return { stdout: '', stderr: '', exitCode: 0, session };
}
