// The engine's one adapter over the `yaml` package: manifests in (as kubectl's
// YAMLOrJSONDecoder + sigs.k8s.io/yaml read them) and `-o yaml` / `-o json` out
// (go-yaml v2 emitter, Go encoding/json), byte for byte as kubectl v1.32. The parser
// (parseManifests, over the `yaml` package) is yaml/manifests.ts: the browser worker
// loads it after its first answer (lazy/afterAnswer.ts), the emitter is needed before.
import { emitYAML } from './yaml/emit.js';
import { goSharpV, goPrint, goQuote } from './yaml/gofmt.js';
import { marshalJSON, quoteJSON } from './yaml/json.js';

export { goSharpV, goPrint, goQuote, marshalJSON, quoteJSON };
export { naturalLess } from './yaml/sort.js';
export { formatGoFloat } from './yaml/resolve.js';

/** One non-empty document of a manifest file, as plain JSON-like data. */
export interface ParsedDoc {
  value: unknown;
  /** 0-based position among the file's documents (empty ones included) */
  index: number;
}

/**
 * A file that does not parse. `message` is what kubectl prints after
 * "error: error parsing FILE: ", e.g.
 * "error converting YAML to JSON: yaml: line 3: mapping values are not allowed in this context".
 */
export class ManifestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ManifestError';
  }
}

const goJSONKind = (v: unknown) =>
  typeof v === 'string' ? 'string' : typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'bool' : Array.isArray(v) ? 'array' : 'object';

/**
 * What `kubectl create -f` (client-side validation on) says about a document that
 * is not an object or lacks apiVersion/kind; kubectl prints
 * `error: error validating "FILE": error validating data: <this>; if you choose to ignore these errors, turn validation off with --validate=false`.
 */
export function manifestValidationError(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'invalid object to validate';
  const obj = value as Record<string, unknown>;
  const errs: string[] = [];
  if (obj.apiVersion === undefined || obj.apiVersion === null) errs.push('apiVersion not set');
  else if (typeof obj.apiVersion !== 'string') errs.push("apiVersion isn't string type");
  if (obj.kind === undefined || obj.kind === null) errs.push('kind not set');
  else if (typeof obj.kind !== 'string') errs.push("kind isn't string type");
  if (errs.length === 0) return null;
  return errs.length === 1 ? errs[0]! : `[${errs.join(', ')}]`;
}

/**
 * The decoder's complaint with validation off (`--validate=false`, `--local`);
 * kubectl prints `error: unable to decode "FILE": <this>`.
 */
export function manifestDecodeError(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return `json: cannot unmarshal ${goJSONKind(value)} into Go value of type unstructured.detector`;
  }
  const kind = (value as Record<string, unknown>).kind;
  if (typeof kind !== 'string' || kind === '') {
    return `Object 'Kind' is missing in '${marshalJSON(value, { sortKeys: true })}'`;
  }
  return null;
}

/** `kubectl -o yaml` of one object (keys sorted the go-yaml way), ending in "\n". */
export function toYAML(value: unknown): string {
  return emitYAML(value);
}

/** `kubectl -o json`: 4-space indent, keys in the object's own order, HTML-safe escapes, ending in "\n". */
export function toJSON(value: unknown): string {
  return marshalJSON(value, { indent: '    ' }) + '\n';
}
