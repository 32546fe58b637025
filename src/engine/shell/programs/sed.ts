// A small GNU sed: scripts of `s/RE/REPL/[g][p]`, `/RE/d`, `/RE/p`, `Np`, `Nd`, `$d` separated by
// `;` or given with -e; -n, -i (in place), -E/-r. Basic regexes get their \( \) \{ \} \+ \?
// meanings; & and \1-\9 in the replacement. Messages are GNU sed's.
import { FsError, resolvePath } from '../fs.js';
import type { Program, ProcessIO } from '../types.js';

type Address = { kind: 'line'; n: number } | { kind: 'last' } | { kind: 're'; re: RegExp } | undefined;
type Cmd =
  | { op: 's'; addr: Address; re: RegExp; repl: string; global: boolean; print: boolean }
  | { op: 'd' | 'p'; addr: Address };

class SedError extends Error {}

/** BRE → JS: \( \) \{ \} \| \+ \? are operators, bare ( ) { } | + ? are literals. */
function toJsRegex(src: string, extended: boolean): string {
  if (extended) return src;
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\' && i + 1 < src.length) {
      const n = src[++i]!;
      out += '(){}|+?'.includes(n) ? n : `\\${n}`;
    } else out += '(){}|+?'.includes(c) ? `\\${c}` : c;
  }
  return out;
}

function splitDelimited(s: string, start: number, delim: string): { part: string; end: number } {
  let part = '';
  let i = start;
  for (; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\' && i + 1 < s.length) {
      part += s[i + 1] === delim ? delim : c + s[i + 1];
      i++;
    } else if (c === delim) return { part, end: i };
    else part += c;
  }
  throw new SedError(`-e expression #1, char ${s.length}: unterminated \`s' command`);
}

function parseScript(script: string, extended: boolean): Cmd[] {
  const cmds: Cmd[] = [];
  let i = 0;
  const s = script;
  const compile = (re: string, flags = '') => {
    try {
      return new RegExp(toJsRegex(re, extended), flags);
    } catch {
      throw new SedError(`-e expression #1, char ${s.length}: Invalid regular expression`);
    }
  };
  while (i < s.length) {
    while (i < s.length && /[\s;]/.test(s[i]!)) i++;
    if (i >= s.length) break;
    let addr: Address;
    if (/\d/.test(s[i]!)) {
      const m = /^\d+/.exec(s.slice(i))!;
      addr = { kind: 'line', n: Number(m[0]) };
      i += m[0].length;
    } else if (s[i] === '$') {
      addr = { kind: 'last' };
      i++;
    } else if (s[i] === '/') {
      const { part, end } = splitDelimited(s, i + 1, '/');
      addr = { kind: 're', re: compile(part) };
      i = end + 1;
    }
    const op = s[i];
    if (op === 's') {
      const delim = s[i + 1];
      if (!delim) throw new SedError(`-e expression #1, char ${i + 1}: unterminated \`s' command`);
      const a = splitDelimited(s, i + 2, delim);
      const b = splitDelimited(s, a.end + 1, delim);
      i = b.end + 1;
      let global = false;
      let print = false;
      let icase = false;
      while (i < s.length && /[gpI]/.test(s[i]!)) {
        if (s[i] === 'g') global = true;
        else if (s[i] === 'p') print = true;
        else icase = true;
        i++;
      }
      cmds.push({ op: 's', addr, re: compile(a.part, (global ? 'g' : '') + (icase ? 'i' : '')), repl: b.part, global, print });
    } else if (op === 'd' || op === 'p') {
      cmds.push({ op, addr });
      i++;
    } else {
      throw new SedError(`-e expression #1, char ${i + 1}: ${op === undefined ? 'missing command' : `unknown command: \`${op}'`}`);
    }
  }
  return cmds;
}

/** & is the match, \1–\9 the groups, \n a newline, \& a literal &. */
function expand(repl: string, m: string, groups: string[]): string {
  let out = '';
  for (let i = 0; i < repl.length; i++) {
    const c = repl[i]!;
    if (c === '\\' && i + 1 < repl.length) {
      const n = repl[++i]!;
      if (/\d/.test(n)) out += groups[Number(n) - 1] ?? '';
      else if (n === 'n') out += '\n';
      else out += n;
    } else if (c === '&') out += m;
    else out += c;
  }
  return out;
}

function matches(addr: Address, line: string, n: number, last: boolean): boolean {
  if (!addr) return true;
  if (addr.kind === 'line') return addr.n === n;
  if (addr.kind === 'last') return last;
  addr.re.lastIndex = 0;
  return addr.re.test(line);
}

function runScript(cmds: Cmd[], text: string, quiet: boolean): string {
  const trailing = text.endsWith('\n');
  const lines = text === '' ? [] : (trailing ? text.slice(0, -1) : text).split('\n');
  let out = '';
  lines.forEach((orig, idx) => {
    let line = orig;
    const last = idx === lines.length - 1;
    let deleted = false;
    for (const c of cmds) {
      if (!matches(c.addr, line, idx + 1, last)) continue;
      if (c.op === 'd') {
        deleted = true;
        break;
      }
      if (c.op !== 's') {
        out += `${line}\n`;
        continue;
      }
      c.re.lastIndex = 0;
      let replaced = false;
      line = line.replace(c.re, (m: string, ...rest: unknown[]) => {
        replaced = true;
        const groups = rest.slice(0, -2).map((g) => (g === undefined ? '' : String(g)));
        return expand(c.repl, m, groups);
      });
      if (replaced && c.print) out += `${line}\n`;
    }
    if (!deleted && !quiet) out += last && !trailing ? line : `${line}\n`;
  });
  return out;
}

export const sed: Program = (argv, io: ProcessIO) => {
  let quiet = false;
  let inPlace = false;
  let extended = false;
  const scripts: string[] = [];
  const files: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-e' || a === '--expression') scripts.push(argv[++i] ?? '');
    else if (a.startsWith('--expression=')) scripts.push(a.slice(13));
    else if (a === '-n' || a === '--quiet' || a === '--silent') quiet = true;
    else if (a === '-i' || a.startsWith('--in-place')) inPlace = true;
    else if (a === '-E' || a === '-r' || a === '--regexp-extended') extended = true;
    else if (/^-[nirE]+$/.test(a)) {
      if (a.includes('n')) quiet = true;
      if (a.includes('i')) inPlace = true;
      if (a.includes('E') || a.includes('r')) extended = true;
    } else if (a.startsWith('-') && a !== '-') {
      io.stderr(`sed: invalid option -- '${a.replace(/^-+/, '')[0]}'\nUsage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n`);
      return 1;
    } else files.push(a);
  }
  if (!scripts.length) {
    const s = files.shift();
    if (s === undefined) {
      io.stderr('Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n');
      return 1;
    }
    scripts.push(s);
  }
  let cmds: Cmd[];
  try {
    cmds = parseScript(scripts.join('\n'), extended);
  } catch (e) {
    if (!(e instanceof SedError)) throw e;
    io.stderr(`sed: ${e.message}\n`);
    return 1;
  }
  if (inPlace && !files.length) {
    io.stderr('sed: no input files\n');
    return 1;
  }
  const home = io.env.get('HOME') ?? '/root';
  if (!files.length) {
    io.stdout(runScript(cmds, io.stdin, quiet));
    return 0;
  }
  let status = 0;
  let joined = '';
  for (const f of files) {
    let text: string;
    const path = resolvePath(io.cwd, f, home);
    try {
      text = f === '-' ? io.stdin : io.fs.readFile(path);
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      io.stderr(`sed: can't read ${f}: No such file or directory\n`);
      status = 2;
      continue;
    }
    if (inPlace) io.fs.writeFile(path, runScript(cmds, text, quiet));
    else joined += text;
  }
  if (!inPlace) io.stdout(runScript(cmds, joined, quiet));
  return status;
};
