// Shared by the `kubectl rollout` sub-commands (staging/src/k8s.io/kubectl/pkg/cmd/rollout
// and pkg/polymorphichelpers): flags, resource resolution through the builder, and the
// ReplicaSets of a Deployment as deploymentutil.GetAllReplicaSets finds them.
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';
import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import { selectorFromLabelSelector } from '../../../api/labels.js';
import type { Client } from '../../../client/client.js';
import { CmdError, type CommandContext } from '../../command.js';
import type { FlagSpec } from '../../flags.js';
import { planResources, visitResources, type BuilderOptions, type Item, type VisitResult } from '../../util/builder.js';
import { clone, deepEqual } from '../../../util/object.js';

export const fileFlags: FlagSpec[] = [
  { name: 'filename', short: 'f', type: 'stringSlice', default: [] },
  { name: 'kustomize', short: 'k', type: 'string', default: '' },
  { name: 'recursive', short: 'R', type: 'bool', default: false },
  { name: 'selector', short: 'l', type: 'string', default: '' },
];

export const RevisionAnnotation = 'deployment.kubernetes.io/revision';
export const ChangeCauseAnnotation = 'kubernetes.io/change-cause';

/** Validate(): a resource by argument or -f is required. */
export function requireResource(ctx: CommandContext): void {
  if (!ctx.flags.args.length && !ctx.flags.strings('filename').length && !ctx.flags.string('kustomize')) {
    throw new CmdError('required resource not specified');
  }
}

/** The builder as the rollout commands configure it (ResourceTypeOrNameArgs(true, …), Latest()). */
export function visit(ctx: CommandContext, extra: Partial<BuilderOptions> = {}): VisitResult {
  const f = ctx.flags;
  const plan = planResources(ctx.io, {
    args: f.args,
    filenames: f.strings('filename'),
    recursive: f.bool('recursive'),
    labelSelector: f.changed('selector') ? f.string('selector') : undefined,
    namespace: ctx.namespace,
    enforceNamespace: ctx.explicitNamespace,
    allowEmptySelector: true,
    ...extra,
  });
  return visitResources(ctx.deps.client, plan, { latest: true });
}

/** GroupKind.String(): `Pod`, `ReplicaSet.apps`. */
export function groupKind(item: Item): string {
  return item.info.group ? `${item.info.kind}.${item.info.group}` : item.info.kind;
}

/** `deployments.apps`: the resource string pause/resume/restart put in their errors. */
export function resourceString(item: Item): string {
  return item.info.group ? `${item.info.name}.${item.info.group}` : item.info.name;
}

export function isDeployment(item: Item): boolean {
  return item.info.group === 'apps' && item.info.name === 'deployments';
}

/** Revision of a ReplicaSet or Deployment; NaN when malformed, 0 when absent. */
export function revisionOf(obj: { metadata?: { annotations?: Record<string, string> } }): number {
  const v = obj.metadata?.annotations?.[RevisionAnnotation];
  if (v === undefined) return 0;
  return /^-?\d+$/.test(v) ? Number(v) : NaN;
}

/** deploymentutil.GetAllReplicaSets: the ReplicaSets this Deployment controls (old ones first, the new one last). */
export function deploymentReplicaSets(client: Client, d: Deployment): ReplicaSet[] {
  const sel = selectorFromLabelSelector(d.spec?.selector);
  const list = client.list<ReplicaSet>('apps', 'replicasets', d.metadata!.namespace, { labelSelector: sel.toString() }).items;
  const owned = list.filter((rs) => rs.metadata?.ownerReferences?.some((r) => r.controller && r.uid === d.metadata?.uid));
  const sorted = [...owned].sort((a, b) => (Date.parse(a.metadata!.creationTimestamp!) - Date.parse(b.metadata!.creationTimestamp!)) || (a.metadata!.name! < b.metadata!.name! ? -1 : 1));
  const newRS = sorted.find((rs) => equalIgnoreHash(rs.spec?.template, d.spec?.template));
  return newRS ? [...owned.filter((rs) => rs !== newRS), newRS] : owned;
}

/** EqualIgnoreHash: templates equal once the pod-template-hash label is ignored. */
export function equalIgnoreHash(a: PodTemplateSpec | undefined, b: PodTemplateSpec | undefined): boolean {
  const strip = (t: PodTemplateSpec | undefined) => {
    const c = clone(t ?? {}) as PodTemplateSpec;
    const labels = c.metadata?.labels as Record<string, string> | undefined;
    if (labels) {
      delete labels['pod-template-hash'];
      if (!Object.keys(labels).length) delete c.metadata!.labels;
    }
    if (c.metadata && !Object.keys(c.metadata).length) delete c.metadata;
    return c;
  };
  return deepEqual(strip(a), strip(b));
}
