// kubectl's manifest decoding over the `yaml` package (yaml/parse.ts): multi-document
// YAML or a JSON stream, as YAMLOrJSONDecoder + sigs.k8s.io/yaml read them. Apart from
// ../yaml.ts so the browser worker loads the parser after its first answer (lazy/).
import { ManifestError, type ParsedDoc } from '../yaml.js';
import { parseJSONStream, parseYAMLChunk, splitYAMLDocuments } from './parse.js';

/** Multi-document YAML or a JSON stream; empty documents (only comments, `null`) are skipped. */
export function parseManifests(text: string): ParsedDoc[] | ManifestError {
  const docs: ParsedDoc[] = [];
  if (text.trimStart().startsWith('{')) {
    const results = parseJSONStream(text);
    for (const [index, r] of results.entries()) {
      if (!r.ok) return new ManifestError(r.message);
      if (r.value !== null) docs.push({ value: r.value, index });
    }
    return docs;
  }
  for (const [index, chunk] of splitYAMLDocuments(text).entries()) {
    const r = parseYAMLChunk(chunk);
    if (!r.ok) return new ManifestError('error converting YAML to JSON: ' + r.message);
    if (r.value !== null) docs.push({ value: r.value, index });
  }
  return docs;
}
