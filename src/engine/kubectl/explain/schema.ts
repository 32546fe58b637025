// The API field schema behind `kubectl explain` (and, later, the editor's
// completion and hover): the OpenAPI v3 schemas a v1.32 API server publishes,
// reduced to what explain shows. Data in schema.generated.ts (from kubernetes-types),
// read through lazyData.ts (in the browser it arrives after the worker's first answer).
import { kubectlData } from '../lazyData.js';

export interface FieldSchema {
  /** explain's type hint: `string`, `integer`, `boolean`, `[]Container`, `map[string]string`, `PodSpec`, `Object` */
  type: string;
  /** the definition this field leads to (through arrays and maps), e.g. `core/v1.Container` */
  ref?: string;
  description: string;
  required?: boolean;
}

export interface Definition {
  description: string;
  /** absent for primitive types (Time, Quantity, IntOrString) */
  fields?: Record<string, FieldSchema>;
}

export interface KindEntry {
  kind: string;
  group: string;
  version: string;
  /** definition key, e.g. `core/v1.Pod` */
  ref: string;
}

export interface ExplainSchema {
  kinds: KindEntry[];
  definitions: Record<string, Definition>;
}

const schema = (): ExplainSchema => kubectlData().schema;

export function findKind(group: string, kind: string, version?: string): KindEntry | undefined {
  return schema().kinds.find((k) => k.group === group && k.kind === kind && (version === undefined || k.version === version));
}

export function definition(ref: string | undefined): Definition | undefined {
  return ref === undefined ? undefined : schema().definitions[ref];
}

/** Sorted field names of a definition, as explain and completion list them. */
export function fieldNames(def: Definition | undefined): string[] {
  return Object.keys(def?.fields ?? {}).sort();
}

export type PathLookup =
  | { ok: true; field?: { name: string; schema: FieldSchema }; def: Definition | undefined }
  | { ok: false; missing: string };

/**
 * Follow a field path from a kind (`['spec', 'template', 'spec', 'containers']`),
 * stepping through arrays and maps. `def` is the definition reached (undefined for
 * primitives); `field` the last field walked.
 */
export function lookupPath(kind: KindEntry, path: string[]): PathLookup {
  let def = definition(kind.ref);
  let field: { name: string; schema: FieldSchema } | undefined;
  for (const name of path) {
    const f = def?.fields?.[name];
    if (!f) return { ok: false, missing: name };
    field = { name, schema: f };
    def = definition(f.ref);
  }
  return { ok: true, field, def };
}
