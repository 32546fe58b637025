// Mirrors k8s.io/client-go/util/jsonpath/jsonpath.go (FindResults, walk, PrintResults)
// and cli-runtime's JSONPathPrinter error wrapping. Deliberate difference: map
// wildcards and `..` visit keys in object order, not Go's random map order.
import { formatGoFloat, goPrint, goQuote, goSharpV, marshalJSON } from '../../api/yaml.js';
import { parseJsonPath, type JPNode } from './jsonpathParse.js';

export { parseJsonPath, type JPNode };

type ListNode = JPNode & { type: 'list' };
/** A located value; `missing` never appears: absent values are simply not in the list. */
type Value = unknown;

export interface JsonPathOptions {
  /** kubectl's --allow-missing-template-keys (default true) */
  allowMissingKeys?: boolean;
}

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Go's reflect type name of a decoded JSON value, as in "int64 is not array or slice". */
function goType(v: unknown): string {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int64' : 'float64';
  if (Array.isArray(v)) return '[]interface {}';
  return 'map[string]interface {}';
}

class JSONPath {
  stack: Value[][] = [];
  cur: Value[] = [];
  beginRange = 0;
  inRange = 0;
  endRange = 0;
  lastEndNode: JPNode | null = null;
  constructor(private allowMissingKeys: boolean) {}

  findResults(data: Value, nodes: JPNode[]): Value[][] {
    this.cur = [data];
    const full: Value[][] = [];
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      const results = this.walk(this.cur, node);
      if (this.endRange > 0 && this.endRange <= this.inRange) {
        this.endRange--;
        this.lastEndNode = node;
        break;
      }
      if (this.beginRange > 0) {
        this.beginRange--;
        this.inRange++;
        if (results.length > 0) {
          for (const value of results) full.push(...this.findResults(value, nodes.slice(i + 1)));
        } else {
          // Still walk the range body so that the matching {end} is found.
          this.findResults(null, nodes.slice(i + 1));
        }
        this.inRange--;
        for (let k = i + 1; k < nodes.length; k++) {
          if (nodes[k] === this.lastEndNode) {
            i = k;
            break;
          }
        }
        continue;
      }
      full.push(results);
    }
    return full;
  }

  walk(input: Value[], node: JPNode): Value[] {
    switch (node.type) {
      case 'list': {
        let cur = input;
        for (const n of node.nodes) cur = this.walk(cur, n);
        return cur;
      }
      case 'text':
        return [node.text];
      case 'int':
      case 'bool':
        return input.map(() => node.value);
      case 'float':
        return input.map(() => new GoFloat(node.value));
      case 'field':
        return this.evalField(input, node.name);
      case 'array':
        return this.evalArray(input, node);
      case 'filter':
        return this.evalFilter(input, node);
      case 'wildcard':
        return input.flatMap(children);
      case 'recursive':
        return this.evalRecursive(input);
      case 'union':
        return node.nodes.flatMap((l) => this.walk(input, l));
      case 'identifier':
        return this.evalIdentifier(input, node.name);
    }
  }

  evalIdentifier(input: Value[], name: string): Value[] {
    if (name === 'range') {
      this.stack.push(this.cur);
      this.beginRange++;
      return input;
    }
    if (name === 'end') {
      if (this.endRange < this.inRange) {
        this.endRange++;
        return [];
      }
      const top = this.stack.pop();
      if (top === undefined) throw new Error('not in range, nothing to end');
      this.cur = top;
      return [];
    }
    throw new Error(`unrecognized identifier ${name}`);
  }

  evalField(input: Value[], name: string): Value[] {
    const results: Value[] = [];
    if (input.length === 0) return results;
    for (const v of input) {
      if (isMap(v) && Object.prototype.hasOwnProperty.call(v, name) && v[name] !== undefined) results.push(v[name]);
    }
    if (results.length === 0 && !this.allowMissingKeys) throw new Error(`${name} is not found`);
    return results;
  }

  evalArray(input: Value[], node: JPNode & { type: 'array' }): Value[] {
    const result: Value[] = [];
    for (const v of input) {
      if (v === null || v === undefined) continue;
      if (!Array.isArray(v)) throw new Error(`${goType(v)} is not array or slice`);
      const [p0, p1] = node.params.map((p) => ({ ...p }));
      if (!p0!.known) p0!.value = 0;
      if (p0!.value < 0) p0!.value += v.length;
      if (!p1!.known) p1!.value = v.length;
      if (p1!.value < 0) p1!.value += v.length;
      if (p1!.value !== p0!.value) {
        if (p0!.value >= v.length || p0!.value < 0) {
          throw new Error(`array index out of bounds: index ${p0!.value}, length ${v.length}`);
        }
        if (p1!.value > v.length) {
          throw new Error(`array index out of bounds: index ${p1!.value - 1}, length ${v.length}`);
        }
      }
      result.push(...v.slice(p0!.value, Math.max(p0!.value, p1!.value)));
    }
    return result;
  }

  evalRecursive(input: Value[]): Value[] {
    const result: Value[] = [];
    for (const v of input) {
      if (v === null || v === undefined) continue;
      const kids = children(v);
      if (kids.length > 0) {
        result.push(v);
        result.push(...this.evalRecursive(kids));
      }
    }
    return result;
  }

  evalFilter(input: Value[], node: JPNode & { type: 'filter' }): Value[] {
    const results: Value[] = [];
    for (const v of input) {
      if (!Array.isArray(v)) throw new Error(`${goPrint(v)} is not array or slice and cannot be filtered`);
      for (const item of v) {
        if (node.op === 'exists') {
          let lefts: Value[] = [];
          try {
            lefts = this.walk([item], node.left);
          } catch {
            lefts = [];
          }
          if (lefts.length > 0) results.push(item);
          continue;
        }
        const lefts = this.walk([item], node.left);
        if (lefts.length === 0) continue;
        if (lefts.length > 1) throw new Error('can only compare one element at a time');
        const rights = this.walk([item], node.right);
        if (rights.length === 0) continue;
        if (rights.length > 1) throw new Error('can only compare one element at a time');
        if (compare(lefts[0], rights[0], node.op)) results.push(item);
      }
    }
    return results;
  }
}

/** A float64 literal from the template; JS cannot tell 1.0 from 1, Go can. */
class GoFloat {
  constructor(readonly value: number) {}
}

function children(v: Value): Value[] {
  if (Array.isArray(v)) return v;
  if (isMap(v)) return Object.values(v).filter((x) => x !== undefined);
  // Go ranges over a string's bytes.
  if (typeof v === 'string') return [...new TextEncoderLite(v)];
  return [];
}

/** UTF-8 bytes of a string (no TextEncoder in the engine's lib). */
class TextEncoderLite {
  constructor(private s: string) {}
  *[Symbol.iterator](): Generator<number> {
    for (const ch of this.s) {
      const c = ch.codePointAt(0)!;
      if (c < 0x80) yield c;
      else if (c < 0x800) yield* [0xc0 | (c >> 6), 0x80 | (c & 63)];
      else if (c < 0x10000) yield* [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63)];
      else yield* [0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63)];
    }
  }
}

/**
 * text/template's eq/lt on basic kinds: ints with ints, floats with floats,
 * strings with strings; anything else is "incompatible types for comparison".
 * (A JSON 1 is int64 and the literal 1.0 is float64, so they do not compare.)
 */
function compare(a: Value, b: Value, op: string): boolean {
  const kind = (v: Value) =>
    v instanceof GoFloat ? 'float' : typeof v === 'number' ? (Number.isInteger(v) ? 'int' : 'float') : typeof v === 'string' ? 'string' : typeof v === 'boolean' ? 'bool' : 'other';
  const ka = kind(a);
  const kb = kind(b);
  if (ka === 'other' || kb === 'other') {
    if (op === '==' || op === '!=') throw new Error('invalid type for comparison');
    throw new Error('invalid type for comparison');
  }
  if (ka !== kb) throw new Error('incompatible types for comparison');
  if (ka === 'bool' && op !== '==' && op !== '!=') throw new Error('invalid type for comparison');
  const x = (a instanceof GoFloat ? a.value : a) as number | string;
  const y = (b instanceof GoFloat ? b.value : b) as number | string;
  switch (op) {
    case '==':
      return x === y;
    case '!=':
      return x !== y;
    case '<':
      return x < y;
    case '>':
      return x > y;
    case '<=':
      return x <= y;
    case '>=':
      return x >= y;
  }
  throw new Error(`unrecognized filter operator ${op}`);
}

/** PrintResults: maps and lists as compact JSON, scalars as fmt's %v, joined by spaces. */
function printResults(results: Value[]): string {
  return results
    .map((r) => {
      if (r === null || r === undefined) return 'null';
      if (r instanceof GoFloat) return formatGoFloat(r.value);
      if (typeof r === 'object') return marshalJSON(r, { sortKeys: true });
      return goPrint(r);
    })
    .join(' ');
}

/** Raw evaluation (no printing): the result sets, one per template node. Throws upstream's error text. */
export function evaluateJsonPath(template: string, data: unknown, opts: JsonPathOptions = {}): unknown[][] {
  const root = parseJsonPath(template);
  return new JSONPath(opts.allowMissingKeys ?? true).findResults(data, root.nodes);
}

/**
 * `kubectl -o jsonpath=TEMPLATE` of one object. Throws an Error whose message is
 * exactly what kubectl prints after "error: " (its trailing newlines included).
 */
export function executeJsonPath(template: string, data: unknown, opts: JsonPathOptions = {}): string {
  let root: ListNode;
  try {
    root = parseJsonPath(template);
  } catch (e) {
    throw new Error(`error parsing jsonpath ${template}, ${(e as Error).message}\n`);
  }
  try {
    const sets = new JSONPath(opts.allowMissingKeys ?? true).findResults(data, root.nodes);
    return sets.map(printResults).join('');
  } catch (e) {
    const msg = (e as Error).message;
    throw new Error(
      `error executing jsonpath ${goQuote(template)}: Error executing template: ${msg}. Printing more information for debugging the template:\n` +
        `\ttemplate was:\n\t\t${template}\n\tobject given to jsonpath engine was:\n\t\t${goSharpV(data)}\n\n\n`,
    );
  }
}
