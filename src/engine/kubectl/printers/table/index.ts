// The table printers `kubectl get` shows, by plural resource name: the handlers of
// pkg/printers/internalversion (AddHandlers) and the two fallbacks the API server uses
// for types without one. Renderer: printer.ts; aligned by tabwriter.ts.

import { translateTimestampSince } from '../../../api/duration.js';
import { controllerRevisionTable, daemonSetTable, deploymentTable, replicaSetTable, statefulSetTable } from './apps.js';
import { cronJobTable, jobTable } from './batch.js';
import { configMapTable, eventTable, leaseTable, namespaceTable, secretTable, serviceAccountTable } from './core.js';
import { endpointSliceTable, endpointsTable, serviceTable } from './network.js';
import { nodeTable } from './nodes.js';
import { podTable } from './pods.js';
import { persistentVolumeClaimTable, persistentVolumeTable, storageClassTable } from './storage.js';
import { ageCol, col, nameCol, type KubeObject, type TableHandler } from './types.js';

export type { Column, KubeObject, TableHandler, Cells } from './types.js';
export { printTable, decorateTable, tableText, kindPrefix, labelHeader, type PrintOptions } from './printer.js';
export { TabWriter, tabify, runeCount, kubectlTabWriterOptions } from './tabwriter.js';
export { formatLabels, formatLabelSelector, selectorString, labelsString } from './format.js';
export { podSummary } from './pods.js';

/**
 * NAME AGE: what kubectl shows for a custom resource without printer columns
 * (the CRD's default additionalPrinterColumns are just Age).
 */
export const genericTable: TableHandler = {
  columns: [nameCol, ageCol],
  row: (o, nowMs) => [o.metadata?.name ?? '', translateTimestampSince(o.metadata?.creationTimestamp, nowMs)],
};

/**
 * NAME CREATED AT: the API server's DefaultTableConvertor, used for built-in types
 * that have no printer (roles, clusterroles, limitranges, …). The timestamp is
 * printed as RFC 3339 in UTC, not as an age.
 */
export const createdAtTable: TableHandler = {
  columns: [nameCol, col('Created At', 0, 'date')],
  row: (o, nowMs) => {
    void nowMs;
    const ts = o.metadata?.creationTimestamp;
    const ms = ts ? Date.parse(ts) : NaN;
    return [o.metadata?.name ?? '', Number.isNaN(ms) ? '0001-01-01T00:00:00Z' : rfc3339(ms)];
  },
};

function rfc3339(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

const tables: { [resource: string]: TableHandler<never> } = {
  pods: podTable,
  nodes: nodeTable,
  namespaces: namespaceTable,
  services: serviceTable,
  endpoints: endpointsTable,
  endpointslices: endpointSliceTable,
  events: eventTable,
  configmaps: configMapTable,
  secrets: secretTable,
  serviceaccounts: serviceAccountTable,
  persistentvolumes: persistentVolumeTable,
  persistentvolumeclaims: persistentVolumeClaimTable,
  deployments: deploymentTable,
  replicasets: replicaSetTable,
  statefulsets: statefulSetTable,
  daemonsets: daemonSetTable,
  controllerrevisions: controllerRevisionTable,
  jobs: jobTable,
  cronjobs: cronJobTable,
  leases: leaseTable,
  storageclasses: storageClassTable,
};

/** Built-in resources the API server prints with its default convertor. */
const defaultConvertorResources = new Set(['roles', 'clusterroles', 'limitranges']);

/** Has a dedicated printer (not a fallback). */
export function hasTable(resource: string): boolean {
  return Object.hasOwn(tables, resource);
}

/**
 * The printer for a plural resource name ("pods", "deployments"); unknown names get
 * NAME AGE, and the few built-ins without a printer get NAME CREATED AT.
 */
export function tableFor(resource: string): TableHandler<KubeObject> {
  if (Object.hasOwn(tables, resource)) return tables[resource] as unknown as TableHandler<KubeObject>;
  if (defaultConvertorResources.has(resource)) return createdAtTable;
  return genericTable;
}
