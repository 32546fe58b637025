// Mirrors pkg/controller/job/job_controller.go (v1.32): syncJob counts finished
// Pods through the batch.kubernetes.io/job-tracking finalizer (uncountedTerminatedPods,
// then the finalizer is removed, then the counts move into succeeded/failed), decides
// success (SuccessCriteriaMet, then Complete) or failure (backoffLimit or
// activeDeadlineSeconds: FailureTarget, then Failed) once no Pod is terminating,
// honours suspend, and otherwise creates Pods up to parallelism, after the back-off
// of recent failures (10 s, 20 s, … 6 min). Not ported: podFailurePolicy, successPolicy,
// backoffLimitPerIndex, podReplacementPolicy Failed.
import type { Job, JobStatus } from 'kubernetes-types/batch/v1';
import type { Pod } from 'kubernetes-types/core/v1';
import { isConflict, isNotFound } from '../../api/errors.js';
import { parseRFC3339, type VirtualClock } from '../../clock/clock.js';
import type { Client } from '../../client/client.js';
import { EventRecorder } from '../../client/events.js';
import { keyOf, splitKey, type SharedInformer, type SharedInformerFactory } from '../../client/informer.js';
import { WorkQueue } from '../../client/workqueue.js';
import { clone, deepEqual } from '../../util/object.js';
import { getControllerOf } from '../util/controllerref.js';
import { ControllerExpectations } from '../util/expectations.js';
import { isPodReady } from '../util/podutil.js';
import { newJobPod } from './pods.js';
import { backoffDelayMs, finishedTime, formatIndexes, getCompletionIndex, hasCondition, isFinishedPod, isJobFinished, jobTrackingFinalizer, newCondition, parseIndexes, setCondition } from './util.js';

export const jobControllerUser = 'job-controller';
const byOwner = 'job.controllerUID';

export class JobController {
  readonly queue: WorkQueue;
  readonly recorder: EventRecorder;
  readonly jobs: SharedInformer<Job>;
  readonly pods: SharedInformer<Pod>;
  readonly expectations: ControllerExpectations;

  constructor(
    readonly client: Client,
    informers: SharedInformerFactory,
    readonly clock: VirtualClock,
  ) {
    this.recorder = new EventRecorder(client, clock, { component: 'job-controller' });
    this.queue = new WorkQueue(clock, (k) => this.syncJob(k), { name: 'job' });
    this.expectations = new ControllerExpectations(clock);
    this.jobs = informers.informerFor<Job>('batch', 'jobs');
    this.pods = informers.informerFor<Pod>('', 'pods');
    this.pods.addIndexer(byOwner, (p) => {
      const r = getControllerOf(p);
      return r?.kind === 'Job' && r.uid ? [r.uid] : [];
    });
    this.jobs.addEventHandler({
      onAdd: (j) => this.queue.add(keyOf(j)),
      onUpdate: (_o, j) => this.queue.add(keyOf(j)),
      onDelete: (j) => this.expectations.deleteExpectations(keyOf(j)),
    });
    const owner = (p: Pod) => {
      const r = getControllerOf(p);
      if (r?.kind !== 'Job') return undefined;
      const j = this.jobs.get(p.metadata?.namespace, r.name);
      return j && j.metadata?.uid === r.uid ? keyOf(j) : undefined;
    };
    this.pods.addEventHandler({
      onAdd: (p) => {
        const k = owner(p);
        if (!k) return;
        this.expectations.creationObserved(k);
        this.queue.add(k);
      },
      onUpdate: (_o, p) => {
        const k = owner(p);
        if (k) this.queue.add(k);
      },
      onDelete: (p) => {
        const k = owner(p);
        if (k) this.queue.add(k);
      },
    });
  }

  syncJob(key: string): void {
    const { namespace, name } = splitKey(key);
    const job = this.jobs.get(namespace, name);
    if (!job) return;
    const pods = this.pods.byIndex(byOwner, job.metadata!.uid!);
    if (isJobFinished(job)) {
      this.removeFinalizers(pods.filter((p) => p.metadata?.finalizers?.includes(jobTrackingFinalizer)));
      return;
    }
    if (!this.expectations.satisfiedExpectations(key)) return;
    const nowMs = this.clock.now();
    const now = this.clock.nowRFC3339();
    const spec = job.spec!;
    const indexed = spec.completionMode === 'Indexed';
    const status: JobStatus = clone(job.status ?? {});
    status.conditions ??= [];

    // 1. Finished Pods still holding our finalizer: record them as uncounted, release them, count them.
    const fresh = pods.filter((p) => isFinishedPod(p) && p.metadata?.finalizers?.includes(jobTrackingFinalizer));
    if (fresh.length) {
      const unc = { succeeded: [...(status.uncountedTerminatedPods?.succeeded ?? [])], failed: [...(status.uncountedTerminatedPods?.failed ?? [])] };
      for (const p of fresh) (p.status?.phase === 'Succeeded' ? unc.succeeded : unc.failed).push(p.metadata!.uid!);
      status.uncountedTerminatedPods = unc;
      const written = this.writeStatus(job, status);
      if (!written) return;
      this.removeFinalizers(fresh);
      const completed = parseIndexes(status.completedIndexes);
      for (const p of fresh) {
        if (p.status?.phase === 'Succeeded') {
          if (indexed) {
            const i = getCompletionIndex(p);
            if (i < 0 || i >= (spec.completions ?? 0) || completed.has(i)) continue;
            completed.add(i);
          }
          status.succeeded = (status.succeeded ?? 0) + 1;
        } else status.failed = (status.failed ?? 0) + 1;
      }
      if (indexed && completed.size) status.completedIndexes = formatIndexes(completed);
      status.uncountedTerminatedPods = {};
      return this.finishSync(key, written, status, pods, nowMs, now);
    }
    this.finishSync(key, job, status, pods, nowMs, now);
  }

  private finishSync(key: string, job: Job, status: JobStatus, pods: Pod[], nowMs: number, now: string): void {
    const spec = job.spec!;
    const indexed = spec.completionMode === 'Indexed';
    let active = pods.filter((p) => !isFinishedPod(p) && !p.metadata?.deletionTimestamp);
    const terminating = () => pods.filter((p) => !isFinishedPod(p) && p.metadata?.deletionTimestamp).length;
    const succeeded = status.succeeded ?? 0;
    const failed = status.failed ?? 0;
    const conds = status.conditions!;
    const suspended = !!spec.suspend;

    // startTime: when the Job first runs unsuspended.
    if (!status.startTime && !suspended) status.startTime = now;

    // 2. Failure and success criteria.
    if (!hasCondition(job, 'FailureTarget') && !hasCondition(job, 'SuccessCriteriaMet')) {
      const deadline = spec.activeDeadlineSeconds;
      const started = parseRFC3339(status.startTime);
      if (failed > (spec.backoffLimit ?? 6)) {
        setCondition(conds, newCondition('FailureTarget', 'True', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', now));
      } else if (deadline !== undefined && started !== undefined && !suspended && nowMs - started >= deadline * 1000) {
        setCondition(conds, newCondition('FailureTarget', 'True', 'DeadlineExceeded', 'Job was active longer than specified deadline', now));
      } else if (completionsReached(job, status, active.length)) {
        setCondition(conds, newCondition('SuccessCriteriaMet', 'True', 'CompletionsReached', 'Reached expected number of succeeded pods', now));
      } else if (deadline !== undefined && started !== undefined && !suspended) {
        this.queue.addAfter(key, started + deadline * 1000 - nowMs);
      }
    }
    const target = conds.find((c) => (c.type === 'FailureTarget' || c.type === 'SuccessCriteriaMet') && c.status === 'True');
    if (target) {
      // Lingering Pods go; the terminal condition waits until none is terminating.
      this.deletePods(active);
      active = [];
      if (terminating() === 0 && !pods.some((p) => p.metadata?.finalizers?.includes(jobTrackingFinalizer) && !p.metadata?.deletionTimestamp && !isFinishedPod(p))) {
        if (target.type === 'FailureTarget') {
          setCondition(conds, newCondition('Failed', 'True', target.reason!, target.message!, now));
          this.recorder.event(job, 'Warning', target.reason!, target.message!);
        } else {
          setCondition(conds, newCondition('Complete', 'True', target.reason!, target.message!, now));
          status.completionTime = now;
          this.recorder.event(job, 'Normal', 'Completed', 'Job completed');
        }
      }
    } else if (suspended) {
      // 3. Suspend: no Pods run.
      this.deletePods(active);
      active = [];
      if (setCondition(conds, newCondition('Suspended', 'True', 'JobSuspended', 'Job suspended', now))) this.recorder.event(job, 'Normal', 'Suspended', 'Job suspended');
    } else {
      if (hasCondition(job, 'Suspended')) {
        setCondition(conds, newCondition('Suspended', 'False', 'JobResumed', 'Job resumed', now));
        this.recorder.event(job, 'Normal', 'Resumed', 'Job resumed');
        status.startTime = now;
      }
      active = this.manageJob(key, job, status, pods, active, nowMs);
    }

    status.active = active.length;
    status.ready = active.filter(isPodReady).length;
    status.terminating = terminating();
    status.succeeded = succeeded;
    status.failed = failed;
    status.uncountedTerminatedPods ??= {};
    if (!status.active) delete status.active;
    if (!status.succeeded) delete status.succeeded;
    if (!status.failed) delete status.failed;
    if (!conds.length) delete status.conditions;
    if (indexed) status.completedIndexes ??= '';
    this.writeStatus(job, status);
  }

  /** manageJob: create up to parallelism (respecting the failure back-off), delete surplus. */
  private manageJob(key: string, job: Job, status: JobStatus, pods: Pod[], active: Pod[], nowMs: number): Pod[] {
    const spec = job.spec!;
    const parallelism = spec.parallelism ?? 1;
    const succeeded = status.succeeded ?? 0;
    let want: number;
    if (spec.completions === undefined || spec.completions === null) want = succeeded > 0 ? 0 : parallelism;
    else if (spec.completionMode === 'Indexed') want = Math.min(parallelism, spec.completions - parseIndexes(status.completedIndexes).size);
    else want = Math.min(parallelism, Math.max(0, spec.completions - succeeded));
    if (active.length > want) {
      const surplus = [...active].sort((a, b) => (b.metadata?.creationTimestamp ?? '').localeCompare(a.metadata?.creationTimestamp ?? '')).slice(0, active.length - want);
      this.deletePods(surplus, job);
      return active.filter((p) => !surplus.includes(p));
    }
    if (active.length === want) return active;
    // Back-off after failures: consecutive failures since the last success.
    const lastSuccess = Math.max(0, ...pods.filter((p) => p.status?.phase === 'Succeeded').map(finishedTime));
    const failures = pods.filter((p) => p.status?.phase === 'Failed' && finishedTime(p) >= lastSuccess);
    if (failures.length) {
      const last = Math.max(...failures.map(finishedTime));
      const wait = last + backoffDelayMs(failures.length) - nowMs;
      if (wait > 0) {
        this.queue.addAfter(key, wait);
        return active;
      }
    }
    let indexes: number[] = [];
    if (spec.completionMode === 'Indexed') {
      const done = parseIndexes(status.completedIndexes);
      const running = new Set(active.map(getCompletionIndex));
      for (let i = 0; i < (spec.completions ?? 0) && indexes.length < want - active.length; i++) if (!done.has(i) && !running.has(i)) indexes.push(i);
    } else indexes = new Array(want - active.length).fill(-1);
    this.expectations.expectCreations(key, indexes.length);
    const created: Pod[] = [];
    for (const index of indexes) {
      try {
        const pod = this.client.create<Pod>('', 'pods', job.metadata!.namespace, newJobPod(job, index));
        created.push(pod);
        this.recorder.event(job, 'Normal', 'SuccessfulCreate', `Created pod: ${pod.metadata!.name}`);
      } catch (e) {
        this.expectations.creationObserved(key);
        this.recorder.event(job, 'Warning', 'FailedCreate', `Error creating: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    return [...active, ...created];
  }

  private deletePods(pods: Pod[], job?: Job): void {
    for (const p of pods) {
      try {
        this.client.delete('', 'pods', p.metadata!.namespace, p.metadata!.name!);
        if (job) this.recorder.event(job, 'Normal', 'SuccessfulDelete', `Deleted pod: ${p.metadata!.name}`);
      } catch (e) {
        if (!isNotFound(e)) throw e;
      }
    }
  }

  private removeFinalizers(pods: Pod[]): void {
    for (const p of pods) {
      const finalizers = (p.metadata?.finalizers ?? []).filter((f) => f !== jobTrackingFinalizer);
      try {
        this.client.patch('', 'pods', p.metadata!.namespace, p.metadata!.name!, 'json', [
          { op: 'test', path: '/metadata/uid', value: p.metadata!.uid },
          { op: 'replace', path: '/metadata/finalizers', value: finalizers },
        ]);
      } catch (e) {
        if (!isNotFound(e) && !isConflict(e)) throw e;
      }
    }
  }

  /** Write status when it changed; returns the stored Job (or undefined after a conflict, requeued). */
  private writeStatus(job: Job, status: JobStatus): Job | undefined {
    if (deepEqual(status, job.status ?? {})) return job;
    try {
      return this.client.updateStatus<Job>('batch', 'jobs', job.metadata!.namespace, { ...job, status });
    } catch (e) {
      if (isConflict(e) || isNotFound(e)) {
        this.queue.addRateLimited(keyOf(job));
        return undefined;
      }
      throw e;
    }
  }
}

/** Success: completions reached (NonIndexed: succeeded; Indexed: distinct indexes), or for a work queue any success with nothing active. */
function completionsReached(job: Job, status: JobStatus, active: number): boolean {
  const c = job.spec?.completions;
  if (c === undefined || c === null) return (status.succeeded ?? 0) > 0 && active === 0;
  if (job.spec?.completionMode === 'Indexed') return parseIndexes(status.completedIndexes).size >= c;
  return (status.succeeded ?? 0) >= c;
}
