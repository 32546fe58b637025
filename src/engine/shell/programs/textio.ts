// Shared plumbing of the text tools: getopt_long's option parsing and its messages
// (glibc: "invalid option -- 'x'", "unrecognized option '--foo'", argument permutation),
// reading FILE operands or stdin with coreutils' "PROG: FILE: No such file or directory".
// Quotes are the C locale's ('x'), as everywhere else in the lab's messages.
import { FsError, resolvePath } from '../fs.js';
import type { ProcessIO } from '../types.js';
import { helpTexts, versionTexts } from './text-help.js';
import { utf8Bytes } from '../../util/utf8.js';

export class UsageError extends Error {}

/** Short options as getopt's optstring ("diw:"); long names map to a short letter (or a long-only key). */
export interface OptSpec {
  short: string;
  long?: Record<string, { key: string; arg?: boolean }>;
  /** Stop at the first operand (getopt's '+', as xargs). */
  stopAtOperand?: boolean;
}

export interface ParsedOpts {
  /** key → values in order (flags get ''). */
  opts: Map<string, string[]>;
  order: { key: string; value: string }[];
  operands: string[];
  /** --help or --version was given (getopt stops there, as the programs exit at once). */
  info?: 'help' | 'version';
}

/** getopt_long over argv[1..]; a bad option throws UsageError with glibc's message. */
export function getopt(prog: string, argv: string[], spec: OptSpec): ParsedOpts {
  const opts = new Map<string, string[]>();
  const order: { key: string; value: string }[] = [];
  const operands: string[] = [];
  const set = (key: string, value: string) => {
    opts.set(key, [...(opts.get(key) ?? []), value]);
    order.push({ key, value });
  };
  const takesArg = (c: string) => spec.short[spec.short.indexOf(c) + 1] === ':';
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      operands.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      const longs: Record<string, { key: string; arg?: boolean }> = { ...spec.long, help: { key: '--help' }, version: { key: '--version' } };
      const exact = longs[name];
      const matches = exact ? [name] : Object.keys(longs).filter((l) => l.startsWith(name));
      if (matches.length !== 1) {
        if (matches.length > 1) throw new UsageError(`${prog}: option '${a}' is ambiguous; possibilities:${matches.map((m) => ` '--${m}'`).join('')}`);
        throw new UsageError(`${prog}: unrecognized option '${a}'`);
      }
      const full = matches[0]!;
      const l = longs[full]!;
      if (l.key === '--help' || l.key === '--version') return { opts, order, operands, info: l.key === '--help' ? 'help' : 'version' };
      if (l.arg) {
        if (eq >= 0) set(l.key, a.slice(eq + 1));
        else if (i + 1 < argv.length) set(l.key, argv[++i]!);
        else throw new UsageError(`${prog}: option '--${full}' requires an argument`);
      } else if (eq >= 0) throw new UsageError(`${prog}: option '--${full}' doesn't allow an argument`);
      else set(l.key, '');
      continue;
    }
    if (a === '-' || !a.startsWith('-')) {
      if (spec.stopAtOperand) {
        operands.push(...argv.slice(i));
        break;
      }
      operands.push(a);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j]!;
      if (c === ':' || !spec.short.includes(c)) throw new UsageError(`${prog}: invalid option -- '${c}'`);
      if (!takesArg(c)) {
        set(c, '');
        continue;
      }
      if (j + 1 < a.length) set(c, a.slice(j + 1));
      else if (i + 1 < argv.length) set(c, argv[++i]!);
      else throw new UsageError(`${prog}: option requires an argument -- '${c}'`);
      break;
    }
  }
  return { opts, order, operands };
}

/** What --help or --version prints (to stdout, status 0). */
export function printInfo(io: ProcessIO, prog: string, info: 'help' | 'version'): number {
  io.stdout((info === 'help' ? helpTexts : versionTexts)[prog] ?? '');
  return 0;
}

/** Print a usage error the coreutils way: the message, then "Try 'PROG --help'…". */
export function usage(io: ProcessIO, prog: string, message: string, status = 1): number {
  io.stderr(`${message}\nTry '${prog} --help' for more information.\n`);
  return status;
}

/** The text of FILE (or stdin for '-'), or the FsError's message. */
export function readOperand(io: ProcessIO, file: string): { text: string } | { error: string } {
  if (file === '-') return { text: io.stdin };
  const path = resolvePath(io.cwd, file, io.env.get('HOME') ?? '/root');
  if (io.fs.stat(path)?.type === 'dir') return { error: 'Is a directory' };
  try {
    return { text: io.fs.readFile(path) };
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    return { error: e.message };
  }
}

/** Concatenated input of FILE operands (stdin without any), reporting unreadable ones as "PROG: FILE: error". */
export function readInputs(io: ProcessIO, prog: string, files: string[]): { text: string; status: number } {
  if (!files.length) return { text: io.stdin, status: 0 };
  let text = '';
  let status = 0;
  for (const f of files) {
    const r = readOperand(io, f);
    if ('error' in r) {
      io.stderr(`${prog}: ${f}: ${r.error}\n`);
      status = 1;
    } else text += r.text;
  }
  return { text, status };
}

/** Lines of a text; a last line without its newline still counts (as the tools read it). */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  return (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
}

/** A string's UTF-8 bytes. */
export const utf8Encode = utf8Bytes;

/** UTF-8 bytes as text; a byte that starts no valid sequence becomes U+FFFD, as a UTF-8 terminal shows it. */
export function utf8Decode(bytes: number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    let ok = n > 0 && i + n <= bytes.length;
    let cp = n === 1 ? b : b & (0xff >> (n + 1));
    for (let j = 1; ok && j < n; j++) {
      const c = bytes[i + j]!;
      if ((c & 0xc0) !== 0x80) ok = false;
      else cp = (cp << 6) | (c & 63);
    }
    if (!ok) {
      out += '\ufffd';
      i++;
      continue;
    }
    out += String.fromCodePoint(cp);
    i += n;
  }
  return out;
}
