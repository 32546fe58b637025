// Shells and commands as processes: every program a shell runs is a child
// process (so `ps` in a container shows `sh` and `ps` itself), `sh -c SCRIPT`
// is a behaviour that runs the script on the virtual clock, and an interactive
// shell is a process whose ShellSession reads the student's lines. Which
// commands exist depends on the image: a program is found only when its binary
// is on PATH in the process's file system (nginx's Debian image has no `ps`).
import type { SessionOutput } from '../shell/session.js';
import { ShellSession } from '../shell/session.js';
import { Interpreter, type ShellState } from '../shell/interp.js';
import { parse } from '../shell/parse.js';
import { deferredCoreutils } from '../shell/programs/deferred.js';
import { isJob, type Job, type Program } from '../shell/types.js';
import type { FileSystem } from '../shell/fs.js';
import type { Behaviour, ProcessContext } from './behaviour.js';
import type { Kernel } from './kernel.js';
import type { Process } from './process.js';
import type { Cgroup } from './cgroup.js';

export const pathDirs = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];
export const shellNames = new Set(['sh', 'bash', 'ash', 'dash']);

export function defaultPrograms(): Map<string, Program> {
  return new Map(Object.entries(deferredCoreutils()));
}

/** Whether `name` (or an absolute path) is an executable file in `fs`. */
export function findExecutable(fs: FileSystem, name: string): string | undefined {
  if (name.includes('/')) return fs.stat(name)?.type === 'file' ? name : undefined;
  for (const d of pathDirs) if (fs.stat(`${d}/${name}`)?.type === 'file') return `${d}/${name}`;
  return undefined;
}

/** The programs `p` can run, each wrapped to run as a child process of `p`. */
export function wrapPrograms(k: Kernel, p: Process, base: Map<string, Program>, onHost: boolean): Map<string, Program> {
  const fs = k.fsFor(p);
  const out = new Map<string, Program>();
  for (const [name, prog] of base) {
    if (!onHost && !findExecutable(fs, name)) continue;
    out.set(name, asChildProcess(k, p, name, prog));
  }
  if (!out.has('sh') && (onHost || findExecutable(fs, 'sh'))) out.set('sh', asChildProcess(k, p, 'sh', shProgram(() => out)));
  return out;
}

function asChildProcess(k: Kernel, parent: Process, name: string, prog: Program): Program {
  return (argv, io) => {
    const self = k.spawn({ parent, argv: argv.length ? argv : [name], comm: name });
    self.state = 'R';
    k.charge(self, 512 * 1024);
    let r;
    try {
      r = prog(argv, io);
    } catch (e) {
      k.exit(self, 1);
      throw e;
    }
    if (!isJob(r)) {
      k.exit(self, r);
      return r;
    }
    const job = r;
    return (function* (): Job {
      try {
        for (;;) {
          if (!self.alive) return self.exitStatus ?? 137;
          const n = job.next();
          if (n.done) {
            k.exit(self, n.value);
            return n.value;
          }
          self.state = 'S';
          yield n.value;
        }
      } finally {
        if (self.alive) k.exit(self, 130);
      }
    })();
  };
}

/** `sh [-c SCRIPT]` run from a shell or an exec: a nested interpreter over the same programs. */
function shProgram(programs: () => Map<string, Program>): Program {
  return (argv, io) => {
    const i = argv.indexOf('-c');
    if (i < 0) return 0;
    const state: ShellState = {
      fs: io.fs,
      programs: programs(),
      vars: new Map(io.env),
      exported: new Set(io.env.keys()),
      aliases: new Map(),
      cwd: io.cwd,
      home: io.env.get('HOME') ?? '/root',
      shellName: 'sh',
      dash: isDash(io.fs, 'sh'),
      pid: 0,
      lastStatus: 0,
      columns: io.columns,
      now: io.now,
    };
    return new Interpreter(state).runScript(parse(argv[i + 1] ?? ''), { stdout: io.stdout, stderr: io.stderr, wake: io.wake });
  };
}

/** Debian and Ubuntu link /bin/sh to dash; busybox and Alpine to ash, Oracle Linux to bash. */
function isDash(fs: FileSystem, shellName: string): boolean {
  return shellName === 'sh' && fs.stat('/etc/debian_version') !== undefined;
}

export function shellState(k: Kernel, p: Process, shellName = 'sh', columns = 80): ShellState {
  const fs = k.fsFor(p);
  return {
    dash: isDash(fs, shellName),
    fs,
    programs: k.programsFor(p),
    vars: new Map(p.env),
    exported: new Set(p.env.keys()),
    aliases: new Map(),
    cwd: p.cwd,
    home: p.env.get('HOME') ?? '/root',
    shellName,
    pid: p.nsPid,
    lastStatus: 0,
    columns,
    now: () => k.clock.now(),
  };
}

/** Drive a shell job on the virtual clock as the process `ctx.process`; `done` gets its status. */
export function driveJob(k: Kernel, ctx: ProcessContext, makeJob: (wake: () => void) => Job, done: (status: number) => void): void {
  let waitingWake = false;
  let timer: number | undefined;
  const wake = () => {
    if (!waitingWake) return;
    waitingWake = false;
    if (timer !== undefined) ctx.cancel(timer);
    ctx.after(0, step);
  };
  const job = makeJob(wake);
  ctx.process.onExit(() => {
    try {
      job.return(ctx.process.exitStatus ?? 0);
    } catch {
      // a program's cleanup failing must not break the kernel
    }
  });
  function step(): void {
    if (!ctx.process.alive) return;
    let r: IteratorResult<unknown, number>;
    try {
      r = job.next();
    } catch (e) {
      ctx.stderr(`sh: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      r = { done: true, value: 1 };
    }
    if (r.done) return done(r.value);
    const w = r.value as { kind: 'sleep'; ms: number } | { kind: 'wake'; timeoutMs?: number };
    if (w.kind === 'sleep') timer = ctx.after(w.ms, step);
    else {
      waitingWake = true;
      if (w.timeoutMs !== undefined) {
        timer = ctx.after(w.timeoutMs, () => {
          if (!waitingWake) return;
          waitingWake = false;
          step();
        });
      }
    }
  }
  step();
}

/** `sh -c SCRIPT` as a process's program (busybox's `sh -c 'echo hi; sleep 3600'`). Without a script, sh reads stdin: no tty → EOF → exit 0. */
export function shellScript(k: Kernel, script: string | undefined, shellName = 'sh'): Behaviour {
  return {
    baseRss: 600 * 1024,
    start(ctx) {
      if (script === undefined) {
        ctx.exit(0);
        return;
      }
      let parsed;
      try {
        parsed = parse(script);
      } catch (e) {
        ctx.stderr(`${shellName}: ${(e as Error).message}\n`);
        ctx.exit(2);
        return;
      }
      const state = shellState(k, ctx.process, shellName);
      state.onExit = (code) => ctx.exit(code);
      const interp = new Interpreter(state);
      driveJob(k, ctx, (wake) => interp.runScript(parsed, { stdout: ctx.stdout, stderr: ctx.stderr, wake }), (status) => ctx.exit(status));
    },
  };
}

/** Run argv to completion in process `p` without moving the clock (ExecSync: probes, kubectl exec without -it). */
export function runSync(k: Kernel, p: Process, argv: string[], maxSteps = 10_000): { stdout: string; stderr: string; exitCode: number } {
  let stdout = '';
  let stderr = '';
  const state = shellState(k, p);
  const interp = new Interpreter(state);
  // No terminal: an exec without -t writes to pipes (ls prints one name per line).
  const sink = { stdout: (s: string) => (stdout += s), stderr: (s: string) => (stderr += s), wake: () => {}, notTerminal: true };
  const name = argv[0] ?? '';
  const base = name.split('/').pop() ?? name;
  let result: number | Job;
  if (shellNames.has(base)) {
    const i = argv.indexOf('-c');
    if (i < 0) return { stdout, stderr, exitCode: 0 };
    try {
      result = interp.runScript(parse(argv[i + 1] ?? ''), sink);
    } catch (e) {
      return { stdout, stderr: `sh: ${(e as Error).message}\n`, exitCode: 2 };
    }
  } else {
    if (!state.programs.has(base)) {
      return { stdout, stderr: `OCI runtime exec failed: exec failed: unable to start container process: exec: "${name}": executable file not found in $PATH: unknown`, exitCode: 126 };
    }
    // The exec'd process runs the program itself, not a child of it (ps shows one `ps`).
    const own = (k.options.programs?.(k.context(p)) ?? defaultPrograms()).get(base);
    if (own) state.programs.set(base, own);
    result = interp.runArgv([base, ...argv.slice(1)], '', sink);
  }
  let exitCode = 0;
  if (typeof result === 'number') exitCode = result;
  else {
    for (let i = 0; ; i++) {
      const r = result.next();
      if (r.done) {
        exitCode = r.value;
        break;
      }
      if (i >= maxSteps) {
        result.return(124);
        exitCode = 124;
        break;
      }
    }
  }
  return { stdout, stderr, exitCode };
}

export interface ShellSpawnOptions {
  /** The process whose namespaces, cgroup and root the shell joins (a container's PID 1, or the node's init). */
  target: Process;
  /** Parent of the new process (the shim for an exec; defaults to target). */
  parent?: Process;
  argv?: string[];
  env?: Map<string, string>;
  cwd?: string;
  cgroup?: Cgroup;
  out: SessionOutput;
  prompt?: (state: ShellState) => string;
  shellName?: string;
  columns?: number;
}

/** An interactive shell as a process in `target`'s namespaces (kubectl exec -it, a node shell). */
export function spawnShell(k: Kernel, o: ShellSpawnOptions): { process: Process; session: ShellSession } {
  const t = o.target;
  const argv = o.argv ?? ['sh'];
  const proc = k.spawn({
    parent: o.parent ?? t,
    argv,
    join: { ...t.ns, pid: t.ns.pid },
    cgroup: o.cgroup ?? t.cgroup,
    env: o.env ?? t.env,
    cwd: o.cwd ?? t.cwd,
  });
  k.charge(proc, 700 * 1024);
  const state = shellState(k, proc, o.shellName ?? (argv[0]?.split('/').pop() || 'sh'), o.columns);
  state.onExit = (code) => k.exit(proc, code);
  const session = new ShellSession(state, k.clock, o.out, o.prompt);
  return { process: proc, session };
}
