import { describe, expect, it } from 'vitest';
import { Harness } from '../testing/harness.js';
import { JobController, jobControllerUser } from './job_controller.js';
import { backoffDelayMs, formatIndexes, parseIndexes } from './util.js';

const job = (name: string, spec: Record<string, unknown> = {}) => ({
  apiVersion: 'batch/v1',
  kind: 'Job',
  metadata: { name },
  spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'busybox:1.37' }] } }, ...spec },
});

function setup() {
  const h = new Harness();
  const inf = h.informers(jobControllerUser);
  new JobController(h.client(jobControllerUser), inf, h.clock);
  inf.start();
  h.settle();
  return h;
}

/** As a kubelet would: the Pod's container ran and exited with `code`. */
function finish(h: Harness, name: string, code: number) {
  const p = h.admin.get('', 'pods', 'default', name);
  const now = h.clock.nowRFC3339();
  h.admin.updateStatus('', 'pods', 'default', {
    ...p,
    status: { ...p.status, phase: code ? 'Failed' : 'Succeeded', containerStatuses: [{ name: 'c', image: 'busybox:1.37', imageID: '', ready: false, restartCount: 0, state: { terminated: { exitCode: code, finishedAt: now } } }] },
  });
  h.settle();
}

const live = (h: Harness) => h.admin.list('', 'pods', 'default').items.filter((p: any) => !p.status?.phase || p.status.phase === 'Pending' || p.status.phase === 'Running');
const events = (h: Harness) => h.admin.list('', 'events', 'default').items.map((e: any) => `${e.reason} ${e.message}`);

describe('JobController', () => {
  it('runs a Pod with the tracking finalizer, counts it, releases it, and completes', () => {
    const h = setup();
    h.admin.create('batch', 'jobs', 'default', job('pi'));
    h.settle();
    const [pod] = live(h);
    expect(pod.metadata.generateName).toBe('pi-');
    expect(pod.metadata.finalizers).toEqual(['batch.kubernetes.io/job-tracking']);
    expect(h.admin.get('batch', 'jobs', 'default', 'pi').status).toMatchObject({ active: 1, ready: 0, terminating: 0, uncountedTerminatedPods: {} });
    h.advance(5000);
    finish(h, pod.metadata.name, 0);
    const st = h.admin.get('batch', 'jobs', 'default', 'pi').status;
    expect(st.succeeded).toBe(1);
    expect(st.active).toBeUndefined();
    expect(st.completionTime).toBe(h.clock.nowRFC3339());
    expect(st.conditions.map((c: any) => `${c.type}=${c.status} ${c.reason}: ${c.message}`)).toEqual([
      'SuccessCriteriaMet=True CompletionsReached: Reached expected number of succeeded pods',
      'Complete=True CompletionsReached: Reached expected number of succeeded pods',
    ]);
    expect(h.admin.get('', 'pods', 'default', pod.metadata.name).metadata.finalizers).toEqual([]);
    expect(events(h)).toEqual([`SuccessfulCreate Created pod: ${pod.metadata.name}`, 'Completed Job completed']);
  });

  it('backs off 10 s, 20 s … after failures and fails past backoffLimit', () => {
    const h = setup();
    h.admin.create('batch', 'jobs', 'default', job('fail', { backoffLimit: 2 }));
    h.settle();
    finish(h, live(h)[0].metadata.name, 1);
    expect(live(h)).toHaveLength(0);
    h.advance(9_999);
    expect(live(h)).toHaveLength(0);
    h.advance(1);
    expect(live(h)).toHaveLength(1);
    finish(h, live(h)[0].metadata.name, 1);
    h.advance(19_999);
    expect(live(h)).toHaveLength(0);
    h.advance(1);
    finish(h, live(h)[0].metadata.name, 1);
    const st = h.admin.get('batch', 'jobs', 'default', 'fail').status;
    expect(st.failed).toBe(3);
    expect(st.conditions.map((c: any) => `${c.type} ${c.reason}`)).toEqual(['FailureTarget BackoffLimitExceeded', 'Failed BackoffLimitExceeded']);
    expect(events(h)).toContain('BackoffLimitExceeded Job has reached the specified backoff limit');
    expect(backoffDelayMs(1)).toBe(10_000);
    expect(backoffDelayMs(6)).toBe(320_000);
    expect(backoffDelayMs(7)).toBe(360_000);
  });

  it('Indexed: one Pod per index with hostname and JOB_COMPLETION_INDEX, completedIndexes', () => {
    const h = setup();
    h.admin.create('batch', 'jobs', 'default', job('idx', { completions: 3, parallelism: 3, completionMode: 'Indexed' }));
    h.settle();
    const pods = live(h).sort((a: any, b: any) => a.spec.hostname.localeCompare(b.spec.hostname));
    expect(pods.map((p: any) => p.spec.hostname)).toEqual(['idx-0', 'idx-1', 'idx-2']);
    expect(pods[1].metadata.generateName).toBe('idx-1-');
    expect(pods[1].spec.containers[0].env[0].name).toBe('JOB_COMPLETION_INDEX');
    finish(h, pods[0].metadata.name, 0);
    finish(h, pods[2].metadata.name, 0);
    expect(h.admin.get('batch', 'jobs', 'default', 'idx').status.completedIndexes).toBe('0,2');
    finish(h, pods[1].metadata.name, 0);
    expect(h.admin.get('batch', 'jobs', 'default', 'idx').status.conditions.at(-1).type).toBe('Complete');
    expect(formatIndexes([0, 1, 2, 5])).toBe('0-2,5');
    expect([...parseIndexes('0-2,5')]).toEqual([0, 1, 2, 5]);
  });

  it('activeDeadlineSeconds fails the Job and deletes its Pods; suspend deletes active Pods', () => {
    const h = setup();
    h.admin.create('batch', 'jobs', 'default', job('slow', { activeDeadlineSeconds: 30 }));
    h.admin.create('batch', 'jobs', 'default', job('paused'));
    h.settle();
    h.admin.patch('batch', 'jobs', 'default', 'paused', 'merge', { spec: { suspend: true } });
    h.advance(30_000);
    const slow = h.admin.get('batch', 'jobs', 'default', 'slow').status;
    expect(slow.conditions[0]).toMatchObject({ type: 'FailureTarget', reason: 'DeadlineExceeded', message: 'Job was active longer than specified deadline' });
    const paused = h.admin.get('batch', 'jobs', 'default', 'paused').status;
    expect(paused.conditions[0]).toMatchObject({ type: 'Suspended', status: 'True', reason: 'JobSuspended' });
    expect(h.admin.list('', 'pods', 'default').items.every((p: any) => p.metadata.deletionTimestamp)).toBe(true);
  });
});
