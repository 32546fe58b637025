// One YAML file of a pack, parsed with positions so that every problem can
// name its line: YAML syntax errors, and schema errors mapped from ajv's
// instancePath to the node (or its key) through yaml's Document and LineCounter.
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { schemaMessage, yamlMessage } from './problems.js';
import { lessonSchema, packSchema } from './schema.js';
import type { PackProblem } from './types.js';

export type PathSeg = string | number;

let validators: { pack: ValidateFunction; lesson: ValidateFunction } | undefined;

function compile(): { pack: ValidateFunction; lesson: ValidateFunction } {
  if (!validators) {
    const ajv = new Ajv({ allErrors: true, verbose: true, discriminator: true, allowUnionTypes: true, strictTypes: false });
    validators = { pack: ajv.compile(packSchema), lesson: ajv.compile(lessonSchema) };
  }
  return validators;
}

/** `lessons[0].steps[1].goals` from ['lessons', 0, 'steps', 1, 'goals']. */
export function fieldName(path: readonly PathSeg[]): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s ? `.${p}` : p;
  return s;
}

function pointerToPath(pointer: string): PathSeg[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

export class YamlFile {
  readonly lc = new LineCounter();
  readonly doc: Document | undefined;
  readonly data: unknown;
  readonly problems: PackProblem[] = [];

  constructor(
    readonly file: string,
    readonly text: string,
  ) {
    let doc: Document | undefined;
    try {
      doc = parseDocument(text, { lineCounter: this.lc, prettyErrors: false, uniqueKeys: true });
    } catch (e) {
      this.problems.push({ file, line: 1, message: yamlMessage('IMPOSSIBLE', (e as Error).message) });
      return;
    }
    this.doc = doc;
    for (const err of doc.errors) {
      const pos = this.lc.linePos(err.pos[0]);
      this.problems.push({ file, line: pos.line, column: pos.col, message: yamlMessage(err.code, err.message) });
    }
    if (doc.errors.length) return;
    try {
      this.data = doc.toJS({ maxAliasCount: 100 });
    } catch (e) {
      this.problems.push({ file, line: 1, message: yamlMessage('RESOURCE_EXHAUSTION', (e as Error).message) });
    }
  }

  get ok(): boolean {
    return this.problems.length === 0;
  }

  private pos(offset: number): { line: number; column: number } {
    const p = this.lc.linePos(offset);
    return { line: p.line, column: p.col };
  }

  /**
   * The line of a field: its key when the field is in a mapping (so a nested
   * value is reported where its name is), else the node itself, else the
   * nearest ancestor that exists.
   */
  locate(path: readonly PathSeg[]): { line: number; column: number } {
    const doc = this.doc;
    if (!doc) return { line: 1, column: 1 };
    for (let k = path.length; k >= 0; k--) {
      const sub = path.slice(0, k);
      if (k > 0) {
        const parent = sub.length === 1 ? doc.contents : doc.getIn(sub.slice(0, -1), true);
        if (isMap(parent)) {
          const last = sub[sub.length - 1];
          const pair = parent.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(last));
          const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
          if (range) return this.pos(range[0]);
        }
      }
      const node = (k === 0 ? doc.contents : doc.getIn(sub, true)) as { range?: [number, number, number] } | null | undefined;
      if (node && typeof node === 'object' && node.range) return this.pos(node.range[0]);
    }
    return { line: 1, column: 1 };
  }

  lineOf(path: readonly PathSeg[]): number {
    return this.locate(path).line;
  }

  /** Validate against the pack or lesson schema; problems are named relative to `prefix`. */
  validate(kind: 'pack' | 'lesson', prefix: readonly PathSeg[] = []): boolean {
    const v = compile()[kind];
    if (v(this.data)) return true;
    for (const e of pickErrors(v.errors ?? [])) this.problems.push(this.schemaProblem(e, prefix));
    return false;
  }

  private schemaProblem(e: ErrorObject, prefix: readonly PathSeg[]): PackProblem {
    const path = pointerToPath(e.instancePath);
    const p = e.params as Record<string, unknown>;
    let at = path;
    let field = path;
    if (e.keyword === 'required') field = [...path, String(p.missingProperty)];
    if (e.keyword === 'additionalProperties') at = field = [...path, String(p.additionalProperty)];
    if (e.keyword === 'discriminator') at = field = [...path, String(p.tag)];
    const allowed = Object.keys(((e.parentSchema as { properties?: object } | undefined)?.properties ?? {}) as object);
    const value = e.keyword === 'discriminator' ? p.tagValue : e.data;
    const { line, column } = this.locate(at);
    const name = fieldName([...prefix, ...field]);
    return { file: this.file, line, column, ...(name ? { field: name } : {}), message: schemaMessage(e, value, allowed) };
  }
}

/** One error per field: ajv can report the same place twice (e.g. a type error under several keywords). */
function pickErrors(errors: ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  const out: ErrorObject[] = [];
  for (const e of errors) {
    if (e.keyword === 'oneOf' || e.keyword === 'anyOf' || e.keyword === 'if') continue;
    const p = e.params as Record<string, unknown>;
    const key = `${e.instancePath}|${e.keyword}|${String(p.missingProperty ?? p.additionalProperty ?? '')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  // A wrong type makes every other complaint about the same value noise.
  const typed = new Set(out.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  return out.filter((e) => e.keyword === 'type' || !typed.has(e.instancePath));
}
