import { describe, expect, it } from 'vitest';
import { clone, deepEqual, deepFreeze } from './object.js';

describe('object helpers', () => {
  it('freezes deeply and clones into a mutable copy', () => {
    const o = deepFreeze({ a: { b: [1, { c: 2 }] } });
    expect(() => {
      (o.a.b[1] as { c: number }).c = 3;
    }).toThrow();
    const c = clone(o);
    (c.a.b[1] as { c: number }).c = 3;
    expect((o.a.b[1] as { c: number }).c).toBe(2);
  });

  it('compares structurally, ignoring undefined members', () => {
    expect(deepEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(deepEqual({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(deepEqual([], {})).toBe(false);
  });
});
