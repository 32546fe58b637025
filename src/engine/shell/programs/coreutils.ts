// The everyday programs of the workstation shell, with GNU coreutils' messages:
// cat, ls, echo, sleep, mkdir, rm, touch, cp, mv, grep, head, tail, wc, env,
// clear, date, timeout, seq. Containers get busybox flavours of these later.
import { toRFC3339 } from '../../clock/clock.js';
import { utf8Length } from '../../util/object.js';
import { FsError, resolvePath } from '../fs.js';
import { isJob, type Job, type Program, type ProcessIO } from '../types.js';
import { sed } from './sed.js';
import { textTools } from './text-tools.js';

const home = (io: ProcessIO) => io.env.get('HOME') ?? '/root';
const abs = (io: ProcessIO, p: string) => resolvePath(io.cwd, p, home(io));

function splitFlags(argv: string[]): { flags: Set<string>; args: string[]; opts: Map<string, string> } {
  const flags = new Set<string>();
  const args: string[] = [];
  const opts = new Map<string, string>();
  let done = false;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (done || a === '-' || !a.startsWith('-')) args.push(a);
    else if (a === '--') done = true;
    else if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      if (eq > 0) opts.set(a.slice(2, eq), a.slice(eq + 1));
      else flags.add(a.slice(2));
    } else if (/^-\d+$/.test(a)) opts.set('n', a.slice(1));
    else for (const c of a.slice(1)) flags.add(c);
  }
  return { flags, args, opts };
}

export const cat: Program = (argv, io) => {
  const { args } = splitFlags(argv);
  if (!args.length) {
    io.stdout(io.stdin);
    return 0;
  }
  let status = 0;
  for (const a of args) {
    if (a === '-') {
      io.stdout(io.stdin);
      continue;
    }
    try {
      io.stdout(io.fs.readFile(abs(io, a)));
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      io.stderr(`cat: ${a}: ${e.message}\n`);
      status = 1;
    }
  }
  return status;
};

export const echo: Program = (argv, io) => {
  let args = argv.slice(1);
  let newline = true;
  let escapes = false;
  while (args[0] && /^-[neE]+$/.test(args[0])) {
    if (args[0].includes('n')) newline = false;
    if (args[0].includes('e')) escapes = true;
    args = args.slice(1);
  }
  let s = args.join(' ');
  if (escapes) s = s.replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\\\/g, '\\');
  io.stdout(s + (newline ? '\n' : ''));
  return 0;
};

function parseDuration(s: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(s);
  if (!m) return undefined;
  const mult = { '': 1000, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as '' | 's' | 'm' | 'h' | 'd'];
  return Number(m[1]) * mult;
}

export const sleepProgram: Program = (argv, io) => {
  if (argv.length < 2) {
    io.stderr("sleep: missing operand\nTry 'sleep --help' for more information.\n");
    return 1;
  }
  let total = 0;
  for (const a of argv.slice(1)) {
    const ms = parseDuration(a);
    if (ms === undefined) {
      io.stderr(`sleep: invalid time interval '${a}'\nTry 'sleep --help' for more information.\n`);
      return 1;
    }
    total += ms;
  }
  return (function* (): Job {
    yield { kind: 'sleep', ms: total };
    return 0;
  })();
};

export const ls: Program = (argv, io) => {
  const { flags, args } = splitFlags(argv);
  const targets = args.length ? args : ['.'];
  const long = flags.has('l');
  const all = flags.has('a');
  let status = 0;
  const fmt = (name: string, path: string) => {
    if (!long) return name;
    const st = io.fs.stat(path)!;
    const mode = (st.type === 'dir' ? 'd' : '-') + rwx(st.mode);
    const d = new Date(st.mtimeMs);
    const month = d.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
    const time = `${month} ${String(d.getUTCDate()).padStart(2, ' ')} ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
    return `${mode} 1 root root ${String(st.size).padStart(5, ' ')} ${time} ${name}`;
  };
  targets.forEach((t, i) => {
    const p = abs(io, t);
    const st = io.fs.stat(p);
    if (!st) {
      io.stderr(`ls: cannot access '${t}': No such file or directory\n`);
      status = 2;
      return;
    }
    if (st.type === 'file') {
      io.stdout(fmt(t, p) + '\n');
      return;
    }
    if (targets.length > 1) io.stdout(`${i ? '\n' : ''}${t}:\n`);
    const names = io.fs.readdir(p).filter((n) => all || !n.startsWith('.'));
    if (long) {
      io.stdout(`total ${names.length * 4}\n`);
      for (const n of names) io.stdout(fmt(n, `${p === '/' ? '' : p}/${n}`) + '\n');
    } else if (names.length) io.stdout(names.join('  ') + '\n');
  });
  return status;
};

function rwx(mode: number): string {
  let s = '';
  for (let shift = 6; shift >= 0; shift -= 3) {
    const b = (mode >> shift) & 7;
    s += (b & 4 ? 'r' : '-') + (b & 2 ? 'w' : '-') + (b & 1 ? 'x' : '-');
  }
  return s;
}

export const mkdir: Program = (argv, io) => {
  const { flags, args } = splitFlags(argv);
  if (!args.length) {
    io.stderr("mkdir: missing operand\nTry 'mkdir --help' for more information.\n");
    return 1;
  }
  let status = 0;
  for (const a of args) {
    try {
      io.fs.mkdir(abs(io, a), { recursive: flags.has('p') });
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      io.stderr(`mkdir: cannot create directory '${a}': ${e.message}\n`);
      status = 1;
    }
  }
  return status;
};

export const rm: Program = (argv, io) => {
  const { flags, args } = splitFlags(argv);
  const force = flags.has('f');
  if (!args.length && !force) {
    io.stderr("rm: missing operand\nTry 'rm --help' for more information.\n");
    return 1;
  }
  let status = 0;
  for (const a of args) {
    const p = abs(io, a);
    const st = io.fs.stat(p);
    if (!st) {
      if (!force) {
        io.stderr(`rm: cannot remove '${a}': No such file or directory\n`);
        status = 1;
      }
      continue;
    }
    if (st.type === 'dir' && !flags.has('r') && !flags.has('R')) {
      io.stderr(`rm: cannot remove '${a}': Is a directory\n`);
      status = 1;
      continue;
    }
    io.fs.rm(p, { recursive: true });
  }
  return status;
};

export const touch: Program = (argv, io) => {
  for (const a of splitFlags(argv).args) {
    const p = abs(io, a);
    try {
      io.fs.writeFile(p, io.fs.stat(p) ? io.fs.readFile(p) : '');
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      io.stderr(`touch: cannot touch '${a}': ${e.message}\n`);
      return 1;
    }
  }
  return 0;
};

export const cp: Program = (argv, io) => copyOrMove(argv, io, false);
export const mv: Program = (argv, io) => copyOrMove(argv, io, true);

function copyOrMove(argv: string[], io: ProcessIO, move: boolean): number {
  const name = move ? 'mv' : 'cp';
  const { args } = splitFlags(argv);
  if (args.length < 2) {
    io.stderr(`${name}: missing file operand\nTry '${name} --help' for more information.\n`);
    return 1;
  }
  const [src, dst] = [args[0]!, args[1]!];
  try {
    const data = io.fs.readFile(abs(io, src));
    let target = abs(io, dst);
    if (io.fs.stat(target)?.type === 'dir') target = `${target}/${src.split('/').pop()}`;
    io.fs.writeFile(target, data);
    if (move) io.fs.rm(abs(io, src));
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    io.stderr(`${name}: cannot stat '${src}': ${e.message}\n`);
    return 1;
  }
  return 0;
}

function inputOf(io: ProcessIO, files: string[], prog: string): { text: string; status: number } {
  if (!files.length) return { text: io.stdin, status: 0 };
  let text = '';
  let status = 0;
  for (const f of files) {
    try {
      text += io.fs.readFile(abs(io, f));
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      io.stderr(`${prog}: ${f}: ${e.message}\n`);
      status = 2;
    }
  }
  return { text, status };
}

const lines = (text: string) => (text === '' ? [] : text.replace(/\n$/, '').split('\n'));

export const grep: Program = (argv, io) => {
  const rest: string[] = [];
  const flags = new Set<string>();
  let pattern: string | undefined;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-e') pattern = argv[++i];
    else if (/^-[ivcnEwqo]+$/.test(a)) for (const c of a.slice(1)) flags.add(c);
    else if (pattern === undefined) pattern = a;
    else rest.push(a);
  }
  if (pattern === undefined) {
    io.stderr("Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n");
    return 2;
  }
  let re: RegExp;
  try {
    const src = flags.has('E') ? pattern : pattern.replace(/\\\|/g, '|').replace(/\\([(){}+?])/g, '$1');
    re = new RegExp(flags.has('w') ? `\\b(?:${src})\\b` : src, flags.has('i') ? 'i' : '');
  } catch {
    re = new RegExp(pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), flags.has('i') ? 'i' : '');
  }
  const { text, status } = inputOf(io, rest, 'grep');
  const matched = lines(text)
    .map((l, i) => ({ l, n: i + 1 }))
    .filter(({ l }) => re.test(l) !== flags.has('v'));
  if (flags.has('q')) return matched.length ? 0 : 1;
  if (flags.has('c')) io.stdout(`${matched.length}\n`);
  else if (flags.has('o')) {
    // -o: every non-empty match on its own line.
    const g = new RegExp(re.source, re.flags + 'g');
    for (const m of matched) for (const x of m.l.match(g) ?? []) if (x) io.stdout(`${flags.has('n') ? `${m.n}:` : ''}${x}\n`);
  } else for (const m of matched) io.stdout(`${flags.has('n') ? `${m.n}:` : ''}${m.l}\n`);
  return status || (matched.length ? 0 : 1);
};

function headTail(argv: string[], io: ProcessIO, tail: boolean): number {
  let n = 10;
  const files: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-n') n = Number(argv[++i]);
    else if (/^-n\d+$/.test(a)) n = Number(a.slice(2));
    else if (/^-\d+$/.test(a)) n = Number(a.slice(1));
    else files.push(a);
  }
  const { text, status } = inputOf(io, files, tail ? 'tail' : 'head');
  const ls = lines(text);
  const picked = tail ? ls.slice(Math.max(0, ls.length - n)) : ls.slice(0, n);
  if (picked.length) io.stdout(picked.join('\n') + '\n');
  return status ? 1 : 0;
}

export const head: Program = (argv, io) => headTail(argv, io, false);
export const tail: Program = (argv, io) => headTail(argv, io, true);

export const wc: Program = (argv, io) => {
  const { flags, args } = splitFlags(argv);
  const { text, status } = inputOf(io, args, 'wc');
  const l = (text.match(/\n/g) ?? []).length;
  const w = text.split(/\s+/).filter(Boolean).length;
  const c = utf8Length(text);
  const pick = flags.size ? [flags.has('l') ? l : -1, flags.has('w') ? w : -1, flags.has('c') ? c : -1].filter((x) => x >= 0) : [l, w, c];
  const width = pick.length === 1 ? 0 : String(Math.max(...pick)).length;
  io.stdout(pick.map((x) => String(x).padStart(width)).join(' ') + (args.length ? ` ${args.join(' ')}` : '') + '\n');
  return status ? 1 : 0;
};

export const env: Program = (_argv, io) => {
  for (const [k, v] of [...io.env].sort(([a], [b]) => (a < b ? -1 : 1))) io.stdout(`${k}=${v}\n`);
  return 0;
};

export const clear: Program = (_argv, io) => {
  io.stdout('\x1b[H\x1b[2J');
  return 0;
};

export const date: Program = (_argv, io) => {
  const d = new Date(io.now());
  const day = d.toLocaleString('en-US', { weekday: 'short', timeZone: 'UTC' });
  const month = d.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
  const t = toRFC3339(io.now()).slice(11, 19);
  io.stdout(`${day} ${month} ${String(d.getUTCDate()).padStart(2, ' ')} ${t} UTC ${d.getUTCFullYear()}\n`);
  return 0;
};

export const seq: Program = (argv, io) => {
  const nums = argv.slice(1).map(Number);
  const [first, last] = nums.length === 1 ? [1, nums[0]!] : [nums[0]!, nums[1]!];
  for (let i = first; i <= last; i++) io.stdout(`${i}\n`);
  return 0;
};

/** coreutils timeout: stop a command after DURATION of virtual time (exit 124). */
export const timeout: Program = (argv, io) => {
  const limit = parseDuration(argv[1] ?? '');
  if (limit === undefined || argv.length < 3) {
    io.stderr("timeout: missing operand\nTry 'timeout --help' for more information.\n");
    return 125;
  }
  const r = io.run(argv.slice(2), io.stdin);
  if (!isJob(r)) return r;
  const deadline = io.now() + limit;
  return (function* (): Job {
    for (;;) {
      const step = r.next();
      if (step.done) return step.value;
      const w = step.value;
      const left = deadline - io.now();
      if (left <= 0) break;
      // Wait for whatever comes first: the program's own wake-up or the limit.
      if (w.kind === 'sleep') yield { kind: 'sleep', ms: Math.min(w.ms, left) };
      else if (w.kind === 'attach') yield w;
      else yield { kind: 'wake', timeoutMs: Math.min(w.timeoutMs ?? left, left) };
      if (io.now() >= deadline) break;
    }
    r.return(124);
    return 124;
  })();
};

export const coreutils: Record<string, Program> = {
  cat,
  echo,
  sleep: sleepProgram,
  ls,
  mkdir,
  rm,
  touch,
  cp,
  mv,
  grep,
  head,
  tail,
  wc,
  env,
  printenv: env,
  clear,
  date,
  seq,
  timeout,
  sed,
  // /bin/true and /bin/false: the shell has them as builtins, but xargs, timeout and a
  // container's command run them as programs.
  true: () => 0,
  false: () => 1,
  ...textTools,
};
