// Where a field of a manifest is written: maps an API error's field path
// (field.Path's String(), e.g. `spec.template.spec.containers[0].image`, as a
// 422's details.causes[].field carries it) back to the line of the YAML text,
// so the editor can put a marker on the offending line. Not an upstream
// function: kubectl only prints the path; the lab also points at it.
import { isMap, isSeq, parseAllDocuments, LineCounter, type Node } from 'yaml';

export interface FieldLocation {
  /** 1-based line and column where the field's value starts (or its key, when the value is absent). */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The part of the path that was found (the whole path unless it is missing from the text). */
  found: string;
}

/** `spec.containers[0].image` → ['spec', 'containers', 0, 'image']; `metadata.labels[app]` keeps `app`. */
export function splitFieldPath(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  const re = /([^.[\]]+)|\[([^\]]*)\]/g;
  for (let m = re.exec(path); m; m = re.exec(path)) {
    if (m[1] !== undefined) out.push(m[1]);
    else out.push(/^\d+$/.test(m[2]!) ? Number(m[2]) : m[2]!);
  }
  return out;
}

/**
 * The location of `field` in the document of `text` whose kind and
 * metadata.name match (the first document when none match). A path that goes
 * deeper than the text (a required field left out) stops at its deepest
 * written ancestor.
 */
export function locateField(text: string, target: { kind?: string; name?: string; field: string }): FieldLocation | undefined {
  const lc = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lc, uniqueKeys: false });
  if (!Array.isArray(docs) || docs.length === 0) return undefined;
  const roots = docs.map((d) => d.contents as Node | null);
  const matches = (n: Node | null): boolean => {
    if (!isMap(n)) return false;
    const js = n.toJSON() as { kind?: unknown; metadata?: { name?: unknown } } | null;
    return (!target.kind || js?.kind === target.kind) && (!target.name || js?.metadata?.name === target.name);
  };
  const root = roots.find(matches) ?? roots.find((n) => isMap(n));
  if (!root) return undefined;

  const parts = splitFieldPath(target.field);
  let node: Node = root;
  let keyNode: Node | undefined;
  const found: string[] = [];
  for (const p of parts) {
    let next: Node | undefined;
    let nextKey: Node | undefined;
    if (isMap(node)) {
      const pair = node.items.find((it) => String((it.key as { value?: unknown } | null)?.value ?? it.key) === String(p));
      if (pair) {
        nextKey = pair.key as Node;
        next = (pair.value as Node | null) ?? undefined;
        if (!next) {
          keyNode = nextKey;
          found.push(String(p));
          break;
        }
      }
    } else if (isSeq(node) && typeof p === 'number') {
      next = (node.items[p] as Node | undefined) ?? undefined;
    }
    if (!next) break;
    node = next;
    keyNode = nextKey;
    found.push(typeof p === 'number' ? `[${p}]` : String(p));
  }
  // A scalar's own range; for a map or list, its key (the whole block would span many lines).
  const anchor = (isMap(node) || isSeq(node)) && keyNode ? keyNode : node;
  const range = anchor.range;
  if (!range) return undefined;
  const start = lc.linePos(range[0]);
  const end = lc.linePos(Math.max(range[0], range[1]));
  const endLine = end.line > start.line ? start.line : end.line;
  const endColumn = end.line > start.line ? start.col + 1 : end.col;
  return {
    line: start.line,
    column: start.col,
    endLine,
    endColumn: Math.max(endColumn, start.col + 1),
    found: found.join('.').replace(/\.\[/g, '['),
  };
}
