// Cases ported from TestPrintPod, TestPrintPodWithRestartableInitContainer and
// TestPrintPodwide in pkg/printers/internalversion/printers_test.go.
import type { Container, ContainerStatus, Pod } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import { podTable } from './pods.js';

const NOW = Date.parse('2025-06-01T12:00:00Z');
const ago = (ms: number) => new Date(NOW - ms).toISOString();
const containers = (n: number): Container[] => Array.from({ length: n }, () => ({ name: '' }));
const running = { running: {} };
const finished = (ms: number) => ({ terminated: { exitCode: 0, finishedAt: ago(ms) } });

function pod(name: string, spec: Partial<Pod['spec']>, status: Pod['status'], meta: Partial<Pod['metadata']> = {}): Pod {
  return { metadata: { name, ...meta }, spec: { containers: [], ...spec }, status };
}
/** the non-wide cells, as TestPrintPod compares them */
const cells = (p: Pod) => podTable.row(p, NOW, true).slice(0, 5);

describe('printPod', () => {
  const cs = (x: Partial<ContainerStatus>): ContainerStatus =>
    ({ name: '', image: '', imageID: '', ready: false, restartCount: 0, ...x }) as ContainerStatus;

  it.each<[string, Pod, string[]]>([
    [
      'num of containers, restarts, container ready status',
      pod('test1', { containers: containers(2) }, {
        phase: 'podPhase',
        containerStatuses: [cs({ ready: true, restartCount: 3, state: running }), cs({ restartCount: 3 })],
      }),
      ['test1', '1/2', 'podPhase', '6', '<unknown>'],
    ],
    [
      'container error overwrites pod phase',
      pod('test2', { containers: containers(2) }, {
        phase: 'podPhase',
        containerStatuses: [
          cs({ ready: true, restartCount: 3, state: running }),
          cs({ restartCount: 3, state: { waiting: { reason: 'ContainerWaitingReason' } } }),
        ],
      }),
      ['test2', '1/2', 'ContainerWaitingReason', '6', '<unknown>'],
    ],
    [
      'the first container overwrites the rest',
      pod('test3', { containers: containers(2) }, {
        phase: 'podPhase',
        containerStatuses: [
          cs({ restartCount: 3, state: { waiting: { reason: 'ContainerWaitingReason' } } }),
          cs({ restartCount: 3, state: { terminated: { exitCode: 0, reason: 'ContainerTerminatedReason' } } }),
        ],
      }),
      ['test3', '0/2', 'ContainerWaitingReason', '6', '<unknown>'],
    ],
    [
      'ready is not enough for reporting running',
      pod('test4', { containers: containers(2) }, {
        phase: 'podPhase',
        containerStatuses: [cs({ ready: true, restartCount: 3, state: running }), cs({ ready: true, restartCount: 3 })],
      }),
      ['test4', '1/2', 'podPhase', '6', '<unknown>'],
    ],
    [
      'status.reason overrides the phase',
      pod('test5', { containers: containers(2) }, {
        reason: 'podReason',
        phase: 'podPhase',
        containerStatuses: [cs({ ready: true, restartCount: 3, state: running }), cs({ ready: true, restartCount: 3 })],
      }),
      ['test5', '1/2', 'podReason', '6', '<unknown>'],
    ],
    [
      'one running, one completed, no Ready condition',
      pod('test6', { containers: containers(2) }, {
        phase: 'Running',
        containerStatuses: [
          cs({ ready: true, restartCount: 3, state: { terminated: { reason: 'Completed', exitCode: 0 } } }),
          cs({ ready: true, restartCount: 3, state: running }),
        ],
      }),
      ['test6', '1/2', 'NotReady', '6', '<unknown>'],
    ],
    [
      'one running, one completed, Ready condition',
      pod('test6', { containers: containers(2) }, {
        phase: 'Running',
        containerStatuses: [
          cs({ ready: true, restartCount: 3, state: { terminated: { reason: 'Completed', exitCode: 0 } } }),
          cs({ ready: true, restartCount: 3, state: running }),
        ],
        conditions: [{ type: 'Ready', status: 'True' }],
      }),
      ['test6', '1/2', 'Running', '6', '<unknown>'],
    ],
    [
      'init container restarting',
      pod('test7', { initContainers: containers(1), containers: containers(1) }, {
        phase: 'podPhase',
        initContainerStatuses: [cs({ restartCount: 3, state: running, lastState: finished(10_000) })],
        containerStatuses: [cs({ state: { waiting: {} } })],
      }),
      ['test7', '0/1', 'Init:0/1', '3 (10s ago)', '<unknown>'],
    ],
    [
      'two init containers, the first restarting',
      pod('test8', { initContainers: containers(2), containers: containers(1) }, {
        phase: 'podPhase',
        initContainerStatuses: [
          cs({ restartCount: 3, state: running, lastState: finished(10_000) }),
          cs({ state: { waiting: {} } }),
        ],
        containerStatuses: [cs({ state: { waiting: {} } })],
      }),
      ['test8', '0/1', 'Init:0/2', '3 (10s ago)', '<unknown>'],
    ],
    [
      'first init container done, second restarting',
      pod('test9', { initContainers: containers(2), containers: containers(1) }, {
        phase: 'podPhase',
        initContainerStatuses: [
          cs({ state: { terminated: { exitCode: 0 } } }),
          cs({ restartCount: 3, state: running, lastState: finished(10_000) }),
        ],
        containerStatuses: [cs({ state: { waiting: {} } })],
      }),
      ['test9', '0/1', 'Init:1/2', '3 (10s ago)', '<unknown>'],
    ],
    [
      'first init container done after restarts, second restarting',
      pod('test10', { initContainers: containers(2), containers: containers(1) }, {
        phase: 'podPhase',
        initContainerStatuses: [
          cs({ restartCount: 2, state: { terminated: { exitCode: 0 } }, lastState: finished(120_000) }),
          cs({ restartCount: 3, state: running, lastState: finished(10_000) }),
        ],
        containerStatuses: [cs({ state: { waiting: {} } })],
      }),
      ['test10', '0/1', 'Init:1/2', '5 (10s ago)', '<unknown>'],
    ],
    [
      'initialised: init restarts no longer count',
      pod('test11', { initContainers: containers(1), containers: containers(1) }, {
        phase: 'Running',
        initContainerStatuses: [cs({ restartCount: 2, state: { terminated: { exitCode: 0 } }, lastState: finished(120_000) })],
        containerStatuses: [cs({ restartCount: 4, state: running, lastState: finished(20_000) })],
      }),
      ['test11', '0/1', 'Running', '4 (20s ago)', '<unknown>'],
    ],
    [
      'restarted 5d ago',
      pod('test12', { containers: containers(1) }, {
        phase: 'Running',
        containerStatuses: [cs({ ready: true, restartCount: 3, state: running, lastState: finished(5 * 86_400_000) })],
      }),
      ['test12', '1/1', 'Running', '3 (5d ago)', '<unknown>'],
    ],
    [
      'the latest restart of all containers is shown',
      pod('test14', { containers: containers(2) }, {
        phase: 'Running',
        containerStatuses: [
          cs({ ready: true, restartCount: 6, state: running, lastState: finished(5 * 86_400_000) }),
          cs({ ready: true, restartCount: 3, state: running, lastState: finished(20 * 86_400_000) }),
        ],
      }),
      ['test14', '2/2', 'Running', '9 (5d ago)', '<unknown>'],
    ],
    [
      'SchedulingGated',
      pod('test15', { containers: containers(2) }, {
        phase: 'podPhase',
        conditions: [{ type: 'PodScheduled', status: 'False', reason: 'SchedulingGated' }],
      }),
      ['test15', '0/2', 'SchedulingGated', '0', '<unknown>'],
    ],
    [
      'succeeded',
      pod('test16', { containers: containers(1) }, {
        phase: 'Succeeded',
        containerStatuses: [cs({ state: { terminated: { reason: 'Completed', exitCode: 0 } } })],
      }),
      ['test16', '0/1', 'Completed', '0', '<unknown>'],
    ],
    [
      'failed',
      pod('test17', { containers: containers(1) }, {
        phase: 'Failed',
        containerStatuses: [cs({ state: { terminated: { reason: 'Error', exitCode: 1 } } })],
      }),
      ['test17', '0/1', 'Error', '0', '<unknown>'],
    ],
    [
      'succeeded and deleted stays Completed',
      pod(
        'test18',
        { containers: containers(1) },
        { phase: 'Succeeded', containerStatuses: [cs({ state: { terminated: { reason: 'Completed', exitCode: 0 } } })] },
        { deletionTimestamp: ago(10_000) },
      ),
      ['test18', '0/1', 'Completed', '0', '<unknown>'],
    ],
    [
      'running and deleted is Terminating',
      pod(
        'test19',
        { containers: containers(1) },
        { phase: 'Running', containerStatuses: [cs({ state: running })] },
        { deletionTimestamp: ago(10_000) },
      ),
      ['test19', '0/1', 'Terminating', '0', '<unknown>'],
    ],
    [
      'pending and deleted is Terminating',
      pod('test20', { containers: containers(1) }, { phase: 'Pending' }, { deletionTimestamp: ago(10_000) }),
      ['test20', '0/1', 'Terminating', '0', '<unknown>'],
    ],
    [
      'deleted on an unreachable node is Unknown',
      pod('lost', { containers: containers(1) }, { phase: 'Running', reason: 'NodeLost' }, { deletionTimestamp: ago(1) }),
      ['lost', '0/1', 'Unknown', '0', '<unknown>'],
    ],
    [
      'CrashLoopBackOff with age and restart time',
      pod(
        'crash',
        { containers: containers(1) },
        {
          phase: 'Running',
          containerStatuses: [
            cs({ restartCount: 3, state: { waiting: { reason: 'CrashLoopBackOff' } }, lastState: finished(45_000) }),
          ],
        },
        { creationTimestamp: ago(190_000) },
      ),
      ['crash', '0/1', 'CrashLoopBackOff', '3 (45s ago)', '3m10s'],
    ],
    [
      'init container failed without a reason',
      pod('initfail', { initContainers: containers(1), containers: containers(1) }, {
        phase: 'Pending',
        initContainerStatuses: [cs({ state: { terminated: { exitCode: 2 } } })],
      }),
      ['initfail', '0/1', 'Init:ExitCode:2', '0', '<unknown>'],
    ],
    [
      'init container killed by a signal',
      pod('initsig', { initContainers: containers(1), containers: containers(1) }, {
        phase: 'Pending',
        initContainerStatuses: [cs({ state: { terminated: { exitCode: 137, signal: 9 } } })],
      }),
      ['initsig', '0/1', 'Init:Signal:9', '0', '<unknown>'],
    ],
    [
      'init container in back-off',
      pod('initbo', { initContainers: containers(2), containers: containers(1) }, {
        phase: 'Pending',
        initContainerStatuses: [cs({ state: { waiting: { reason: 'CrashLoopBackOff' } } }), cs({ state: { waiting: { reason: 'PodInitializing' } } })],
      }),
      ['initbo', '0/1', 'Init:CrashLoopBackOff', '0', '<unknown>'],
    ],
    [
      'container terminated without a reason',
      pod('exit', { containers: containers(1) }, {
        phase: 'Failed',
        containerStatuses: [cs({ state: { terminated: { exitCode: 3 } } })],
      }),
      ['exit', '0/1', 'ExitCode:3', '0', '<unknown>'],
    ],
  ])('%s', (_, p, want) => {
    expect(cells(p)).toEqual(want);
  });
});

describe('printPod with restartable init containers (sidecars)', () => {
  const sidecars: Container[] = [
    { name: 'restartable-init-1', restartPolicy: 'Always' },
    { name: 'restartable-init-2', restartPolicy: 'Always' },
  ];
  const cs = (x: Partial<ContainerStatus>): ContainerStatus =>
    ({ name: '', image: '', imageID: '', ready: false, restartCount: 0, ...x }) as ContainerStatus;

  it('first sidecar running but not started: Init:0/2', () => {
    const p = pod('test1', { initContainers: sidecars, containers: containers(1) }, {
      phase: 'Pending',
      initContainerStatuses: [
        cs({ name: 'restartable-init-1', restartCount: 3, state: running, started: false, lastState: finished(10_000) }),
        cs({ name: 'restartable-init-2', state: { waiting: {} }, started: false }),
      ],
      containerStatuses: [cs({ state: { waiting: {} } })],
      conditions: [{ type: 'Initialized', status: 'False' }],
    });
    expect(cells(p)).toEqual(['test1', '0/3', 'Init:0/2', '3 (10s ago)', '<unknown>']);
  });

  it('first sidecar started, second not: Init:1/2', () => {
    const p = pod('test1', { initContainers: sidecars, containers: containers(1) }, {
      phase: 'Pending',
      initContainerStatuses: [
        cs({ name: 'restartable-init-1', restartCount: 3, state: running, started: true, lastState: finished(10_000) }),
        cs({ name: 'restartable-init-2', state: running, started: false }),
      ],
      containerStatuses: [cs({ state: { waiting: {} } })],
      conditions: [{ type: 'Initialized', status: 'False' }],
    });
    expect(cells(p)).toEqual(['test1', '0/3', 'Init:1/2', '3 (10s ago)', '<unknown>']);
  });

  it('sidecars started and the container running', () => {
    const p = pod('test2', { initContainers: sidecars, containers: containers(1) }, {
      phase: 'Running',
      initContainerStatuses: [
        cs({ name: 'restartable-init-1', restartCount: 3, state: running, started: true, lastState: finished(10_000) }),
        cs({ name: 'restartable-init-2', state: running, started: true }),
      ],
      containerStatuses: [cs({ ready: true, restartCount: 4, state: running, lastState: finished(20_000) })],
      conditions: [{ type: 'Initialized', status: 'True' }],
    });
    expect(cells(p)).toEqual(['test2', '1/3', 'Running', '7 (10s ago)', '<unknown>']);
  });

  it('sidecars failed, container completed: Completed', () => {
    const p = pod('test3', { initContainers: sidecars, containers: containers(1) }, {
      phase: 'Succeeded',
      initContainerStatuses: [
        cs({
          name: 'restartable-init-1',
          restartCount: 3,
          state: { terminated: { reason: 'Error', exitCode: 137 } },
          started: false,
          lastState: finished(10_000),
        }),
        cs({ name: 'restartable-init-2', state: { terminated: { reason: 'Error', exitCode: 137 } }, started: false }),
      ],
      containerStatuses: [
        cs({ restartCount: 4, state: { terminated: { reason: 'Completed', exitCode: 0 } }, lastState: finished(20_000) }),
      ],
      conditions: [{ type: 'Initialized', status: 'True' }],
    });
    expect(cells(p)).toEqual(['test3', '0/3', 'Completed', '7 (10s ago)', '<unknown>']);
  });

  it('statuses for containers not in the spec', () => {
    const p = pod(
      'test4',
      {
        initContainers: [
          { name: 'init1', image: 'initimage' },
          { name: 'sidecar1', image: 'sidecarimage', restartPolicy: 'Always' },
        ],
        containers: [{ name: 'container1', image: 'containerimage' }],
      },
      {
        phase: 'Running',
        initContainerStatuses: [cs({ name: 'initinvalid' }), cs({ name: 'init1' }), cs({ name: 'sidecar1' })],
        containerStatuses: [cs({ name: 'containerinvalid' }), cs({ name: 'container1' })],
      },
    );
    expect(cells(p)).toEqual(['test4', '0/2', 'Init:0/2', '0', '<unknown>']);
  });
});

describe('printPod wide', () => {
  it('IP, node, nominated node and readiness gates', () => {
    const p: Pod = {
      metadata: { name: 'test1' },
      spec: {
        containers: containers(2),
        nodeName: 'test1',
        readinessGates: [{ conditionType: 'condition1' }, { conditionType: 'condition2' }, { conditionType: 'condition3' }],
      },
      status: {
        conditions: [
          { type: 'condition1', status: 'False' },
          { type: 'condition2', status: 'True' },
        ],
        phase: 'podPhase',
        podIPs: [{ ip: '1.1.1.1' }],
        containerStatuses: [
          { name: '', image: '', imageID: '', ready: true, restartCount: 3, state: running },
          { name: '', image: '', imageID: '', ready: false, restartCount: 3 },
        ],
        nominatedNodeName: 'node1',
      },
    };
    expect(podTable.row(p, NOW, true)).toEqual(['test1', '1/2', 'podPhase', '6', '<unknown>', '1.1.1.1', 'test1', 'node1', '1/3']);
  });

  it('<none> for a pod not yet scheduled', () => {
    const p: Pod = { metadata: { name: 'p' }, spec: { containers: containers(1) }, status: { phase: 'Pending' } };
    expect(podTable.row(p, NOW, true).slice(5)).toEqual(['<none>', '<none>', '<none>', '<none>']);
  });
});
