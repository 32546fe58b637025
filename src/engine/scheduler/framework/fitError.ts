// Mirrors FitError.Error (pkg/scheduler/framework/types.go, v1.32): "0/N nodes are
// available:" then either the PreFilter message or a histogram of per-node reasons
// ("<count> <reason>", sorted as strings, so "1 node(s) had…" < "2 Insufficient cpu"
// and "10 …" < "2 …"), each part ending in "."; then the PostFilter message as is.
import type { Status } from './types.js';

export interface Diagnosis {
  /** Node name → the status of the first Filter plugin that rejected it. */
  nodeToStatus: ReadonlyMap<string, Status>;
  /** Reasons given to every node absent from nodeToStatus (AbsentNodesStatus). */
  absentReasons?: readonly string[];
  preFilterMsg?: string;
  postFilterMsg?: string;
}

export function reasonHistogram(d: Diagnosis, numAllNodes: number): string[] {
  const reasons = new Map<string, number>();
  for (const st of d.nodeToStatus.values()) for (const r of st.reasons) reasons.set(r, (reasons.get(r) ?? 0) + 1);
  const absent = numAllNodes - d.nodeToStatus.size;
  if (absent > 0) for (const r of d.absentReasons ?? []) reasons.set(r, (reasons.get(r) ?? 0) + absent);
  // Go's sort.Strings compares bytes; JS string comparison on UTF-16 agrees for these ASCII texts.
  return [...reasons].map(([r, n]) => `${n} ${r}`).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function fitErrorMessage(numAllNodes: number, d: Diagnosis): string {
  let msg = `0/${numAllNodes} nodes are available:`;
  if (d.preFilterMsg) msg += ` ${d.preFilterMsg}.`;
  else {
    const hist = reasonHistogram(d, numAllNodes);
    if (hist.length) msg += ` ${hist.join(', ')}.`;
  }
  if (d.postFilterMsg) msg += ` ${d.postFilterMsg}`;
  return msg;
}
