// An interactive shell session: reads lines, asks for more input while a
// quote, a pipe or a heredoc is open (the `> ` prompt), runs the command line
// as a job on the virtual clock, queues lines typed ahead while a job runs,
// and stops the job on Ctrl-C (`^C`, status 130) as a terminal would. A job
// may hand the terminal to a nested session (`kubectl exec -it`, `lab ssh`):
// lines, Ctrl-C and the prompt go to it until it exits, as with a real pty.
import type { TimerId, VirtualClock } from '../clock/clock.js';
import { Interpreter, type ShellState, type Sink } from './interp.js';
import { parse, ParseError, pendingHeredocs, type Redirect, type Script } from './parse.js';
import type { AttachedSession, Job, TerminalOutput, Wait } from './types.js';

export type SessionOutput = TerminalOutput;

export class ShellSession {
  readonly interp: Interpreter;
  private pendingText = '';
  private heredocs: Redirect[] = [];
  private heredocLines: string[] = [];
  private script: Script | undefined;
  private scriptText = '';
  private current: { line: string; output: string } | undefined;
  private job: Job | undefined;
  private waitTimer: TimerId | undefined;
  private waitingForWake = false;
  private wakePending = false;
  private typeAhead: string[] = [];
  /** The nested session holding the terminal while the job waits on it. */
  private inner: AttachedSession | undefined;
  readonly history: string[] = [];
  private exited = false;

  constructor(
    readonly state: ShellState,
    private readonly clock: VirtualClock,
    private readonly out: SessionOutput,
    readonly promptFor: (state: ShellState) => string = (s) => `${s.cwd === s.home ? '~' : s.cwd}$ `,
  ) {
    this.interp = new Interpreter(state);
    const prevExit = state.onExit;
    state.onExit = (code) => {
      this.exited = true;
      prevExit?.(code);
    };
  }

  /** The prompt to show now: the shell's, or `> ` while a line continues. */
  get prompt(): string {
    if (this.inner) return this.inner.prompt;
    return this.pendingText || this.heredocs.length ? '> ' : this.promptFor(this.state);
  }

  get busy(): boolean {
    if (this.inner) return this.inner.busy;
    return this.job !== undefined;
  }

  get hasExited(): boolean {
    return this.exited;
  }

  /** A line typed by the user (without its newline). */
  input(line: string): void {
    if (this.inner) {
      this.inner.input(line);
      return;
    }
    if (this.job) {
      this.typeAhead.push(line);
      return;
    }
    // A line the shell reads now (type-ahead is read when it is drained).
    this.state.lineNo = (this.state.lineNo ?? 0) + 1;
    if (this.heredocs.length) {
      this.collectHeredocLine(line);
      return;
    }
    const text = this.pendingText ? `${this.pendingText}\n${line}` : line;
    let script: Script;
    try {
      script = parse(text);
    } catch (e) {
      if (e instanceof ParseError && e.incomplete) {
        this.pendingText = text;
        this.out.idle?.();
        return;
      }
      this.pendingText = '';
      this.record(text);
      this.out.write(`${this.state.shellName}: ${(e as Error).message}\n`);
      this.state.lastStatus = 2;
      this.out.idle?.();
      return;
    }
    this.pendingText = '';
    this.record(text);
    const docs = pendingHeredocs(script);
    this.scriptText = text;
    if (docs.length) {
      this.script = script;
      this.heredocs = docs;
      this.heredocLines = [];
      this.out.idle?.();
      return;
    }
    this.start(script);
  }

  /** Ctrl-C: stop the running job, or drop a half-typed multi-line command. */
  interrupt(): void {
    if (this.inner) {
      this.inner.interrupt();
      return;
    }
    this.typeAhead = [];
    if (this.job) {
      const job = this.job;
      this.clearWait();
      this.job = undefined;
      try {
        job.return(130);
      } finally {
        this.out.write('^C\n');
        this.state.lastStatus = 130;
        this.finishCommand(130);
        this.out.idle?.();
      }
      return;
    }
    if (this.pendingText || this.heredocs.length) {
      this.pendingText = '';
      this.heredocs = [];
      this.script = undefined;
      this.state.lastStatus = 130;
    }
  }

  private record(text: string): void {
    if (text.trim() && this.history[this.history.length - 1] !== text) this.history.push(text);
  }

  private collectHeredocLine(line: string): void {
    const doc = this.heredocs[0]!.heredoc!;
    const check = doc.stripTabs ? line.replace(/^\t+/, '') : line;
    this.scriptText += `\n${line}`;
    if (check === doc.delim) {
      doc.body = this.heredocLines.map((l) => l + '\n').join('');
      this.heredocLines = [];
      this.heredocs.shift();
      if (!this.heredocs.length) {
        const s = this.script!;
        this.script = undefined;
        this.start(s);
      } else this.out.idle?.();
      return;
    }
    this.heredocLines.push(doc.stripTabs ? line.replace(/^\t+/, '') : line);
    this.out.idle?.();
  }

  private start(script: Script): void {
    this.current = { line: this.scriptText, output: '' };
    const write = (s: string) => {
      if (this.current) this.current.output += s;
      this.out.write(s);
    };
    const sink: Sink = {
      stdout: write,
      stderr: write,
      wake: () => this.wake(),
    };
    this.job = this.interp.runScript(script, sink);
    this.resume();
  }

  private finishCommand(exitCode: number): void {
    const c = this.current;
    this.current = undefined;
    if (c) this.out.commandDone?.({ line: c.line, output: c.output, exitCode });
  }

  private wake(): void {
    if (this.waitingForWake && !this.wakePending) {
      this.wakePending = true;
      this.clock.defer(() => {
        this.wakePending = false;
        if (this.waitingForWake) {
          this.waitingForWake = false;
          this.clock.clearTimeout(this.waitTimer);
          this.waitTimer = undefined;
          this.resume();
        }
      });
    }
  }

  private clearWait(): void {
    this.clock.clearTimeout(this.waitTimer);
    this.waitTimer = undefined;
    this.waitingForWake = false;
  }

  private resume(): void {
    const job = this.job;
    if (!job) return;
    let r: IteratorResult<unknown, number>;
    try {
      r = job.next();
    } catch (e) {
      this.out.write(`${this.state.shellName}: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      r = { done: true, value: 1 };
    }
    if (this.job !== job) return;
    if (r.done) {
      this.job = undefined;
      this.state.lastStatus = r.value;
      this.finishCommand(r.value);
      this.out.idle?.();
      this.drainTypeAhead();
      return;
    }
    const wait = r.value as Wait;
    if (wait.kind === 'attach') {
      // The nested session writes straight to the terminal and reports its own commands.
      const out: TerminalOutput = { write: (s) => this.out.write(s), idle: () => this.out.idle?.(), commandDone: (r) => this.out.commandDone?.(r) };
      let ended = false;
      // The program learns the status through its own `done` wrapper; here it only ends the wait.
      const done = () => {
        if (ended) return;
        ended = true;
        this.clock.defer(() => {
          this.inner = undefined;
          if (this.job === job) this.resume();
        });
      };
      const inner = wait.open(out, done);
      if (!ended) this.inner = inner;
      this.out.idle?.();
      return;
    }
    if (wait.kind === 'sleep') {
      this.waitTimer = this.clock.setTimeout(() => {
        this.waitTimer = undefined;
        this.resume();
      }, wait.ms);
    } else {
      this.waitingForWake = true;
      if (wait.timeoutMs !== undefined) {
        this.waitTimer = this.clock.setTimeout(() => {
          this.waitTimer = undefined;
          if (this.waitingForWake) {
            this.waitingForWake = false;
            this.resume();
          }
        }, wait.timeoutMs);
      }
    }
  }

  private drainTypeAhead(): void {
    while (!this.job && this.typeAhead.length) this.input(this.typeAhead.shift()!);
  }
}
