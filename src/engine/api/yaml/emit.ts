// Mirrors go-yaml v2's emitter (emitterc.go) as reached by sigs.k8s.io/yaml, i.e.
// what `kubectl -o yaml` prints: sorted keys, indentless block sequences, scalar
// style analysis, 80-column folding. Only block style is produced, as upstream.
import { formatYAMLNumber, isPlainString } from './resolve.js';
import { naturalLess } from './sort.js';

const BEST_WIDTH = 80;
const BEST_INDENT = 2;

type Style = 'plain' | 'single' | 'double' | 'literal';

const isPrintable = (c: number) =>
  c === 0x0a ||
  (c >= 0x20 && c <= 0x7e) ||
  (c >= 0xa0 && c <= 0xd7ff) ||
  (c >= 0xe000 && c <= 0xfffd && c !== 0xfeff);
const isBreak = (c: number | undefined) =>
  c === 0x0a || c === 0x0d || c === 0x85 || c === 0x2028 || c === 0x2029;
const isBlankz = (c: number | undefined) => c === undefined || c === 0x20 || c === 0x09 || isBreak(c) || c === 0;

interface Analysis {
  multiline: boolean;
  blockPlainAllowed: boolean;
  singleQuotedAllowed: boolean;
  blockAllowed: boolean;
}

/** yaml_emitter_analyze_scalar, block context only. */
function analyze(cps: number[]): Analysis {
  if (cps.length === 0) {
    return { multiline: false, blockPlainAllowed: true, singleQuotedAllowed: true, blockAllowed: false };
  }
  const s = String.fromCodePoint(...cps.slice(0, 3));
  let blockIndicators = s === '---' || s === '...';
  let lineBreaks = false;
  let special = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let previousSpace = false;
  let previousBreak = false;
  let precededByWhitespace = true;
  let followedByWhitespace = isBlankz(cps[1]);
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    const ch = String.fromCodePoint(c);
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(ch)) blockIndicators = true;
      else if (ch === '?' || ch === ':') {
        if (followedByWhitespace) blockIndicators = true;
      } else if (ch === '-' && followedByWhitespace) blockIndicators = true;
    } else {
      if (ch === ':' && followedByWhitespace) blockIndicators = true;
      else if (ch === '#' && precededByWhitespace) blockIndicators = true;
    }
    if (!isPrintable(c)) special = true;
    if (c === 0x20) {
      if (i === 0) leadingSpace = true;
      if (i === cps.length - 1) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreak(c)) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (i === cps.length - 1) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousBreak = true;
      previousSpace = false;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = isBlankz(c);
    followedByWhitespace = isBlankz(cps[i + 2]);
  }
  let blockPlainAllowed = true;
  let singleQuotedAllowed = true;
  let blockAllowed = true;
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) blockPlainAllowed = false;
  if (trailingSpace) blockAllowed = false;
  if (breakSpace) blockPlainAllowed = singleQuotedAllowed = false;
  if (spaceBreak || special) blockPlainAllowed = singleQuotedAllowed = blockAllowed = false;
  if (lineBreaks) blockPlainAllowed = false;
  if (blockIndicators) blockPlainAllowed = false;
  return { multiline: lineBreaks, blockPlainAllowed, singleQuotedAllowed, blockAllowed };
}

const HEX = '0123456789ABCDEF';
const hex = (v: number, n: number) => {
  let s = '';
  for (let k = n - 1; k >= 0; k--) s += HEX[(v >> (4 * k)) & 15];
  return s;
};
const shortEscapes: Record<number, string> = {
  0x00: '0', 0x07: 'a', 0x08: 'b', 0x09: 't', 0x0a: 'n', 0x0b: 'v', 0x0c: 'f', 0x0d: 'r',
  0x1b: 'e', 0x22: '"', 0x5c: '\\', 0x85: 'N', 0xa0: '_', 0x2028: 'L', 0x2029: 'P',
};

class Emitter {
  out = '';
  column = 0;
  whitespace = true;
  indention = true;

  put(s: string): void {
    this.out += s;
    this.column += 1;
  }
  putBreak(): void {
    this.out += '\n';
    this.column = 0;
  }
  writeIndent(indent: number): void {
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) this.putBreak();
    while (this.column < indent) this.put(' ');
    this.whitespace = true;
    this.indention = true;
  }
  indicator(ind: string, needWhitespace: boolean, isWhitespace: boolean, isIndention: boolean): void {
    if (needWhitespace && !this.whitespace) this.put(' ');
    this.out += ind;
    this.column += ind.length;
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
  }

  /** A string scalar, its style picked as yaml_emitter_select_scalar_style does. */
  string(s: string, indent: number, simpleKey: boolean): void {
    const cps = [...s].map((ch) => ch.codePointAt(0)!);
    let style: Style = s.includes('\n') ? 'literal' : isPlainString(s) ? 'plain' : 'double';
    const a = analyze(cps);
    if (style === 'literal' && (!a.blockAllowed || simpleKey)) style = 'double';
    if (style === 'plain') {
      if (!a.blockPlainAllowed) style = 'single';
      if (cps.length === 0 && simpleKey) style = 'single';
    }
    if (style === 'single' && !a.singleQuotedAllowed) style = 'double';
    const allowBreaks = !simpleKey;
    if (style === 'plain') this.plain(cps, indent, allowBreaks);
    else if (style === 'single') this.single(cps, indent, allowBreaks);
    else if (style === 'double') this.double(cps, indent, allowBreaks);
    else this.literal(cps, indent);
  }

  plain(cps: number[], indent: number, allowBreaks: boolean): void {
    if (!this.whitespace) this.put(' ');
    let spaces = false;
    for (let i = 0; i < cps.length; i++) {
      const c = cps[i]!;
      if (c === 0x20) {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && cps[i + 1] !== 0x20) this.writeIndent(indent);
        else this.put(' ');
        spaces = true;
      } else {
        this.put(String.fromCodePoint(c));
        this.indention = false;
        spaces = false;
      }
    }
    this.whitespace = false;
    this.indention = false;
  }

  single(cps: number[], indent: number, allowBreaks: boolean): void {
    this.indicator("'", true, false, false);
    let spaces = false;
    let breaks = false;
    for (let i = 0; i < cps.length; i++) {
      const c = cps[i]!;
      if (c === 0x20) {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i !== 0 && i !== cps.length - 1 && cps[i + 1] !== 0x20) {
          this.writeIndent(indent);
        } else this.put(' ');
        spaces = true;
      } else if (isBreak(c)) {
        if (!breaks && c === 0x0a) this.putBreak();
        this.writeBreak(c);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent(indent);
        if (c === 0x27) this.put("'");
        this.put(String.fromCodePoint(c));
        this.indention = false;
        spaces = false;
        breaks = false;
      }
    }
    this.indicator("'", false, false, false);
  }

  double(cps: number[], indent: number, allowBreaks: boolean): void {
    this.indicator('"', true, false, false);
    let spaces = false;
    for (let i = 0; i < cps.length; i++) {
      const c = cps[i]!;
      if (!isPrintable(c) || c === 0xfeff || isBreak(c) || c === 0x22 || c === 0x5c) {
        const short = shortEscapes[c];
        let esc: string;
        if (short !== undefined) esc = '\\' + short;
        else if (c <= 0xff) esc = '\\x' + hex(c, 2);
        else if (c <= 0xffff) esc = '\\u' + hex(c, 4);
        else esc = '\\U' + hex(c, 8);
        this.out += esc;
        this.column += esc.length;
        spaces = false;
      } else if (c === 0x20) {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i !== 0 && i !== cps.length - 1) {
          this.writeIndent(indent);
          if (cps[i + 1] === 0x20) this.put('\\');
        } else this.put(' ');
        spaces = true;
      } else {
        this.put(String.fromCodePoint(c));
        spaces = false;
      }
    }
    this.indicator('"', false, false, false);
  }

  writeBreak(c: number): void {
    if (c === 0x0a) this.putBreak();
    else {
      this.out += String.fromCodePoint(c);
      this.column = 0;
    }
  }

  literal(cps: number[], indent: number): void {
    this.indicator('|', true, false, false);
    // yaml_emitter_write_block_scalar_hints
    let hints = '';
    if (cps[0] === 0x20 || isBreak(cps[0])) hints += String(BEST_INDENT);
    const last = cps.length - 1;
    if (!isBreak(cps[last])) hints += '-';
    else if (last === 0 || isBreak(cps[last - 1])) hints += '+';
    this.out += hints;
    this.column += hints.length;
    this.putBreak();
    this.indention = true;
    this.whitespace = true;
    let breaks = true;
    for (const c of cps) {
      if (isBreak(c)) {
        this.writeBreak(c);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) {
          this.writeIndent(indent);
          breaks = false;
        }
        this.put(String.fromCodePoint(c));
        this.indention = false;
      }
    }
  }

  scalar(v: unknown, indent: number, simpleKey: boolean): void {
    if (typeof v === 'string') return this.string(v, indent, simpleKey);
    let text: string;
    if (v === null || v === undefined) text = 'null';
    else if (typeof v === 'number') text = formatYAMLNumber(v);
    else if (typeof v === 'bigint') text = v.toString();
    else text = String(v);
    this.plain([...text].map((ch) => ch.codePointAt(0)!), indent, false);
  }

  /** A value at a block position; `indent` is where a nested collection or a scalar's continuation goes. */
  node(v: unknown, indent: number): void {
    if (Array.isArray(v)) {
      if (v.length === 0) return this.indicator('[]', true, false, false);
      return this.sequence(v, indent);
    }
    if (isMap(v)) {
      const keys = mapKeys(v);
      if (keys.length === 0) return this.indicator('{}', true, false, false);
      return this.mapping(v, keys, indent);
    }
    this.scalar(v, indent, false);
  }

  /** Items sit at the parent's indentation (`containers:\n- name: a`), as go-yaml's indentless sequences. */
  sequence(items: unknown[], indent: number): void {
    for (const item of items) {
      this.writeIndent(indent);
      this.indicator('-', true, false, true);
      this.node(item === undefined ? null : item, indent + BEST_INDENT);
    }
  }

  mapping(m: Record<string, unknown>, keys: string[], indent: number): void {
    for (const k of keys) {
      const v = m[k];
      this.writeIndent(indent);
      if (isSimpleKey(k)) {
        this.string(k, indent + BEST_INDENT, true);
        this.indicator(':', false, false, false);
      } else {
        this.indicator('?', true, false, true);
        this.string(k, indent + BEST_INDENT, false);
        this.writeIndent(indent);
        this.indicator(':', true, false, true);
      }
      // A mapping value that is a sequence stays at the key's column.
      this.node(v, Array.isArray(v) ? indent : indent + BEST_INDENT);
    }
  }
}

/** yaml_emitter_check_simple_key: at most 128 bytes and on one line. */
function isSimpleKey(k: string): boolean {
  return utf8Length(k) <= 128 && !/[\n\r\u0085\u2028\u2029]/.test(k);
}

function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Keys in go-yaml's order; keys whose value is undefined are dropped, as JSON would. */
function mapKeys(m: Record<string, unknown>): string[] {
  return Object.keys(m)
    .filter((k) => m[k] !== undefined)
    .sort((a, b) => (naturalLess(a, b) ? -1 : naturalLess(b, a) ? 1 : 0));
}

/** yaml.Marshal of a JSON-like value, ending in a newline. */
export function emitYAML(value: unknown): string {
  const e = new Emitter();
  if (Array.isArray(value) && value.length === 0) return '[]\n';
  if (isMap(value) && mapKeys(value).length === 0) return '{}\n';
  e.node(value, 0);
  // yaml_emitter_emit_document_end: a line break unless a block scalar already ended the line.
  e.writeIndent(0);
  return e.out;
}
