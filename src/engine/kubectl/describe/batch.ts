// Mirrors describe.go describeJob and describeCronJob (+ describeJobTemplate,
// printActiveJobs) as of kubectl v1.32.

import type { CronJob, Job } from 'kubernetes-types/batch/v1';
import type { Event } from 'kubernetes-types/core/v1';
import { humanDuration, parseTimestamp } from '../../api/duration.js';
import { selectorString } from '../printers/table/format.js';
import { describePodTemplate } from './containers.js';
import { describeEvents } from './events.js';
import { controllerOf, printAnnotationsMultiline, printLabelsMultiline, rfc1123z } from './format.js';
import { LEVEL_0, tabbedString } from './writer.js';

const isSet = <T>(v: T | undefined | null): v is T => v !== undefined && v !== null;

export function describeJob(job: Job, events: readonly Event[] | undefined, nowMs: number): string {
  return tabbedString((w) => {
    const meta = job.metadata ?? {};
    const spec = job.spec!;
    const status = job.status ?? {};
    w.write(LEVEL_0, `Name:\t${meta.name ?? ''}\n`);
    w.write(LEVEL_0, `Namespace:\t${meta.namespace ?? ''}\n`);
    w.write(LEVEL_0, `Selector:\t${selectorString(spec.selector)}\n`);
    printLabelsMultiline(w, 'Labels', meta.labels);
    printAnnotationsMultiline(w, 'Annotations', meta.annotations);
    const controlledBy = controllerOf(meta);
    if (controlledBy) w.write(LEVEL_0, `Controlled By:\t${controlledBy}\n`);
    if (isSet(spec.parallelism)) w.write(LEVEL_0, `Parallelism:\t${spec.parallelism}\n`);
    w.write(LEVEL_0, `Completions:\t${isSet(spec.completions) ? spec.completions : '<unset>'}\n`);
    if (isSet(spec.completionMode)) w.write(LEVEL_0, `Completion Mode:\t${spec.completionMode}\n`);
    if (isSet(spec.suspend)) w.write(LEVEL_0, `Suspend:\t${spec.suspend}\n`);
    if (isSet(spec.backoffLimit)) w.write(LEVEL_0, `Backoff Limit:\t${spec.backoffLimit}\n`);
    if (isSet(spec.ttlSecondsAfterFinished)) w.write(LEVEL_0, `TTL Seconds After Finished:\t${spec.ttlSecondsAfterFinished}\n`);
    if (status.startTime) w.write(LEVEL_0, `Start Time:\t${rfc1123z(status.startTime)}\n`);
    if (status.completionTime) w.write(LEVEL_0, `Completed At:\t${rfc1123z(status.completionTime)}\n`);
    const start = parseTimestamp(status.startTime);
    const end = parseTimestamp(status.completionTime);
    if (start !== undefined && end !== undefined) w.write(LEVEL_0, `Duration:\t${humanDuration(end - start)}\n`);
    if (isSet(spec.activeDeadlineSeconds)) w.write(LEVEL_0, `Active Deadline Seconds:\t${spec.activeDeadlineSeconds}s\n`);
    if (!isSet(status.ready)) w.write(LEVEL_0, `Pods Statuses:\t${status.active ?? 0} Active / ${status.succeeded ?? 0} Succeeded / ${status.failed ?? 0} Failed\n`);
    else w.write(LEVEL_0, `Pods Statuses:\t${status.active ?? 0} Active (${status.ready} Ready) / ${status.succeeded ?? 0} Succeeded / ${status.failed ?? 0} Failed\n`);
    if (spec.completionMode === 'Indexed') w.write(LEVEL_0, `Completed Indexes:\t${capIndexes(status.completedIndexes ?? '', 50)}\n`);
    describePodTemplate(spec.template, w);
    if (events) describeEvents(events, w, nowMs);
  });
}

/** capIndexesListOrNone: cut after the first comma past 50 characters, with "...". */
function capIndexes(indexes: string, softLimit: number): string {
  if (indexes.length === 0) return '<none>';
  let ix = softLimit;
  while (ix < indexes.length && indexes[ix] !== ',') ix++;
  return ix >= indexes.length ? indexes : indexes.slice(0, ix + 1) + '...';
}

/** v1.32's describeCronJob has no "Time Zone:" line, set or not. */
export function describeCronJob(cj: CronJob, events: readonly Event[] | undefined, nowMs: number): string {
  return tabbedString((w) => {
    const meta = cj.metadata ?? {};
    const spec = cj.spec!;
    w.write(LEVEL_0, `Name:\t${meta.name ?? ''}\n`);
    w.write(LEVEL_0, `Namespace:\t${meta.namespace ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', meta.labels);
    printAnnotationsMultiline(w, 'Annotations', meta.annotations);
    w.write(LEVEL_0, `Schedule:\t${spec.schedule}\n`);
    w.write(LEVEL_0, `Concurrency Policy:\t${spec.concurrencyPolicy ?? ''}\n`);
    w.write(LEVEL_0, `Suspend:\t${isSet(spec.suspend) ? (spec.suspend ? 'True' : 'False') : '<unset>'}\n`);
    w.write(LEVEL_0, `Successful Job History Limit:\t${isSet(spec.successfulJobsHistoryLimit) ? spec.successfulJobsHistoryLimit : '<unset>'}\n`);
    w.write(LEVEL_0, `Failed Job History Limit:\t${isSet(spec.failedJobsHistoryLimit) ? spec.failedJobsHistoryLimit : '<unset>'}\n`);
    w.write(LEVEL_0, `Starting Deadline Seconds:\t${isSet(spec.startingDeadlineSeconds) ? `${spec.startingDeadlineSeconds}s` : '<unset>'}\n`);
    const jt = spec.jobTemplate.spec;
    w.write(LEVEL_0, `Selector:\t${jt?.selector ? selectorString(jt.selector) : '<unset>'}\n`);
    w.write(LEVEL_0, `Parallelism:\t${isSet(jt?.parallelism) ? jt!.parallelism : '<unset>'}\n`);
    w.write(LEVEL_0, `Completions:\t${isSet(jt?.completions) ? jt!.completions : '<unset>'}\n`);
    if (isSet(jt?.activeDeadlineSeconds)) w.write(LEVEL_0, `Active Deadline Seconds:\t${jt!.activeDeadlineSeconds}s\n`);
    describePodTemplate(jt?.template, w);
    w.write(LEVEL_0, `Last Schedule Time:\t${cj.status?.lastScheduleTime ? rfc1123z(cj.status.lastScheduleTime) : '<unset>'}\n`);
    const active = cj.status?.active ?? [];
    w.write(LEVEL_0, 'Active Jobs:\t');
    if (active.length === 0) w.writeLine('<none>');
    else {
      active.forEach((j, i) => w.write(LEVEL_0, (i !== 0 ? ', ' : '') + (j.name ?? '')));
      w.writeLine('');
    }
    if (events) describeEvents(events, w, nowMs);
  });
}
