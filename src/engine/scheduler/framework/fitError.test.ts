import { describe, expect, it } from 'vitest';
import { fitErrorMessage } from './fitError.js';
import { Code, Status } from './types.js';

const st = (...reasons: string[]) => new Status(Code.Unschedulable, reasons);
const taint = 'node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }';

describe('FitError.Error (v1.32)', () => {
  it.each([
    [
      'histogram sorted as strings',
      3,
      { nodeToStatus: new Map([['cp', st(taint)], ['a', st('Insufficient cpu')], ['b', st('Insufficient cpu')]]) },
      `0/3 nodes are available: 1 ${taint}, 2 Insufficient cpu.`,
    ],
    [
      'equal counts: alphabetical ("I" before "n")',
      2,
      { nodeToStatus: new Map([['cp', st(taint)], ['a', st('Insufficient cpu')]]) },
      `0/2 nodes are available: 1 Insufficient cpu, 1 ${taint}.`,
    ],
    [
      'each reason of a node counts ("10" sorts before "2")',
      12,
      {
        nodeToStatus: new Map([
          ...Array.from({ length: 10 }, (_, i) => [`n${i}`, st('Insufficient cpu', 'Insufficient memory')] as const),
          ['x', st('Too many pods')],
          ['y', st('Too many pods')],
        ]),
      },
      '0/12 nodes are available: 10 Insufficient cpu, 10 Insufficient memory, 2 Too many pods.',
    ],
    [
      'PreFilter message replaces the histogram',
      3,
      { nodeToStatus: new Map([['a', st('x')]]), preFilterMsg: 'persistentvolumeclaim "data" not found' },
      '0/3 nodes are available: persistentvolumeclaim "data" not found.',
    ],
    [
      'PostFilter message appended as is',
      3,
      {
        nodeToStatus: new Map([['cp', st(taint)], ['a', st('Insufficient cpu')], ['b', st('Insufficient cpu')]]),
        postFilterMsg: 'preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.',
      },
      `0/3 nodes are available: 1 ${taint}, 2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.`,
    ],
    ['absent nodes get the absent reasons', 3, { nodeToStatus: new Map(), absentReasons: ['Preemption is not helpful for scheduling'] }, '0/3 nodes are available: 3 Preemption is not helpful for scheduling.'],
  ])('%s', (_n, num, d, want) => {
    expect(fitErrorMessage(num, d)).toBe(want);
  });
});
