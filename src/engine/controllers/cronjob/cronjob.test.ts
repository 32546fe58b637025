import { describe, expect, it } from 'vitest';
import { Harness } from '../testing/harness.js';
import { CronJobController, cronJobControllerUser } from './cronjob_controllerv2.js';

const cj = (spec: Record<string, unknown> = {}) => ({
  apiVersion: 'batch/v1',
  kind: 'CronJob',
  metadata: { name: 'hello' },
  spec: { schedule: '*/1 * * * *', jobTemplate: { spec: { template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'c', image: 'busybox:1.37' }] } } } }, ...spec },
});

function setup() {
  const h = new Harness();
  const inf = h.informers(cronJobControllerUser);
  new CronJobController(h.client(cronJobControllerUser), inf, h.clock);
  inf.start();
  h.settle();
  return h;
}

const complete = (h: Harness, name: string) => {
  const j = h.admin.get('batch', 'jobs', 'default', name);
  const now = h.clock.nowRFC3339();
  h.admin.updateStatus('batch', 'jobs', 'default', { ...j, status: { startTime: now, completionTime: now, succeeded: 1, conditions: [{ type: 'SuccessCriteriaMet', status: 'True', lastTransitionTime: now }, { type: 'Complete', status: 'True', lastTransitionTime: now }] } });
};

describe('CronJobController', () => {
  it('creates <name>-<minutes since epoch> at each schedule time and keeps 3 successful Jobs', () => {
    const h = setup();
    h.admin.create('batch', 'cronjobs', 'default', cj());
    h.advance(200); // runs 100 ms after each schedule time
    expect(h.names('jobs', 'default', 'batch')).toEqual([]);
    for (let i = 0; i < 5; i++) {
      h.advance(60_000);
      const jobs = h.names('jobs', 'default', 'batch').sort();
      complete(h, jobs[jobs.length - 1]!);
      h.settle();
    }
    const names = h.names('jobs', 'default', 'batch').sort();
    const base = Math.floor(h.clock.now() / 60_000);
    expect(names.length).toBe(3);
    expect(names).toEqual([`hello-${base - 2}`, `hello-${base - 1}`, `hello-${base}`]);
    const st = h.admin.get('batch', 'cronjobs', 'default', 'hello').status;
    expect(st.lastScheduleTime).toBe(new Date(base * 60_000).toISOString().replace('.000', ''));
    expect(st.active).toBeUndefined();
    const events = h.admin.list('', 'events', 'default').items.map((e: any) => `${e.reason} ${e.message}`);
    expect(events).toContain(`SuccessfulCreate Created job hello-${base}`);
    expect(events).toContain(`SawCompletedJob Saw completed job: hello-${base}, condition: Complete`);
    expect(events).toContain(`SuccessfulDelete Deleted job hello-${base - 4}`);
  });

  it('Forbid skips a run while one is active; Replace deletes it; suspend stops runs', () => {
    const h = setup();
    h.admin.create('batch', 'cronjobs', 'default', cj({ concurrencyPolicy: 'Forbid' }));
    h.advance(200);
    h.advance(60_000);
    h.advance(60_000);
    expect(h.names('jobs', 'default', 'batch')).toHaveLength(1);
    h.admin.patch('batch', 'cronjobs', 'default', 'hello', 'merge', { spec: { concurrencyPolicy: 'Replace' } });
    h.advance(60_000);
    const left = h.admin.list('batch', 'jobs', 'default').items.filter((j: any) => !j.metadata.deletionTimestamp);
    expect(left).toHaveLength(1);
    h.admin.patch('batch', 'cronjobs', 'default', 'hello', 'merge', { spec: { suspend: true } });
    const before = h.names('jobs', 'default', 'batch').length;
    h.advance(180_000);
    expect(h.names('jobs', 'default', 'batch').length).toBe(before);
  });
});
