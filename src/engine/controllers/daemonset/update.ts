// Mirrors pkg/controller/daemon/update.go (v1.32): ControllerRevisions as the
// DaemonSet's history (constructHistory, cleanupHistory), the RollingUpdate
// strategy with maxUnavailable or maxSurge (rollingUpdate), and
// updateDaemonSetStatus.
import type { ControllerRevision, DaemonSet } from 'kubernetes-types/apps/v1';
import type { Node, Pod } from 'kubernetes-types/core/v1';
import { isAlreadyExists, isConflict, isNotFound } from '../../api/errors.js';
import { parseRFC3339 } from '../../clock/clock.js';
import { keyOf } from '../../client/informer.js';
import { deepEqual } from '../../util/object.js';
import type { DaemonSetsController } from './daemon_controller.js';
import { computeHash, controllerRevisionHashLabel } from './util.js';

/** constructHistory: the current revision (created or bumped to the newest number) and its hash. */
export function constructHistory(dsc: DaemonSetsController, ds: DaemonSet): { current?: ControllerRevision; hash: string } {
  const hash = computeHash(ds.spec!.template, ds.status?.collisionCount);
  const histories = dsc.historyInformer.byIndex('daemonset.controllerUID', ds.metadata!.uid!);
  const max = histories.reduce((m, h) => Math.max(m, h.revision ?? 0), 0);
  const name = `${ds.metadata!.name}-${hash}`;
  let current = histories.find((h) => h.metadata?.name === name);
  const ns = ds.metadata!.namespace;
  try {
    if (!current) {
      current = dsc.client.create<ControllerRevision>('apps', 'controllerrevisions', ns, {
        apiVersion: 'apps/v1',
        kind: 'ControllerRevision',
        metadata: {
          name,
          labels: { ...(ds.spec!.template.metadata?.labels ?? {}), [controllerRevisionHashLabel]: hash },
          annotations: ds.metadata?.annotations ? { ...ds.metadata.annotations } : undefined,
          ownerReferences: [{ apiVersion: 'apps/v1', kind: 'DaemonSet', name: ds.metadata!.name!, uid: ds.metadata!.uid!, controller: true, blockOwnerDeletion: true }],
        },
        data: { spec: { template: { $patch: 'replace', ...ds.spec!.template } } },
        revision: max + 1,
      });
    } else if ((current.revision ?? 0) < max) {
      current = dsc.client.update<ControllerRevision>('apps', 'controllerrevisions', ns, { ...current, revision: max + 1 });
    }
  } catch (e) {
    if (!isAlreadyExists(e) && !isConflict(e) && !isNotFound(e)) throw e;
  }
  cleanupHistory(dsc, ds, histories, name);
  return { current, hash };
}

/** cleanupHistory: drop the oldest revisions past revisionHistoryLimit that no live Pod still runs. */
function cleanupHistory(dsc: DaemonSetsController, ds: DaemonSet, histories: ControllerRevision[], currentName: string): void {
  const limit = ds.spec?.revisionHistoryLimit ?? 10;
  const old = histories.filter((h) => h.metadata?.name !== currentName);
  if (old.length <= limit) return;
  const liveHashes = new Set<string>();
  for (const pods of dsc.nodesToDaemonPods(ds).values()) for (const p of pods) liveHashes.add(p.metadata?.labels?.[controllerRevisionHashLabel] ?? '');
  const deletable = old.filter((h) => !liveHashes.has(h.metadata?.labels?.[controllerRevisionHashLabel] ?? '')).sort((a, b) => (a.revision ?? 0) - (b.revision ?? 0));
  for (const h of deletable.slice(0, old.length - limit)) {
    try {
      dsc.client.delete('apps', 'controllerrevisions', h.metadata!.namespace, h.metadata!.name!);
    } catch (e) {
      if (!isNotFound(e)) throw e;
    }
  }
}

function isPodReady(p: Pod): boolean {
  return p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}

function isPodAvailable(p: Pod, minReadySeconds: number, now: number): boolean {
  if (!isPodReady(p)) return false;
  if (!minReadySeconds) return true;
  const t = parseRFC3339(p.status?.conditions?.find((c) => c.type === 'Ready')?.lastTransitionTime);
  return t !== undefined && t + minReadySeconds * 1000 <= now;
}

/** GetScaledValueFromIntOrPercent rounding up, as the DaemonSet's surge and unavailable counts do. */
function scaled(v: number | string | undefined, total: number): number {
  if (v === undefined) return 0;
  if (typeof v === 'number') return v;
  const m = /^(\d+)%$/.exec(v);
  if (!m) return Number(v) || 0;
  return Math.ceil((Number(m[1]) * total) / 100);
}

/** findUpdatedPodsOnNode: at most one new and one old Pod per node, else not ok. */
function findUpdatedPodsOnNode(pods: Pod[], hash: string): { ok: boolean; newPod?: Pod; oldPod?: Pod } {
  let newPod: Pod | undefined;
  let oldPod: Pod | undefined;
  for (const p of pods) {
    if (p.metadata?.labels?.[controllerRevisionHashLabel] === hash) {
      if (newPod) return { ok: false };
      newPod = p;
    } else {
      if (oldPod) return { ok: false };
      oldPod = p;
    }
  }
  return { ok: true, newPod, oldPod };
}

/** rollingUpdate: replace old Pods within maxUnavailable (delete first) or maxSurge (create first). */
export function rollingUpdate(dsc: DaemonSetsController, ds: DaemonSet, nodes: Node[], hash: string): void {
  const byNode = dsc.nodesToDaemonPods(ds);
  const desired = nodes.filter((n) => dsc.shouldRunOn(n, ds).shouldRun).length;
  const ru = ds.spec?.updateStrategy?.rollingUpdate;
  const maxSurge = scaled(ru?.maxSurge as number | string | undefined, desired);
  let maxUnavailable = scaled(ru?.maxUnavailable as number | string | undefined, desired);
  if (maxSurge === 0 && maxUnavailable === 0) maxUnavailable = 1;
  const now = dsc.clock.now();
  const minReady = ds.spec?.minReadySeconds ?? 0;
  const nodeNames = [...byNode.keys()].sort();
  let numUnavailable = 0;
  if (maxSurge === 0) {
    const allowed: Pod[] = [];
    const candidates: Pod[] = [];
    for (const n of nodeNames) {
      const { ok, newPod, oldPod } = findUpdatedPodsOnNode(byNode.get(n)!, hash);
      if (!ok || (!oldPod && !newPod) || (oldPod && newPod)) {
        numUnavailable++;
        continue;
      }
      if (newPod) {
        if (!isPodAvailable(newPod, minReady, now)) numUnavailable++;
        continue;
      }
      if (!isPodAvailable(oldPod!, minReady, now)) allowed.push(oldPod!);
      else if (numUnavailable < maxUnavailable) candidates.push(oldPod!);
    }
    const remaining = Math.min(Math.max(0, maxUnavailable - numUnavailable), candidates.length);
    const del = [...allowed, ...candidates.slice(0, remaining)];
    if (del.length) dsc.syncNodes(ds, del, [], hash);
    return;
  }
  const allowedNew: string[] = [];
  const candidateNew: string[] = [];
  const oldToDelete: Pod[] = [];
  let numSurge = 0;
  for (const n of nodeNames) {
    const { ok, newPod, oldPod } = findUpdatedPodsOnNode(byNode.get(n)!, hash);
    if (!ok) {
      numUnavailable++;
      continue;
    }
    if (!oldPod) continue;
    if (!newPod) {
      if (!isPodAvailable(oldPod, minReady, now)) {
        numUnavailable++;
        allowedNew.push(n);
      } else if (numSurge < maxSurge) candidateNew.push(n);
      continue;
    }
    if (!isPodAvailable(newPod, minReady, now)) {
      numSurge++;
      continue;
    }
    oldToDelete.push(oldPod);
  }
  const remaining = Math.min(Math.max(0, maxSurge - numSurge), candidateNew.length);
  const create = [...allowedNew, ...candidateNew.slice(0, remaining)];
  if (create.length || oldToDelete.length) dsc.syncNodes(ds, oldToDelete, create, hash);
}

/** updateDaemonSetStatus: the counts `kubectl get ds` prints. */
export function updateDaemonSetStatus(dsc: DaemonSetsController, ds: DaemonSet, nodes: Node[], hash: string, updateObservedGen: boolean): void {
  const byNode = dsc.nodesToDaemonPods(ds);
  const now = dsc.clock.now();
  const minReady = ds.spec?.minReadySeconds ?? 0;
  let desired = 0;
  let current = 0;
  let misscheduled = 0;
  let ready = 0;
  let available = 0;
  let updated = 0;
  for (const node of nodes) {
    const { shouldRun } = dsc.shouldRunOn(node, ds);
    const pods = byNode.get(node.metadata!.name!) ?? [];
    if (!shouldRun) {
      if (pods.length) misscheduled++;
      continue;
    }
    desired++;
    if (!pods.length) continue;
    current++;
    const pod = pods.length === 1 ? pods[0]! : [...pods].sort((a, b) => (a.metadata!.creationTimestamp ?? '').localeCompare(b.metadata!.creationTimestamp ?? ''))[0]!;
    if (isPodReady(pod)) {
      ready++;
      if (isPodAvailable(pod, minReady, now)) available++;
    }
    if (pod.metadata?.labels?.[controllerRevisionHashLabel] === hash) updated++;
  }
  const status = {
    ...(ds.status ?? {}),
    currentNumberScheduled: current,
    numberMisscheduled: misscheduled,
    desiredNumberScheduled: desired,
    numberReady: ready,
    observedGeneration: updateObservedGen ? ds.metadata?.generation : ds.status?.observedGeneration,
    updatedNumberScheduled: updated,
    numberAvailable: available,
    numberUnavailable: desired - available,
  };
  if (!status.numberAvailable) delete (status as Record<string, unknown>).numberAvailable;
  if (!status.numberUnavailable) delete (status as Record<string, unknown>).numberUnavailable;
  if (!status.updatedNumberScheduled) delete (status as Record<string, unknown>).updatedNumberScheduled;
  if (deepEqual(status, ds.status ?? {})) return;
  try {
    dsc.client.updateStatus('apps', 'daemonsets', ds.metadata!.namespace, { ...ds, status });
  } catch (e) {
    if (isConflict(e) || isNotFound(e)) {
      dsc.queue.addRateLimited(keyOf(ds));
      return;
    }
    throw e;
  }
  // A Pod Ready but not yet available for minReadySeconds: look again when it will be.
  if (minReady > 0 && ready > available) dsc.queue.addAfter(keyOf(ds), minReady * 1000);
}
