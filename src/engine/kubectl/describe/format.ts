// Shared formatting of describe.go: printLabelsMultiline, printAnnotationsMultiline,
// tolerations and taints, RFC1123Z times, Go's %v of slices and bools, sorted resource
// names, and translateTimestampSince over the virtual clock.

import type { Taint, Toleration } from 'kubernetes-types/core/v1';
import { humanDuration, parseTimestamp } from '../../api/duration.js';
import { parseQuantity, type Quantity } from '../../api/quantity.js';
import { byteCompare } from '../printers/table/format.js';
import { LEVEL_0, type PrefixWriter } from './writer.js';

export { byteCompare };

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * time.RFC1123Z ("Mon, 02 Jan 2006 15:04:05 -0700") in UTC, the zone the lab's kubectl runs in.
 * A missing timestamp is Go's zero time: "Mon, 01 Jan 0001 00:00:00 +0000".
 */
export function rfc1123z(ts: string | null | undefined): string {
  const ms = parseTimestamp(ts);
  if (ms === undefined) return 'Mon, 01 Jan 0001 00:00:00 +0000';
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]}, ${pad2(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ` +
    `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())} +0000`;
}

/** translateTimestampSince / translateMicroTimestampSince: "<unknown>" for a zero time. */
export function since(ts: string | null | undefined, nowMs: number): string {
  const ms = parseTimestamp(ts);
  if (ms === undefined) return '<unknown>';
  return humanDuration(nowMs - ms);
}

/** Go's %v of a []string: "[a b c]". */
export function goSlice(xs: readonly unknown[] | undefined | null): string {
  return `[${(xs ?? []).map(String).join(' ')}]`;
}

/** printBool: "True" / "False". */
export function printBool(v: boolean | undefined | null): string {
  return v ? 'True' : 'False';
}

/** stringOrNone. */
export function orNone(s: string | undefined | null): string {
  return s ? s : '<none>';
}

/** SortedResourceNames: resource names in byte order. */
export function sortedKeys(m: { [k: string]: unknown } | undefined | null): string[] {
  return Object.keys(m ?? {}).sort(byteCompare);
}

/** printLabelsMultilineWithIndent: "Title:\tk=v" then "\tk=v" per further key, sorted. */
export function printLabelsMultiline(
  w: PrefixWriter,
  title: string,
  labels: { [k: string]: string } | undefined | null,
  initialIndent = '',
  innerIndent = '\t',
): void {
  w.write(LEVEL_0, `${initialIndent}${title}:${innerIndent}`);
  const keys = sortedKeys(labels);
  if (keys.length === 0) {
    w.writeLine('<none>');
    return;
  }
  keys.forEach((key, i) => {
    if (i !== 0) w.write(LEVEL_0, initialIndent + innerIndent);
    w.write(LEVEL_0, `${key}=${labels![key]}\n`);
  });
}

const maxAnnotationLen = 140;
/** Annotations describe never shows: the whole object again, as JSON. */
const skipAnnotations = new Set(['kubectl.kubernetes.io/last-applied-configuration']);

function shorten(s: string, max: number): string {
  return s.length > max ? s.slice(0, max) + '...' : s;
}

/**
 * printAnnotationsMultiline: "key: value", sorted; a value that is multi-line or makes the
 * line longer than 140 bytes goes on its own lines under "key:", each cut to 138 + "...".
 */
export function printAnnotationsMultiline(w: PrefixWriter, title: string, annotations: { [k: string]: string } | undefined | null): void {
  w.write(LEVEL_0, `${title}:\t`);
  const keys = sortedKeys(annotations).filter((k) => !skipAnnotations.has(k));
  if (keys.length === 0) {
    w.writeLine('<none>');
    return;
  }
  const indent = '\t';
  keys.forEach((key, i) => {
    if (i !== 0) w.write(LEVEL_0, indent);
    const value = annotations![key].replace(/\n$/, '');
    if (byteLength(value) + byteLength(key) + 2 > maxAnnotationLen || value.includes('\n')) {
      w.write(LEVEL_0, `${key}:\n`);
      for (const s of value.split('\n')) w.write(LEVEL_0, `${indent}  ${shorten(s, maxAnnotationLen - 2)}\n`);
    } else {
      w.write(LEVEL_0, `${key}: ${value}\n`);
    }
  });
}

function byteLength(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/**
 * printTolerationsMultilineWithIndent, sorted by key:
 *   {key: k, operator: Exists, effect: NoExecute, tolerationSeconds: 300} → "k:NoExecute op=Exists for 300s"
 *   {operator: Exists} → "op=Exists"
 */
export function printTolerationsMultiline(w: PrefixWriter, title: string, tolerations: readonly Toleration[] | undefined, initialIndent = '', innerIndent = '\t'): void {
  w.write(LEVEL_0, `${initialIndent}${title}:${innerIndent}`);
  if (!tolerations || tolerations.length === 0) {
    w.writeLine('<none>');
    return;
  }
  const sorted = [...tolerations].sort((a, b) => byteCompare(a.key ?? '', b.key ?? ''));
  sorted.forEach((t, i) => {
    if (i !== 0) w.write(LEVEL_0, initialIndent + innerIndent);
    let s = t.key ?? '';
    if (t.value) s += `=${t.value}`;
    if (t.effect) s += `:${t.effect}`;
    if (t.operator === 'Exists' && !t.value) s += t.key || t.effect ? ' op=Exists' : 'op=Exists';
    if (t.tolerationSeconds !== undefined && t.tolerationSeconds !== null) s += ` for ${t.tolerationSeconds}s`;
    w.write(LEVEL_0, s + '\n');
  });
}

/** Taint.ToString: "key=value:Effect", "key:Effect". */
export function taintString(t: Taint): string {
  return t.value ? `${t.key}=${t.value}:${t.effect}` : `${t.key}:${t.effect}`;
}

/** printTaintsMultilineWithIndent: sorted by "effect,key". */
export function printTaintsMultiline(w: PrefixWriter, title: string, taints: readonly Taint[] | undefined): void {
  w.write(LEVEL_0, `${title}:\t`);
  if (!taints || taints.length === 0) {
    w.writeLine('<none>');
    return;
  }
  const sorted = [...taints].sort((a, b) => byteCompare(`${a.effect},${a.key}`, `${b.effect},${b.key}`));
  sorted.forEach((t, i) => {
    if (i !== 0) w.write(LEVEL_0, '\t');
    w.write(LEVEL_0, taintString(t) + '\n');
  });
}

/** metav1.GetControllerOf → "Kind/name" for "Controlled By:". */
export function controllerOf(meta: { ownerReferences?: Array<{ kind: string; name: string; controller?: boolean }> } | undefined): string {
  const ref = meta?.ownerReferences?.find((r) => r.controller);
  return ref ? `${ref.kind}/${ref.name}` : '';
}

/** Quantity.String() of a serialized quantity; unparsable text is shown as is. */
export function quantityString(q: string | number | undefined): string {
  const parsed = toQuantity(q);
  return parsed ? parsed.toString() : String(q ?? '');
}

export function toQuantity(q: string | number | undefined | null): Quantity | undefined {
  if (q === undefined || q === null) return undefined;
  try {
    return parseQuantity(String(q));
  } catch {
    return undefined;
  }
}

