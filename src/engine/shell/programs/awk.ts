// A very small awk (behaving as Debian's mawk 1.3.4 for what it accepts): programs of the
// form `[PATTERN] [{ print EXPR, … }]` where PATTERN is /RE/, !/RE/, NR|NF|$N compared with
// a number or "string", and EXPR concatenates $N, $NF, $(NF-1), NR, NF, "text". -F SEP.
// Anything beyond that is refused with a message saying so, rather than run wrongly.
import type { Program } from '../types.js';
import { readInputs, splitLines } from './textio.js';

type Term = { kind: 'field'; n: number } | { kind: 'nf'; minus: number } | { kind: 'var'; name: 'NR' | 'NF' } | { kind: 'str'; s: string };
type Pattern = { kind: 're'; re: RegExp; negate: boolean } | { kind: 'cmp'; left: Term; op: string; right: Term } | undefined;

class Unsupported extends Error {}

function parseTerm(src: string): { term: Term; rest: string } {
  let m: RegExpExecArray | null;
  if ((m = /^\$\(\s*NF\s*-\s*(\d+)\s*\)/.exec(src))) return { term: { kind: 'nf', minus: Number(m[1]) }, rest: src.slice(m[0].length) };
  if ((m = /^\$NF\b/.exec(src))) return { term: { kind: 'nf', minus: 0 }, rest: src.slice(m[0].length) };
  if ((m = /^\$(\d+)/.exec(src))) return { term: { kind: 'field', n: Number(m[1]) }, rest: src.slice(m[0].length) };
  if ((m = /^(NR|NF)\b/.exec(src))) return { term: { kind: 'var', name: m[1] as 'NR' | 'NF' }, rest: src.slice(m[0].length) };
  if ((m = /^"((?:[^"\\]|\\.)*)"/.exec(src))) return { term: { kind: 'str', s: m[1]!.replace(/\\t/g, '\t').replace(/\\n/g, '\n').replace(/\\(.)/g, '$1') }, rest: src.slice(m[0].length) };
  if ((m = /^-?\d+(?:\.\d+)?/.exec(src))) return { term: { kind: 'str', s: m[0] }, rest: src.slice(m[0].length) };
  throw new Unsupported();
}

function parseProgram(prog: string): { pattern: Pattern; print: Term[][] | undefined } {
  let src = prog.trim();
  let pattern: Pattern;
  let m: RegExpExecArray | null;
  if ((m = /^(!?)\/((?:[^/\\]|\\.)*)\/\s*/.exec(src))) {
    pattern = { kind: 're', re: new RegExp(m[2]!), negate: m[1] === '!' };
    src = src.slice(m[0].length);
  } else if (!src.startsWith('{')) {
    const left = parseTerm(src);
    const op = /^\s*(==|!=|>=|<=|>|<)\s*/.exec(left.rest);
    if (!op) throw new Unsupported();
    const right = parseTerm(left.rest.slice(op[0].length));
    pattern = { kind: 'cmp', left: left.term, op: op[1]!, right: right.term };
    src = right.rest.trim();
  }
  if (!src) return { pattern, print: undefined };
  const body = /^\{\s*print\b\s*(.*?)\s*;?\s*\}$/s.exec(src);
  if (!body) throw new Unsupported();
  const exprs: Term[][] = [];
  let rest = body[1]!;
  if (!rest) return { pattern, print: [] };
  for (;;) {
    const expr: Term[] = [];
    do {
      const t = parseTerm(rest.trimStart());
      expr.push(t.term);
      rest = t.rest.trimStart();
    } while (rest && rest[0] !== ',');
    exprs.push(expr);
    if (!rest) break;
    rest = rest.slice(1);
  }
  return { pattern, print: exprs };
}

export const awk: Program = (argv, io) => {
  let fs: string | undefined;
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      i++;
      break;
    }
    if (a === '-F') fs = argv[++i];
    else if (a.startsWith('-F')) fs = a.slice(2);
    else break;
  }
  const prog = argv[i];
  if (prog === undefined) {
    io.stderr('usage: awk [-F value] [-v var=value] [--] \'program text\' [file ...]\n');
    return 2;
  }
  let parsed;
  try {
    parsed = parseProgram(prog);
  } catch {
    io.stderr(`awk: this lab's awk runs only programs like '{print $1, $3}', '/RE/ {print $NF}' or 'NR>1 {print $2}' (with -F SEP)\n`);
    return 2;
  }
  const sep = fs === undefined || fs === ' ' ? undefined : fs === '\\t' || fs === 't' ? '\t' : fs;
  const { text, status } = readInputs(io, 'awk', argv.slice(i + 1));
  let out = '';
  splitLines(text).forEach((line, idx) => {
    const fields = sep === undefined ? line.split(/[ \t]+/).filter(Boolean) : sep.length === 1 ? line.split(sep) : line.split(new RegExp(sep));
    const value = (t: Term): string => {
      if (t.kind === 'str') return t.s;
      if (t.kind === 'var') return String(t.name === 'NR' ? idx + 1 : fields.length);
      const n = t.kind === 'nf' ? fields.length - t.minus : t.n;
      return n === 0 ? line : (fields[n - 1] ?? '');
    };
    const p = parsed.pattern;
    if (p?.kind === 're' && p.re.test(line) === p.negate) return;
    if (p?.kind === 'cmp') {
      const [a, b] = [value(p.left), value(p.right)];
      const num = /^\s*-?\d+(\.\d+)?\s*$/;
      const c = num.test(a) && num.test(b) ? Math.sign(Number(a) - Number(b)) : a < b ? -1 : a > b ? 1 : 0;
      const ok = { '==': c === 0, '!=': c !== 0, '>': c > 0, '<': c < 0, '>=': c >= 0, '<=': c <= 0 }[p.op];
      if (!ok) return;
    }
    out += (parsed.print && parsed.print.length ? parsed.print.map((e) => e.map(value).join('')).join(' ') : line) + '\n';
  });
  io.stdout(out);
  return status ? 2 : 0;
};
