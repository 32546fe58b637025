import { describe, expect, it } from 'vitest';
import { isLess, naturalLess, sortObjects } from './sortby.js';

const obj = (name: string, extra: Record<string, unknown> = {}) => ({ metadata: { name }, ...extra });
const names = (xs: { metadata: { name: string } }[]) => xs.map((x) => x.metadata.name);

describe('naturalLess (fvbommel/sortorder)', () => {
  it.each([
    ['a2', 'a10', true],
    ['a10', 'a2', false],
    ['web-9', 'web-10', true],
    ['a', 'b', true],
    ['a01', 'a1', false],
    ['a1', 'a01', true],
    ['1', 'a', true],
    ['abc', 'ab', false],
    ['2024-01-02T00:00:00Z', '2024-01-10T00:00:00Z', true],
  ])('%s < %s is %s', (a, b, want) => expect(naturalLess(a, b)).toBe(want));
});

describe('isLess', () => {
  it('compares quantities when both strings parse', () => {
    expect(isLess('100m', '1')).toBe(true);
    expect(isLess('1Gi', '512Mi')).toBe(false);
    expect(isLess('2', '10')).toBe(true);
  });
  it('compares numbers and bools', () => {
    expect(isLess(2, 10)).toBe(true);
    expect(isLess(false, true)).toBe(true);
    expect(isLess(true, false)).toBe(false);
  });
  it('refuses maps', () => {
    expect(() => isLess({}, {})).toThrow('unsortable type: map[string]interface {}');
  });
});

describe('sortObjects', () => {
  it('sorts by name naturally', () => {
    expect(names(sortObjects([obj('web-10'), obj('web-9'), obj('api')], '.metadata.name'))).toEqual(['api', 'web-9', 'web-10']);
  });
  it('accepts the relaxed path forms', () => {
    expect(names(sortObjects([obj('b'), obj('a')], '{metadata.name}'))).toEqual(['a', 'b']);
  });
  it('sorts numbers and puts objects without the field first', () => {
    const xs = [obj('three', { spec: { replicas: 3 } }), obj('none'), obj('one', { spec: { replicas: 1 } })];
    expect(names(sortObjects(xs, '.spec.replicas'))).toEqual(['none', 'one', 'three']);
  });
  it('is stable for equal keys', () => {
    const xs = [obj('x', { k: 1 }), obj('y', { k: 1 }), obj('z', { k: 0 })];
    expect(names(sortObjects(xs, '.k'))).toEqual(['z', 'x', 'y']);
  });
  it('sorts by the first value of a list field', () => {
    const xs = [obj('b', { spec: { c: [{ image: 'redis' }] } }), obj('a', { spec: { c: [{ image: 'nginx' }, { image: 'z' }] } })];
    expect(names(sortObjects(xs, '.spec.c[*].image'))).toEqual(['a', 'b']);
  });
  it('words a field no object has as kubectl', () => {
    expect(() => sortObjects([obj('a')], '.metadata.nope')).toThrow(
      'couldn\'t find any field with path "{.metadata.nope}" in the list of objects',
    );
  });
});
