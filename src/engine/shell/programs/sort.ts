// GNU coreutils 9.1 sort and uniq (src/sort.c, src/uniq.c) in the C locale: byte order,
// -k F[.C][bfnr][,F[.C][bfnr]] keys (fields start at their leading blanks unless -t or b),
// -n numbers with ties broken by the whole line, -r, -u keeping the first of equal keys.
import { resolvePath } from '../fs.js';
import type { Program, ProcessIO } from '../types.js';
import { getopt, printInfo, readInputs, readOperand, splitLines, usage, UsageError } from './textio.js';

/** Errors sort reports without the "Try 'sort --help'" line (bad -k and -t values). */
class SortError extends Error {}

interface KeyOpts {
  n: boolean;
  r: boolean;
  f: boolean;
  b: boolean;
}
interface Key extends KeyOpts {
  sf: number;
  sc: number;
  ef?: number;
  ec: number;
  own: boolean;
}

function parseKey(spec: string, global: KeyOpts): Key {
  const m = /^(\d+)(?:\.(\d+))?([bfnr]*)(?:,(\d+)(?:\.(\d+))?([bfnr]*))?$/.exec(spec);
  if (!m) {
    const bad = /^\d/.test(spec) ? `sort: stray character in field spec: invalid field specification '${spec}'` : `sort: invalid number at field start: invalid count at start of '${spec}'`;
    throw new SortError(bad);
  }
  if (Number(m[1]) === 0) throw new SortError(`sort: field number is zero: invalid field specification '${spec}'`);
  if (m[2] !== undefined && Number(m[2]) === 0) throw new SortError(`sort: character offset is zero: invalid field specification '${spec}'`);
  if (m[4] !== undefined && Number(m[4]) === 0) throw new SortError(`sort: field number is zero: invalid field specification '${spec}'`);
  const o = (m[3] ?? '') + (m[6] ?? '');
  const own = o.length > 0;
  return {
    sf: Number(m[1]),
    sc: m[2] ? Number(m[2]) : 1,
    ef: m[4] ? Number(m[4]) : undefined,
    ec: m[5] ? Number(m[5]) : 0,
    own,
    n: own ? o.includes('n') : global.n,
    r: own ? o.includes('r') : global.r,
    f: own ? o.includes('f') : global.f,
    b: own ? o.includes('b') : global.b,
  };
}

const pathOf = (io: ProcessIO, p: string) => resolvePath(io.cwd, p, io.env.get('HOME') ?? '/root');

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

/** Start offset of field `f` (1-based): after the (f-1)th separator, or at the blanks before the f-th word. */
function fieldStart(line: string, f: number, tab: string | undefined): number {
  let i = 0;
  for (let k = 1; k < f; k++) {
    if (tab !== undefined) {
      const j = line.indexOf(tab, i);
      if (j < 0) return line.length;
      i = j + 1;
    } else {
      while (i < line.length && isBlank(line[i])) i++;
      while (i < line.length && !isBlank(line[i])) i++;
    }
  }
  return i;
}

function fieldEnd(line: string, f: number, tab: string | undefined): number {
  const s = fieldStart(line, f, tab);
  if (tab !== undefined) {
    const j = line.indexOf(tab, s);
    return j < 0 ? line.length : j;
  }
  let i = s;
  while (i < line.length && isBlank(line[i])) i++;
  while (i < line.length && !isBlank(line[i])) i++;
  return i;
}

function keyText(line: string, k: Key, tab: string | undefined): string {
  let s = fieldStart(line, k.sf, tab);
  if (k.b) while (s < line.length && isBlank(line[s])) s++;
  s = Math.min(line.length, s + k.sc - 1);
  let e = line.length;
  if (k.ef !== undefined) {
    e = k.ec ? Math.min(line.length, fieldStart(line, k.ef, tab) + k.ec) : fieldEnd(line, k.ef, tab);
  }
  return e > s ? line.slice(s, e) : '';
}

/** sort -n: leading blanks, an optional '-', digits and one decimal point; anything else is 0. */
function numericValue(s: string): number {
  const m = /^[ \t]*(-?\d*(?:\.\d*)?)/.exec(s);
  const v = Number(m?.[1]);
  return Number.isFinite(v) && m![1] !== '-' && m![1] !== '.' && m![1] !== '-.' ? v : 0;
}

const byteCompare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function compareKey(a: string, b: string, k: KeyOpts): number {
  let c: number;
  if (k.n) c = Math.sign(numericValue(a) - numericValue(b));
  else if (k.f) c = byteCompare(a.toUpperCase(), b.toUpperCase());
  else c = byteCompare(a, b);
  return k.r ? -c : c;
}

export const sort: Program = (argv, io) => {
  let parsed;
  const global: KeyOpts = { n: false, r: false, f: false, b: false };
  const keys: Key[] = [];
  let tab: string | undefined;
  try {
    parsed = getopt('sort', argv, {
      short: 'bfnrsuk:t:o:',
      long: {
        'ignore-leading-blanks': { key: 'b' },
        'ignore-case': { key: 'f' },
        'numeric-sort': { key: 'n' },
        reverse: { key: 'r' },
        stable: { key: 's' },
        unique: { key: 'u' },
        key: { key: 'k', arg: true },
        'field-separator': { key: 't', arg: true },
        output: { key: 'o', arg: true },
      },
    });
    if (parsed.info) return printInfo(io, 'sort', parsed.info);
    for (const c of 'nrfb') if (parsed.opts.has(c)) global[c as keyof KeyOpts] = true;
    for (const { key, value } of parsed.order) {
      if (key === 't') {
        if (value === '') throw new SortError('sort: empty tab');
        if (value.length > 1 && value !== '\\0') throw new SortError(`sort: multi-character tab '${value}'`);
        if (tab !== undefined && tab !== value) throw new SortError('sort: incompatible tabs');
        tab = value === '\\0' ? '\0' : value;
      }
    }
    for (const spec of parsed.opts.get('k') ?? []) keys.push(parseKey(spec, global));
  } catch (e) {
    if (e instanceof UsageError) return usage(io, 'sort', e.message, 2);
    if (!(e instanceof SortError)) throw e;
    io.stderr(e.message + '\n');
    return 2;
  }
  let text = '';
  for (const f of parsed.operands.length ? parsed.operands : ['-']) {
    const r = readOperand(io, f);
    if ('error' in r) {
      io.stderr(r.error === 'Is a directory' ? `sort: read failed: ${f}: Is a directory\n` : `sort: cannot read: ${f}: ${r.error}\n`);
      return 2;
    }
    text += r.text && !r.text.endsWith('\n') ? r.text + '\n' : r.text;
  }
  const unique = parsed.opts.has('u');
  const lastResort = !unique && !parsed.opts.has('s');
  const compareKeys = (a: string, b: string) => {
    if (!keys.length) return compareKey(a, b, global);
    for (const k of keys) {
      const c = compareKey(keyText(a, k, tab), keyText(b, k, tab), k);
      if (c) return c;
    }
    return 0;
  };
  const cmp = (a: string, b: string) => {
    const c = compareKeys(a, b);
    if (c || !lastResort || (!keys.length && !global.n && !global.f)) return c;
    return global.r ? -byteCompare(a, b) : byteCompare(a, b);
  };
  const sorted = splitLines(text).sort(cmp);
  const out = unique ? sorted.filter((l, i) => i === 0 || compareKeys(sorted[i - 1]!, l) !== 0) : sorted;
  const result = out.map((l) => l + '\n').join('');
  const o = parsed.opts.get('o')?.at(-1);
  if (o !== undefined) {
    try {
      io.fs.writeFile(pathOf(io, o), result);
    } catch (e) {
      io.stderr(`sort: open failed: ${o}: ${(e as Error).message}\n`);
      return 2;
    }
    return 0;
  }
  io.stdout(result);
  return 0;
};

export const uniq: Program = (argv, io) => {
  let parsed;
  try {
    parsed = getopt('uniq', argv, {
      short: 'cdui',
      long: { count: { key: 'c' }, repeated: { key: 'd' }, unique: { key: 'u' }, 'ignore-case': { key: 'i' } },
    });
    if (parsed.info) return printInfo(io, 'uniq', parsed.info);
    if (parsed.operands.length > 2) throw new UsageError(`uniq: extra operand '${parsed.operands[2]}'`);
  } catch (e) {
    if (e instanceof UsageError) return usage(io, 'uniq', e.message);
    throw e;
  }
  const { opts, operands } = parsed;
  const { text, status } = readInputs(io, 'uniq', operands.slice(0, 1).filter((f) => f !== '-'));
  if (status) return 1;
  const same = opts.has('i') ? (a: string, b: string) => a.toLowerCase() === b.toLowerCase() : (a: string, b: string) => a === b;
  const groups: { line: string; n: number }[] = [];
  for (const line of splitLines(text)) {
    const last = groups.at(-1);
    if (last && same(last.line, line)) last.n++;
    else groups.push({ line, n: 1 });
  }
  let out = '';
  for (const g of groups) {
    if (opts.has('d') && g.n < 2) continue;
    if (opts.has('u') && g.n > 1) continue;
    out += (opts.has('c') ? `${String(g.n).padStart(7)} ` : '') + g.line + '\n';
  }
  if (operands[1] !== undefined && operands[1] !== '-') {
    const p = operands[1];
    io.fs.writeFile(pathOf(io, p), out);
    return 0;
  }
  io.stdout(out);
  return 0;
};
