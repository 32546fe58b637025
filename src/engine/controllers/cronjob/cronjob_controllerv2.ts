// Mirrors pkg/controller/cronjob/cronjob_controllerv2.go (v1.32): syncCronJob
// reconciles status.active with the Jobs it owns (SawCompletedJob,
// lastSuccessfulTime), finds the most recent unmet schedule time since
// lastScheduleTime (or creation), honours suspend, startingDeadlineSeconds and
// concurrencyPolicy (Allow, Forbid, Replace), creates the Job
// `<cronjob>-<scheduled time in minutes since the epoch>`, prunes finished Jobs
// past the history limits, and requeues itself for the next schedule time.
import type { CronJob, Job } from 'kubernetes-types/batch/v1';
import type { ObjectReference } from 'kubernetes-types/core/v1';
import { isAlreadyExists, isConflict, isNotFound } from '../../api/errors.js';
import { parseRFC3339, toRFC3339, type VirtualClock } from '../../clock/clock.js';
import type { Client } from '../../client/client.js';
import { EventRecorder } from '../../client/events.js';
import { keyOf, splitKey, type SharedInformer, type SharedInformerFactory } from '../../client/informer.js';
import { WorkQueue } from '../../client/workqueue.js';
import { clone, deepEqual } from '../../util/object.js';
import { getControllerOf, newControllerRef } from '../util/controllerref.js';
import { nextTime, parseSchedule, type Schedule } from './cron.js';

export const cronJobControllerUser = 'cronjob-controller';
const byOwner = 'cronjob.controllerUID';
/** nextScheduleDelta: requeue a little after the schedule time, as upstream does. */
const nextScheduleDeltaMs = 100;

const finishedType = (j: Job) => j.status?.conditions?.find((c) => (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True')?.type;

export class CronJobController {
  readonly queue: WorkQueue;
  readonly recorder: EventRecorder;
  readonly cronJobs: SharedInformer<CronJob>;
  readonly jobs: SharedInformer<Job>;

  constructor(
    readonly client: Client,
    informers: SharedInformerFactory,
    readonly clock: VirtualClock,
  ) {
    this.recorder = new EventRecorder(client, clock, { component: 'cronjob-controller' });
    this.queue = new WorkQueue(clock, (k) => this.sync(k), { name: 'cronjob' });
    this.cronJobs = informers.informerFor<CronJob>('batch', 'cronjobs');
    this.jobs = informers.informerFor<Job>('batch', 'jobs');
    this.jobs.addIndexer(byOwner, (j) => {
      const r = getControllerOf(j);
      return r?.kind === 'CronJob' && r.uid ? [r.uid] : [];
    });
    this.cronJobs.addEventHandler({ onAdd: (c) => this.queue.add(keyOf(c)), onUpdate: (_o, c) => this.queue.add(keyOf(c)) });
    const owner = (j: Job) => {
      const r = getControllerOf(j);
      if (r?.kind !== 'CronJob') return;
      const cj = this.cronJobs.get(j.metadata?.namespace, r.name);
      if (cj && cj.metadata?.uid === r.uid) this.queue.add(keyOf(cj));
    };
    this.jobs.addEventHandler({ onAdd: owner, onUpdate: (_o, j) => owner(j), onDelete: owner });
  }

  private sync(key: string): void {
    const { namespace, name } = splitKey(key);
    const cj = this.cronJobs.get(namespace, name);
    if (!cj) return;
    const jobs = this.jobs.byIndex(byOwner, cj.metadata!.uid!);
    const status = clone(cj.status ?? {});
    this.syncActive(cj, status, jobs);
    const requeueAfter = this.syncCronJob(cj, status, jobs);
    this.cleanupFinishedJobs(cj, jobs);
    if (!deepEqual(status, cj.status ?? {})) {
      try {
        this.client.updateStatus('batch', 'cronjobs', namespace, { ...cj, status });
      } catch (e) {
        if (isConflict(e) || isNotFound(e)) {
          this.queue.addRateLimited(key);
          return;
        }
        throw e;
      }
    }
    if (requeueAfter !== undefined) this.queue.addAfter(key, requeueAfter);
  }

  /** The active list against the owned Jobs: finished ones leave it, unknown running ones join it. */
  private syncActive(cj: CronJob, status: NonNullable<CronJob['status']>, jobs: Job[]): void {
    const active = [...(status.active ?? [])];
    const byUid = new Map(jobs.map((j) => [j.metadata!.uid!, j]));
    for (const j of jobs) {
      const inActive = active.some((r) => r.uid === j.metadata?.uid);
      const done = finishedType(j);
      if (!inActive && !done) {
        // A Job the controller did not create or forgot about.
        this.recorder.event(cj, 'Warning', 'UnexpectedJob', `Saw a job that the controller did not create or forgot: ${j.metadata!.name}`);
        active.push(jobRef(j));
      } else if (inActive && done) {
        this.recorder.event(cj, 'Normal', 'SawCompletedJob', `Saw completed job: ${j.metadata!.name}, condition: ${done}`);
        active.splice(active.findIndex((r) => r.uid === j.metadata?.uid), 1);
      }
      if (done === 'Complete') {
        const t = j.status?.completionTime;
        if (t && (!status.lastSuccessfulTime || t > status.lastSuccessfulTime)) status.lastSuccessfulTime = t;
      }
    }
    // Jobs in the list that no longer exist.
    status.active = active.filter((r) => byUid.has(r.uid ?? ''));
    if (!status.active.length) delete status.active;
  }

  /** syncCronJob's scheduling half: returns when to look again. */
  private syncCronJob(cj: CronJob, status: NonNullable<CronJob['status']>, jobs: Job[]): number | undefined {
    if (cj.metadata?.deletionTimestamp) return undefined;
    const tz = cj.spec?.timeZone;
    if (tz && tz !== 'UTC' && tz !== 'Etc/UTC') {
      this.recorder.event(cj, 'Warning', 'UnknownTimeZone', `invalid timeZone: "${tz}": this lab supports only UTC`);
      return undefined;
    }
    let sched: Schedule;
    try {
      sched = parseSchedule(cj.spec!.schedule);
    } catch (e) {
      this.recorder.event(cj, 'Warning', 'UnparseableSchedule', `unparseable schedule: "${cj.spec!.schedule}" : ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
    if (cj.spec?.suspend) return undefined;
    const now = this.clock.now();
    const scheduled = this.mostRecentScheduleTime(cj, status, sched, now);
    const next = nextTime(sched, now);
    const requeue = next === undefined ? undefined : next - now + nextScheduleDeltaMs;
    if (scheduled === undefined) return requeue;
    const deadline = cj.spec?.startingDeadlineSeconds;
    if (deadline !== undefined && deadline !== null && scheduled + deadline * 1000 < now) {
      this.recorder.event(cj, 'Warning', 'MissSchedule', `Missed scheduled time to start a job: ${toRFC3339(scheduled)}`);
      return requeue;
    }
    const jobName = `${cj.metadata!.name}-${Math.floor(scheduled / 60_000)}`;
    if ((status.active ?? []).some((r) => r.name === jobName) || jobs.some((j) => j.metadata?.name === jobName)) return requeue;
    const policy = cj.spec?.concurrencyPolicy ?? 'Allow';
    if (policy === 'Forbid' && (status.active ?? []).length) {
      this.recorder.event(cj, 'Normal', 'JobAlreadyActive', 'Not starting job because prior execution is running and concurrency policy is Forbid');
      return requeue;
    }
    if (policy === 'Replace') {
      for (const r of status.active ?? []) {
        try {
          this.client.delete('batch', 'jobs', r.namespace, r.name!, { propagationPolicy: 'Background' });
          this.recorder.event(cj, 'Normal', 'SuccessfulDelete', `Deleted job ${r.name}`);
        } catch (e) {
          if (!isNotFound(e)) throw e;
        }
      }
      delete status.active;
    }
    const tpl = cj.spec!.jobTemplate;
    let job: Job;
    try {
      job = this.client.create<Job>('batch', 'jobs', cj.metadata!.namespace, {
        apiVersion: 'batch/v1',
        kind: 'Job',
        metadata: {
          name: jobName,
          namespace: cj.metadata!.namespace,
          labels: { ...(tpl.metadata?.labels ?? {}) },
          annotations: { ...(tpl.metadata?.annotations ?? {}), 'batch.kubernetes.io/cronjob-scheduled-timestamp': toRFC3339(scheduled) },
          ownerReferences: [newControllerRef(cj, 'batch/v1', 'CronJob')],
        },
        spec: clone(tpl.spec!),
      });
    } catch (e) {
      if (isAlreadyExists(e)) return requeue;
      this.recorder.event(cj, 'Warning', 'FailedCreate', `Error creating job: ${e instanceof Error ? e.message : String(e)}`);
      return requeue;
    }
    this.recorder.event(cj, 'Normal', 'SuccessfulCreate', `Created job ${job.metadata!.name}`);
    status.active = [...(status.active ?? []), jobRef(job)];
    status.lastScheduleTime = toRFC3339(scheduled);
    return requeue;
  }

  /** mostRecentScheduleTime: the latest schedule time in (earliest, now], earliest = last schedule or creation (or now − startingDeadlineSeconds). */
  private mostRecentScheduleTime(cj: CronJob, status: NonNullable<CronJob['status']>, sched: Schedule, now: number): number | undefined {
    let earliest = parseRFC3339(status.lastScheduleTime) ?? parseRFC3339(cj.metadata?.creationTimestamp) ?? now;
    const deadline = cj.spec?.startingDeadlineSeconds;
    if (deadline !== undefined && deadline !== null) earliest = Math.max(earliest, now - deadline * 1000);
    let last: number | undefined;
    let missed = 0;
    for (let t = nextTime(sched, earliest); t !== undefined && t <= now; t = nextTime(sched, t)) {
      last = t;
      if (++missed > 100 && deadline === undefined) {
        // Upstream warns once the backlog passes 100 and still starts the most recent one.
        earliest = now - 3600_000;
        break;
      }
    }
    if (missed > 100) {
      this.recorder.event(cj, 'Warning', 'TooManyMissedTimes', 'too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew');
      for (let t = nextTime(sched, earliest); t !== undefined && t <= now; t = nextTime(sched, t)) last = t;
    }
    return last;
  }

  /** cleanupFinishedJobs: keep the newest successfulJobsHistoryLimit / failedJobsHistoryLimit finished Jobs. */
  private cleanupFinishedJobs(cj: CronJob, jobs: Job[]): void {
    const start = (j: Job) => j.status?.startTime ?? j.metadata?.creationTimestamp ?? '';
    for (const [type, limit] of [
      ['Complete', cj.spec?.successfulJobsHistoryLimit ?? 3],
      ['Failed', cj.spec?.failedJobsHistoryLimit ?? 1],
    ] as const) {
      const done = jobs.filter((j) => finishedType(j) === type && !j.metadata?.deletionTimestamp).sort((a, b) => start(a).localeCompare(start(b)) || a.metadata!.name!.localeCompare(b.metadata!.name!));
      for (const j of done.slice(0, Math.max(0, done.length - limit))) {
        try {
          this.client.delete('batch', 'jobs', j.metadata!.namespace, j.metadata!.name!, { propagationPolicy: 'Background' });
          this.recorder.event(cj, 'Normal', 'SuccessfulDelete', `Deleted job ${j.metadata!.name}`);
        } catch (e) {
          if (!isNotFound(e)) throw e;
        }
      }
    }
  }
}

function jobRef(j: Job): ObjectReference {
  return { kind: 'Job', namespace: j.metadata!.namespace, name: j.metadata!.name, uid: j.metadata!.uid, apiVersion: 'batch/v1', resourceVersion: j.metadata!.resourceVersion };
}
