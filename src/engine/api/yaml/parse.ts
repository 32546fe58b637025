// Mirrors kubectl's manifest decoding: k8s.io/apimachinery's YAMLOrJSONDecoder
// (a stream starting with "{" is JSON, otherwise YAML split at "---" lines), and
// sigs.k8s.io/yaml's YAMLToJSON over go-yaml v2 (YAML 1.1 scalars, last key wins).
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { goJSONSyntaxError, goYAMLError } from './errors.js';
import { goSharpV } from './gofmt.js';
import { formatGoFloat, resolvePlain } from './resolve.js';

export type ChunkResult = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * yaml.NewYAMLReader: a line that starts with "---" followed only by blanks or a
 * comment ends a document. The separator line belongs to neither document, so
 * go-yaml's line numbers count from the line after it.
 */
export function splitYAMLDocuments(text: string): string[] {
  const lines = text.split(/(?<=\n)/);
  const docs: string[] = [];
  let cur = '';
  for (const line of lines) {
    const rest = line.startsWith('---') ? line.slice(3).trim() : null;
    if (rest !== null && (rest === '' || rest.startsWith('#'))) {
      if (cur !== '') docs.push(cur);
      cur = '';
      continue;
    }
    cur += line;
  }
  if (cur !== '') docs.push(cur);
  return docs;
}

class ConvertError extends Error {}

/** One YAML document to a JSON-like value, or go-yaml's error text. */
export function parseYAMLChunk(chunk: string): ChunkResult {
  const directive = /^%(\S*)/m.exec(chunk.replace(/^(\s*#.*\n)*/, ''));
  if (directive && chunk.trimStart().startsWith('%') && directive[1] !== 'YAML' && directive[1] !== 'TAG') {
    return { ok: false, message: 'yaml: found unknown directive name' };
  }
  const doc = parseDocument(chunk, { uniqueKeys: false, prettyErrors: false, keepSourceTokens: false });
  const err = doc.errors[0];
  if (err) return { ok: false, message: goYAMLError(chunk, err) };
  const anchors = new Map<string, unknown>();
  const convert = (node: Node | null | undefined | unknown): unknown => {
    if (node === null || node === undefined) return null;
    let out: unknown;
    if (isAlias(node)) {
      if (!anchors.has(node.source)) throw new ConvertError(`yaml: unknown anchor '${node.source}' referenced`);
      return anchors.get(node.source);
    } else if (isScalar(node)) {
      out = scalarValue(node.type, node.source, node.value, node.tag);
    } else if (isSeq(node)) {
      out = node.items.map((item) => convert(item));
    } else if (isMap(node)) {
      const obj: Record<string, unknown> = {};
      for (const pair of node.items) {
        const key = convert(pair.key);
        const value = convert(pair.value);
        obj[jsonKey(key, value)] = value;
      }
      out = obj;
    } else out = null;
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor) anchors.set(anchor, out);
    return out;
  };
  try {
    return { ok: true, value: convert(doc.contents) };
  } catch (e) {
    if (e instanceof ConvertError) return { ok: false, message: e.message };
    throw e;
  }
}

function scalarValue(type: string | undefined, source: unknown, value: unknown, tag: string | undefined): unknown {
  if (type !== 'PLAIN') return String(value ?? '');
  const raw = typeof source === 'string' ? source : String(value ?? '');
  if (tag === 'tag:yaml.org,2002:str' || tag === '!!str') return raw;
  // Timestamps and "<<" stay the strings they were written as, as kubectl shows them.
  return resolvePlain(raw).value;
}

/** sigs.k8s.io/yaml turns go-yaml's interface{} keys into JSON object keys. */
function jsonKey(key: unknown, value: unknown): string {
  if (typeof key === 'string') return key;
  if (typeof key === 'boolean') return String(key);
  if (typeof key === 'number') return Number.isInteger(key) ? String(key) : formatGoFloat(key);
  if (key === null) {
    throw new ConvertError(`unsupported map key of type: %!s(<nil>), key: <nil>, value: ${goSharpV(value, 'interface {}')}`);
  }
  throw new ConvertError(`yaml: invalid map key: ${goSharpV(key, 'interface {}')}`);
}

/** A JSON stream (kubectl decodes successive values); errors as Go's encoding/json. */
export function parseJSONStream(text: string): ChunkResult[] {
  const syntax = goJSONSyntaxError(text);
  if (syntax !== null) return [{ ok: false, message: syntax }];
  const out: ChunkResult[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (i >= text.length) break;
    const start = i;
    let depth = 0;
    let inStr = false;
    for (; i < text.length; i++) {
      const c = text[i];
      if (inStr) {
        if (c === '\\') i++;
        else if (c === '"') inStr = false;
        continue;
      }
      if (c === '"') inStr = true;
      else if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') {
        depth--;
        if (depth === 0) { i++; break; }
      } else if (depth === 0 && /\s/.test(c!)) break;
    }
    out.push({ ok: true, value: JSON.parse(text.slice(start, i)) });
  }
  return out;
}
