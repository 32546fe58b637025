import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../engine/protocol/index.js';
import { podView, statusFamily } from './podStatus.js';

const pod = (status: unknown, extra: Partial<KubeObject['metadata']> = {}): KubeObject => ({
  metadata: { name: 'web', namespace: 'default', ...extra },
  spec: { containers: [{ name: 'app' }, { name: 'log' }] },
  status,
});

describe('podView: STATUS and RESTARTS as kubectl get pods prints them', () => {
  it.each([
    ['Pending', { phase: 'Pending' }, 'pending'],
    ['ContainerCreating', { phase: 'Pending', containerStatuses: [{ name: 'app', state: { waiting: { reason: 'ContainerCreating' } } }] }, 'creating'],
    ['Running', { phase: 'Running', containerStatuses: [{ name: 'app', ready: true, state: { running: {} } }, { name: 'log', ready: true, state: { running: {} } }] }, 'running'],
    ['CrashLoopBackOff', { phase: 'Running', containerStatuses: [{ name: 'app', restartCount: 3, state: { waiting: { reason: 'CrashLoopBackOff' } } }] }, 'error'],
    ['Error', { phase: 'Failed', containerStatuses: [{ name: 'app', state: { terminated: { reason: 'Error', exitCode: 1 } } }] }, 'error'],
    ['Completed', { phase: 'Succeeded', containerStatuses: [{ name: 'app', state: { terminated: { reason: 'Completed', exitCode: 0 } } }] }, 'completed'],
    ['ErrImagePull', { phase: 'Pending', containerStatuses: [{ name: 'app', state: { waiting: { reason: 'ErrImagePull' } } }] }, 'error'],
  ])('%s', (want, status, family) => {
    const v = podView(pod(status));
    expect(v.status).toBe(want);
    expect(statusFamily(v.status)).toBe(family);
  });

  it('Terminating wins once deletionTimestamp is set; restarts add up; containers follow the spec', () => {
    const v = podView(
      pod(
        { phase: 'Running', containerStatuses: [{ name: 'log', restartCount: 2, ready: true, state: { running: {} } }, { name: 'app', restartCount: 1, ready: true, state: { running: {} } }] },
        { deletionTimestamp: '2025-01-06T09:00:00Z' },
      ),
    );
    expect(v.status).toBe('Terminating');
    expect(statusFamily(v.status)).toBe('terminating');
    expect(v.restarts).toBe(3);
    expect(v.containers.map((c) => `${c.name}:${c.state}:${c.restarts}`)).toEqual(['app:running:1', 'log:running:2']);
  });
});
