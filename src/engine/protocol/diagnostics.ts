// The editor's "Apply": kubectl's error text for a manifest turned into
// markers on the lines that caused it. The causes of a 422 (`The Deployment
// "web" is invalid: spec.replicas: …`, one per `* ` line when several), a
// strict-decoding `unknown field "spec.replica"`, and go-yaml's `line N:`
// syntax errors; each field path is found in the YAML by api/yaml/locate.ts.
import { locateField } from '../api/yaml/locate.js';

import type { EditorMarker } from './messages.js';

export type { EditorMarker };

interface Cause {
  kind?: string;
  name?: string;
  field: string;
  message: string;
}

function causesOf(output: string): { causes: Cause[]; syntax: { line: number; message: string }[] } {
  const causes: Cause[] = [];
  const syntax: { line: number; message: string }[] = [];
  const lines = output.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const invalid = /^The (\S*) "([^"]*)" is invalid: ?(.*)$/.exec(l);
    if (invalid) {
      const [, kind, name, rest] = invalid;
      const one = (text: string) => {
        const m = /^([A-Za-z0-9_.[\]\-/]+): (.*)$/.exec(text);
        causes.push({ kind: kind || undefined, name: name || undefined, field: m ? m[1]! : '', message: m ? `${m[1]}: ${m[2]}` : text });
      };
      if (rest!.trim()) one(rest!);
      else for (let j = i + 1; j < lines.length && lines[j]!.startsWith('* '); j++) one(lines[j]!.slice(2));
      continue;
    }
    const unknown = /(?:(\w+) in version "[^"]*" cannot be handled as a \w+: )?strict decoding error: (.*)$/.exec(l);
    if (unknown) {
      for (const m of unknown[2]!.matchAll(/unknown field "([^"]+)"/g)) {
        causes.push({ kind: unknown[1], field: m[1]!, message: `unknown field "${m[1]}"` });
      }
      continue;
    }
    const yamlErr = /yaml: line (\d+): (.*)$/.exec(l);
    if (yamlErr) syntax.push({ line: Number(yamlErr[1]), message: `yaml: ${yamlErr[2]}` });
  }
  return { causes, syntax };
}

/** Markers for the errors in kubectl's `output` about the manifest `content`. */
export function diagnoseApply(content: string, output: string): EditorMarker[] {
  const { causes, syntax } = causesOf(output);
  const markers: EditorMarker[] = [];
  for (const c of causes) {
    let loc: ReturnType<typeof locateField>;
    try {
      loc = locateField(content, c);
    } catch {
      loc = undefined;
    }
    if (!loc) markers.push({ line: 1, column: 1, endLine: 1, endColumn: 2, message: c.message, field: c.field });
    else markers.push({ line: loc.line, column: loc.column, endLine: loc.endLine, endColumn: loc.endColumn, message: c.message, field: c.field });
  }
  const lineCount = content.split('\n').length;
  for (const s of syntax) {
    const line = Math.min(Math.max(1, s.line), lineCount);
    const text = content.split('\n')[line - 1] ?? '';
    markers.push({ line, column: 1, endLine: line, endColumn: Math.max(2, text.length + 1), message: s.message, field: '' });
  }
  return markers;
}
