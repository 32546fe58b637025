// Mirrors k8s.io/api/core/v1 Toleration.ToleratesTaint and component-helpers
// scheduling/corev1 FindMatchingUntoleratedTaint, shared by TaintToleration,
// NodeUnschedulable and PodTopologySpread (plugins never import each other).
import type { Taint, Toleration } from 'kubernetes-types/core/v1';

/** An empty effect or key matches all; an empty operator means Equal. */
export function toleratesTaint(t: Toleration, taint: Taint): boolean {
  if (t.effect && t.effect !== taint.effect) return false;
  if (t.key && t.key !== taint.key) return false;
  switch (t.operator ?? '') {
    case '':
    case 'Equal':
      return (t.value ?? '') === (taint.value ?? '');
    case 'Exists':
      return true;
    default:
      return false;
  }
}

export function tolerationsTolerateTaint(tols: readonly Toleration[], taint: Taint): boolean {
  for (const t of tols) if (toleratesTaint(t, taint)) return true;
  return false;
}

/** The first taint (in the node's order) that passes `filter` and no toleration tolerates. */
export function findMatchingUntoleratedTaint(
  taints: readonly Taint[],
  tols: readonly Toleration[],
  filter: (t: Taint) => boolean,
): Taint | undefined {
  for (const taint of taints) {
    if (!filter(taint)) continue;
    if (!tolerationsTolerateTaint(tols, taint)) return taint;
  }
  return undefined;
}

/** DoNotScheduleTaintsFilterFunc: NoSchedule and NoExecute taints keep Pods off. */
export const doNotScheduleTaints = (t: Taint): boolean => t.effect === 'NoSchedule' || t.effect === 'NoExecute';
