// The plaintext output of `kubectl explain` in v1.32: the template
// staging/src/k8s.io/kubectl/pkg/explain/v2/templates/plaintext.tmpl, walked over
// the lab's schema instead of the server's OpenAPI v3 document.
import { definition, fieldNames, lookupPath, type Definition, type FieldSchema, type KindEntry } from './schema.js';
import { indent, wrapString } from './wordwrap.js';

export function explainHeader(kind: KindEntry): string {
  return `${kind.group ? `GROUP:      ${kind.group}\n` : ''}KIND:       ${kind.kind}\nVERSION:    ${kind.version}\n\n`;
}

/** The "description" template: a field's own text, then the text of the type it refers to (allOf). */
function describe(field: FieldSchema | undefined, def: Definition | undefined): string {
  let s = '';
  if (field?.description) s += field.description + '\n';
  if (def?.description) s += def.description + '\n';
  return s;
}

function fieldList(def: Definition | undefined, level: number, recursive: boolean, seen: Set<string>): string {
  let out = '';
  const ind = level * 2;
  for (const name of fieldNames(def)) {
    const f = def!.fields![name]!;
    out += `${' '.repeat(ind)}${name}\t<${f.type}>${f.required ? ' -required-' : ''}\n`;
    if (recursive) {
      if (f.ref && !seen.has(f.ref)) out += fieldList(definition(f.ref), level + 1, true, new Set([...seen, f.ref]));
      continue;
    }
    out += indent(ind + 2, wrapString(f.description || '<no description>', 78 - ind)) + '\n\n';
  }
  return out;
}

/**
 * Render `kubectl explain KIND[.FIELD…]`. On an unknown field kubectl has already
 * written the header when the template fails, so the result carries both.
 */
export function explain(kind: KindEntry, path: string[], recursive: boolean): { stdout: string; error?: string } {
  const header = explainHeader(kind);
  const found = lookupPath(kind, path);
  if (!found.ok) return { stdout: header, error: `field "${path[path.length - 1]}" does not exist` };
  let out = header;
  const field = found.field;
  if (field) out += `FIELD: ${field.name} <${field.schema.type}>\n\n\n`;
  const def = found.def;
  const text = field ? describe(field.schema, def) : describe(undefined, def);
  out += 'DESCRIPTION:\n' + indent(4, wrapString(text || '<empty>', 76)) + '\n';
  const start = field ? field.schema.ref : kind.ref;
  const fields = fieldList(def, 1, recursive, new Set(start ? [start] : []));
  if (fields) out += 'FIELDS:\n' + fields;
  return { stdout: out + '\n' };
}
