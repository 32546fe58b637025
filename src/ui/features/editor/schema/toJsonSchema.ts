// Turns the API field schema behind `kubectl explain` (generated from
// kubernetes-types) into a JSON Schema for monaco-yaml: one definition per API
// type, closed objects (so a misspelt field is flagged), the kind chosen by
// `kind:`, and our own descriptions for the fields students touch most.
// Runs at build time (vite.config.ts's virtual module); pure, no DOM.

/** The shape of src/engine/kubectl/explain/schema.ts's ExplainSchema (redeclared: the UI imports no engine code). */
export interface ExplainLike {
  kinds: { kind: string; group: string; version: string; ref: string }[];
  definitions: Record<string, { description: string; fields?: Record<string, { type: string; ref?: string; description: string; required?: boolean }> }>;
}

export type JsonSchema = Record<string, unknown>;

/** Descriptions we wrote, keyed `Definition.field` (e.g. `apps/v1.DeploymentSpec.replicas`) or `*.field`. */
export type Descriptions = Record<string, string>;

const primitiveRefs: Record<string, JsonSchema> = {
  'intstr.IntOrString': { type: ['integer', 'string'] },
  'api/resource.Quantity': { type: ['string', 'number'] },
  'meta/v1.Time': { type: 'string' },
  'meta/v1.MicroTime': { type: 'string' },
  'runtime.RawExtension': {},
};

/** `core/v1.Pod` → `core.v1.Pod` (a `/` would need escaping in a JSON pointer). */
export function defKey(ref: string): string {
  return ref.replace(/\//g, '.');
}

function elementSchema(type: string, ref: string | undefined, defs: ExplainLike['definitions']): JsonSchema {
  if (ref && primitiveRefs[ref]) return primitiveRefs[ref]!;
  if (ref && defs[ref]?.fields) return { $ref: `#/definitions/${defKey(ref)}` };
  if (ref) return {};
  switch (type) {
    case 'string':
      return { type: 'string' };
    case 'integer':
      return { type: 'integer' };
    case 'number':
      return { type: 'number' };
    case 'boolean':
      return { type: 'boolean' };
    default:
      return {};
  }
}

function fieldSchema(type: string, ref: string | undefined, defs: ExplainLike['definitions']): JsonSchema {
  if (type.startsWith('[]')) return { type: 'array', items: fieldSchema(type.slice(2), ref, defs) };
  if (type.startsWith('map[string]')) return { type: 'object', additionalProperties: elementSchema(type.slice(11), ref, defs) };
  return elementSchema(type, ref, defs);
}

export function toJsonSchema(explain: ExplainLike, own: Descriptions = {}): JsonSchema {
  const definitions: Record<string, JsonSchema> = {};
  const kindsByRef = new Map(explain.kinds.map((k) => [k.ref, k]));
  for (const [ref, def] of Object.entries(explain.definitions)) {
    if (!def.fields) continue;
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    for (const [name, f] of Object.entries(def.fields)) {
      const s: JsonSchema = { ...fieldSchema(f.type, f.ref, explain.definitions) };
      const text = own[`${ref}.${name}`] ?? (kindsByRef.has(ref) ? own[`*.${name}`] : undefined) ?? f.description;
      // A $ref's siblings are ignored by draft-07 validators; wrap it so hover shows the field's text.
      properties[name] = s.$ref ? { allOf: [s], description: text } : { ...s, description: text };
      if (f.required) required.push(name);
    }
    const kind = kindsByRef.get(ref);
    if (kind) {
      const apiVersion = kind.group ? `${kind.group}/${kind.version}` : kind.version;
      properties.apiVersion = { ...properties.apiVersion, enum: [apiVersion] };
      properties.kind = { ...properties.kind, enum: [kind.kind] };
    }
    definitions[defKey(ref)] = {
      type: 'object',
      description: def.description,
      properties,
      ...(required.length ? { required } : {}),
      additionalProperties: false,
    };
  }
  // One schema per kind (the first version listed, the preferred one), so `kind:` picks exactly one.
  const seen = new Set<string>();
  const kinds = explain.kinds.filter((k) => explain.definitions[k.ref]?.fields && !seen.has(k.kind) && seen.add(k.kind));
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    // monaco-yaml names the schema by its title in hovers ("Source: Kubernetes v1.32").
    title: 'Kubernetes v1.32',
    type: 'object',
    properties: {
      apiVersion: { type: 'string', description: own['*.apiVersion'], enum: [...new Set(kinds.map((k) => (k.group ? `${k.group}/${k.version}` : k.version)))].sort() },
      kind: { type: 'string', description: own['*.kind'], enum: [...new Set(kinds.map((k) => k.kind))].sort() },
    },
    required: ['apiVersion', 'kind'],
    allOf: kinds.map((k) => ({
      if: { properties: { kind: { const: k.kind } }, required: ['kind'] },
      then: { $ref: `#/definitions/${defKey(k.ref)}` },
    })),
    definitions,
  };
}

/** The same schema with `own` descriptions in place of the ones it has (a language switch at run time). */
export function localizeSchema(schema: JsonSchema, own: Descriptions): JsonSchema {
  const copy = structuredClone(schema) as { definitions: Record<string, { properties: Record<string, { description?: string }> }>; allOf: { then: { $ref: string } }[] };
  const kindDefs = copy.allOf.map((a) => a.then.$ref.replace('#/definitions/', ''));
  for (const [key, text] of Object.entries(own)) {
    const dot = key.lastIndexOf('.');
    const def = key.slice(0, dot);
    const field = key.slice(dot + 1);
    const targets = def === '*' ? kindDefs : [defKey(def)];
    for (const t of targets) {
      const p = copy.definitions[t]?.properties[field];
      if (p) p.description = text;
    }
  }
  return copy as unknown as JsonSchema;
}
