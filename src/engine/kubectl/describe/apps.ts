// Mirrors describe.go describeDeployment (with deploymentutil's old/new ReplicaSet split),
// describeReplicaSet, describeStatefulSet (+ describeVolumeClaimTemplates) and
// describeDaemonSet.

import type { DaemonSet, Deployment, ReplicaSet, StatefulSet } from 'kubernetes-types/apps/v1';
import type { Event, Pod } from 'kubernetes-types/core/v1';
import { formatLabelSelector, formatLabels, selectorString } from '../printers/table/format.js';
import { describePodTemplate } from './containers.js';
import { describeEvents } from './events.js';
import { byteCompare, controllerOf, goSlice, printAnnotationsMultiline, printLabelsMultiline, quantityString, rfc1123z } from './format.js';
import { podsStatusLine, podStatusForController, selectorMatches } from './selectors.js';
import { pvcClass } from './volumes.js';
import { LEVEL_0, LEVEL_1, tabbedString } from './writer.js';

/** intstr's String(): 1 → "1", "25%" → "25%". */
const intstr = (v: number | string | undefined) => (v === undefined || v === null ? '' : String(v));

export function describeDeployment(d: Deployment, replicaSets: readonly ReplicaSet[], events: readonly Event[] | undefined, nowMs: number): string {
  const { oldRSs, newRS } = splitReplicaSets(d, replicaSets);
  return tabbedString((w) => {
    const meta = d.metadata ?? {};
    const spec = d.spec!;
    const status = d.status ?? {};
    w.write(LEVEL_0, `Name:\t${meta.name ?? ''}\n`);
    w.write(LEVEL_0, `Namespace:\t${meta.namespace ?? ''}\n`);
    w.write(LEVEL_0, `CreationTimestamp:\t${rfc1123z(meta.creationTimestamp)}\n`);
    printLabelsMultiline(w, 'Labels', meta.labels);
    printAnnotationsMultiline(w, 'Annotations', meta.annotations);
    w.write(LEVEL_0, `Selector:\t${selectorString(spec.selector)}\n`);
    w.write(LEVEL_0, `Replicas:\t${spec.replicas ?? 0} desired | ${status.updatedReplicas ?? 0} updated | ${status.replicas ?? 0} total | ${status.availableReplicas ?? 0} available | ${status.unavailableReplicas ?? 0} unavailable\n`);
    w.write(LEVEL_0, `StrategyType:\t${spec.strategy?.type ?? ''}\n`);
    w.write(LEVEL_0, `MinReadySeconds:\t${spec.minReadySeconds ?? 0}\n`);
    const ru = spec.strategy?.rollingUpdate;
    if (ru) w.write(LEVEL_0, `RollingUpdateStrategy:\t${intstr(ru.maxUnavailable)} max unavailable, ${intstr(ru.maxSurge)} max surge\n`);
    describePodTemplate(spec.template, w);
    if (status.conditions && status.conditions.length > 0) {
      w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tReason\n');
      w.write(LEVEL_1, '----\t------\t------\n');
      for (const c of status.conditions) w.write(LEVEL_1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`);
    }
    if (oldRSs.length > 0 || newRS) {
      w.write(LEVEL_0, `OldReplicaSets:\t${replicaSetsString(oldRSs)}\n`);
      w.write(LEVEL_0, `NewReplicaSet:\t${replicaSetsString(newRS ? [newRS] : [])}\n`);
    }
    if (events) describeEvents(events, w, nowMs);
  });
}

/** printReplicaSetsByLabels: "name (status/spec replicas created), ..." or "<none>". */
function replicaSetsString(rss: readonly ReplicaSet[]): string {
  return rss.map((rs) => `${rs.metadata?.name} (${rs.status?.replicas ?? 0}/${rs.spec?.replicas ?? 0} replicas created)`).join(', ') || '<none>';
}

/**
 * deploymentutil.GetAllReplicaSets: the ReplicaSets the Deployment controls; the new one is
 * the oldest whose template equals the Deployment's ignoring pod-template-hash; every
 * other one (even scaled to 0) is old.
 */
export function splitReplicaSets(d: Deployment, all: readonly ReplicaSet[]): { oldRSs: ReplicaSet[]; newRS: ReplicaSet | undefined } {
  const owned = all
    .filter((rs) => rs.metadata?.namespace === d.metadata?.namespace)
    .filter((rs) => selectorMatches(d.spec?.selector, rs.metadata?.labels))
    .filter((rs) => rs.metadata?.ownerReferences?.some((r) => r.controller && r.uid === d.metadata?.uid))
    .sort((a, b) => byteCompare(a.metadata?.name ?? '', b.metadata?.name ?? ''));
  const byAge = [...owned].sort((a, b) => byteCompare(a.metadata?.creationTimestamp ?? '', b.metadata?.creationTimestamp ?? '') || byteCompare(a.metadata?.name ?? '', b.metadata?.name ?? ''));
  const newRS = byAge.find((rs) => equalIgnoreHash(rs.spec?.template, d.spec?.template));
  return { oldRSs: owned.filter((rs) => rs !== newRS), newRS };
}

function equalIgnoreHash(a: unknown, b: unknown): boolean {
  return canonical(stripHash(a)) === canonical(stripHash(b));
}

function stripHash(t: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(t ?? {}));
  if (copy.metadata?.labels) {
    delete copy.metadata.labels['pod-template-hash'];
    if (Object.keys(copy.metadata.labels).length === 0) delete copy.metadata.labels;
  }
  return copy;
}

/** JSON with sorted keys and empty objects/arrays dropped, so omitted and empty compare equal. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined && x !== null && !(typeof x === 'object' && Object.keys(x as object).length === 0))
      .sort(([a], [b]) => byteCompare(a, b));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

export function describeReplicaSet(rs: ReplicaSet, pods: readonly Pod[], events: readonly Event[] | undefined, nowMs: number): string {
  const counts = podStatusForController(pods, (p) => selectorMatches(rs.spec?.selector, p.metadata?.labels), rs.metadata?.uid);
  return tabbedString((w) => {
    const meta = rs.metadata ?? {};
    w.write(LEVEL_0, `Name:\t${meta.name ?? ''}\n`);
    w.write(LEVEL_0, `Namespace:\t${meta.namespace ?? ''}\n`);
    w.write(LEVEL_0, `Selector:\t${formatLabelSelector(rs.spec?.selector)}\n`);
    printLabelsMultiline(w, 'Labels', meta.labels);
    printAnnotationsMultiline(w, 'Annotations', meta.annotations);
    const controlledBy = controllerOf(meta);
    if (controlledBy) w.write(LEVEL_0, `Controlled By:\t${controlledBy}\n`);
    w.write(LEVEL_0, `Replicas:\t${rs.status?.replicas ?? 0} current / ${rs.spec?.replicas ?? 0} desired\n`);
    w.write(LEVEL_0, 'Pods Status:\t');
    w.write(LEVEL_0, podsStatusLine(counts) + '\n');
    describePodTemplate(rs.spec?.template, w);
    const conds = rs.status?.conditions ?? [];
    if (conds.length > 0) {
      w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tReason\n');
      w.write(LEVEL_1, '----\t------\t------\n');
      for (const c of conds) w.write(LEVEL_1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`);
    }
    if (events) describeEvents(events, w, nowMs);
  });
}

export function describeStatefulSet(ss: StatefulSet, pods: readonly Pod[], events: readonly Event[] | undefined, nowMs: number): string {
  const counts = podStatusForController(pods, (p) => selectorMatches(ss.spec?.selector, p.metadata?.labels), ss.metadata?.uid);
  return tabbedString((w) => {
    const meta = ss.metadata ?? {};
    const spec = ss.spec!;
    w.write(LEVEL_0, `Name:\t${meta.name ?? ''}\n`);
    w.write(LEVEL_0, `Namespace:\t${meta.namespace ?? ''}\n`);
    w.write(LEVEL_0, `CreationTimestamp:\t${rfc1123z(meta.creationTimestamp)}\n`);
    w.write(LEVEL_0, `Selector:\t${selectorString(spec.selector)}\n`);
    printLabelsMultiline(w, 'Labels', meta.labels);
    printAnnotationsMultiline(w, 'Annotations', meta.annotations);
    w.write(LEVEL_0, `Replicas:\t${spec.replicas ?? 0} desired | ${ss.status?.replicas ?? 0} total\n`);
    w.write(LEVEL_0, `Update Strategy:\t${spec.updateStrategy?.type ?? ''}\n`);
    const ru = spec.updateStrategy?.rollingUpdate;
    if (ru && ru.partition !== undefined && ru.partition !== null) {
      w.write(LEVEL_1, `Partition:\t${ru.partition}\n`);
      if (ru.maxUnavailable !== undefined && ru.maxUnavailable !== null) w.write(LEVEL_1, `MaxUnavailable:\t${intstr(ru.maxUnavailable)}\n`);
    }
    w.write(LEVEL_0, `Pods Status:\t${podsStatusLine(counts)}\n`);
    describePodTemplate(spec.template, w);
    const templates = spec.volumeClaimTemplates ?? [];
    if (templates.length === 0) {
      w.write(LEVEL_0, 'Volume Claims:\t<none>\n');
    } else {
      w.write(LEVEL_0, 'Volume Claims:\n');
      for (const pvc of templates) {
        w.write(LEVEL_1, `Name:\t${pvc.metadata?.name ?? ''}\n`);
        w.write(LEVEL_1, `StorageClass:\t${pvcClass(pvc)}\n`);
        printLabelsMultiline(w, 'Labels', pvc.metadata?.labels, '  ');
        printLabelsMultiline(w, 'Annotations', pvc.metadata?.annotations, '  ');
        const storage = pvc.spec?.resources?.requests?.storage;
        w.write(LEVEL_1, `Capacity:\t${storage !== undefined ? quantityString(storage) : '<default>'}\n`);
        w.write(LEVEL_1, `Access Modes:\t${goSlice(pvc.spec?.accessModes)}\n`);
      }
    }
    if (events) describeEvents(events, w, nowMs);
  });
}

/** v1.32's describeDaemonSet prints no Namespace line. */
export function describeDaemonSet(ds: DaemonSet, pods: readonly Pod[], events: readonly Event[] | undefined, nowMs: number): string {
  const counts = podStatusForController(pods, (p) => selectorMatches(ds.spec?.selector, p.metadata?.labels), ds.metadata?.uid);
  return tabbedString((w) => {
    const meta = ds.metadata ?? {};
    const status = ds.status;
    w.write(LEVEL_0, `Name:\t${meta.name ?? ''}\n`);
    w.write(LEVEL_0, `Selector:\t${selectorString(ds.spec?.selector)}\n`);
    w.write(LEVEL_0, `Node-Selector:\t${formatLabels(ds.spec?.template?.spec?.nodeSelector)}\n`);
    printLabelsMultiline(w, 'Labels', meta.labels);
    printAnnotationsMultiline(w, 'Annotations', meta.annotations);
    w.write(LEVEL_0, `Desired Number of Nodes Scheduled: ${status?.desiredNumberScheduled ?? 0}\n`);
    w.write(LEVEL_0, `Current Number of Nodes Scheduled: ${status?.currentNumberScheduled ?? 0}\n`);
    w.write(LEVEL_0, `Number of Nodes Scheduled with Up-to-date Pods: ${status?.updatedNumberScheduled ?? 0}\n`);
    w.write(LEVEL_0, `Number of Nodes Scheduled with Available Pods: ${status?.numberAvailable ?? 0}\n`);
    w.write(LEVEL_0, `Number of Nodes Misscheduled: ${status?.numberMisscheduled ?? 0}\n`);
    w.write(LEVEL_0, `Pods Status:\t${podsStatusLine(counts)}\n`);
    describePodTemplate(ds.spec?.template, w);
    if (events) describeEvents(events, w, nowMs);
  });
}
