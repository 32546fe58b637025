// Mirrors component-helpers/scheduling/corev1/nodeaffinity: RequiredNodeAffinity
// (spec.nodeSelector AND any of the required NodeSelectorTerms) and
// PreferredSchedulingTerms (sum of the weights of matching terms). Parse errors make
// a term match nothing, as upstream ignores them "for backwards compatibility".
import type { Node, NodeSelectorRequirement, NodeSelectorTerm, Pod, PreferredSchedulingTerm } from 'kubernetes-types/core/v1';

type Labels = Readonly<Record<string, string>>;

function matchRequirement(r: NodeSelectorRequirement, labels: Labels): boolean {
  const has = Object.prototype.hasOwnProperty.call(labels, r.key);
  const v = labels[r.key];
  const values = r.values ?? [];
  switch (r.operator) {
    case 'In':
      return has && values.includes(v!);
    case 'NotIn':
      return !has || !values.includes(v!);
    case 'Exists':
      return has;
    case 'DoesNotExist':
      return !has;
    case 'Gt':
    case 'Lt': {
      if (!has || values.length !== 1) return false;
      const a = Number.parseInt(v!, 10);
      const b = Number.parseInt(values[0]!, 10);
      if (!/^-?\d+$/.test(v!) || !/^-?\d+$/.test(values[0]!)) return false;
      return r.operator === 'Gt' ? a > b : a < b;
    }
    default:
      return false;
  }
}

/** A term with neither expressions nor fields matches nothing. */
export function matchTerm(term: NodeSelectorTerm, node: Node): boolean {
  const exprs = term.matchExpressions ?? [];
  const fields = term.matchFields ?? [];
  if (!exprs.length && !fields.length) return false;
  const labels = node.metadata?.labels ?? {};
  for (const r of exprs) if (!matchRequirement(r, labels)) return false;
  for (const r of fields) {
    if (r.key !== 'metadata.name') return false;
    if (!matchRequirement(r, { 'metadata.name': node.metadata?.name ?? '' })) return false;
  }
  return true;
}

export class RequiredNodeAffinity {
  private readonly selector: [string, string][] | null;
  private readonly terms: readonly NodeSelectorTerm[] | null;

  constructor(pod: Pod) {
    const ns = pod.spec?.nodeSelector;
    this.selector = ns ? Object.entries(ns) : null;
    this.terms = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? null;
  }

  get empty(): boolean {
    return !this.selector && !this.terms;
  }

  match(node: Node): boolean {
    if (this.selector) {
      const labels = node.metadata?.labels ?? {};
      for (const [k, v] of this.selector) if (labels[k] !== v) return false;
    }
    if (this.terms) {
      let any = false;
      for (const t of this.terms) {
        if (matchTerm(t, node)) {
          any = true;
          break;
        }
      }
      if (!any) return false;
    }
    return true;
  }
}

export function preferredTerms(pod: Pod): readonly PreferredSchedulingTerm[] {
  return pod.spec?.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? [];
}

/** PreferredSchedulingTerms.Score: the sum of weights of the terms the node matches. */
export function preferredScore(terms: readonly PreferredSchedulingTerm[], node: Node): number {
  let s = 0;
  for (const t of terms) if (t.weight && matchTerm(t.preference, node)) s += t.weight;
  return s;
}
