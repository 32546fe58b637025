// bash 5.2's printf builtin (builtins/printf.def): the format is reused while arguments
// remain, missing arguments read as "" or 0, %b expands escapes (\c stops all output),
// and bad numbers print what parsed with "bash: printf: 12abc: invalid number" (status 1).
import type { Program } from '../types.js';

class FormatError extends Error {}

const simpleEscapes: Record<string, string> = { a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', "'": "'", '"': '"', '?': '?' };

/**
 * One backslash escape at s[i] (the backslash). In the format an octal escape is \NNN;
 * in a %b argument it is \0NNN. Returns the text and the index after the escape;
 * `stop` for %b's \c.
 */
function escapeAt(s: string, i: number, inArg: boolean): { text: string; next: number; stop?: boolean } {
  const c = s[i + 1];
  if (c === undefined) return { text: '\\', next: i + 1 };
  if (c in simpleEscapes) return { text: simpleEscapes[c]!, next: i + 2 };
  if (inArg && c === 'c') return { text: '', next: i + 2, stop: true };
  if (/[0-7]/.test(c)) {
    let j = i + 1;
    if (inArg && c === '0') j++;
    const m = /^[0-7]{1,3}/.exec(s.slice(j));
    if (!m) return { text: '\0', next: j };
    return { text: String.fromCharCode(parseInt(m[0], 8) & 255), next: j + m[0].length };
  }
  if (c === 'x') {
    const m = /^[0-9a-fA-F]{1,2}/.exec(s.slice(i + 2));
    if (!m) return { text: '\\x', next: i + 2 };
    return { text: String.fromCharCode(parseInt(m[0], 16)), next: i + 2 + m[0].length };
  }
  if (c === 'u' || c === 'U') {
    const m = (c === 'u' ? /^[0-9a-fA-F]{1,4}/ : /^[0-9a-fA-F]{1,8}/).exec(s.slice(i + 2));
    if (!m) return { text: `\\${c}`, next: i + 2 };
    return { text: String.fromCodePoint(Math.min(parseInt(m[0], 16), 0x10ffff)), next: i + 2 + m[0].length };
  }
  return { text: `\\${c}`, next: i + 2 };
}

function expandEscapes(s: string): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < s.length; ) {
    if (s[i] !== '\\') {
      out += s[i++];
      continue;
    }
    const e = escapeAt(s, i, true);
    if (e.stop) return { text: out, stop: true };
    out += e.text;
    i = e.next;
  }
  return { text: out, stop: false };
}

/** strtoimax(arg, 0) as bash reads it: 'c → the character's code, 0x.. hex, 0.. octal. */
function parseInteger(arg: string, warn: (msg: string) => void): bigint {
  if (/^['"]/.test(arg)) return BigInt(arg.length > 1 ? arg.codePointAt(1)! : 0);
  const m = /^\s*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)?/.exec(arg)!;
  let v = 0n;
  if (m[2]) v = BigInt(m[2].length > 1 && m[2][0] === '0' && !/[xX]/.test(m[2]) ? `0o${m[2].slice(1)}` : m[2]);
  if (m[1] === '-') v = -v;
  if (m[0].length !== arg.length && arg.trim() !== '') warn(`${arg}: invalid number`);
  const max = 2n ** 63n - 1n;
  if (v > max || v < -max - 1n) {
    warn(`warning: ${arg}: Numerical result out of range`);
    v = v > 0n ? max : -max - 1n;
  }
  return v;
}

function pad(s: string, width: number, left: boolean, zero: boolean): string {
  if (s.length >= width) return s;
  if (left) return s.padEnd(width);
  if (!zero) return s.padStart(width);
  const sign = /^[+\- ]|^0[xX]/.exec(s)?.[0] ?? '';
  return sign + s.slice(sign.length).padStart(width - sign.length, '0');
}

interface Spec {
  flags: string;
  width: number;
  precision?: number;
  conv: string;
}

function formatInteger(v: bigint, sp: Spec): string {
  const unsigned = 'ouxX'.includes(sp.conv);
  const n = unsigned ? BigInt.asUintN(64, v) : v;
  const neg = n < 0n;
  let digits = (neg ? -n : n).toString(sp.conv === 'o' ? 8 : 'xX'.includes(sp.conv) ? 16 : 10);
  if (sp.conv === 'X') digits = digits.toUpperCase();
  if (sp.precision !== undefined) digits = sp.precision === 0 && n === 0n ? '' : digits.padStart(sp.precision, '0');
  if (sp.flags.includes('#') && n !== 0n) digits = (sp.conv === 'o' ? '0' : sp.conv === 'x' ? '0x' : sp.conv === 'X' ? '0X' : '') + digits;
  const sign = neg ? '-' : !unsigned && sp.flags.includes('+') ? '+' : !unsigned && sp.flags.includes(' ') ? ' ' : '';
  return pad(sign + digits, sp.width, sp.flags.includes('-'), sp.flags.includes('0') && sp.precision === undefined);
}

function formatFloat(arg: string, sp: Spec, warn: (msg: string) => void): string {
  let x = Number(arg.trim() || '0');
  if (Number.isNaN(x)) {
    warn(`${arg}: invalid number`);
    x = parseFloat(arg) || 0;
  }
  const p = sp.precision ?? 6;
  let s: string;
  const conv = sp.conv.toLowerCase();
  if (conv === 'e') s = x.toExponential(p).replace(/e([+-])(\d)$/, 'e$10$2');
  else if (conv === 'g') {
    const exp = x === 0 ? 0 : Math.floor(Math.log10(Math.abs(x)));
    const P = p === 0 ? 1 : p;
    s = exp < -4 || exp >= P ? x.toExponential(P - 1).replace(/e([+-])(\d)$/, 'e$10$2') : x.toFixed(Math.max(0, P - 1 - exp));
    if (!sp.flags.includes('#')) s = s.replace(/\.?0+(e|$)/, '$1').replace(/(\.\d*?)0+(e)/, '$1$2');
  } else s = x.toFixed(p);
  if (sp.conv === sp.conv.toUpperCase()) s = s.toUpperCase();
  if (x >= 0 && sp.flags.includes('+')) s = '+' + s;
  else if (x >= 0 && sp.flags.includes(' ')) s = ' ' + s;
  return pad(s, sp.width, sp.flags.includes('-'), sp.flags.includes('0'));
}

/** bash's %q: backslash-quote the shell's special characters; '' for an empty argument. */
function shellQuote(s: string): string {
  if (s === '') return "''";
  return s.replace(/[^A-Za-z0-9_\-.,:/@%+=^]/g, (c) => (c === '\n' ? "$'\\n'" : `\\${c}`));
}

export const printf: Program = (argv, io) => {
  let args = argv.slice(1);
  if (args[0] === '--') args = args.slice(1);
  if (!args.length) {
    io.stderr('printf: usage: printf [-v var] format [arguments]\n');
    return 2;
  }
  const format = args[0]!;
  let rest = args.slice(1);
  let status = 0;
  const warn = (msg: string) => {
    io.stderr(`bash: printf: ${msg}\n`);
    status = 1;
  };
  let out = '';
  try {
    for (;;) {
      const before = rest.length;
      const next = () => {
        const a = rest[0];
        rest = rest.slice(1);
        return a;
      };
      const stopped = formatOnce(format, next, warn, (s) => (out += s));
      if (stopped || !rest.length || rest.length === before) break;
    }
  } catch (e) {
    if (!(e instanceof FormatError)) throw e;
    io.stdout(out);
    io.stderr(`bash: printf: ${e.message}\n`);
    return 1;
  }
  io.stdout(out);
  return status;
};

/** One pass over the format; true when %b's \c asked to stop all output. */
function formatOnce(format: string, next: () => string | undefined, warn: (m: string) => void, emit: (s: string) => void): boolean {
  for (let i = 0; i < format.length; ) {
    const c = format[i]!;
    if (c === '\\') {
      const e = escapeAt(format, i, false);
      emit(e.text);
      i = e.next;
      continue;
    }
    if (c !== '%') {
      emit(c);
      i++;
      continue;
    }
    if (format[i + 1] === '%') {
      emit('%');
      i += 2;
      continue;
    }
    let j = i + 1;
    let flags = '';
    while (j < format.length && '-+ #0'.includes(format[j]!)) flags += format[j++];
    let width = 0;
    if (format[j] === '*') {
      width = Number(parseInteger(next() ?? '', warn));
      if (width < 0) {
        flags += '-';
        width = -width;
      }
      j++;
    } else while (/\d/.test(format[j] ?? '')) width = width * 10 + Number(format[j++]);
    let precision: number | undefined;
    if (format[j] === '.') {
      j++;
      precision = 0;
      if (format[j] === '*') {
        precision = Number(parseInteger(next() ?? '', warn));
        j++;
      } else while (/\d/.test(format[j] ?? '')) precision = precision * 10 + Number(format[j++]);
    }
    while (j < format.length && 'hjlLtz'.includes(format[j]!)) j++;
    const conv = format[j];
    if (conv === undefined) throw new FormatError(`\`${format.slice(i)}': missing format character`);
    const sp: Spec = { flags, width, precision, conv };
    const left = flags.includes('-');
    switch (conv) {
      case 's':
      case 'q': {
        let s = next() ?? '';
        if (conv === 'q') s = shellQuote(s);
        if (precision !== undefined) s = s.slice(0, precision);
        emit(pad(s, width, left, false));
        break;
      }
      case 'b': {
        const e = expandEscapes(next() ?? '');
        let s = e.text;
        if (precision !== undefined) s = s.slice(0, precision);
        emit(pad(s, width, left, false));
        if (e.stop) return true;
        break;
      }
      case 'c':
        emit(pad([...(next() ?? '')][0] ?? '', width, left, false));
        break;
      case 'd':
      case 'i':
      case 'o':
      case 'u':
      case 'x':
      case 'X':
        emit(formatInteger(parseInteger(next() ?? '0', warn), sp));
        break;
      case 'f':
      case 'F':
      case 'e':
      case 'E':
      case 'g':
      case 'G':
        emit(formatFloat(next() ?? '0', sp, warn));
        break;
      default:
        throw new FormatError(`\`${conv}': invalid format character`);
    }
    i = j + 1;
  }
  return false;
}
