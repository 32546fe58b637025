// Mirrors k8s.io/client-go/util/jsonpath/parser.go: the template grammar of
// `-o jsonpath=`, custom-columns and --sort-by, with upstream's parse error texts.

export type JPNode =
  | { type: 'list'; nodes: JPNode[] }
  | { type: 'text'; text: string }
  | { type: 'field'; name: string }
  | { type: 'array'; params: [Param, Param, Param] }
  | { type: 'filter'; left: JPNode & { type: 'list' }; right: JPNode & { type: 'list' }; op: string }
  | { type: 'int'; value: number }
  | { type: 'float'; value: number }
  | { type: 'bool'; value: boolean }
  | { type: 'wildcard' }
  | { type: 'recursive' }
  | { type: 'union'; nodes: (JPNode & { type: 'list' })[] }
  | { type: 'identifier'; name: string };

interface Param {
  known: boolean;
  value: number;
}
type ListNode = JPNode & { type: 'list' };

const isTerminator = (c: string | undefined) => c === undefined || ' \t\r\n.,[]$@{}'.includes(c);
const isAlphaNumeric = (c: string | undefined) => c !== undefined && /[\p{L}\p{Nd}_]/u.test(c);

class Parser {
  pos = 0;
  start = 0;
  root: ListNode = { type: 'list', nodes: [] };
  constructor(private input: string) {}

  consume(): string {
    const v = this.input.slice(this.start, this.pos);
    this.start = this.pos;
    return v;
  }
  next(): string | undefined {
    if (this.pos >= this.input.length) return undefined;
    const ch = String.fromCodePoint(this.input.codePointAt(this.pos)!);
    this.pos += ch.length;
    return ch;
  }
  peek(): string | undefined {
    return this.pos >= this.input.length ? undefined : String.fromCodePoint(this.input.codePointAt(this.pos)!);
  }

  parseText(): void {
    const i = this.input.indexOf('{', this.pos);
    if (i < 0) {
      this.pos = this.input.length;
      if (this.pos > this.start) this.root.nodes.push({ type: 'text', text: this.consume() });
      return;
    }
    this.pos = i;
    if (this.pos > this.start) this.root.nodes.push({ type: 'text', text: this.consume() });
    this.pos += 1;
    this.consume();
    const cur: ListNode = { type: 'list', nodes: [] };
    this.root.nodes.push(cur);
    this.parseInsideAction(cur);
  }

  parseInsideAction(cur: ListNode): void {
    for (;;) {
      const rest = this.input.slice(this.pos);
      if (rest.startsWith('}')) {
        this.pos += 1;
        this.consume();
        return this.parseText();
      }
      if (rest.startsWith('[?(')) {
        this.parseFilter(cur);
        continue;
      }
      if (rest.startsWith('..')) {
        if (cur.nodes.at(-1)?.type === 'recursive') throw new Error('invalid multiple recursive descent');
        this.pos += 2;
        this.consume();
        cur.nodes.push({ type: 'recursive' });
        if (isAlphaNumeric(this.peek())) this.parseField(cur);
        continue;
      }
      const r = this.next();
      if (r === undefined || r === '\r' || r === '\n') throw new Error('unclosed action');
      if (r === ' ' || r === '@' || r === '$') this.consume();
      else if (r === '[') this.parseArray(cur);
      else if (r === '"' || r === "'") this.parseQuote(cur, r);
      else if (r === '.') this.parseField(cur);
      else if (r === '+' || r === '-' || /\p{Nd}/u.test(r)) {
        this.pos -= r.length;
        this.parseNumber(cur);
      } else if (isAlphaNumeric(r)) {
        this.pos -= r.length;
        this.parseIdentifier(cur);
      } else {
        const cp = r.codePointAt(0)!;
        throw new Error(`unrecognized character in action: U+${cp.toString(16).toUpperCase().padStart(4, '0')} '${r}'`);
      }
    }
  }

  parseIdentifier(cur: ListNode): void {
    while (!isTerminator(this.peek())) this.next();
    const v = this.consume();
    if (v === 'true' || v === 'false') cur.nodes.push({ type: 'bool', value: v === 'true' });
    else cur.nodes.push({ type: 'identifier', name: v });
  }

  parseNumber(cur: ListNode): void {
    const r = this.peek();
    if (r === '+' || r === '-') this.next();
    while (this.peek() === '.' || /\p{Nd}/u.test(this.peek() ?? '')) this.next();
    const v = this.consume();
    if (/^[+-]?\d+$/.test(v)) cur.nodes.push({ type: 'int', value: Number(v) });
    else if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(v)) cur.nodes.push({ type: 'float', value: Number(v) });
    else throw new Error(`cannot parse number ${v}`);
  }

  parseArray(cur: ListNode): void {
    for (;;) {
      const c = this.next();
      if (c === undefined || c === '\n') throw new Error('unterminated array');
      if (c === ']') break;
    }
    let text = this.consume().slice(1, -1);
    if (text === '*') text = ':';
    const strs = text.split(',');
    if (strs.length > 1) {
      const nodes = strs.map((s) => parseAction(`[${s.trim()}]`));
      cur.nodes.push({ type: 'union', nodes });
      return;
    }
    const dict = /^'([^']*)'$/.exec(text);
    if (dict) {
      cur.nodes.push(...parseAction(`.${dict[1]}`).nodes);
      return;
    }
    const m = /^(-?\d*)(:-?\d*)?(:-?\d*)?$/.exec(text);
    if (!m) throw new Error(`invalid array index ${text}`);
    const params: [Param, Param, Param] = [
      { known: false, value: 0 },
      { known: false, value: 0 },
      { known: false, value: 0 },
    ];
    for (let i = 0; i < 3; i++) {
      let v = m[i + 1] ?? '';
      if (v !== '') {
        if (i > 0) v = v.slice(1);
        if (i > 0 && v === '') params[i] = { known: false, value: 0 };
        else {
          if (!/^[+-]?\d+$/.test(v)) throw new Error(`array index ${v} is not a number`);
          params[i] = { known: true, value: Number(v) };
        }
      } else if (i === 1) params[1] = { known: true, value: params[0].value + 1 };
    }
    cur.nodes.push({ type: 'array', params });
  }

  parseFilter(cur: ListNode): void {
    this.pos += 3;
    this.consume();
    let begin = false;
    let end = false;
    let pair = '';
    for (;;) {
      const r = this.next();
      if (r === undefined || r === '\n') throw new Error('unterminated filter');
      if (r === '"' || r === "'") {
        if (!begin) {
          begin = true;
          pair = r;
          continue;
        }
        if (this.input[this.pos - 2] !== '\\' && r === pair) end = true;
      } else if (r === ')' && begin === end) break;
    }
    if (this.next() !== ']') throw new Error('unclosed array expect ]');
    const text = this.consume().slice(0, -2);
    const m = /^([^!<>=]+)([!<>=]+)(.+?)$/s.exec(text);
    if (!m) cur.nodes.push({ type: 'filter', left: parseAction(text), right: { type: 'list', nodes: [] }, op: 'exists' });
    else cur.nodes.push({ type: 'filter', left: parseAction(m[1]!), right: parseAction(m[3]!), op: m[2]! });
  }

  parseQuote(cur: ListNode, quote: string): void {
    for (;;) {
      const c = this.next();
      if (c === undefined || c === '\n') throw new Error('unterminated quoted string');
      if (c === quote && this.input[this.pos - 2] !== '\\') break;
    }
    const v = this.consume();
    cur.nodes.push({ type: 'text', text: unquote(v) });
  }

  parseField(cur: ListNode): void {
    this.consume();
    for (;;) {
      const r = this.next();
      if (r === '\\') this.next();
      else if (isTerminator(r)) {
        if (r !== undefined) this.pos -= r.length;
        break;
      }
    }
    const v = this.consume();
    if (v === '*') cur.nodes.push({ type: 'wildcard' });
    else cur.nodes.push({ type: 'field', name: v.replace(/\\/g, '') });
  }
}

/** UnquoteExtend: Go string escapes inside "..." or '...'. */
function unquote(s: string): string {
  const body = s.slice(1, -1);
  if (!body.includes('\\')) return body;
  const esc: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', '\\': '\\', "'": "'", '"': '"' };
  return body.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{2}|[0-7]{3}|.)/g, (_m, e: string) => {
    if (esc[e] !== undefined) return esc[e]!;
    if (/^[uUx]/.test(e)) return String.fromCodePoint(parseInt(e.slice(1), 16));
    if (/^[0-7]{3}$/.test(e)) return String.fromCodePoint(parseInt(e, 8));
    throw new Error(`unquote string ${s} error invalid syntax`);
  });
}

function parseAction(text: string): ListNode {
  const p = new Parser(`{${text}}`);
  p.parseText();
  return p.root.nodes[0] as ListNode;
}

/** Parses a template; throws with upstream's parse error text (e.g. "unclosed action"). */
export function parseJsonPath(template: string): ListNode {
  const p = new Parser(template);
  p.parseText();
  return p.root;
}
