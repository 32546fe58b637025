// The label matching describers need (metav1.LabelSelectorAsSelector(...).Matches) and
// getPodStatusForController: count a controller's pods by phase.

import type { LabelSelector } from 'kubernetes-types/meta/v1';
import type { Pod } from 'kubernetes-types/core/v1';

/** LabelSelectorAsSelector(sel).Matches(labels); a nil selector matches nothing, an empty one everything. */
export function selectorMatches(sel: LabelSelector | undefined | null, labels: { [k: string]: string } | undefined): boolean {
  if (!sel) return false;
  const l = labels ?? {};
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) if (l[k] !== v) return false;
  for (const e of sel.matchExpressions ?? []) {
    const has = Object.prototype.hasOwnProperty.call(l, e.key);
    const vals = e.values ?? [];
    switch (e.operator) {
      case 'In':
        if (!has || !vals.includes(l[e.key])) return false;
        break;
      case 'NotIn':
        if (has && vals.includes(l[e.key])) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

/** labels.SelectorFromSet(map).Matches. */
export function mapSelectorMatches(sel: { [k: string]: string } | undefined, labels: { [k: string]: string } | undefined): boolean {
  return selectorMatches({ matchLabels: sel ?? {} }, labels);
}

export interface PodPhaseCounts {
  running: number;
  waiting: number;
  succeeded: number;
  failed: number;
}

/** getPodStatusForController: pods matching the selector whose controllerRef is `uid`, by phase. */
export function podStatusForController(pods: readonly Pod[], matches: (p: Pod) => boolean, uid: string | undefined): PodPhaseCounts {
  const counts = { running: 0, waiting: 0, succeeded: 0, failed: 0 };
  for (const p of pods) {
    if (!matches(p)) continue;
    const ref = p.metadata?.ownerReferences?.find((r) => r.controller);
    if (!ref || ref.uid !== uid) continue;
    switch (p.status?.phase) {
      case 'Running':
        counts.running++;
        break;
      case 'Pending':
        counts.waiting++;
        break;
      case 'Succeeded':
        counts.succeeded++;
        break;
      case 'Failed':
        counts.failed++;
        break;
    }
  }
  return counts;
}

export function podsStatusLine(c: PodPhaseCounts): string {
  return `${c.running} Running / ${c.waiting} Waiting / ${c.succeeded} Succeeded / ${c.failed} Failed`;
}
