import { describe, expect, it } from 'vitest';
import { coalesceEvents, coalescePushes } from './coalesce.js';
import type { KubeObject, ObjectEvent, ObjectEventType, Push } from './messages.js';

const pod = (name: string, rv: number, extra: Partial<KubeObject> = {}): KubeObject => ({ metadata: { name, namespace: 'default', resourceVersion: String(rv) }, ...extra });
const ev = (type: ObjectEventType, object: KubeObject, resource: ObjectEvent['resource'] = 'pods'): ObjectEvent => ({ type, resource, object });
const brief = (events: ObjectEvent[]) => events.map((e) => `${e.type} ${e.resource}/${e.object.metadata.name}@${e.object.metadata.resourceVersion}`);

describe('coalesceEvents', () => {
  it('keeps an object’s creation and its latest state, at the place of its last event', () => {
    const out = coalesceEvents([ev('ADDED', pod('a', 1)), ev('ADDED', pod('b', 2)), ev('MODIFIED', pod('a', 3)), ev('MODIFIED', pod('c', 4)), ev('MODIFIED', pod('a', 5)), ev('MODIFIED', pod('c', 6))]);
    expect(brief(out)).toEqual(['ADDED pods/b@2', 'ADDED pods/a@1', 'MODIFIED pods/a@5', 'MODIFIED pods/c@6']);
  });

  it('leaves a single event alone and ends with the delete of a deleted object', () => {
    const out = coalesceEvents([ev('DELETED', pod('x', 1)), ev('ADDED', pod('tmp', 2)), ev('MODIFIED', pod('old', 3)), ev('MODIFIED', pod('tmp', 4)), ev('DELETED', pod('tmp', 5)), ev('DELETED', pod('old', 6))]);
    expect(brief(out)).toEqual(['DELETED pods/x@1', 'ADDED pods/tmp@2', 'DELETED pods/tmp@5', 'DELETED pods/old@6']);
  });

  it('turns a delete and a re-create of the same name into a modification, and tells resources apart', () => {
    const out = coalesceEvents([ev('DELETED', pod('x', 1)), ev('ADDED', pod('x', 2)), ev('ADDED', pod('x', 3), 'services')]);
    expect(brief(out)).toEqual(['MODIFIED pods/x@2', 'ADDED services/x@3']);
  });

  it('tells namespaces apart', () => {
    const other = { metadata: { name: 'a', namespace: 'kube-system', resourceVersion: '2' } };
    expect(brief(coalesceEvents([ev('ADDED', pod('a', 1)), ev('MODIFIED', other)]))).toEqual(['ADDED pods/a@1', 'MODIFIED pods/a@2']);
  });

  it('leaves the page’s store as applying every event would', () => {
    const events: ObjectEvent[] = [];
    for (let rv = 1; rv <= 200; rv++) {
      const name = `p${(rv * 7) % 13}`;
      const type: ObjectEventType = rv % 11 === 0 ? 'DELETED' : rv % 3 === 0 ? 'ADDED' : 'MODIFIED';
      events.push(ev(type, pod(name, rv)));
    }
    const apply = (list: ObjectEvent[]) => {
      const store = new Map<string, string>();
      for (const e of list) {
        if (e.type === 'DELETED') store.delete(e.object.metadata.name);
        else store.set(e.object.metadata.name, e.object.metadata.resourceVersion!);
      }
      return [...store].sort();
    };
    const out = coalesceEvents(events);
    expect(apply(out)).toEqual(apply(events));
    expect(out.length).toBeLessThanOrEqual(2 * 13);
  });
});

describe('coalescePushes', () => {
  it('merges the objects pushes of a batch into one at the first one’s place, slimmed, other pushes in order', () => {
    const heavy = pod('a', 1, { spec: { nodeName: 'node01', volumes: [{ name: 'v' }] } });
    const pushes: Push[] = [
      { kind: 'clock', clock: { now: 1, speed: 1 } },
      { kind: 'objects', events: [ev('ADDED', pod('a', 1))] },
      { kind: 'audit', records: [] },
      { kind: 'objects', events: [ev('MODIFIED', heavy)] },
      { kind: 'terminal.output', terminal: 1, data: 'x' },
    ];
    const out = coalescePushes(pushes);
    expect(out.map((p) => p.kind)).toEqual(['clock', 'objects', 'audit', 'terminal.output']);
    expect(out[1]).toEqual({
      kind: 'objects',
      events: [
        { type: 'ADDED', resource: 'pods', object: { metadata: { name: 'a', namespace: 'default', resourceVersion: '1' } } },
        { type: 'MODIFIED', resource: 'pods', object: { metadata: { name: 'a', namespace: 'default', resourceVersion: '1' }, spec: { nodeName: 'node01' } } },
      ],
    });
  });

  it('leaves a batch without objects alone', () => {
    const plain: Push[] = [{ kind: 'terminal.idle', terminal: 1, prompt: '$ ' }];
    expect(coalescePushes(plain)).toEqual(plain);
  });
});
