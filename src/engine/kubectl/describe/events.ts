// Mirrors describe.go DescribeEvents: the Events table sorted by lastTimestamp
// (event.SortableEvents), ages from eventTime or firstTimestamp, "(xN over AGE)" for
// repeats (series or count > 1), From = source.component or reportingComponent, and the
// message trimmed (v1.32 does not prefix the involvedObject.fieldPath).

import type { Event } from 'kubernetes-types/core/v1';
import { parseTimestamp } from '../../api/duration.js';
import { since } from './format.js';
import { LEVEL_0, LEVEL_1, type PrefixWriter } from './writer.js';

export function describeEvents(events: readonly Event[], w: PrefixWriter, nowMs: number): void {
  if (events.length === 0) {
    w.write(LEVEL_0, 'Events:\t<none>\n');
    return;
  }
  // Go's sort.Sort is an insertion sort for lists this short, so equal times keep their order.
  const sorted = [...events].sort((a, b) => (parseTimestamp(a.lastTimestamp) ?? -Infinity) - (parseTimestamp(b.lastTimestamp) ?? -Infinity) || 0);
  w.write(LEVEL_0, 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n');
  w.write(LEVEL_1, '----\t------\t----\t----\t-------\n');
  for (const e of sorted) {
    let first = since(e.eventTime, nowMs);
    if (parseTimestamp(e.eventTime) === undefined) first = since(e.firstTimestamp, nowMs);
    let interval: string;
    if (e.series) interval = `${since(e.series.lastObservedTime, nowMs)} (x${e.series.count ?? 0} over ${first})`;
    else if ((e.count ?? 0) > 1) interval = `${since(e.lastTimestamp, nowMs)} (x${e.count} over ${first})`;
    else interval = first;
    // reportingComponent is ReportingController in Go's struct (the JSON name differs).
    const source = e.source?.component || e.reportingComponent || '';
    const message = (e.message ?? '').trim();
    w.write(LEVEL_1, `${e.type ?? ''}\t${e.reason ?? ''}\t${interval}\t${source}\t${message}\n`);
  }
}
