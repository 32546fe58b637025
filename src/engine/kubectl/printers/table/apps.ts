// Mirrors printDeployment, printReplicaSet, printStatefulSet, printDaemonSet and
// printControllerRevision in pkg/printers/internalversion/printers.go (v1.32).

import type { ControllerRevision, DaemonSet, Deployment, ReplicaSet, StatefulSet } from 'kubernetes-types/apps/v1';
import type { OwnerReference } from 'kubernetes-types/meta/v1';
import { translateTimestampSince } from '../../../api/duration.js';
import { SelectorError, formatLabelSelector, formatLabels, intCell, layoutContainerCells, selectorString } from './format.js';
import { ageCol, col, nameCol, type TableHandler } from './types.js';

const age = (o: { metadata?: { creationTimestamp?: string } }, nowMs: number) =>
  translateTimestampSince(o.metadata?.creationTimestamp, nowMs);

const containerCols = [col('Containers', 1), col('Images', 1)];

export const deploymentTable: TableHandler<Deployment> = {
  columns: [nameCol, col('Ready'), col('Up-to-date'), col('Available'), ageCol, ...containerCols, col('Selector', 1)],
  row(d, nowMs) {
    // Unlike the other workloads, an empty selector prints as "" (not "<none>").
    let selector: string;
    try {
      selector = selectorString(d.spec?.selector);
    } catch (e) {
      if (!(e instanceof SelectorError)) throw e;
      selector = '<invalid>';
    }
    const [names, images] = layoutContainerCells(d.spec?.template?.spec?.containers);
    return [
      d.metadata?.name ?? '',
      `${d.status?.readyReplicas ?? 0}/${d.spec?.replicas ?? 0}`,
      intCell(d.status?.updatedReplicas),
      intCell(d.status?.availableReplicas),
      age(d, nowMs),
      names,
      images,
      selector,
    ];
  },
};

export const replicaSetTable: TableHandler<ReplicaSet> = {
  columns: [nameCol, col('Desired'), col('Current'), col('Ready'), ageCol, ...containerCols, col('Selector', 1)],
  row(rs, nowMs) {
    const [names, images] = layoutContainerCells(rs.spec?.template?.spec?.containers);
    return [
      rs.metadata?.name ?? '',
      intCell(rs.spec?.replicas),
      intCell(rs.status?.replicas),
      intCell(rs.status?.readyReplicas),
      age(rs, nowMs),
      names,
      images,
      formatLabelSelector(rs.spec?.selector),
    ];
  },
};

export const statefulSetTable: TableHandler<StatefulSet> = {
  columns: [nameCol, col('Ready'), ageCol, ...containerCols],
  row(sts, nowMs) {
    const [names, images] = layoutContainerCells(sts.spec?.template?.spec?.containers);
    return [
      sts.metadata?.name ?? '',
      `${sts.status?.readyReplicas ?? 0}/${sts.spec?.replicas ?? 0}`,
      age(sts, nowMs),
      names,
      images,
    ];
  },
};

export const daemonSetTable: TableHandler<DaemonSet> = {
  columns: [
    nameCol,
    col('Desired'),
    col('Current'),
    col('Ready'),
    col('Up-to-date'),
    col('Available'),
    col('Node Selector'),
    ageCol,
    ...containerCols,
    col('Selector', 1),
  ],
  row(ds, nowMs) {
    const st = ds.status;
    const [names, images] = layoutContainerCells(ds.spec?.template?.spec?.containers);
    return [
      ds.metadata?.name ?? '',
      intCell(st?.desiredNumberScheduled),
      intCell(st?.currentNumberScheduled),
      intCell(st?.numberReady),
      intCell(st?.updatedNumberScheduled),
      intCell(st?.numberAvailable),
      formatLabels(ds.spec?.template?.spec?.nodeSelector),
      age(ds, nowMs),
      names,
      images,
      formatLabelSelector(ds.spec?.selector),
    ];
  },
};

/** "statefulset.apps/web" for the controlling owner, "<none>" without one. */
export function controllerName(obj: { metadata?: { ownerReferences?: OwnerReference[] } }): string {
  const ref = (obj.metadata?.ownerReferences ?? []).find((r) => r.controller === true);
  if (!ref) return '<none>';
  const slash = ref.apiVersion.indexOf('/');
  const group = slash < 0 ? '' : ref.apiVersion.slice(0, slash);
  if (!group && !ref.kind) return ref.name;
  const gk = group ? `${ref.kind}.${group}` : ref.kind;
  return `${gk.toLowerCase()}/${ref.name}`;
}

export const controllerRevisionTable: TableHandler<ControllerRevision> = {
  columns: [nameCol, col('Controller'), col('Revision'), ageCol],
  row: (cr, nowMs) => [cr.metadata?.name ?? '', controllerName(cr), String(cr.revision ?? 0), age(cr, nowMs)],
};
