// Unit tests for the etcd stand-in: revisions, compare-and-swap, errors, lists at
// revisions, pagination, compaction and synchronous ordered watch delivery.
import { describe, expect, it } from 'vitest';
import { MemoryStore, StoreError } from './index.js';
import type { StoreErrorCode, WatchEvent } from './index.js';

const v = (n: number): object => Object.freeze({ n });

function codeOf(fn: () => unknown): StoreErrorCode | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof StoreError) return e.code;
    throw e;
  }
  return undefined;
}

function recorder(): { events: WatchEvent[]; handler: (e: WatchEvent) => void; revs: () => number[] } {
  const events: WatchEvent[] = [];
  return { events, handler: (e) => events.push(e), revs: () => events.map((e) => e.revision) };
}

describe('revisions and writes', () => {
  it('starts at revision 1 with nothing compacted; the first write gets revision 2', () => {
    const s = new MemoryStore();
    expect(s.revision).toBe(1);
    expect(s.compactRevision).toBe(0);
    const kv = s.create('/registry/pods/default/a', v(1));
    expect(kv).toEqual({ key: '/registry/pods/default/a', value: { n: 1 }, createRevision: 2, modRevision: 2, version: 1 });
    expect(s.revision).toBe(2);
  });

  it('stores values by reference, without cloning or freezing', () => {
    const s = new MemoryStore();
    const value = { spec: {} };
    s.create('/k', value);
    expect(s.get('/k')!.value).toBe(value);
    expect(Object.isFrozen(value)).toBe(false);
  });

  it('update keeps createRevision, bumps version and modRevision', () => {
    const s = new MemoryStore();
    s.create('/a', v(1));
    s.create('/b', v(1));
    const kv = s.update('/a', v(2));
    expect(kv).toMatchObject({ createRevision: 2, modRevision: 4, version: 2 });
    expect(s.get('/a')).toBe(kv);
  });

  it('delete returns the deleted KeyValue unchanged and bumps the revision', () => {
    const s = new MemoryStore();
    const created = s.create('/a', v(1));
    expect(s.delete('/a')).toBe(created);
    expect(s.get('/a')).toBeUndefined();
    expect(s.revision).toBe(3);
    const again = s.create('/a', v(2));
    expect(again).toMatchObject({ createRevision: 4, modRevision: 4, version: 1 });
  });

  it('create of an existing key fails with KeyExists and changes nothing', () => {
    const s = new MemoryStore();
    s.create('/a', v(1));
    expect(codeOf(() => s.create('/a', v(2)))).toBe('KeyExists');
    expect(s.revision).toBe(2);
    expect(s.get('/a')!.value).toEqual({ n: 1 });
  });

  it('update and delete of a missing key fail with KeyNotFound', () => {
    const s = new MemoryStore();
    expect(codeOf(() => s.update('/a', v(1)))).toBe('KeyNotFound');
    expect(codeOf(() => s.delete('/a'))).toBe('KeyNotFound');
    expect(codeOf(() => s.update('/a', v(1), 1))).toBe('KeyNotFound');
    expect(s.revision).toBe(1);
  });

  it('compare-and-swap: a stale expectedModRevision is a Conflict, the right one succeeds', () => {
    const s = new MemoryStore();
    const a = s.create('/a', v(1));
    const a2 = s.update('/a', v(2), a.modRevision);
    expect(codeOf(() => s.update('/a', v(3), a.modRevision))).toBe('Conflict');
    expect(codeOf(() => s.delete('/a', a.modRevision))).toBe('Conflict');
    expect(s.revision).toBe(3);
    expect(s.delete('/a', a2.modRevision)).toBe(a2);
  });

  it('errors are StoreError instances with a message', () => {
    const s = new MemoryStore();
    try {
      s.update('/missing', v(1));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(StoreError);
      expect(e).toBeInstanceOf(Error);
      expect((e as StoreError).name).toBe('StoreError');
      expect((e as StoreError).message).toContain('/missing');
    }
  });

  it('rejects an empty key and a bad historyLimit', () => {
    const s = new MemoryStore();
    expect(() => s.create('', v(1))).toThrow(RangeError);
    expect(() => new MemoryStore({ historyLimit: -1 })).toThrow(RangeError);
    expect(() => new MemoryStore({ historyLimit: 1.5 })).toThrow(RangeError);
  });
});

describe('list and count', () => {
  function populated(): MemoryStore {
    const s = new MemoryStore();
    for (const k of [
      '/registry/pods/kube-system/coredns',
      '/registry/pods/default/web-2',
      '/registry/pods/default/web-1',
      '/registry/pods/default-x/a',
      '/registry/pods/default/web-10',
      '/registry/nodes/node01',
      '/registry/deployments.apps/default/web',
      '/registry/podtemplates/default/t',
    ])
      s.create(k, v(1));
    return s;
  }
  const keys = (items: { key: string }[]): string[] => items.map((i) => i.key);

  it('lists a resource prefix across namespaces, sorted by key', () => {
    const s = populated();
    const r = s.list('/registry/pods/');
    expect(keys(r.items)).toEqual([
      '/registry/pods/default-x/a',
      '/registry/pods/default/web-1',
      '/registry/pods/default/web-10',
      '/registry/pods/default/web-2',
      '/registry/pods/kube-system/coredns',
    ]);
    expect(r.revision).toBe(s.revision);
    expect(r.more).toBe(false);
  });

  it('lists a namespace prefix, a cluster-scoped prefix, a group-qualified prefix', () => {
    const s = populated();
    expect(keys(s.list('/registry/pods/default/').items)).toEqual([
      '/registry/pods/default/web-1',
      '/registry/pods/default/web-10',
      '/registry/pods/default/web-2',
    ]);
    expect(keys(s.list('/registry/nodes/').items)).toEqual(['/registry/nodes/node01']);
    expect(keys(s.list('/registry/deployments.apps/default/').items)).toEqual(['/registry/deployments.apps/default/web']);
  });

  it('handles prefixes that do not end in a slash, and the empty prefix', () => {
    const s = populated();
    expect(keys(s.list('/registry/pods/default').items)).toHaveLength(4);
    expect(keys(s.list('/registry/pod').items)).toHaveLength(6);
    expect(keys(s.list('/registry/pods/default/web-1').items)).toEqual([
      '/registry/pods/default/web-1',
      '/registry/pods/default/web-10',
    ]);
    expect(s.list('').items).toHaveLength(8);
    expect(s.count('')).toBe(8);
    expect(s.count('/registry/pod')).toBe(6);
    expect(s.count('/registry/pods/default/web-1')).toBe(2);
  });

  it('returns nothing for a missing prefix', () => {
    const s = populated();
    expect(s.list('/registry/services/').items).toEqual([]);
    expect(s.count('/registry/services/')).toBe(0);
    expect(s.list('/nothing/here/x').items).toEqual([]);
  });

  it('orders a leaf, a same-named directory and neighbours as their full keys compare', () => {
    const s = new MemoryStore();
    const all = ['/x/a', '/x/a/b', '/x/a-b', '/x/a0', '/x/a/', '/x/', '/x/a/b/c', '/x/A'];
    for (const k of all) s.create(k, v(1));
    expect(keys(s.list('/x/').items)).toEqual([...all].sort());
    expect(keys(s.list('/').items)).toEqual([...all].sort());
    expect(s.count('/x/a')).toBe(6);
  });

  it('count follows creates and deletes; deleting the last key of a namespace prunes it', () => {
    const s = populated();
    expect(s.count('/registry/pods/')).toBe(5);
    expect(s.count('/registry/pods/default/')).toBe(3);
    s.delete('/registry/pods/default-x/a');
    expect(s.count('/registry/pods/')).toBe(4);
    expect(s.count('/registry/pods/default-x/')).toBe(0);
    expect(keys(s.list('/registry/pods/default').items)).toHaveLength(3);
    s.create('/registry/pods/default-x/b', v(1));
    expect(keys(s.list('/registry/pods/').items)).toContain('/registry/pods/default-x/b');
    expect(s.count('/registry/pods/')).toBe(5);
  });

  it('keeps order through deletes, re-creates and interleaved lists', () => {
    const s = new MemoryStore();
    s.create('/d/b', v(1));
    s.create('/d/a', v(1));
    expect(keys(s.list('/d/').items)).toEqual(['/d/a', '/d/b']);
    s.delete('/d/a');
    s.create('/d/c', v(1));
    s.create('/d/a', v(2));
    s.delete('/d/c');
    s.create('/d/c', v(3));
    expect(keys(s.list('/d/').items)).toEqual(['/d/a', '/d/b', '/d/c']);
    for (let i = 0; i < 500; i++) {
      s.create('/d/z', v(i));
      s.delete('/d/z');
    }
    expect(keys(s.list('/d/').items)).toEqual(['/d/a', '/d/b', '/d/c']);
  });

  it('paginates with limit and continueAfterKey', () => {
    const s = populated();
    const p1 = s.list('/registry/pods/', { limit: 2 });
    expect(keys(p1.items)).toEqual(['/registry/pods/default-x/a', '/registry/pods/default/web-1']);
    expect(p1.more).toBe(true);
    const p2 = s.list('/registry/pods/', { limit: 2, continueAfterKey: p1.items[1]!.key });
    expect(keys(p2.items)).toEqual(['/registry/pods/default/web-10', '/registry/pods/default/web-2']);
    expect(p2.more).toBe(true);
    const p3 = s.list('/registry/pods/', { limit: 2, continueAfterKey: p2.items[1]!.key });
    expect(keys(p3.items)).toEqual(['/registry/pods/kube-system/coredns']);
    expect(p3.more).toBe(false);
    expect(s.list('/registry/pods/', { limit: 5 }).more).toBe(false);
    expect(s.list('/registry/pods/', { limit: 0 }).items).toHaveLength(5);
  });

  it('continueAfterKey need not be a stored key, and may lie outside the prefix', () => {
    const s = populated();
    expect(keys(s.list('/registry/pods/default/', { continueAfterKey: '/registry/pods/default/web-10a' }).items)).toEqual([
      '/registry/pods/default/web-2',
    ]);
    expect(s.list('/registry/pods/', { continueAfterKey: '/registry/a' }).items).toHaveLength(5);
    expect(s.list('/registry/pods/', { continueAfterKey: '/registry/z' }).items).toHaveLength(0);
    expect(keys(s.list('/registry/pods/', { continueAfterKey: '/registry/pods/default/' }).items)).toHaveLength(4);
  });

  it('lists at an older revision from history', () => {
    const s = new MemoryStore();
    const a = s.create('/p/a', v(1)); // 2
    s.create('/p/b', v(1)); // 3
    const r3 = s.revision;
    s.update('/p/a', v(2)); // 4
    s.delete('/p/b'); // 5
    s.create('/p/c', v(1)); // 6
    s.create('/q/x', v(1)); // 7
    const old = s.list('/p/', { revision: r3 });
    expect(old.revision).toBe(3);
    expect(old.items.map((kv) => [kv.key, kv.modRevision])).toEqual([
      ['/p/a', 2],
      ['/p/b', 3],
    ]);
    expect(old.items[0]).toBe(a);
    expect(s.list('/p/', { revision: 1 }).items).toEqual([]);
    expect(s.list('/p/', { revision: 0 }).revision).toBe(7);
    expect(keys(s.list('/p/', { revision: 5 }).items)).toEqual(['/p/a']);
    const paged = s.list('/p/', { revision: 3, limit: 1 });
    expect(keys(paged.items)).toEqual(['/p/a']);
    expect(paged.more).toBe(true);
    expect(keys(s.list('/p/', { revision: 3, limit: 1, continueAfterKey: '/p/a' }).items)).toEqual(['/p/b']);
  });

  it('list at a future revision fails with FutureRevision, at a compacted one with Compacted', () => {
    const s = new MemoryStore();
    s.create('/a', v(1));
    s.create('/b', v(1));
    expect(codeOf(() => s.list('/', { revision: 4 }))).toBe('FutureRevision');
    s.compact(2);
    expect(codeOf(() => s.list('/', { revision: 1 }))).toBe('Compacted');
    expect(keys(s.list('/', { revision: 2 }).items)).toEqual(['/a']);
  });
});

describe('compaction', () => {
  it('compact moves compactRevision; an older or equal revision is a no-op; a future one fails', () => {
    const s = new MemoryStore();
    for (let i = 0; i < 5; i++) s.create(`/k${i}`, v(i));
    s.compact(4);
    expect(s.compactRevision).toBe(4);
    s.compact(3);
    s.compact(4);
    expect(s.compactRevision).toBe(4);
    expect(codeOf(() => s.compact(7))).toBe('FutureRevision');
    s.compact(6);
    expect(s.compactRevision).toBe(6);
    expect(s.list('/').items).toHaveLength(5);
  });

  it('keeps only historyLimit events and compacts the rest automatically', () => {
    const s = new MemoryStore({ historyLimit: 3 });
    s.create('/a', v(1)); // 2
    s.create('/b', v(1)); // 3
    s.create('/c', v(1)); // 4
    expect(s.compactRevision).toBe(0);
    s.create('/d', v(1)); // 5: drops 2
    expect(s.compactRevision).toBe(2);
    s.update('/a', v(2)); // 6: drops 3
    expect(s.compactRevision).toBe(3);
    expect(keys(s.list('/', { revision: 3 }).items)).toEqual(['/a', '/b']);
    expect(codeOf(() => s.list('/', { revision: 2 }))).toBe('Compacted');
    const r = recorder();
    s.watch('/', 3, r.handler);
    expect(r.revs()).toEqual([4, 5, 6]);
  });

  it('historyLimit 0 keeps no history: only the current revision is readable', () => {
    const s = new MemoryStore({ historyLimit: 0 });
    s.create('/a', v(1));
    s.create('/b', v(1));
    expect(s.compactRevision).toBe(3);
    expect(codeOf(() => s.watch('/', 2, () => {}))).toBe('Compacted');
    expect(s.list('/', { revision: 3 }).items).toHaveLength(2);
    const r = recorder();
    s.watch('/', 3, r.handler);
    s.create('/c', v(1));
    expect(r.revs()).toEqual([4]);
  });

  const keys = (items: { key: string }[]): string[] => items.map((i) => i.key);
});

describe('watch', () => {
  it('delivers future events only when fromRevision is undefined', () => {
    const s = new MemoryStore();
    s.create('/registry/pods/default/a', v(1));
    const r = recorder();
    s.watch('/registry/pods/', undefined, r.handler);
    expect(r.events).toEqual([]);
    s.create('/registry/pods/default/b', v(1));
    s.create('/registry/nodes/n1', v(1));
    expect(r.revs()).toEqual([3]);
  });

  it('events carry type, kv, prevKv and revision', () => {
    const s = new MemoryStore();
    const r = recorder();
    s.watch('/a', undefined, r.handler);
    const c = s.create('/a', v(1));
    const u = s.update('/a', v(2));
    s.delete('/a');
    expect(r.events[0]).toEqual({ type: 'PUT', kv: c, revision: 2 });
    expect(r.events[0]!.prevKv).toBeUndefined();
    expect(r.events[1]).toEqual({ type: 'PUT', kv: u, prevKv: c, revision: 3 });
    expect(r.events[2]!.type).toBe('DELETE');
    expect(r.events[2]!.prevKv).toBe(u);
    expect(r.events[2]!.kv).toEqual({ key: '/a', value: u.value, createRevision: 2, modRevision: 4, version: 0 });
    expect(r.events[2]!.revision).toBe(4);
  });

  it('replays history after fromRevision synchronously, then continues live', () => {
    const s = new MemoryStore();
    s.create('/p/a', v(1)); // 2
    s.create('/q/a', v(1)); // 3
    s.update('/p/a', v(2)); // 4
    const r = recorder();
    s.watch('/p/', 2, r.handler);
    expect(r.revs()).toEqual([4]);
    s.create('/p/b', v(1));
    expect(r.revs()).toEqual([4, 5]);
    const all = recorder();
    s.watch('/', 0, all.handler);
    expect(all.revs()).toEqual([2, 3, 4, 5]);
    const none = recorder();
    s.watch('/', s.revision, none.handler);
    expect(none.events).toEqual([]);
  });

  it('watch from a compacted revision fails with Compacted, from the future with FutureRevision', () => {
    const s = new MemoryStore();
    s.create('/a', v(1));
    s.create('/b', v(1));
    s.compact(3);
    expect(codeOf(() => s.watch('/', 2, () => {}))).toBe('Compacted');
    expect(codeOf(() => s.watch('/', 4, () => {}))).toBe('FutureRevision');
    const r = recorder();
    s.watch('/', 3, r.handler);
    s.create('/c', v(1));
    expect(r.revs()).toEqual([4]);
  });

  it('matches prefixes at every depth, exact keys and partial names, and no others', () => {
    const s = new MemoryStore();
    const prefixes = ['', '/', '/registry/', '/registry/pods/', '/registry/pods/default/', '/registry/pods/default/web', '/registry/pods/kube-system/', '/registry/nodes/'];
    const rs = prefixes.map((p) => {
      const r = recorder();
      s.watch(p, undefined, r.handler);
      return r;
    });
    s.create('/registry/pods/default/web-1', v(1));
    expect(rs.map((r) => r.events.length)).toEqual([1, 1, 1, 1, 1, 1, 0, 0]);
  });

  it('delivers to watchers in registration order across prefix buckets', () => {
    const s = new MemoryStore();
    const order: string[] = [];
    s.watch('/registry/pods/', undefined, () => order.push('pods'));
    s.watch('/registry/', undefined, () => order.push('registry'));
    s.watch('/registry/pods/default/', undefined, () => order.push('default'));
    s.watch('/registry/p', undefined, () => order.push('partial'));
    s.watch('/registry/pods/', undefined, () => order.push('pods2'));
    s.create('/registry/pods/default/a', v(1));
    expect(order).toEqual(['pods', 'registry', 'default', 'partial', 'pods2']);
  });

  it('stop ends delivery, is idempotent, and works from inside a handler', () => {
    const s = new MemoryStore();
    const r = recorder();
    const w = s.watch('/', undefined, r.handler);
    s.create('/a', v(1));
    w.stop();
    w.stop();
    s.create('/b', v(1));
    expect(r.revs()).toEqual([2]);
    const seen: number[] = [];
    const self = s.watch('/', undefined, (e) => {
      seen.push(e.revision);
      self.stop();
    });
    s.create('/c', v(1));
    s.create('/d', v(1));
    expect(seen).toEqual([4]);
  });

  it('a handler stopping another watcher before its turn prevents that delivery', () => {
    const s = new MemoryStore();
    let later: { stop(): void } | undefined;
    s.watch('/', undefined, () => later?.stop());
    const r = recorder();
    later = s.watch('/', undefined, r.handler);
    s.create('/a', v(1));
    expect(r.events).toEqual([]);
  });

  it('the replay is complete before watch() returns its handle', () => {
    const s = new MemoryStore();
    s.create('/a', v(1));
    s.create('/b', v(1));
    const seen: number[] = [];
    const handle = s.watch('/', 1, (e) => seen.push(e.revision));
    expect(seen).toEqual([2, 3]);
    handle.stop();
    s.create('/c', v(1));
    expect(seen).toEqual([2, 3]);
  });

  it('nested writes from a handler are queued: every watcher sees revisions in order', () => {
    const s = new MemoryStore();
    const a = recorder();
    const b = recorder();
    // The first watcher reacts to every create of /in/x by writing /out/x (a controller).
    s.watch('/', undefined, (e) => {
      a.handler(e);
      if (e.kv.key.startsWith('/in/') && e.type === 'PUT' && e.kv.version === 1) {
        const out = s.create('/out/' + e.kv.key.slice(4), v(0));
        // The nested write is applied at once, before its delivery.
        expect(s.get(out.key)).toBe(out);
        s.update(out.key, v(1));
      }
    });
    s.watch('/', undefined, b.handler);
    s.create('/in/1', v(1));
    expect(a.revs()).toEqual([2, 3, 4]);
    expect(b.revs()).toEqual([2, 3, 4]);
    expect(s.revision).toBe(4);
  });

  it('a watch opened inside a handler gets each event exactly once, in order', () => {
    const s = new MemoryStore();
    const late = recorder();
    const fresh = recorder();
    let opened = false;
    s.watch('/', undefined, (e) => {
      if (opened) return;
      opened = true;
      s.create('/nested', v(1)); // revision 3, queued behind 2
      s.watch('/', 1, late.handler); // replays 2 and 3 right here
      s.watch('/', undefined, fresh.handler); // only after 3
      expect(e.revision).toBe(2);
    });
    s.create('/a', v(1));
    expect(late.revs()).toEqual([2, 3]);
    expect(fresh.revs()).toEqual([]);
    s.create('/b', v(1));
    expect(late.revs()).toEqual([2, 3, 4]);
    expect(fresh.revs()).toEqual([4]);
  });

  it('writes made during a replay are delivered after it, in order', () => {
    const s = new MemoryStore();
    s.create('/a', v(1));
    s.create('/b', v(1));
    const other = recorder();
    s.watch('/', undefined, other.handler);
    const r = recorder();
    s.watch('/', 1, (e) => {
      r.handler(e);
      if (e.kv.key === '/a') s.create('/from-replay', v(1));
    });
    expect(r.revs()).toEqual([2, 3, 4]);
    expect(other.revs()).toEqual([4]);
  });

  it('a throwing handler does not starve other watchers; the write stays applied and the error surfaces', () => {
    const s = new MemoryStore();
    s.watch('/', undefined, () => {
      throw new Error('boom');
    });
    const r = recorder();
    s.watch('/', undefined, r.handler);
    expect(() => s.create('/a', v(1))).toThrow('boom');
    expect(s.get('/a')).toBeDefined();
    expect(r.revs()).toEqual([2]);
    expect(() => s.create('/b', v(1))).toThrow('boom');
    expect(r.revs()).toEqual([2, 3]);
  });

  it('a handler throwing during replay stops its watcher and rethrows from watch()', () => {
    const s = new MemoryStore();
    s.create('/a', v(1));
    let calls = 0;
    expect(() =>
      s.watch('/', 1, () => {
        calls++;
        throw new Error('replay');
      }),
    ).toThrow('replay');
    s.create('/b', v(1));
    expect(calls).toBe(1);
  });
});
