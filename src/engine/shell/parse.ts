// A parser for the subset of POSIX sh grammar students type: lists (; && ||),
// pipelines, redirections (> >> < 2> 2>&1 &>), heredocs (<<EOF, <<-EOF,
// <<'EOF'), here-strings, quoting, $VAR ${VAR} $? $$ and $(…) substitution.

/** A word is a list of parts; quoting decides expansion and field splitting. */
export type WordPart =
  | { t: 'lit'; v: string; quoted: boolean }
  | { t: 'var'; name: string; quoted: boolean }
  | { t: 'cmd'; src: string; quoted: boolean };

export type Word = WordPart[];

export interface Redirect {
  fd: number;
  op: '>' | '>>' | '<' | '>&' | '<<' | '<<<' | '&>';
  target: Word;
  /** heredoc body, filled after the line is read */
  heredoc?: { delim: string; stripTabs: boolean; expand: boolean; body?: string };
}

export interface SimpleCommand {
  assigns: { name: string; value: Word }[];
  words: Word[];
  redirects: Redirect[];
}

export interface Pipeline {
  negate: boolean;
  commands: SimpleCommand[];
}

export interface AndOr {
  first: Pipeline;
  rest: { op: '&&' | '||'; pipeline: Pipeline }[];
}

export interface Script {
  items: { andOr: AndOr; background: boolean }[];
}

export class ParseError extends Error {
  constructor(
    message: string,
    /** true when more input could complete the line (open quote, trailing |) */
    readonly incomplete = false,
  ) {
    super(message);
  }
}

type Tok = { k: 'word'; w: Word; raw: string } | { k: 'op'; v: string } | { k: 'redir'; fd: number; op: string } | { k: 'nl' };

const ops = ['&&', '||', ';;', '<<<', '<<-', '<<', '>>', '>&', '&>', '|', '&', ';', '<', '>', '(', ')'];

function lex(src: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  const n = src.length;
  while (i < n) {
    const c = src[i]!;
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    if (c === '\\' && src[i + 1] === '\n') {
      i += 2;
      continue;
    }
    if (c === '\n') {
      toks.push({ k: 'nl' });
      i++;
      continue;
    }
    if (c === '#') {
      while (i < n && src[i] !== '\n') i++;
      continue;
    }
    // A digit directly before a redirection operator is its file descriptor.
    const fdm = /^(\d)(>>|>&|>|<<<|<<-|<<|<)/.exec(src.slice(i));
    if (fdm) {
      toks.push({ k: 'redir', fd: Number(fdm[1]), op: fdm[2]! });
      i += fdm[0].length;
      continue;
    }
    const op = ops.find((o) => src.startsWith(o, i));
    if (op) {
      if (['>', '>>', '<', '>&', '<<', '<<-', '<<<', '&>'].includes(op)) {
        toks.push({ k: 'redir', fd: op.startsWith('<') ? 0 : 1, op });
      } else toks.push({ k: 'op', v: op });
      i += op.length;
      continue;
    }
    const start = i;
    const w: Word = [];
    let lit = '';
    const flush = () => {
      if (lit) w.push({ t: 'lit', v: lit, quoted: false });
      lit = '';
    };
    while (i < n) {
      const ch = src[i]!;
      if (' \t\n;&|<>()'.includes(ch)) break;
      if (ch === '\\') {
        if (i + 1 >= n) throw new ParseError('unexpected end of line after \\', true);
        if (src[i + 1] === '\n') {
          i += 2;
          continue;
        }
        flush();
        w.push({ t: 'lit', v: src[i + 1]!, quoted: true });
        i += 2;
        continue;
      }
      if (ch === "'") {
        const end = src.indexOf("'", i + 1);
        if (end < 0) throw new ParseError("unexpected EOF while looking for matching `''", true);
        flush();
        w.push({ t: 'lit', v: src.slice(i + 1, end), quoted: true });
        i = end + 1;
        continue;
      }
      if (ch === '"') {
        flush();
        i = lexDouble(src, i + 1, w);
        continue;
      }
      if (ch === '$') {
        const r = lexDollar(src, i, false);
        if (r) {
          flush();
          w.push(r.part);
          i = r.end;
          continue;
        }
      }
      lit += ch;
      i++;
    }
    flush();
    toks.push({ k: 'word', w, raw: src.slice(start, i) });
  }
  return toks;
}

function lexDouble(src: string, i: number, w: Word): number {
  let lit = '';
  const flush = () => {
    // An empty "" still makes a (quoted, empty) word.
    w.push({ t: 'lit', v: lit, quoted: true });
    lit = '';
  };
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === '"') {
      flush();
      return i + 1;
    }
    if (ch === '\\' && i + 1 < src.length && '$`"\\\n'.includes(src[i + 1]!)) {
      if (src[i + 1] !== '\n') lit += src[i + 1];
      i += 2;
      continue;
    }
    if (ch === '$') {
      const r = lexDollar(src, i, true);
      if (r) {
        if (lit) {
          w.push({ t: 'lit', v: lit, quoted: true });
          lit = '';
        }
        w.push(r.part);
        i = r.end;
        continue;
      }
    }
    lit += ch;
    i++;
  }
  throw new ParseError('unexpected EOF while looking for matching `"\'', true);
}

function lexDollar(src: string, i: number, quoted: boolean): { part: WordPart; end: number } | undefined {
  const next = src[i + 1];
  if (next === '(') {
    if (src[i + 2] === '(') return undefined;
    let depth = 1;
    let j = i + 2;
    while (j < src.length && depth > 0) {
      if (src[j] === '(') depth++;
      else if (src[j] === ')') depth--;
      else if (src[j] === "'") {
        const e = src.indexOf("'", j + 1);
        if (e < 0) break;
        j = e;
      }
      j++;
    }
    if (depth > 0) throw new ParseError("unexpected EOF while looking for matching `)'", true);
    return { part: { t: 'cmd', src: src.slice(i + 2, j - 1), quoted }, end: j };
  }
  if (next === '{') {
    const end = src.indexOf('}', i + 2);
    if (end < 0) throw new ParseError("unexpected EOF while looking for matching `}'", true);
    return { part: { t: 'var', name: src.slice(i + 2, end), quoted }, end: end + 1 };
  }
  if (next !== undefined && '?$#!0'.includes(next)) return { part: { t: 'var', name: next, quoted }, end: i + 2 };
  const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i + 1));
  if (m) return { part: { t: 'var', name: m[0], quoted }, end: i + 1 + m[0].length };
  return undefined;
}

/** The literal text of a word with quotes removed (for heredoc delimiters). */
export function wordText(w: Word): string {
  return w.map((p) => (p.t === 'lit' ? p.v : p.t === 'var' ? `$${p.name}` : `$(${p.src})`)).join('');
}

/**
 * Parse one logical line. Heredoc bodies are not part of `src`: the caller
 * reads them afterwards and stores them in `pendingHeredocs(script)`.
 */
export function parse(src: string): Script {
  const toks = lex(src);
  let p = 0;
  const peek = () => toks[p];
  const script: Script = { items: [] };

  const parseCommand = (): SimpleCommand => {
    const cmd: SimpleCommand = { assigns: [], words: [], redirects: [] };
    for (;;) {
      const t = peek();
      if (!t) break;
      if (t.k === 'redir') {
        p++;
        const target = peek();
        if (!target || target.k !== 'word') {
          if (!target || target.k === 'nl') throw new ParseError("syntax error near unexpected token `newline'");
          throw new ParseError(`syntax error near unexpected token \`${target.k === 'op' ? target.v : target.k === 'redir' ? target.op : ''}'`);
        }
        p++;
        const r: Redirect = { fd: t.fd, op: t.op === '<<-' ? '<<' : (t.op as Redirect['op']), target: target.w };
        if (t.op === '<<' || t.op === '<<-') {
          const quoted = target.w.some((x) => x.t === 'lit' && x.quoted);
          r.heredoc = { delim: wordText(target.w), stripTabs: t.op === '<<-', expand: !quoted };
        }
        cmd.redirects.push(r);
        continue;
      }
      if (t.k !== 'word') break;
      p++;
      const first = t.w[0];
      const m = cmd.words.length === 0 && first?.t === 'lit' && !first.quoted ? /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(first.v) : null;
      if (m) {
        const rest: Word = [{ t: 'lit', v: first!.t === 'lit' ? first!.v.slice(m[0].length) : '', quoted: false }, ...t.w.slice(1)];
        cmd.assigns.push({ name: m[1]!, value: rest });
        continue;
      }
      cmd.words.push(t.w);
    }
    return cmd;
  };

  const parsePipeline = (): Pipeline => {
    let negate = false;
    const t0 = peek();
    if (t0?.k === 'word' && t0.raw === '!') {
      negate = true;
      p++;
    }
    const commands = [parseCommand()];
    while (peek()?.k === 'op' && (peek() as { v: string }).v === '|') {
      p++;
      while (peek()?.k === 'nl') p++;
      if (!peek()) throw new ParseError('unexpected end of input after |', true);
      commands.push(parseCommand());
    }
    for (const c of commands) {
      if (!c.words.length && !c.assigns.length && !c.redirects.length) {
        const t = peek();
        const tok = t?.k === 'op' ? t.v : 'newline';
        throw new ParseError(`syntax error near unexpected token \`${tok}'`);
      }
    }
    return { negate, commands };
  };

  while (p < toks.length) {
    const t = peek()!;
    if (t.k === 'nl') {
      p++;
      continue;
    }
    if (t.k === 'op' && (t.v === ';' || t.v === '&' || t.v === '&&' || t.v === '||' || t.v === '|')) {
      throw new ParseError(`syntax error near unexpected token \`${t.v}'`);
    }
    const andOr: AndOr = { first: parsePipeline(), rest: [] };
    for (;;) {
      const o = peek();
      if (o?.k === 'op' && (o.v === '&&' || o.v === '||')) {
        p++;
        while (peek()?.k === 'nl') p++;
        if (!peek()) throw new ParseError(`unexpected end of input after ${o.v}`, true);
        andOr.rest.push({ op: o.v, pipeline: parsePipeline() });
      } else break;
    }
    let background = false;
    const sep = peek();
    if (sep?.k === 'op' && (sep.v === ';' || sep.v === '&')) {
      background = sep.v === '&';
      p++;
    } else if (sep && sep.k !== 'nl') {
      throw new ParseError(`syntax error near unexpected token \`${sep.k === 'op' ? sep.v : 'newline'}'`);
    }
    script.items.push({ andOr, background });
  }
  return script;
}

/** Heredocs in the order their bodies follow the line. */
export function pendingHeredocs(script: Script): Redirect[] {
  const out: Redirect[] = [];
  for (const it of script.items) {
    for (const pl of [it.andOr.first, ...it.andOr.rest.map((r) => r.pipeline)]) {
      for (const c of pl.commands) for (const r of c.redirects) if (r.heredoc) out.push(r);
    }
  }
  return out;
}
