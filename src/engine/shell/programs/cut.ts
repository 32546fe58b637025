// GNU coreutils 9.1 cut (src/cut.c, gnulib set-fields.c): -f fields split on -d (TAB by
// default; lines without it pass whole unless -s), -c/-b positions, lists like 1,3-5,7-.
// Simplification: -b counts characters like -c (the lab's files are text).
import type { Program } from '../types.js';
import { getopt, printInfo, readInputs, splitLines, usage, UsageError } from './textio.js';

interface Range {
  lo: number;
  hi: number;
}

/** "1,3-5,7-" → ranges; GNU's messages for 0, decreasing and malformed items. */
function parseList(list: string, fields: boolean): Range[] {
  const what = fields ? 'fields are numbered from 1' : 'byte/character positions are numbered from 1';
  const invalid = (item: string) => (fields ? `invalid field value '${item}'` : `invalid byte/character position '${item}'`);
  const ranges: Range[] = [];
  for (const item of list.split(/[,\s]/)) {
    const m = /^(\d*)(-?)(\d*)$/.exec(item);
    if (!m) throw new UsageError(`cut: ${invalid(item.replace(/^[\d-]*/, '') || item)}`);
    const [, a, dash, b] = m;
    if (!a && !b) throw new UsageError(dash ? `cut: invalid range with no endpoint: -` : `cut: ${what}`);
    const lo = a ? Number(a) : 1;
    const hi = dash ? (b ? Number(b) : Infinity) : lo;
    if ((a && lo === 0) || (b && Number(b) === 0)) throw new UsageError(`cut: ${what}`);
    if (hi < lo) throw new UsageError('cut: invalid decreasing range');
    ranges.push({ lo, hi });
  }
  return ranges;
}

const selected = (ranges: Range[], n: number) => ranges.some((r) => n >= r.lo && n <= r.hi);

export const cut: Program = (argv, io) => {
  let parsed;
  let mode: 'f' | 'c' | undefined;
  let ranges: Range[] = [];
  let delim: string | undefined;
  try {
    parsed = getopt('cut', argv, {
      short: 'b:c:d:f:ns',
      long: {
        bytes: { key: 'b', arg: true },
        characters: { key: 'c', arg: true },
        delimiter: { key: 'd', arg: true },
        fields: { key: 'f', arg: true },
        'only-delimited': { key: 's' },
        'output-delimiter': { key: 'output-delimiter', arg: true },
        complement: { key: 'complement' },
      },
    });
    if (parsed.info) return printInfo(io, 'cut', parsed.info);
    for (const { key, value } of parsed.order) {
      if (key === 'b' || key === 'c' || key === 'f') {
        if (mode) throw new UsageError('cut: only one list may be specified');
        mode = key === 'f' ? 'f' : 'c';
        ranges = parseList(value, key === 'f');
      } else if (key === 'd') {
        if ([...value].length > 1) throw new UsageError('cut: the delimiter must be a single character');
        delim = value;
      }
    }
    if (!mode) throw new UsageError('cut: you must specify a list of bytes, characters, or fields');
    if (mode !== 'f' && delim !== undefined) throw new UsageError('cut: an input delimiter may be specified only when operating on fields');
    if (mode !== 'f' && parsed.opts.has('s')) throw new UsageError('cut: suppressing non-delimited lines makes sense\n\tonly when operating on fields');
  } catch (e) {
    if (e instanceof UsageError) return usage(io, 'cut', e.message);
    throw e;
  }
  const complement = parsed.opts.has('complement');
  const pick = (n: number) => selected(ranges, n) !== complement;
  const d = delim === '' ? '\0' : (delim ?? '\t');
  const outDelim = parsed.opts.get('output-delimiter')?.at(-1);
  const { text, status } = readInputs(io, 'cut', parsed.operands);
  let out = '';
  for (const line of splitLines(text)) {
    if (mode === 'c') {
      const chars = [...line];
      out += chars.filter((_, i) => pick(i + 1)).join('') + '\n';
      continue;
    }
    if (!line.includes(d)) {
      if (!parsed.opts.has('s')) out += line + '\n';
      continue;
    }
    const parts = line.split(d);
    out += parts.filter((_, i) => pick(i + 1)).join(outDelim ?? d) + '\n';
  }
  io.stdout(out);
  return status;
};
