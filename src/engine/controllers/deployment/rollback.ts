// Mirrors pkg/controller/deployment/rollback.go: the controller-side rollback of the
// `deprecated.deployment.rollback.to` annotation (extensions/v1beta1's rollbackTo).
// `kubectl rollout undo` does its rollback client-side; this path serves old clients.
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';
import { clone } from '../../util/object.js';
import type { DeploymentControllerContext } from './context.js';
import { getAllReplicaSetsAndSyncRevision } from './sync.js';
import {
  DefaultDeploymentUniqueLabelKey,
  RollbackToAnnotation,
  annotationsToSkip,
  equalIgnoreHash,
  lastRevision,
  revision,
} from './util/replicasets.js';

type Ctx = DeploymentControllerContext;

/** getRollbackTo: the revision asked for, or undefined when absent or not a number. */
export function getRollbackTo(d: Deployment): number | undefined {
  const v = d.metadata?.annotations?.[RollbackToAnnotation];
  if (v === undefined || !/^-?\d+$/.test(v)) return undefined;
  return Number(v);
}

export function rollback(dc: Ctx, d: Deployment, rsList: ReplicaSet[]): void {
  const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(dc, d, rsList, true);
  const allRSs = newRS ? [...oldRSs, newRS] : oldRSs;
  let to = getRollbackTo(d) ?? 0;
  if (to === 0) {
    to = lastRevision(allRSs);
    if (to === 0) {
      dc.recorder.event(d, 'Warning', 'DeploymentRollbackRevisionNotFound', 'Unable to find last revision.');
      return updateDeploymentAndClearRollbackTo(dc, d);
    }
  }
  for (const rs of allRSs) {
    if (revision(rs) !== to) continue;
    if (rollbackToTemplate(dc, d, rs)) dc.recorder.event(d, 'Normal', 'DeploymentRollback', `Rolled back deployment "${d.metadata!.name}" to revision ${to}`);
    return;
  }
  dc.recorder.event(d, 'Warning', 'DeploymentRollbackRevisionNotFound', 'Unable to find the revision to rollback to.');
  updateDeploymentAndClearRollbackTo(dc, d);
}

/** rollbackToTemplate: copy the ReplicaSet's template (without its hash label) and annotations. */
function rollbackToTemplate(dc: Ctx, d: Deployment, rs: ReplicaSet): boolean {
  let performed = false;
  if (!equalIgnoreHash(d.spec?.template, rs.spec?.template)) {
    const t = clone(rs.spec!.template!);
    if (t.metadata?.labels) delete (t.metadata.labels as Record<string, string>)[DefaultDeploymentUniqueLabelKey];
    d.spec!.template = t;
    const kept: Record<string, string> = {};
    for (const [k, v] of Object.entries(d.metadata?.annotations ?? {})) if (annotationsToSkip.has(k)) kept[k] = v;
    for (const [k, v] of Object.entries(rs.metadata?.annotations ?? {})) if (!annotationsToSkip.has(k)) kept[k] = v;
    d.metadata!.annotations = kept;
    performed = true;
  } else {
    dc.recorder.event(d, 'Warning', 'DeploymentRollbackTemplateUnchanged', `The rollback revision contains the same template as current deployment "${d.metadata!.name}"`);
  }
  updateDeploymentAndClearRollbackTo(dc, d);
  return performed;
}

function updateDeploymentAndClearRollbackTo(dc: Ctx, d: Deployment): void {
  const a = { ...(d.metadata?.annotations ?? {}) };
  delete a[RollbackToAnnotation];
  d.metadata!.annotations = a;
  dc.client.update('apps', 'deployments', d.metadata!.namespace, d);
}
