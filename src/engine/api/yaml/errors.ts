// Maps the `yaml` package's parse errors onto the messages and line numbers go-yaml
// v2 (scannerc.go / parserc.go) gives for the same input, as kubectl prints them
// after "error converting YAML to JSON: ". Heuristic for the common mistakes only.
import type { YAMLError } from 'yaml';

/** 1-based line of a character offset. */
export function lineAt(text: string, pos: number): number {
  let line = 1;
  for (let i = 0; i < pos && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

/**
 * go-yaml numbers lines from 0 internally and omits a problem on line 0; scanner
 * errors then print line+1, parser errors the raw 0-based line of the token.
 * Example: a stray key on the 5th line gives "line 4: did not find expected key".
 */
function format(kind: 'scanner' | 'parser', line1: number, msg: string): string {
  const line0 = line1 - 1;
  if (line0 === 0) return `yaml: ${msg}`;
  return `yaml: line ${kind === 'scanner' ? line0 + 1 : line0}: ${msg}`;
}

export function goYAMLError(text: string, err: YAMLError): string {
  const [start, end] = err.pos;
  const L = lineAt(text, start);
  const msg = err.message;
  switch (err.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
      if (/sequence/.test(msg)) return format('parser', L, 'did not find expected key');
      return format('scanner', L, 'mapping values are not allowed in this context');
    case 'BAD_SCALAR_START':
      return format('scanner', L, 'found character that cannot start any token');
    case 'BAD_INDENT':
      if (/Flow map/.test(msg)) return format('parser', L, "did not find expected ',' or '}'");
      if (/Flow sequence/.test(msg)) return format('parser', L, "did not find expected ',' or ']'");
      return format('parser', L, 'did not find expected key');
    case 'TAB_AS_INDENT': {
      // After "key:" the tab starts a token (scanner refuses it); after a plain
      // value the tab continues that scalar and breaks its indentation.
      const before = text.slice(0, start).split('\n').slice(0, -1).reverse().find((l) => l.trim() !== '');
      const opensBlock = before === undefined || /:\s*$/.test(before) || /^\s*-\s*$/.test(before);
      return format('scanner', L, opensBlock ? 'found character that cannot start any token' : 'found a tab character that violates indentation');
    }
    case 'MISSING_CHAR':
      if (/quote/.test(msg)) return format('scanner', lineAt(text, text.length), 'found unexpected end of stream');
      return format('parser', L, 'did not find expected key');
    case 'MULTILINE_IMPLICIT_KEY': {
      const lineStart = text.lastIndexOf('\n', start - 1) + 1;
      const column = start - lineStart;
      const earlier = text.slice(0, lineStart).split('\n');
      const inMapping = earlier.some((l) => /^\s*[^\s#-]/.test(l) && l.length - l.trimStart().length === column && /:(\s|$)/.test(l));
      if (inMapping) return format('scanner', L + 1, "could not find expected ':'");
      return format('scanner', lineAt(text, end), 'mapping values are not allowed in this context');
    }
    default:
      return format('parser', L, 'did not find expected key');
  }
}

/** Go's encoding/json syntax error for the first problem in a JSON stream, or null. */
export function goJSONSyntaxError(text: string): string | null {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++;
  };
  const q = (c: string) => (c === "'" ? "'\\''" : c === '"' ? `'"'` : c === '\n' ? "'\\n'" : `'${c}'`);
  class Bad extends Error {}
  const fail = (what: string): never => {
    if (i >= text.length) throw new Bad('unexpected end of JSON input');
    throw new Bad(`json: offset ${i + 1}: invalid character ${q(text[i]!)} ${what}`);
  };
  const str = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) fail('in string literal');
      if (text[i] === '\\') i++;
      i++;
    }
    if (i >= text.length) fail('');
    i++;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail('looking for beginning of object key string');
        str();
        ws();
        if (text[i] !== ':') fail('after object key');
        i++;
        value();
        ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === '}') return void i++;
        fail('after object key:value pair');
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === ']') return void i++;
        fail('after array element');
      }
    } else if (c === '"') str();
    else if (c !== undefined && /[-0-9]/.test(c)) {
      const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/.exec(text.slice(i));
      i += m ? m[0].length : 1;
    } else if (c !== undefined && /^(true|false|null)/.test(text.slice(i))) {
      i += text.startsWith('null', i) || text.startsWith('true', i) ? 4 : 5;
    } else fail('looking for beginning of value');
  };
  try {
    ws();
    while (i < text.length) {
      value();
      ws();
    }
    return null;
  } catch (e) {
    if (e instanceof Bad) return e.message;
    throw e;
  }
}
