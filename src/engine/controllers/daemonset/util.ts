// Mirrors pkg/controller/daemon/util/daemonset_util.go (v1.32): the Pod a
// DaemonSet runs on a node (template + the automatic tolerations + nodeAffinity
// `matchFields metadata.name`, so the scheduler binds it, as since v1.12) and
// the predicates of nodeShouldRunDaemonPod (nodeName, node affinity, taints).
import type { DaemonSet } from 'kubernetes-types/apps/v1';
import type {
  Node,
  NodeSelectorRequirement,
  NodeSelectorTerm,
  Pod,
  PodSpec,
  PodTemplateSpec,
  Taint,
  Toleration,
} from 'kubernetes-types/core/v1';
import { clone } from '../../util/object.js';

export const controllerRevisionHashLabel = 'controller-revision-hash';
export const podTemplateGenerationLabel = 'pod-template-generation';

/** AddOrUpdateDaemonPodTolerations, in upstream's order. */
export function daemonPodTolerations(spec: PodSpec): Toleration[] {
  const tols: Toleration[] = [...(spec.tolerations ?? [])];
  const add = (key: string, effect: 'NoExecute' | 'NoSchedule') => {
    const t: Toleration = { key, operator: 'Exists', effect };
    if (!tols.some((x) => x.key === key && (x.operator ?? 'Equal') === 'Exists' && x.effect === effect && x.value === undefined)) tols.push(t);
  };
  add('node.kubernetes.io/not-ready', 'NoExecute');
  add('node.kubernetes.io/unreachable', 'NoExecute');
  add('node.kubernetes.io/disk-pressure', 'NoSchedule');
  add('node.kubernetes.io/memory-pressure', 'NoSchedule');
  add('node.kubernetes.io/pid-pressure', 'NoSchedule');
  add('node.kubernetes.io/unschedulable', 'NoSchedule');
  if (spec.hostNetwork) add('node.kubernetes.io/network-unavailable', 'NoSchedule');
  return tols;
}

/** ReplaceDaemonSetPodNodeNameNodeAffinity: require metadata.name = node, keep the rest of the affinity. */
export function withNodeNameAffinity(spec: PodSpec, nodeName: string): void {
  const term: NodeSelectorTerm = { matchFields: [{ key: 'metadata.name', operator: 'In', values: [nodeName] }] };
  const affinity = clone(spec.affinity ?? {});
  const na = affinity.nodeAffinity ?? {};
  const required = na.requiredDuringSchedulingIgnoredDuringExecution;
  if (!required?.nodeSelectorTerms?.length) {
    na.requiredDuringSchedulingIgnoredDuringExecution = { nodeSelectorTerms: [term] };
  } else {
    // Every term keeps its label expressions; its field requirement becomes the node name.
    na.requiredDuringSchedulingIgnoredDuringExecution = {
      nodeSelectorTerms: required.nodeSelectorTerms.map((t) => ({ ...t, matchFields: term.matchFields })),
    };
  }
  affinity.nodeAffinity = na;
  (spec as { affinity?: PodSpec['affinity'] }).affinity = affinity;
}

/** NewPod / CreatePodTemplate: the Pod for `nodeName` from the DaemonSet's template. */
export function newDaemonPodTemplate(ds: DaemonSet, hash: string, nodeName?: string): PodTemplateSpec {
  const tpl = clone(ds.spec!.template);
  const meta = tpl.metadata ?? {};
  const labels: Record<string, string> = { ...(meta.labels ?? {}) };
  labels[controllerRevisionHashLabel] = hash;
  labels[podTemplateGenerationLabel] = String(ds.metadata?.generation ?? 1);
  tpl.metadata = { ...meta, labels };
  const spec = tpl.spec as PodSpec & { tolerations?: Toleration[] };
  spec.tolerations = daemonPodTolerations(spec);
  if (nodeName) withNodeNameAffinity(spec, nodeName);
  return tpl;
}

function matchRequirement(r: NodeSelectorRequirement, value: string | undefined): boolean {
  const vals = r.values ?? [];
  switch (r.operator) {
    case 'In':
      return value !== undefined && vals.includes(value);
    case 'NotIn':
      return value === undefined || !vals.includes(value);
    case 'Exists':
      return value !== undefined;
    case 'DoesNotExist':
      return value === undefined;
    case 'Gt':
    case 'Lt': {
      if (value === undefined || vals.length !== 1) return false;
      const a = Number(value);
      const b = Number(vals[0]);
      if (!Number.isInteger(a) || !Number.isInteger(b)) return false;
      return r.operator === 'Gt' ? a > b : a < b;
    }
    default:
      return false;
  }
}

function matchTerm(t: NodeSelectorTerm, node: Node): boolean {
  const exprs = t.matchExpressions ?? [];
  const fields = t.matchFields ?? [];
  if (!exprs.length && !fields.length) return false;
  const labels = node.metadata?.labels ?? {};
  return (
    exprs.every((r) => matchRequirement(r, labels[r.key])) &&
    fields.every((r) => matchRequirement(r, r.key === 'metadata.name' ? node.metadata?.name : undefined))
  );
}

/** nodeaffinity.GetRequiredNodeAffinity(pod).Match(node): nodeSelector and required node affinity. */
export function fitsNodeAffinity(spec: PodSpec, node: Node): boolean {
  const labels = node.metadata?.labels ?? {};
  for (const [k, v] of Object.entries(spec.nodeSelector ?? {})) if (labels[k] !== v) return false;
  const terms = spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
  if (!terms) return true;
  return terms.some((t) => matchTerm(t, node));
}

export function toleratesTaint(tol: Toleration, taint: Taint): boolean {
  if (tol.effect && tol.effect !== taint.effect) return false;
  if (tol.key && tol.key !== taint.key) return false;
  if (!tol.key && tol.operator !== 'Exists') return false;
  const op = tol.operator ?? 'Equal';
  if (op === 'Exists') return true;
  return op === 'Equal' && (tol.value ?? '') === (taint.value ?? '');
}

/** FindMatchingUntoleratedTaint over the taints with the given effects. */
export function untoleratedTaint(taints: readonly Taint[], tolerations: readonly Toleration[], effects: string[]): Taint | undefined {
  return taints.find((t) => effects.includes(t.effect) && !tolerations.some((tol) => toleratesTaint(tol, t)));
}

/**
 * NodeShouldRunDaemonPod: shouldRun (a Pod belongs there) and shouldContinueRunning (an
 * existing Pod may stay: only NoExecute taints it does not tolerate drive it out).
 */
export function nodeShouldRunDaemonPod(node: Node, ds: DaemonSet): { shouldRun: boolean; shouldContinueRunning: boolean } {
  const spec = ds.spec!.template.spec!;
  if (spec.nodeName && spec.nodeName !== node.metadata?.name) return { shouldRun: false, shouldContinueRunning: false };
  if (!fitsNodeAffinity(spec, node)) return { shouldRun: false, shouldContinueRunning: false };
  const tolerations = daemonPodTolerations(spec);
  const taints = node.spec?.taints ?? [];
  if (untoleratedTaint(taints, tolerations, ['NoExecute', 'NoSchedule'])) {
    return { shouldRun: false, shouldContinueRunning: !untoleratedTaint(taints, tolerations, ['NoExecute']) };
  }
  return { shouldRun: true, shouldContinueRunning: true };
}

/** The node a daemon Pod is for: spec.nodeName once bound, else its matchFields metadata.name. */
export function targetNodeName(pod: Pod): string | undefined {
  if (pod.spec?.nodeName) return pod.spec.nodeName;
  for (const t of pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? []) {
    for (const f of t.matchFields ?? []) if (f.key === 'metadata.name' && f.operator === 'In' && f.values?.length === 1) return f.values[0];
  }
  return undefined;
}

// ComputeHash (pkg/controller/controller_utils.go) is the Deployment's: controller-revision-hash.
export { computeHash } from '../util/hash.js';
