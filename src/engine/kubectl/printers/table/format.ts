// Small formatters the printers share, mirroring apimachinery's labels.FormatLabels,
// metav1.FormatLabelSelector / LabelSelectorAsSelector(...).String(), and
// layoutContainerCells / printBoolPtr from pkg/printers/internalversion/printers.go.

import type { LabelSelector } from 'kubernetes-types/meta/v1';

/** labels.Set.String(): "a=b,c=d" sorted by key; "" for none. */
export function labelsString(labels: { [key: string]: string } | undefined | null): string {
  if (!labels) return '';
  return Object.keys(labels)
    .sort(byteCompare)
    .map((k) => `${k}=${labels[k]}`)
    .join(',');
}

/** labels.FormatLabels: like labelsString but "<none>" when empty. */
export function formatLabels(labels: { [key: string]: string } | undefined | null): string {
  return labelsString(labels) || '<none>';
}

/**
 * LabelSelectorAsSelector(sel).String(): requirements sorted by key, matchLabels as
 * "k=v", expressions as "k in (a,b)", "k notin (a,b)", "k", "!k"; values sorted.
 * A nil or empty selector prints as "". Example:
 *   {matchLabels:{app:web}, matchExpressions:[{key:tier,operator:In,values:[b,a]}]}
 *   → "app=web,tier in (a,b)"
 */
export function selectorString(sel: LabelSelector | undefined | null): string {
  if (!sel) return '';
  const reqs: Array<{ key: string; text: string }> = [];
  for (const k of Object.keys(sel.matchLabels ?? {})) {
    reqs.push({ key: k, text: `${k}=${sel.matchLabels![k]}` });
  }
  for (const e of sel.matchExpressions ?? []) {
    const values = [...(e.values ?? [])].sort(byteCompare).join(',');
    switch (e.operator) {
      case 'In':
        reqs.push({ key: e.key, text: `${e.key} in (${values})` });
        break;
      case 'NotIn':
        reqs.push({ key: e.key, text: `${e.key} notin (${values})` });
        break;
      case 'Exists':
        reqs.push({ key: e.key, text: e.key });
        break;
      case 'DoesNotExist':
        reqs.push({ key: e.key, text: `!${e.key}` });
        break;
      default:
        // LabelSelectorAsSelector fails on an unknown operator; FormatLabelSelector prints "<error>".
        throw new SelectorError(`"${e.operator}" is not a valid label selector operator`);
    }
  }
  // Selector.Add sorts requirements by key (stable here; duplicates keep their order).
  reqs.sort((a, b) => byteCompare(a.key, b.key));
  return reqs.map((r) => r.text).join(',');
}

export class SelectorError extends Error {}

/** metav1.FormatLabelSelector: selectorString, "<none>" when empty, "<error>" when invalid. */
export function formatLabelSelector(sel: LabelSelector | undefined | null): string {
  let s: string;
  try {
    s = selectorString(sel);
  } catch (e) {
    if (e instanceof SelectorError) return '<error>';
    throw e;
  }
  return s || '<none>';
}

/** layoutContainerCells: names and images joined with "," in spec order. */
export function layoutContainerCells(containers: Array<{ name?: string; image?: string }> | undefined): [string, string] {
  const list = containers ?? [];
  return [list.map((c) => c.name ?? '').join(','), list.map((c) => c.image ?? '').join(',')];
}

/** printBoolPtr: "True" / "False" / "<unset>" (note: capitalised, unlike a bare bool cell). */
export function printBoolPtr(v: boolean | undefined | null): string {
  if (v === undefined || v === null) return '<unset>';
  return v ? 'True' : 'False';
}

/** A bare Go bool cell printed with fmt.Sprint: "true" / "false". */
export function boolCell(v: boolean | undefined | null): string {
  return v ? 'true' : 'false';
}

/** An int cell printed with fmt.Sprint; missing numbers are Go's zero value. */
export function intCell(v: number | undefined | null): string {
  return String(v ?? 0);
}

/** Go compares strings bytewise; for the ASCII keys of labels this is code-unit order. */
export function byteCompare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
