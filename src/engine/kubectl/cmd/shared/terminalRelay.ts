// The streams of `kubectl exec -it`, `attach -it` and `debug -it`: the kubelet's session
// writes to the terminal the shell hands over once kubectl's job yields `attach`
// (remotecommand's stdout/stderr with a TTY), and its end is the job's exit status.
import type { ExecRequest } from '../../../apiserver/nodeproxy.js';
import type { AttachedSession, TerminalOutput, Wait } from '../../../shell/types.js';

export class TerminalRelay {
  private terminal: TerminalOutput | undefined;
  private finished: ((code: number) => void) | undefined;
  /** The session's exit code, once it has ended (0 before). */
  exitCode = 0;

  /** The streams to send with the exec/attach request. */
  readonly stream: NonNullable<ExecRequest['stream']> = {
    write: (s) => this.terminal?.write(s),
    idle: () => this.terminal?.idle?.(),
    commandDone: (rec) => this.terminal?.commandDone?.(rec),
    done: (code) => {
      this.exitCode = code;
      this.finished?.(code);
    },
  };

  /** Stop writing to the terminal: kubectl left the session (Ctrl-C without a TTY); it runs on unseen. */
  detach(): void {
    this.terminal = undefined;
  }

  /** What the job yields: the terminal goes to `session` until it ends. */
  attach(session: AttachedSession): Wait {
    return {
      kind: 'attach',
      open: (out, done) => {
        this.terminal = out;
        this.finished = done;
        return session;
      },
    };
  }
}
