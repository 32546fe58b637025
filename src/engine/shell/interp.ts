// Runs parsed sh scripts: expansion, redirection, pipelines (stages run one
// after another, each stage's output buffered as the next one's input), and
// && / || / ; lists. The interpreter is a generator so that a program that
// waits on virtual time suspends the whole command line with it.
import { FsError, resolvePath, type FileSystem } from './fs.js';
import { parse, ParseError, type Pipeline, type Redirect, type Script, type SimpleCommand, type Word } from './parse.js';
import { isJob, type Job, type Program, type ProcessIO, type ProgramResult, type Wait } from './types.js';

export interface ShellState {
  fs: FileSystem;
  programs: Map<string, Program>;
  /** Shell variables; the exported ones form the environment. */
  vars: Map<string, string>;
  exported: Set<string>;
  aliases: Map<string, string>;
  cwd: string;
  home: string;
  /** `bash` on the workstation, `sh` in busybox containers: shapes error messages. */
  shellName: string;
  /** The shell is dash (`/bin/sh` of Debian-based images): its messages carry the input line number. */
  dash?: boolean;
  /** Lines the shell has read (an interactive session counts each typed line). */
  lineNo?: number;
  pid: number;
  lastStatus: number;
  columns: number;
  now(): number;
  /** Called by the `exit` builtin. */
  onExit?(code: number): void;
}

export interface Sink {
  stdout(s: string): void;
  stderr(s: string): void;
  wake(): void;
  /** stdout goes to a pipe or a file, not the terminal (isatty(1) is false). */
  notTerminal?: boolean;
  /** The pipeline's later commands (`grep nginx` after `ps aux |`): they run at the same time on Linux. */
  pipelineRest?: string[][];
}

const builtinNames = ['cd', 'export', 'unset', 'exit', 'alias', 'unalias', 'true', 'false', 'pwd', ':'];

export class Interpreter {
  constructor(readonly state: ShellState) {}

  /** Parse and run a complete line (heredoc bodies already attached). */
  *runScript(script: Script, sink: Sink): Job {
    let status = 0;
    for (const item of script.items) {
      status = yield* this.runAndOr(item.andOr.first, item.andOr.rest, sink);
      this.state.lastStatus = status;
    }
    return status;
  }

  private *runAndOr(first: Pipeline, rest: { op: '&&' | '||'; pipeline: Pipeline }[], sink: Sink): Generator<Wait, number, void> {
    let status = yield* this.runPipeline(first, sink);
    for (const r of rest) {
      this.state.lastStatus = status;
      if ((r.op === '&&' && status !== 0) || (r.op === '||' && status === 0)) continue;
      status = yield* this.runPipeline(r.pipeline, sink);
    }
    return status;
  }

  private *runPipeline(pl: Pipeline, sink: Sink): Generator<Wait, number, void> {
    let input: string | undefined;
    let status = 0;
    for (let i = 0; i < pl.commands.length; i++) {
      const last = i === pl.commands.length - 1;
      let captured = '';
      const stageSink: Sink = last ? sink : { stdout: (s) => (captured += s), stderr: sink.stderr, wake: sink.wake, notTerminal: true, pipelineRest: pl.commands.slice(i + 1).map((c) => this.display(c)) };
      status = yield* this.runCommand(pl.commands[i]!, input, stageSink);
      input = captured;
    }
    return pl.negate ? (status === 0 ? 1 : 0) : status;
  }

  private *runCommand(cmd: SimpleCommand, pipeInput: string | undefined, sink: Sink): Generator<Wait, number, void> {
    const st = this.state;
    let argv: string[];
    try {
      argv = cmd.words.flatMap((w) => this.expand(w));
    } catch (e) {
      sink.stderr(`${st.shellName}: ${(e as Error).message}\n`);
      return 1;
    }
    // Alias expansion of the first word, as interactive bash does.
    if (argv.length && st.aliases.has(argv[0]!)) {
      const expanded = st.aliases.get(argv[0]!)!.split(/\s+/).filter(Boolean);
      argv = [...expanded, ...argv.slice(1)];
    }
    const assigns = cmd.assigns.map((a) => ({ name: a.name, value: this.expand(a.value, false).join('') }));
    if (!argv.length) {
      for (const a of assigns) st.vars.set(a.name, a.value);
      // Redirections alone still create or truncate their files (`> file`).
      const io = this.redirections(cmd.redirects, pipeInput, sink);
      if (typeof io === 'number') return io;
      io.close();
      return 0;
    }
    const io = this.redirections(cmd.redirects, pipeInput, sink);
    if (typeof io === 'number') return io;
    try {
      if (builtinNames.includes(argv[0]!)) return this.builtin(argv, io.sink);
      const prog = st.programs.get(argv[0]!);
      if (!prog) {
        io.sink.stderr(
          st.shellName === 'bash'
            ? `bash: ${argv[0]}: command not found\n`
            : st.dash
              ? `${st.shellName}: ${st.lineNo ?? 1}: ${argv[0]}: not found\n`
              : `${st.shellName}: ${argv[0]}: not found\n`,
        );
        return 127;
      }
      const env = new Map<string, string>();
      for (const k of st.exported) if (st.vars.has(k)) env.set(k, st.vars.get(k)!);
      for (const a of assigns) env.set(a.name, a.value);
      const pio: ProcessIO = {
        stdin: io.stdin,
        stdout: io.sink.stdout,
        stderr: io.sink.stderr,
        env,
        cwd: st.cwd,
        fs: st.fs,
        wake: sink.wake,
        now: st.now,
        columns: st.columns,
        run: (args, stdin) => this.runArgv(args, stdin ?? '', io.sink),
        stdoutIsTerminal: !io.sink.notTerminal,
        pipelineRest: io.sink.pipelineRest,
      };
      const result = this.invoke(prog, argv, pio);
      if (isJob(result)) return yield* result;
      return result;
    } finally {
      io.close();
    }
  }

  private invoke(prog: Program, argv: string[], io: ProcessIO): ProgramResult {
    try {
      return prog(argv, io);
    } catch (e) {
      // A program bug must never take the terminal down with it.
      io.stderr(`${argv[0]}: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
  }

  /** Run argv directly (no parsing), for `timeout` and friends. */
  runArgv(argv: string[], stdin: string, sink: Sink): ProgramResult {
    const prog = this.state.programs.get(argv[0] ?? '');
    if (!prog) {
      sink.stderr(`${argv[0]}: command not found\n`);
      return 127;
    }
    const env = new Map<string, string>();
    for (const k of this.state.exported) if (this.state.vars.has(k)) env.set(k, this.state.vars.get(k)!);
    return this.invoke(prog, argv, {
      stdin,
      stdout: sink.stdout,
      stderr: sink.stderr,
      env,
      cwd: this.state.cwd,
      fs: this.state.fs,
      wake: sink.wake,
      now: this.state.now,
      columns: this.state.columns,
      run: (args, s) => this.runArgv(args, s ?? '', sink),
      stdoutIsTerminal: !sink.notTerminal,
    });
  }

  private builtin(argv: string[], sink: Sink): number {
    const st = this.state;
    switch (argv[0]) {
      case ':':
      case 'true':
        return 0;
      case 'false':
        return 1;
      case 'pwd':
        sink.stdout(st.cwd + '\n');
        return 0;
      case 'cd': {
        const target = resolvePath(st.cwd, argv[1] ?? st.home, st.home);
        const s = st.fs.stat(target);
        if (!s) {
          sink.stderr(`${st.shellName}: cd: ${argv[1]}: No such file or directory\n`);
          return 1;
        }
        if (s.type !== 'dir') {
          sink.stderr(`${st.shellName}: cd: ${argv[1]}: Not a directory\n`);
          return 1;
        }
        st.cwd = target;
        st.vars.set('PWD', target);
        return 0;
      }
      case 'export':
        for (const a of argv.slice(1)) {
          const eq = a.indexOf('=');
          const name = eq < 0 ? a : a.slice(0, eq);
          if (eq >= 0) st.vars.set(name, a.slice(eq + 1));
          st.exported.add(name);
        }
        if (argv.length === 1) {
          for (const k of [...st.exported].sort()) if (st.vars.has(k)) sink.stdout(`declare -x ${k}="${st.vars.get(k)}"\n`);
        }
        return 0;
      case 'unset':
        for (const a of argv.slice(1)) {
          st.vars.delete(a);
          st.exported.delete(a);
        }
        return 0;
      case 'alias':
        if (argv.length === 1) {
          for (const [k, v] of [...st.aliases].sort()) sink.stdout(`alias ${k}='${v}'\n`);
          return 0;
        }
        for (const a of argv.slice(1)) {
          const eq = a.indexOf('=');
          if (eq < 0) {
            const v = st.aliases.get(a);
            if (v === undefined) {
              sink.stderr(`${st.shellName}: alias: ${a}: not found\n`);
              return 1;
            }
            sink.stdout(`alias ${a}='${v}'\n`);
          } else st.aliases.set(a.slice(0, eq), a.slice(eq + 1));
        }
        return 0;
      case 'unalias':
        for (const a of argv.slice(1)) st.aliases.delete(a);
        return 0;
      case 'exit': {
        const code = argv[1] !== undefined ? Number(argv[1]) & 255 : st.lastStatus;
        st.onExit?.(code);
        return code;
      }
    }
    return 0;
  }

  /** Expand a word into fields: variables, command substitution, ~, field splitting. */
  expand(word: Word, split = true): string[] {
    const st = this.state;
    const fields: string[] = [];
    let cur = '';
    let have = false;
    for (let i = 0; i < word.length; i++) {
      const part = word[i]!;
      if (part.t === 'lit') {
        let v = part.v;
        if (i === 0 && !part.quoted && (v === '~' || v.startsWith('~/'))) v = st.home + v.slice(1);
        cur += v;
        have = true;
        continue;
      }
      const value = part.t === 'var' ? this.variable(part.name) : this.substitute(part.src);
      if (part.quoted || !split) {
        cur += value;
        have = true;
        continue;
      }
      const pieces = value.split(/[ \t\n]+/);
      for (let j = 0; j < pieces.length; j++) {
        if (j > 0) {
          if (have || cur) fields.push(cur);
          cur = '';
          have = false;
        }
        if (pieces[j]) {
          cur += pieces[j];
          have = true;
        }
      }
    }
    if (have || cur) fields.push(cur);
    return fields;
  }

  /** argv of a command as ps would list it, without running command substitutions. */
  private display(cmd: SimpleCommand): string[] {
    return cmd.words.map((w) => w.map((p) => (p.t === 'lit' ? p.v : p.t === 'var' ? this.variable(p.name) : `$(${p.src})`)).join(''));
  }

  private variable(name: string): string {
    const st = this.state;
    if (name === '?') return String(st.lastStatus);
    if (name === '$') return String(st.pid);
    if (name === '#') return '0';
    if (name === '0') return st.shellName;
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(:?-)(.*)$/.exec(name);
    if (m) {
      const v = st.vars.get(m[1]!);
      return v === undefined || (m[2] === ':-' && v === '') ? m[3]! : v;
    }
    return st.vars.get(name) ?? '';
  }

  /** $(…): run synchronously and capture stdout without trailing newlines. */
  private substitute(src: string): string {
    let out = '';
    const sink: Sink = { stdout: (s) => (out += s), stderr: () => {}, wake: () => {} };
    let script: Script;
    try {
      script = parse(src);
    } catch (e) {
      if (e instanceof ParseError) return '';
      throw e;
    }
    const job = this.runScript(script, sink);
    // A substitution cannot wait on virtual time; a blocking program is stopped.
    const r = job.next();
    if (!r.done) job.return(130);
    return out.replace(/\n+$/, '');
  }

  private redirections(
    redirects: Redirect[],
    pipeInput: string | undefined,
    sink: Sink,
  ): number | { stdin: string; sink: Sink; close(): void } {
    const st = this.state;
    let stdin = pipeInput ?? '';
    let out: (s: string) => void = sink.stdout;
    let err: (s: string) => void = sink.stderr;
    const files: { path: string; buf: string }[] = [];
    const fileSink = (path: string, append: boolean) => {
      if (path === '/dev/null') return () => {};
      const abs = resolvePath(st.cwd, path, st.home);
      const entry = { path: abs, buf: '' };
      // Truncate (or create) now, as the shell opens the file before the program runs.
      st.fs.writeFile(abs, '', { append: true });
      if (!append) st.fs.writeFile(abs, '');
      files.push(entry);
      return (s: string) => {
        entry.buf += s;
      };
    };
    try {
      for (const r of redirects) {
        const target = r.heredoc ? '' : this.expand(r.target).join(' ');
        switch (r.op) {
          case '<':
            stdin = st.fs.readFile(resolvePath(st.cwd, target, st.home));
            break;
          case '<<': {
            const h = r.heredoc!;
            stdin = h.expand ? this.expandHeredoc(h.body ?? '') : (h.body ?? '');
            break;
          }
          case '<<<':
            stdin = target + '\n';
            break;
          case '>':
          case '>>':
            if (r.fd === 2) err = fileSink(target, r.op === '>>');
            else out = fileSink(target, r.op === '>>');
            break;
          case '&>':
            out = fileSink(target, false);
            err = out;
            break;
          case '>&':
            if (target === '1' && r.fd === 2) err = out;
            else if (target === '2' && r.fd === 1) out = err;
            else if (r.fd === 1 || r.fd === 2) {
              out = fileSink(target, false);
              err = out;
            }
            break;
        }
      }
    } catch (e) {
      if (e instanceof FsError) {
        const name = redirects.map((r) => this.expand(r.target).join(' ')).find((t) => resolvePath(st.cwd, t, st.home) === e.path) ?? e.path;
        sink.stderr(`${st.shellName}: ${name}: ${e.message}\n`);
        return 1;
      }
      throw e;
    }
    return {
      stdin,
      sink: { stdout: out, stderr: err, wake: sink.wake, notTerminal: sink.notTerminal || out !== sink.stdout, pipelineRest: sink.pipelineRest },
      close: () => {
        for (const f of files) if (f.buf) st.fs.writeFile(f.path, f.buf, { append: true }), (f.buf = '');
      },
    };
  }

  private expandHeredoc(body: string): string {
    return body.replace(/\$(\{[^}]*\}|[A-Za-z_][A-Za-z0-9_]*|[?$])|\$\(([^)]*)\)/g, (m, v: string | undefined, cmd: string | undefined) => {
      if (cmd !== undefined) return this.substitute(cmd);
      if (!v) return m;
      return this.variable(v.startsWith('{') ? v.slice(1, -1) : v);
    });
  }
}
