// Mirrors printNamespace, printConfigMap, printSecret, printServiceAccount, printEvent
// (with formatEventSource) and printLease in pkg/printers/internalversion/printers.go
// (v1.32). `kubectl get events` columns: LAST SEEN TYPE REASON OBJECT MESSAGE.

import type { ConfigMap, Event, Namespace, Secret, ServiceAccount } from 'kubernetes-types/core/v1';
import type { Lease } from 'kubernetes-types/coordination/v1';
import { parseTimestamp, translateTimestampSince } from '../../../api/duration.js';
import { intCell } from './format.js';
import { ageCol, col, nameCol, type TableHandler } from './types.js';

const age = (o: { metadata?: { creationTimestamp?: string } }, nowMs: number) =>
  translateTimestampSince(o.metadata?.creationTimestamp, nowMs);

export const namespaceTable: TableHandler<Namespace> = {
  columns: [nameCol, col('Status'), ageCol],
  row: (ns, nowMs) => [ns.metadata?.name ?? '', ns.status?.phase ?? '', age(ns, nowMs)],
};

export const configMapTable: TableHandler<ConfigMap> = {
  columns: [nameCol, col('Data'), ageCol],
  row: (cm, nowMs) => [
    cm.metadata?.name ?? '',
    String(Object.keys(cm.data ?? {}).length + Object.keys(cm.binaryData ?? {}).length),
    age(cm, nowMs),
  ],
};

export const secretTable: TableHandler<Secret> = {
  columns: [nameCol, col('Type'), col('Data'), ageCol],
  // stringData is folded into data on write, so only data is counted.
  row: (s, nowMs) => [s.metadata?.name ?? '', s.type ?? '', String(Object.keys(s.data ?? {}).length), age(s, nowMs)],
};

export const serviceAccountTable: TableHandler<ServiceAccount> = {
  columns: [nameCol, col('Secrets'), ageCol],
  row: (sa, nowMs) => [sa.metadata?.name ?? '', intCell(sa.secrets?.length), age(sa, nowMs)],
};

export const leaseTable: TableHandler<Lease> = {
  columns: [nameCol, col('Holder'), ageCol],
  row: (l, nowMs) => [l.metadata?.name ?? '', l.spec?.holderIdentity ?? '', age(l, nowMs)],
};

/** "component, host", falling back to reportingController / reportingInstance. */
export function formatEventSource(ev: Event): string {
  const component = ev.source?.component || ev.reportingComponent || '';
  const instance = ev.source?.host || ev.reportingInstance || '';
  return instance ? `${component}, ${instance}` : component;
}

/**
 * LAST SEEN falls back to FIRST SEEN, which falls back to eventTime; an event
 * series reports its lastObservedTime and count; a singleton's count is 1.
 */
export const eventTable: TableHandler<Event> = {
  columns: [
    col('Last Seen'),
    col('Type'),
    col('Reason'),
    col('Object'),
    col('Subobject', 1),
    col('Source', 1),
    col('Message'),
    col('First Seen', 1),
    col('Count', 1),
    { ...nameCol, priority: 1 },
  ],
  row(ev, nowMs) {
    let first = translateTimestampSince(ev.firstTimestamp, nowMs);
    if (parseTimestamp(ev.firstTimestamp) === undefined) first = translateTimestampSince(ev.eventTime, nowMs);
    let last = translateTimestampSince(ev.lastTimestamp, nowMs);
    if (parseTimestamp(ev.lastTimestamp) === undefined) last = first;
    let count = ev.count ?? 0;
    if (ev.series) {
      last = translateTimestampSince(ev.series.lastObservedTime, nowMs);
      count = ev.series.count ?? 0;
    } else if (count === 0) {
      count = 1;
    }
    const kind = (ev.involvedObject?.kind ?? '').toLowerCase();
    const target = ev.involvedObject?.name ? `${kind}/${ev.involvedObject.name}` : kind;
    return [
      last,
      ev.type ?? '',
      ev.reason ?? '',
      target,
      ev.involvedObject?.fieldPath ?? '',
      formatEventSource(ev),
      (ev.message ?? '').trim(),
      first,
      String(count),
      ev.metadata?.name ?? '',
    ];
  },
};
