// GNU coreutils 9.1 tr (src/tr.c): SET1/SET2 with ranges (a-z), escapes (\n \t \\ \NNN),
// classes ([:lower:] [:upper:] [:digit:] [:space:] …) and [c*n]; -d deletes, -s squeezes,
// -c complements SET1; SET2 is padded with its last character. Characters, not bytes.
import type { Program } from '../types.js';
import { getopt, printInfo, usage, UsageError } from './textio.js';

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => String.fromCharCode(a + i));
const lower = range(97, 122);
const upper = range(65, 90);
const digit = range(48, 57);
const ascii = range(0, 127);
const classes: Record<string, string[]> = {
  lower,
  upper,
  digit,
  alpha: [...upper, ...lower],
  alnum: [...digit, ...upper, ...lower],
  space: ['\t', '\n', '\v', '\f', '\r', ' '],
  blank: ['\t', ' '],
  punct: ascii.filter((c) => /[!-/:-@[-`{-~]/.test(c)),
  xdigit: [...digit, ...range(65, 70), ...range(97, 102)],
  cntrl: [...range(0, 31), '\x7f'],
  print: range(32, 126),
  graph: range(33, 126),
};
const escapes: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

/** The characters a SET names, in order; `fill` is how many times a SET2's [c*] repeats c. */
export function expandSet(set: string, fill = 0): string[] {
  // First turn escapes into single characters, remembering which were escaped (so `\-` is literal).
  const chars: { c: string; lit: boolean }[] = [];
  for (let i = 0; i < set.length; i++) {
    const c = set[i]!;
    if (c !== '\\' || i + 1 >= set.length) {
      chars.push({ c, lit: false });
      continue;
    }
    const n = set[i + 1]!;
    const oct = /^[0-7]{1,3}/.exec(set.slice(i + 1));
    if (oct) {
      chars.push({ c: String.fromCharCode(parseInt(oct[0], 8) & 255), lit: true });
      i += oct[0].length;
    } else {
      chars.push({ c: escapes[n] ?? n, lit: true });
      i++;
    }
  }
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const { c, lit } = chars[i]!;
    if (!lit && c === '[') {
      const text = chars.slice(i).map((x) => x.c).join('');
      const cls = /^\[:([a-z]+):\]/.exec(text);
      if (cls && classes[cls[1]!]) {
        out.push(...classes[cls[1]!]!);
        i += cls[0].length - 1;
        continue;
      }
      const rep = /^\[(.)\*(\d*)\]/s.exec(text);
      if (rep) {
        out.push(...Array<string>(Number(rep[2] || 0) || fill).fill(rep[1]!));
        i += rep[0].length - 1;
        continue;
      }
    }
    const dash = chars[i + 1];
    const end = chars[i + 2];
    if (dash && !dash.lit && dash.c === '-' && end) {
      const a = c.codePointAt(0)!;
      const b = end.c.codePointAt(0)!;
      if (b < a) throw new UsageError(`tr: range-endpoints of '${c}-${end.c}' are in reverse collating sequence order`);
      for (let x = a; x <= b; x++) out.push(String.fromCodePoint(x));
      i += 2;
      continue;
    }
    out.push(c);
  }
  return out;
}

export const tr: Program = (argv, io) => {
  let parsed;
  let set1: string[] = [];
  let set2: string[] = [];
  const flag = (c: string) => parsed!.opts.has(c);
  try {
    parsed = getopt('tr', argv, {
      short: 'cCdst',
      long: { complement: { key: 'c' }, delete: { key: 'd' }, 'squeeze-repeats': { key: 's' }, 'truncate-set1': { key: 't' } },
    });
    if (parsed.info) return printInfo(io, 'tr', parsed.info);
    const ops = parsed.operands;
    const del = flag('d');
    const squeeze = flag('s');
    const need = del && squeeze ? 2 : del || (squeeze && ops.length < 2) ? 1 : 2;
    if (!ops.length) throw new UsageError('tr: missing operand');
    if (ops.length < need) {
      const why = del ? 'Two strings must be given when both deleting and squeezing repeats.' : 'Two strings must be given when translating.';
      throw new UsageError(`tr: missing operand after '${ops.at(-1)}'\n${why}`);
    }
    if (ops.length > need) {
      const why = del && !squeeze ? '\nOnly one string may be given when deleting without squeezing repeats.' : '';
      throw new UsageError(`tr: extra operand '${ops[need]}'${why}`);
    }
  } catch (e) {
    if (e instanceof UsageError) return usage(io, 'tr', e.message);
    throw e;
  }
  try {
    set1 = expandSet(parsed.operands[0]!);
    const op2 = parsed.operands[1];
    set2 = op2 !== undefined ? expandSet(op2) : [];
    // [c*] in SET2 repeats c until SET2 is as long as SET1.
    if (op2 !== undefined && /\[.\*0*\]/s.test(op2)) set2 = expandSet(op2, Math.max(0, set1.length - set2.length));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(e.message + '\n');
    return 1;
  }
  const complement = flag('c') || flag('C');
  const in1 = new Set(set1);
  const member1 = (c: string) => in1.has(c) !== complement;
  const translating = !flag('d') && parsed.operands.length === 2;
  const map = new Map<string, string>();
  if (translating) {
    if (!set2.length) {
      io.stderr('tr: when not truncating set1, string2 must be non-empty\n');
      return 1;
    }
    const from = complement ? range(0, 255).filter((c) => !in1.has(c)) : set1;
    from.forEach((c, i) => map.set(c, set2[Math.min(i, set2.length - 1)]!));
  }
  const last2 = set2.at(-1);
  // Which characters -s squeezes: SET2 when translating or deleting, else SET1.
  const squeezeSet = flag('s') ? (parsed.operands.length === 2 ? new Set(set2) : null) : undefined;
  const squeezes = (c: string) => (squeezeSet === undefined ? false : squeezeSet === null ? member1(c) : squeezeSet.has(c));
  let out = '';
  let prev: string | undefined;
  for (const c of io.stdin) {
    let o: string | undefined = c;
    if (flag('d')) {
      if (member1(c)) continue;
    } else if (translating) {
      o = map.get(c) ?? (complement && !in1.has(c) ? last2 : c);
    }
    if (o === prev && squeezes(o!)) continue;
    out += o;
    prev = o;
  }
  io.stdout(out);
  return 0;
};
