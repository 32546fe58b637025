// Mirrors printJob (STATUS, COMPLETIONS, DURATION as in v1.32) and printCronJob in
// pkg/printers/internalversion/printers.go.

import type { CronJob, Job, JobCondition } from 'kubernetes-types/batch/v1';
import { humanDuration, parseTimestamp, translateTimestampSince } from '../../../api/duration.js';
import { formatLabelSelector, layoutContainerCells, printBoolPtr } from './format.js';
import { ageCol, col, nameCol, type TableHandler } from './types.js';

/** The first condition of the type decides (upstream's hasJobCondition). */
function hasJobCondition(conditions: JobCondition[] | undefined, type: string): boolean {
  const c = (conditions ?? []).find((x) => x.type === type);
  return c?.status === 'True';
}

/**
 * Complete > Failed > Terminating > Suspended > FailureTarget > Running, in that
 * order of precedence.
 */
export function jobStatus(job: Job): string {
  const conds = job.status?.conditions;
  if (hasJobCondition(conds, 'Complete')) return 'Complete';
  if (hasJobCondition(conds, 'Failed')) return 'Failed';
  if (parseTimestamp(job.metadata?.deletionTimestamp) !== undefined) return 'Terminating';
  if (hasJobCondition(conds, 'Suspended')) return 'Suspended';
  if (hasJobCondition(conds, 'FailureTarget')) return 'FailureTarget';
  return 'Running';
}

/** "1/3" with completions; without: "0/1", or "0/1 of 4" for a work queue with parallelism 4. */
export function jobCompletions(job: Job): string {
  const succeeded = job.status?.succeeded ?? 0;
  const completions = job.spec?.completions;
  if (completions !== undefined && completions !== null) return `${succeeded}/${completions}`;
  const parallelism = job.spec?.parallelism ?? 0;
  return parallelism > 1 ? `${succeeded}/1 of ${parallelism}` : `${succeeded}/1`;
}

/** Blank before the job starts; running time so far; start-to-completion once done. */
export function jobDuration(job: Job, nowMs: number): string {
  const start = parseTimestamp(job.status?.startTime);
  if (start === undefined) return '';
  const end = parseTimestamp(job.status?.completionTime);
  return humanDuration((end ?? nowMs) - start);
}

export const jobTable: TableHandler<Job> = {
  columns: [
    nameCol,
    col('Status'),
    col('Completions'),
    col('Duration'),
    ageCol,
    col('Containers', 1),
    col('Images', 1),
    col('Selector', 1),
  ],
  row(job, nowMs) {
    const [names, images] = layoutContainerCells(job.spec?.template?.spec?.containers);
    return [
      job.metadata?.name ?? '',
      jobStatus(job),
      jobCompletions(job),
      jobDuration(job, nowMs),
      translateTimestampSince(job.metadata?.creationTimestamp, nowMs),
      names,
      images,
      formatLabelSelector(job.spec?.selector),
    ];
  },
};

export const cronJobTable: TableHandler<CronJob> = {
  columns: [
    nameCol,
    col('Schedule'),
    col('Timezone'),
    col('Suspend', 0, 'boolean'),
    col('Active', 0, 'integer'),
    col('Last Schedule'),
    ageCol,
    col('Containers', 1),
    col('Images', 1),
    col('Selector', 1),
  ],
  row(cj, nowMs) {
    const jobSpec = cj.spec?.jobTemplate?.spec;
    const [names, images] = layoutContainerCells(jobSpec?.template?.spec?.containers);
    const last = cj.status?.lastScheduleTime;
    return [
      cj.metadata?.name ?? '',
      cj.spec?.schedule ?? '',
      cj.spec?.timeZone ?? '<none>',
      printBoolPtr(cj.spec?.suspend),
      String((cj.status?.active ?? []).length),
      last ? translateTimestampSince(last, nowMs) : '<none>',
      translateTimestampSince(cj.metadata?.creationTimestamp, nowMs),
      names,
      images,
      formatLabelSelector(jobSpec?.selector),
    ];
  },
};
