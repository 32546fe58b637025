import { describe, expect, it } from 'vitest';
import { getMatchingTolerations, getMinTolerationTime, toleratesTaint } from './taint_eviction.js';

const unreachable = { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute' };

describe('toleration matching (v1 helper)', () => {
  it.each([
    [{ operator: 'Exists' }, unreachable, true],
    [{ key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' }, unreachable, true],
    [{ key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoSchedule' }, unreachable, false],
    [{ key: 'dedicated', operator: 'Equal', value: 'gpu' }, { key: 'dedicated', value: 'gpu', effect: 'NoExecute' }, true],
    [{ key: 'dedicated', value: 'cpu' }, { key: 'dedicated', value: 'gpu', effect: 'NoExecute' }, false],
    [{ operator: 'Equal' }, unreachable, false],
  ])('%j tolerates %j: %s', (tol, taint, want) => {
    expect(toleratesTaint(tol as any, taint as any)).toBe(want);
  });

  it('finds the shortest tolerationSeconds, or never', () => {
    expect(getMinTolerationTime([{ tolerationSeconds: 300 }, { tolerationSeconds: 60 }])).toBe(60_000);
    expect(getMinTolerationTime([{ operator: 'Exists' }])).toBe(-1);
    expect(getMinTolerationTime([{ tolerationSeconds: -5 }])).toBe(0);
  });

  it('needs every taint tolerated', () => {
    const taints = [unreachable, { key: 'x', effect: 'NoExecute' }] as any;
    expect(getMatchingTolerations(taints, [{ key: 'node.kubernetes.io/unreachable', operator: 'Exists', tolerationSeconds: 300 }]).all).toBe(false);
    expect(getMatchingTolerations(taints, [{ operator: 'Exists' }]).used.length).toBe(2);
  });
});
