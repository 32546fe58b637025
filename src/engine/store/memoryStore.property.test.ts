// Property tests (fast-check) of the etcd stand-in against a naive model: a log of every
// write. Checks etcd mvcc's guarantees: reads at any kept revision equal the replayed log,
// and each watcher gets every matching change exactly once, in revision order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemoryStore, StoreError } from './index.js';
import type { KeyValue, StoreErrorCode, WatchEvent } from './index.js';

const KEYS = [
  '/registry/pods/default/a',
  '/registry/pods/default/a-b',
  '/registry/pods/default/a0',
  '/registry/pods/default-x/a',
  '/registry/pods/kube-system/a',
  '/registry/deployments.apps/default/web',
  '/registry/nodes/node01',
  '/registry/nodes/node02',
];
const PREFIXES = [
  '',
  '/',
  '/registry/',
  '/registry/pods/',
  '/registry/pods/default/',
  '/registry/pods/default',
  '/registry/pods/default/a',
  '/registry/nodes/',
  '/registry/deployments.apps/',
  '/registry/events/',
];
const REACT_PREFIX = '/registry/pods/default/';

/** The model: every successful write in revision order; state at r = replay up to r. */
class Model {
  rev = 1;
  readonly log: WatchEvent[] = [];

  stateAt(r: number, prefix = ''): Map<string, KeyValue> {
    const state = new Map<string, KeyValue>();
    for (const e of this.log) {
      if (e.revision > r) break;
      if (!e.kv.key.startsWith(prefix)) continue;
      if (e.type === 'PUT') state.set(e.kv.key, e.kv);
      else state.delete(e.kv.key);
    }
    return state;
  }

  current(key: string): KeyValue | undefined {
    return this.stateAt(this.rev).get(key);
  }

  /** Expected outcome of a write; on success records it and returns the expected kv. */
  write(type: 'create' | 'update' | 'delete', key: string, value: object, expected?: number): KeyValue | StoreErrorCode {
    const prev = this.current(key);
    if (type === 'create' && prev) return 'KeyExists';
    if (type !== 'create' && !prev) return 'KeyNotFound';
    if (type !== 'create' && expected !== undefined && expected !== prev!.modRevision) return 'Conflict';
    const rev = ++this.rev;
    if (type === 'delete') {
      const kv = { key, value: prev!.value, createRevision: prev!.createRevision, modRevision: rev, version: 0 };
      this.log.push({ type: 'DELETE', kv, prevKv: prev, revision: rev });
      return prev!;
    }
    const kv = prev
      ? { key, value, createRevision: prev.createRevision, modRevision: rev, version: prev.version + 1 }
      : { key, value, createRevision: rev, modRevision: rev, version: 1 };
    this.log.push(prev ? { type: 'PUT', kv, prevKv: prev, revision: rev } : { type: 'PUT', kv, revision: rev });
    return kv;
  }
}

type Op =
  | { op: 'create' | 'update' | 'delete'; key: number; cas: 'none' | 'right' | 'stale' }
  | { op: 'compact'; back: number }
  | { op: 'watch'; prefix: number; back: number | null }
  | { op: 'stop'; watcher: number }
  | { op: 'listAt'; prefix: number; back: number; limit: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constantFrom('create' as const, 'update' as const, 'delete' as const), key: fc.nat(KEYS.length - 1), cas: fc.constantFrom('none' as const, 'right' as const, 'stale' as const) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('compact' as const), back: fc.integer({ min: -1, max: 8 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('watch' as const), prefix: fc.nat(PREFIXES.length - 1), back: fc.option(fc.integer({ min: -1, max: 12 })) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('stop' as const), watcher: fc.nat(20) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('listAt' as const), prefix: fc.nat(PREFIXES.length - 1), back: fc.integer({ min: -1, max: 12 }), limit: fc.integer({ min: 0, max: 4 }) }) },
);

function attempt<T>(fn: () => T): T | StoreErrorCode {
  try {
    return fn();
  } catch (e) {
    if (e instanceof StoreError) return e.code;
    throw e;
  }
}

const sortedValues = (m: Map<string, KeyValue>): KeyValue[] => [...m.values()].sort((a, b) => (a.key < b.key ? -1 : 1));

interface Observed {
  prefix: string;
  start: number;
  initial: Map<string, KeyValue>;
  events: WatchEvent[];
  stoppedAt?: number;
  stop(): void;
}

function runScenario(ops: Op[], historyLimit: number, react: boolean): void {
  const s = new MemoryStore({ historyLimit });
  const m = new Model();
  let serial = 0;
  const nextValue = (): object => Object.freeze({ serial: ++serial });

  const doWrite = (type: 'create' | 'update' | 'delete', key: string, expected?: number): void => {
    const value = nextValue();
    const want = m.write(type, key, value, expected);
    const got = attempt(() =>
      type === 'create' ? s.create(key, value) : type === 'update' ? s.update(key, value, expected) : s.delete(key, expected),
    );
    expect(got).toEqual(want);
    if (typeof want !== 'string') expect((got as KeyValue).value).toBe(want.value);
  };

  const watchers: Observed[] = [];
  const openWatch = (prefix: string, from: number | undefined): void => {
    const obs: Observed = { prefix, start: from ?? s.revision, initial: m.stateAt(from ?? s.revision, prefix), events: [], stop: () => {} };
    const got = attempt(() => s.watch(prefix, from, (e) => obs.events.push(e)));
    if (from !== undefined && from > s.revision) expect(got).toBe('FutureRevision');
    else if (from !== undefined && from < s.compactRevision) expect(got).toBe('Compacted');
    else {
      expect(typeof got).toBe('object');
      obs.stop = (got as { stop(): void }).stop;
      watchers.push(obs);
    }
  };

  // A controller-like watcher whose handler writes: each new pod in `default` gets a
  // matching event object created, then updated, and sometimes a new watch is opened.
  // Its writes and watches happen while other deliveries are still queued.
  if (react) {
    s.watch(REACT_PREFIX, undefined, (e) => {
      if (e.type !== 'PUT' || e.kv.version !== 1) return;
      const key = '/registry/events/default/' + e.kv.key.slice(REACT_PREFIX.length);
      doWrite(m.current(key) ? 'update' : 'create', key);
      if (e.revision % 3 === 0) openWatch(PREFIXES[e.revision % PREFIXES.length]!, e.revision % 2 ? undefined : e.revision - 1);
      doWrite('update', key, s.get(key)!.modRevision);
    });
  }

  for (const o of ops) {
    switch (o.op) {
      case 'create':
      case 'update':
      case 'delete': {
        const key = KEYS[o.key]!;
        const cur = s.get(key);
        const expected = o.cas === 'none' ? undefined : o.cas === 'right' ? (cur?.modRevision ?? 1) : s.revision + 1;
        doWrite(o.op, key, o.op === 'create' ? undefined : expected);
        break;
      }
      case 'compact': {
        const target = s.revision - o.back;
        const before = s.compactRevision;
        const got = attempt(() => s.compact(target));
        if (target > s.revision) expect(got).toBe('FutureRevision');
        else expect(s.compactRevision).toBe(Math.max(before, target));
        break;
      }
      case 'watch':
        openWatch(PREFIXES[o.prefix]!, o.back === null ? undefined : s.revision - o.back);
        break;
      case 'stop': {
        const w = watchers[o.watcher];
        if (w && w.stoppedAt === undefined) {
          w.stop();
          w.stoppedAt = s.revision;
        }
        break;
      }
      case 'listAt': {
        const prefix = PREFIXES[o.prefix]!;
        const at = s.revision - o.back;
        const got = attempt(() => s.list(prefix, { revision: at, limit: o.limit }));
        if (at > s.revision) expect(got).toBe('FutureRevision');
        else if (at > 0 && at < s.compactRevision) expect(got).toBe('Compacted');
        else {
          const r = at <= 0 ? s.revision : at;
          const all = sortedValues(m.stateAt(r, prefix));
          const want = o.limit > 0 ? all.slice(0, o.limit) : all;
          expect(got).toEqual({ items: want, revision: r, more: o.limit > 0 && all.length > o.limit });
        }
        break;
      }
    }
    // The latest state always equals the model, for every prefix, with matching counts.
    for (const p of PREFIXES) {
      const want = sortedValues(m.stateAt(m.rev, p));
      expect(s.list(p).items).toEqual(want);
      expect(s.count(p)).toBe(want.length);
    }
  }

  expect(s.revision).toBe(m.rev);
  // Every kept revision reads back exactly as the log says.
  for (let r = Math.max(1, s.compactRevision); r <= s.revision; r++) {
    expect(s.list('/', { revision: r }).items).toEqual(sortedValues(m.stateAt(r, '/')));
  }
  for (const w of watchers) {
    const end = w.stoppedAt ?? m.rev;
    const want = m.log.filter((e) => e.revision > w.start && e.revision <= end && e.kv.key.startsWith(w.prefix));
    // Exactly once, in revision order, with the right content.
    expect(w.events).toEqual(want);
    if (w.stoppedAt !== undefined) continue;
    // Replaying the events over the starting state gives the current list.
    const state = new Map(w.initial);
    for (const e of w.events) {
      if (e.type === 'PUT') state.set(e.kv.key, e.kv);
      else state.delete(e.kv.key);
    }
    expect(sortedValues(state)).toEqual(s.list(w.prefix).items);
  }
}

describe('MemoryStore properties', () => {
  it('random writes, compactions, watches and old reads agree with the log model', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 60 }), fc.constantFrom(0, 1, 3, 8, 10000), fc.boolean(), (ops, limit, react) => {
        runScenario(ops, limit, react);
      }),
      { numRuns: 300 },
    );
  });
});

describe('key order properties', () => {
  // Keys over a tiny alphabet around '/', so leaves, same-named directories, empty
  // segments and neighbours of '/' ('-' < '/' < '0') collide often.
  const keyArb = fc.string({ unit: fc.constantFrom('/', 'a', '-', '0', 'A'), minLength: 1, maxLength: 6 });

  it('list(prefix, {limit, continueAfterKey}) equals a naive filter of sorted keys', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(keyArb, { minLength: 1, maxLength: 8 }),
        fc.array(fc.tuple(fc.nat(7), fc.boolean()), { maxLength: 40 }),
        fc.string({ unit: fc.constantFrom('/', 'a', '-', '0'), maxLength: 4 }),
        fc.option(keyArb),
        fc.integer({ min: 0, max: 5 }),
        (pool, writes, prefix, after, limit) => {
          const s = new MemoryStore();
          const live = new Set<string>();
          // Toggle keys of a small pool (so deletes and re-creates collide), sometimes
          // listing in between (so the lazily sorted order is rebuilt at varied points).
          for (const [i, listNow] of writes) {
            const key = pool[i % pool.length]!;
            if (live.has(key)) {
              s.delete(key);
              live.delete(key);
            } else {
              s.create(key, {});
              live.add(key);
            }
            if (listNow) expect(s.list(prefix).items.map((kv) => kv.key)).toEqual([...live].filter((k) => k.startsWith(prefix)).sort());
          }
          const all = [...live].filter((k) => k.startsWith(prefix)).sort();
          expect(s.list(prefix).items.map((kv) => kv.key)).toEqual(all);
          expect(s.count(prefix)).toBe(all.length);
          const rest = all.filter((k) => after === null || k > after);
          const got = s.list(prefix, { limit, continueAfterKey: after ?? undefined });
          const want = limit > 0 ? rest.slice(0, limit) : rest;
          expect(got.items.map((kv) => kv.key)).toEqual(want);
          expect(got.more).toBe(want.length < rest.length);
        },
      ),
      { numRuns: 500 },
    );
  });
});
