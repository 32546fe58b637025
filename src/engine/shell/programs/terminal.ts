// Running a command in a process that already exists (the child of unshare,
// nsenter, chroot): an interactive shell takes over the terminal (an `attach`
// wait, the same nesting `kubectl exec -it` uses) with the prompt of the
// shell that runs — dash `# `, bash `root@host:~# `, busybox ash `/ # ` —
// and any other command runs to completion. The process exits with the status.
import type { Process } from '../../linux/process.js';
import { shellState } from '../../linux/shell.js';
import { Interpreter, type ShellState } from '../interp.js';
import { parse } from '../parse.js';
import { ShellSession } from '../session.js';
import { isJob, type Job, type ProcessIO, type ProgramResult } from '../types.js';
import type { System } from './system.js';

const shells = new Set(['sh', 'bash', 'ash', 'dash']);

/** The prompt a root shell prints: PS1 of bash (Debian/Ubuntu), dash and busybox ash. */
export function rootPrompt(shell: string, busybox: boolean): (s: ShellState, host: () => string) => string {
  const short = (s: ShellState) => (s.cwd === s.home ? '~' : s.cwd);
  if (busybox) return (s) => `${short(s)} # `;
  if (shell === 'bash') return (s, host) => `root@${host()}:${short(s)}# `;
  return () => '# ';
}

/** An interactive shell session over the existing process `p` (its stdio is the terminal). */
export function shellSession(sys: System, p: Process, shell: string, out: { write(s: string): void; idle?(): void; commandDone?(r: { line: string; output: string; exitCode: number }): void }): ShellSession {
  const k = sys.kernel;
  const state = shellState(k, p, shell);
  state.onExit = (code) => k.exit(p, code);
  const busybox = k.fsFor(p).stat('/bin/busybox')?.type === 'file';
  const prompt = rootPrompt(shell, busybox);
  return new ShellSession(state, k.clock, out, (s) => prompt(s, () => p.ns.uts.hostname));
}

/** Wait (on the virtual clock) until `p` exits; its exit status. */
export function* waitFor(p: Process, io: ProcessIO): Job {
  if (p.alive) p.onExit(() => io.wake());
  while (p.alive) yield { kind: 'wake' };
  return p.exitStatus ?? 0;
}

/** Run `argv` as the program of the existing process `p`: an interactive shell attaches to the terminal. */
export function runIn(sys: System, p: Process, argv: string[], io: ProcessIO): ProgramResult {
  const k = sys.kernel;
  const name = (argv[0] ?? 'sh').split('/').pop()!;
  p.tty = '?';
  // exec(2) of the program: its memory (a shell is about 600 KiB resident).
  if (p.rss === 0) k.charge(p, 600 * 1024);
  if (shells.has(name) && !argv.includes('-c') && io.stdin === '') {
    return (function* (): Job {
      yield {
        kind: 'attach',
        open(out, done) {
          const session = shellSession(sys, p, name, out);
          p.onExit(() => done(p.exitStatus ?? 0));
          return session;
        },
      };
      return p.exitStatus ?? 0;
    })();
  }
  // A command (or `sh -c`): run it with p's programs, then p exits with its status.
  const state = shellState(k, p, name);
  const interp = new Interpreter(state);
  const sink = { stdout: io.stdout, stderr: io.stderr, wake: io.wake };
  let r: ProgramResult;
  if (shells.has(name)) {
    const i = argv.indexOf('-c');
    const script = i >= 0 ? (argv[i + 1] ?? '') : io.stdin;
    try {
      r = interp.runScript(parse(script), sink);
    } catch (e) {
      io.stderr(`${name}: ${(e as Error).message}\n`);
      r = 2;
    }
  } else if (!state.programs.has(name)) {
    io.stderr(`${sys.ctx.process.comm}: failed to execute ${argv[0]}: No such file or directory\n`);
    k.exit(p, 127);
    return 127;
  } else r = interp.runArgv([name, ...argv.slice(1)], io.stdin, sink);
  if (!isJob(r)) {
    k.exit(p, r);
    return r;
  }
  const job = r;
  return (function* (): Job {
    const status = yield* job;
    k.exit(p, status);
    return status;
  })();
}
