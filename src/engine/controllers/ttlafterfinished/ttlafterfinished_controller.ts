// Mirrors pkg/controller/ttlafterfinished (v1.32): a finished Job with
// spec.ttlSecondsAfterFinished is deleted (propagationPolicy Foreground, so its
// Pods go first) that many seconds after its Complete or Failed condition.
import type { Job } from 'kubernetes-types/batch/v1';
import { isNotFound } from '../../api/errors.js';
import { parseRFC3339, type VirtualClock } from '../../clock/clock.js';
import type { Client } from '../../client/client.js';
import { keyOf, splitKey, type SharedInformer, type SharedInformerFactory } from '../../client/informer.js';
import { WorkQueue } from '../../client/workqueue.js';

export const ttlAfterFinishedUser = 'ttl-after-finished-controller';

/** jobFinishTime: when the Complete or Failed condition became True. */
export function jobFinishTime(job: Job): number | undefined {
  const c = job.status?.conditions?.find((x) => (x.type === 'Complete' || x.type === 'Failed') && x.status === 'True');
  return parseRFC3339(c?.lastTransitionTime);
}

export class TTLAfterFinishedController {
  readonly queue: WorkQueue;
  readonly jobs: SharedInformer<Job>;

  constructor(
    readonly client: Client,
    informers: SharedInformerFactory,
    readonly clock: VirtualClock,
  ) {
    this.queue = new WorkQueue(clock, (k) => this.processJob(k), { name: 'ttl_jobs_to_delete' });
    this.jobs = informers.informerFor<Job>('batch', 'jobs');
    const consider = (j: Job) => {
      if (j.metadata?.deletionTimestamp || j.spec?.ttlSecondsAfterFinished === undefined || j.spec.ttlSecondsAfterFinished === null) return;
      if (jobFinishTime(j) !== undefined) this.queue.add(keyOf(j));
    };
    this.jobs.addEventHandler({ onAdd: consider, onUpdate: (_o, j) => consider(j) });
  }

  private processJob(key: string): void {
    const { namespace, name } = splitKey(key);
    const job = this.jobs.get(namespace, name);
    if (!job || job.metadata?.deletionTimestamp) return;
    const finished = jobFinishTime(job);
    const ttl = job.spec?.ttlSecondsAfterFinished;
    if (finished === undefined || ttl === undefined || ttl === null) return;
    const expireAt = finished + ttl * 1000;
    const now = this.clock.now();
    if (now < expireAt) {
      this.queue.addAfter(key, expireAt - now);
      return;
    }
    try {
      this.client.delete('batch', 'jobs', namespace, name, { propagationPolicy: 'Foreground', preconditions: { uid: job.metadata!.uid } });
    } catch (e) {
      if (!isNotFound(e)) throw e;
    }
  }
}
