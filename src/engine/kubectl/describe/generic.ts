// Mirrors describe.go's genericDescriber (kubectl v1.32): Name, Namespace, Labels,
// Annotations, then every other field of the object in sorted order with smartLabelFor
// titles ("apiVersion" → "API Version"), nested maps and lists indented, then Events.

import type { Event } from 'kubernetes-types/core/v1';
import { describeEvents } from './events.js';
import { byteCompare, printAnnotationsMultiline, printLabelsMultiline } from './format.js';
import { LEVEL_0, type PrefixWriter, tabbedString } from './writer.js';

const SKIP = ['.metadata.managedFields', '.metadata.name', '.metadata.namespace', '.metadata.labels', '.metadata.annotations'];

export function describeGeneric(obj: any, events: readonly Event[] | undefined, nowMs: number): string {
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${obj?.metadata?.name ?? ''}\n`);
    w.write(LEVEL_0, `Namespace:\t${obj?.metadata?.namespace ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', obj?.metadata?.labels);
    printAnnotationsMultiline(w, 'Annotations', obj?.metadata?.annotations);
    printUnstructured(w, LEVEL_0, obj ?? {}, '');
    if (events) describeEvents(events, w, nowMs);
  });
}

function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function printUnstructured(w: PrefixWriter, level: number, content: Record<string, unknown>, prefix: string): void {
  for (const field of Object.keys(content).sort(byteCompare)) {
    const value = content[field];
    const path = `${prefix}.${field}`;
    if (SKIP.includes(path)) continue;
    if (isMap(value)) {
      w.write(level, `${smartLabelFor(field)}:\n`);
      printUnstructured(w, level + 1, value, path);
    } else if (Array.isArray(value)) {
      w.write(level, `${smartLabelFor(field)}:\n`);
      for (const child of value) {
        if (isMap(child)) printUnstructured(w, level + 1, child, path);
        else w.write(level + 1, `${goValue(child)}\n`);
      }
    } else {
      w.write(level, `${smartLabelFor(field)}:\t${goValue(value)}\n`);
    }
  }
}

/** %v of a JSON scalar as unstructured holds it: int64 for integers, float64 (%g) otherwise. */
function goValue(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : goFloat(v);
  return String(v);
}

/** strconv.FormatFloat(f, 'g', -1, 64): exponent form below 1e-4 or from 1e21. */
function goFloat(f: number): string {
  const exp = Math.floor(Math.log10(Math.abs(f)));
  if (exp < -4 || exp >= 21) {
    const [m, e] = f.toExponential().split('e');
    const n = Number(e);
    return `${m}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
  }
  return String(f);
}

/**
 * smartLabelFor: camelCase split into title-cased words, with API/URL/UID/OSB/GUID upper-cased;
 * names with characters other than letters and '-' are left alone.
 * Examples: "apiVersion" → "API Version", "holderIdentity" → "Holder Identity", "podCIDR" → "Pod CIDR".
 */
export function smartLabelFor(field: string): string {
  if (/[^\p{L}-]/u.test(field)) return field;
  const acronyms = ['API', 'URL', 'UID', 'OSB', 'GUID'];
  return camelcaseSplit(field)
    .filter((p) => p !== '_')
    .map((p) => (acronyms.includes(p.toUpperCase()) ? p.toUpperCase() : p.charAt(0).toUpperCase() + p.slice(1)))
    .join(' ');
}

/** github.com/fatih/camelcase Split: runs of lower, upper, digits, other; "HTTPServer" → HTTP, Server. */
function camelcaseSplit(s: string): string[] {
  const kind = (c: string) => (/\p{Ll}/u.test(c) ? 1 : /\p{Lu}/u.test(c) ? 2 : /\p{Nd}/u.test(c) ? 3 : 4);
  const runs: string[][] = [];
  let last = 0;
  for (const c of s) {
    const k = kind(c);
    if (k === last && runs.length > 0) runs[runs.length - 1].push(c);
    else runs.push([c]);
    last = k;
  }
  for (let i = 0; i < runs.length - 1; i++) {
    if (kind(runs[i][0]) === 2 && kind(runs[i + 1][0]) === 1) {
      runs[i + 1].unshift(runs[i].pop()!);
    }
  }
  return runs.filter((r) => r.length > 0).map((r) => r.join(''));
}
