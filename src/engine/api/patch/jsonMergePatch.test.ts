// RFC 7386 as evanphx/json-patch MergePatch / CreateMergePatch do it.
import { describe, expect, it } from 'vitest';
import { createJsonMergePatch, jsonMergePatch, PatchError } from './index.js';

describe('jsonMergePatch', () => {
  // RFC 7386 appendix A examples.
  const rfc: [unknown, unknown, unknown][] = [
    [{ a: 'b' }, { a: 'c' }, { a: 'c' }],
    [{ a: 'b' }, { b: 'c' }, { a: 'b', b: 'c' }],
    [{ a: 'b' }, { a: null }, {}],
    [{ a: 'b', b: 'c' }, { a: null }, { b: 'c' }],
    [{ a: ['b'] }, { a: 'c' }, { a: 'c' }],
    [{ a: 'c' }, { a: ['b'] }, { a: ['b'] }],
    [{ a: { b: 'c' } }, { a: { b: 'd', c: null } }, { a: { b: 'd' } }],
    [{ a: [{ b: 'c' }] }, { a: [1] }, { a: [1] }],
    [{ e: null }, { a: 1 }, { e: null, a: 1 }],
    [[1, 2], { a: 'b', c: null }, { a: 'b' }],
    [{}, { a: { bb: { ccc: null } } }, { a: { bb: {} } }],
  ];
  rfc.forEach(([target, patch, result], i) => {
    it(`RFC 7386 example ${i + 1}`, () => expect(jsonMergePatch(target, patch)).toEqual(result));
  });

  it('replaces lists wholesale, as kubectl patch --type merge does to containers', () => {
    const pod = { spec: { containers: [{ name: 'a', image: 'x' }, { name: 'b', image: 'y' }] } };
    expect(jsonMergePatch(pod, { spec: { containers: [{ name: 'a', image: 'z' }] } })).toEqual({ spec: { containers: [{ name: 'a', image: 'z' }] } });
  });

  it('rejects a scalar or null patch with 400', () => {
    expect(() => jsonMergePatch({}, 'x')).toThrow(PatchError);
    expect(() => jsonMergePatch({}, null)).toThrow('Invalid JSON Patch');
  });
});

describe('createJsonMergePatch', () => {
  it('sets changed keys, nulls removed ones, sends changed arrays whole', () => {
    const a = { metadata: { labels: { x: '1', y: '2' } }, spec: { list: [1, 2], same: true } };
    const b = { metadata: { labels: { x: '1', z: '3' } }, spec: { list: [1, 3], same: true } };
    const p = createJsonMergePatch(a, b);
    expect(p).toEqual({ metadata: { labels: { y: null, z: '3' } }, spec: { list: [1, 3] } });
    expect(jsonMergePatch(a, p)).toEqual(b);
  });

  it('is empty for equal documents', () => {
    expect(createJsonMergePatch({ a: { b: [1] } }, { a: { b: [1] } })).toEqual({});
  });
});
