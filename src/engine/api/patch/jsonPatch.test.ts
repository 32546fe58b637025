// RFC 6902 as gopkg.in/evanphx/json-patch.v4 applies it, error texts included.
import { describe, expect, it } from 'vitest';
import { applyJsonPatch, PatchError } from './index.js';

const doc = { metadata: { name: 'p', labels: { app: 'web', 'a/b': 'x', 'c~d': 'y' } }, spec: { containers: [{ name: 'a' }, { name: 'b' }] } };

describe('applyJsonPatch', () => {
  const ok: [string, unknown[], unknown][] = [
    ['add to object', [{ op: 'add', path: '/metadata/labels/tier', value: 'fe' }], { ...doc.metadata.labels, tier: 'fe' }],
    ['add replaces an existing key', [{ op: 'add', path: '/metadata/labels/app', value: 'api' }], { ...doc.metadata.labels, app: 'api' }],
    ['remove with ~1 escape', [{ op: 'remove', path: '/metadata/labels/a~1b' }], { app: 'web', 'c~d': 'y' }],
    ['replace with ~0 escape', [{ op: 'replace', path: '/metadata/labels/c~0d', value: 'z' }], { app: 'web', 'a/b': 'x', 'c~d': 'z' }],
    ['replace of a missing object key adds it (v4)', [{ op: 'replace', path: '/metadata/labels/new', value: '1' }], { ...doc.metadata.labels, new: '1' }],
    ['test then remove', [{ op: 'test', path: '/metadata/labels/app', value: 'web' }, { op: 'remove', path: '/metadata/labels/app' }], { 'a/b': 'x', 'c~d': 'y' }],
  ];
  for (const [name, ops, labels] of ok) {
    it(name, () => expect((applyJsonPatch(doc, ops) as any).metadata.labels).toEqual(labels));
  }

  it('array add at index, at -, and negative index', () => {
    const names = (ops: unknown[]) => (applyJsonPatch(doc, ops) as any).spec.containers.map((c: any) => c.name);
    expect(names([{ op: 'add', path: '/spec/containers/-', value: { name: 'c' } }])).toEqual(['a', 'b', 'c']);
    expect(names([{ op: 'add', path: '/spec/containers/0', value: { name: 'c' } }])).toEqual(['c', 'a', 'b']);
    expect(names([{ op: 'add', path: '/spec/containers/2', value: { name: 'c' } }])).toEqual(['a', 'b', 'c']);
    expect(names([{ op: 'remove', path: '/spec/containers/-1' }])).toEqual(['a']);
    expect(names([{ op: 'replace', path: '/spec/containers/1/name', value: 'z' }])).toEqual(['a', 'z']);
  });

  it('move and copy', () => {
    const out: any = applyJsonPatch(doc, [
      { op: 'copy', from: '/metadata/name', path: '/metadata/labels/name' },
      { op: 'move', from: '/spec/containers/0', path: '/spec/containers/-' },
    ]);
    expect(out.metadata.labels.name).toBe('p');
    expect(out.spec.containers.map((c: any) => c.name)).toEqual(['b', 'a']);
  });

  it('leaves its input alone', () => {
    const before = JSON.stringify(doc);
    applyJsonPatch(doc, [{ op: 'remove', path: '/spec' }]);
    expect(JSON.stringify(doc)).toBe(before);
  });

  const errors: [string, unknown, string][] = [
    ['add under a missing parent', [{ op: 'add', path: '/spec/foo/bar', value: 1 }], 'add operation does not apply: doc is missing path: "/spec/foo/bar": missing value'],
    ['remove a missing key', [{ op: 'remove', path: '/metadata/nope' }], "error in remove for path: '/metadata/nope': Unable to remove nonexistent key: nope: missing value"],
    ['remove past the end', [{ op: 'remove', path: '/spec/containers/5' }], "error in remove for path: '/spec/containers/5': Unable to access invalid index: 5: invalid index referenced"],
    ['replace a missing index', [{ op: 'replace', path: '/spec/containers/9', value: 1 }], 'replace operation does not apply: doc is missing key: /spec/containers/9: missing value'],
    ['replace under a missing parent', [{ op: 'replace', path: '/x/y', value: 1 }], 'replace operation does not apply: doc is missing path: /x/y: missing value'],
    ['add at a bad index', [{ op: 'add', path: '/spec/containers/x', value: 1 }], `error in add for path: '/spec/containers/x': value was not a proper array index: 'x': strconv.Atoi: parsing "x": invalid syntax`],
    ['add past the end', [{ op: 'add', path: '/spec/containers/3', value: 1 }], "error in add for path: '/spec/containers/3': Unable to access invalid index: 3: invalid index referenced"],
    ['failed test', [{ op: 'test', path: '/metadata/name', value: 'q' }], 'testing value /metadata/name failed: test failed'],
    ['unknown op', [{ op: 'frobnicate', path: '/a' }], 'Unexpected kind: frobnicate'],
    ['missing op', [{ path: '/a' }], 'Unexpected kind: unknown'],
    ['missing path', [{ op: 'add', value: 1 }], 'add operation failed to decode path: missing value'],
    ['move from a missing path', [{ op: 'move', from: '/a/b', path: '/c' }], 'move operation does not apply: doc is missing from path: /a/b: missing value'],
    ['copy without from', [{ op: 'copy', path: '/c' }], 'copy operation failed to decode from: operation, missing from field: missing value'],
  ];
  for (const [name, ops, message] of errors) {
    it(`422: ${name}`, () => {
      let err: unknown;
      try {
        applyJsonPatch(doc, ops);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(PatchError);
      expect((err as PatchError).message).toBe(message);
      const status = (err as PatchError).toStatusError().status;
      expect(status.code).toBe(422);
      expect(status.reason).toBe('Invalid');
      expect(status.message).toBe('the server rejected our request due to an error in our request');
      expect(status.details?.causes).toEqual([{ reason: 'UnexpectedServerResponse', message }]);
    });
  }

  it('400 when the patch is not a list of operations', () => {
    const e = (() => {
      try {
        applyJsonPatch(doc, { op: 'add' });
      } catch (x) {
        return x as PatchError;
      }
    })()!;
    expect(e.message).toBe('json: cannot unmarshal object into Go value of type jsonpatch.Patch');
    expect(e.toStatusError().code).toBe(400);
  });
});
