// The ControllerRevision side of polymorphichelpers (history.go, rollback.go): a
// DaemonSet's or StatefulSet's history is the ControllerRevisions it controls, each
// holding `{spec:{template:{$patch:replace,…}}}` as a strategic merge patch.
import type { ControllerRevision, DaemonSet, StatefulSet } from 'kubernetes-types/apps/v1';
import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import { selectorFromLabelSelector } from '../../../api/labels.js';
import { strategicMergePatch } from '../../../api/patch/index.js';
import type { Client } from '../../../client/client.js';
import { clone, deepEqual } from '../../../util/object.js';
import { CmdError } from '../../command.js';
import type { Item } from '../../util/builder.js';

export type RevisionedKind = 'DaemonSet' | 'StatefulSet';
type Revisioned = DaemonSet | StatefulSet;

/** The kinds whose history lives in ControllerRevisions (apps/v1 DaemonSet and StatefulSet). */
export function revisionedKind(item: Item): RevisionedKind | undefined {
  if (item.info.group !== 'apps') return undefined;
  if (item.info.name === 'daemonsets') return 'DaemonSet';
  if (item.info.name === 'statefulsets') return 'StatefulSet';
  return undefined;
}

const plural = { DaemonSet: 'daemonsets', StatefulSet: 'statefulsets' } as const;
/** daemonSetHistory / statefulSetHistory spell the kind differently in their errors. */
const retrieveName = { DaemonSet: 'DaemonSet', StatefulSet: 'Statefulset' } as const;

/** daemonSetHistory / statefulSetHistory: the object and the ControllerRevisions it controls. */
export function objectHistory(client: Client, kind: RevisionedKind, namespace: string, name: string): { obj: Revisioned; history: ControllerRevision[] } {
  let obj: Revisioned;
  try {
    obj = client.get<Revisioned>('apps', plural[kind], namespace, name);
  } catch (e) {
    throw new CmdError(`failed to retrieve ${retrieveName[kind]} ${name}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const selector = selectorFromLabelSelector(obj.spec?.selector);
  const list = client.list<ControllerRevision>('apps', 'controllerrevisions', obj.metadata!.namespace, { labelSelector: selector.toString() }).items;
  const history = list.filter((h) => h.metadata?.ownerReferences?.some((r) => r.controller && r.uid === obj.metadata?.uid));
  return { obj, history };
}

/** applyDaemonSetHistory / applyRevision: the object's template once the revision's patch is applied. */
export function templateOf(kind: RevisionedKind, obj: Revisioned, history: ControllerRevision): PodTemplateSpec | undefined {
  const patched = strategicMergePatch(obj, history.data ?? {}, kind) as Revisioned;
  return patched.spec?.template;
}

/** getDaemonSetPatch / getStatefulSetPatch: the patch that would restore the object's current template. */
export function currentPatch(obj: Revisioned): unknown {
  return { spec: { template: { ...clone(obj.spec?.template ?? {}), $patch: 'replace' } } };
}

/** daemonSetMatch / statefulsetMatch: the revision records the current template. */
export function historyMatches(obj: Revisioned, history: ControllerRevision): boolean {
  return deepEqual(currentPatch(obj), history.data);
}

/** findHistory: the revision numbered `to`, or the second newest when 0. */
export function findHistory(to: number, history: ControllerRevision[]): ControllerRevision | undefined {
  if (to === 0) {
    if (history.length <= 1) return undefined;
    return [...history].sort((a, b) => (a.revision ?? 0) - (b.revision ?? 0))[history.length - 2];
  }
  return history.find((h) => (h.revision ?? 0) === to);
}
