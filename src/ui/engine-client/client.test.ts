import { describe, expect, it } from 'vitest';
import type { FromEngine, ObjectEvent, Push, ToEngine } from '../../engine/protocol/index.js';
import { EngineClient, type Pacing, type WorkerLike } from './client.js';

function fakeWorker() {
  const sent: ToEngine[] = [];
  const w: WorkerLike & { sent: ToEngine[]; emit(m: FromEngine): void } = {
    sent,
    onmessage: null,
    onerror: null,
    postMessage: (m) => sent.push(m),
    terminate: () => {},
    emit: (m) => w.onmessage?.({ data: m } as MessageEvent<FromEngine>),
  };
  return w;
}

function setup(pacing?: Pacing) {
  const w = fakeWorker();
  const frames: (() => void)[] = [];
  const client = new EngineClient(
    () => w,
    (fn) => frames.push(fn),
    pacing,
  );
  const delivered: Push[][] = [];
  client.subscribe((ps) => delivered.push(ps));
  const frame = () => frames.splice(0).forEach((f) => f());
  return { w, client, delivered, frame, frames };
}

const out = (data: string): Push => ({ kind: 'terminal.output', terminal: 1, data });
const pod = (name: string): ObjectEvent => ({ type: 'ADDED', resource: 'pods', object: { metadata: { name, namespace: 'default' } } });
const pods = (n: number, from = 0) => Array.from({ length: n }, (_, i) => pod(`p${from + i}`));
/** The names of the Pods and the terminal output in each delivered slice. */
const shape = (batches: Push[][]) => batches.map((ps) => ps.map((p) => (p.kind === 'objects' ? p.events.map((e) => e.object.metadata.name).join(',') : p.kind === 'terminal.output' ? p.data : p.kind)));

describe('EngineClient', () => {
  it('matches replies to requests by id', async () => {
    const { w, client } = setup();
    const a = client.request('clock.setSpeed', { speed: 10 });
    const b = client.request('clock.step', {});
    expect(w.sent.map((m) => [m.id, m.method])).toEqual([
      [1, 'clock.setSpeed'],
      [2, 'clock.step'],
    ]);
    w.emit({ type: 'reply', id: 2, ok: true, result: { now: 5, speed: 10, advancedMs: 1 } });
    w.emit({ type: 'reply', id: 1, ok: false, error: { name: 'Error', message: 'nope' } });
    await expect(b).resolves.toEqual({ now: 5, speed: 10, advancedMs: 1 });
    await expect(a).rejects.toThrow('nope');
  });

  it('hands pushes to subscribers at most once per frame, in order', () => {
    const { w, delivered, frame, frames } = setup();
    w.emit({ type: 'push', pushes: [out('a')] });
    w.emit({ type: 'push', pushes: [out('b'), out('c')] });
    expect(frames.length).toBe(1);
    expect(delivered).toEqual([]);
    frame();
    expect(delivered).toEqual([[out('a'), out('b'), out('c')]]);
  });

  it('drops object and audit pushes a snapshot reply already contains', async () => {
    const { w, client, delivered, frame } = setup();
    const snap = client.request('state.snapshot', {});
    w.emit({ type: 'push', pushes: [{ kind: 'objects', events: [] }, out('x'), { kind: 'audit', records: [] }] });
    w.emit({ type: 'reply', id: 1, ok: true, result: { seed: 1, clock: { now: 0, speed: 1 }, objects: [], audit: [] } });
    await snap;
    frame();
    expect(delivered).toEqual([[out('x')]]);
  });

  it('rejects pending and later requests once the worker has died', async () => {
    const { w, client } = setup();
    const crashes: string[] = [];
    client.onCrash((e) => crashes.push(e.message));
    const p = client.request('state.snapshot', {});
    w.onerror?.({ message: 'boom', preventDefault: () => {} } as ErrorEvent);
    await expect(p).rejects.toThrow('boom');
    await expect(client.request('clock.step', {})).rejects.toThrow('boom');
    expect(crashes).toEqual(['boom']);
  });

  it('hands a large batch of watch events over across frames, in slices, in order', () => {
    const { w, delivered, frame, frames } = setup({ sliceEvents: 2, frameEvents: 3, budgetMs: 100, now: () => 0 });
    w.emit({ type: 'push', pushes: [out('a'), { kind: 'objects', events: pods(4) }, out('b'), { kind: 'objects', events: pods(3, 4) }, out('c')] });
    frame();
    // 3 events this frame: a slice of 2 (with the output before them), then one of 1.
    expect(shape(delivered)).toEqual([['a', 'p0,p1'], ['p2']]);
    expect(frames.length).toBe(1);
    delivered.length = 0;
    frame();
    expect(shape(delivered)).toEqual([['p3', 'b', 'p4'], ['p5']]);
    delivered.length = 0;
    frame();
    expect(shape(delivered)).toEqual([['p6', 'c']]);
    expect(frames.length).toBe(0);
  });

  it('leaves the rest for the next frame once subscribers have used the frame budget', () => {
    let t = 0;
    const { w, client, delivered, frame, frames } = setup({ sliceEvents: 10, frameEvents: 1000, budgetMs: 4, now: () => t });
    client.subscribe(() => (t += 3)); // each slice costs 3 ms
    w.emit({ type: 'push', pushes: [{ kind: 'objects', events: pods(35) }] });
    frame();
    expect(delivered.map((ps) => (ps[0]!.kind === 'objects' ? ps[0]!.events.length : 0))).toEqual([10, 10]);
    expect(frames.length).toBe(1);
    frame();
    frame();
    expect(delivered.flatMap((ps) => ps.flatMap((p) => (p.kind === 'objects' ? p.events.map((e) => e.object.metadata.name) : [])))).toEqual(pods(35).map((e) => e.object.metadata.name));
    expect(frames.length).toBe(0);
  });

  it('hands a small batch over in one call', () => {
    const { w, delivered, frame } = setup();
    w.emit({ type: 'push', pushes: [{ kind: 'objects', events: pods(3) }, out('x')] });
    frame();
    expect(shape(delivered)).toEqual([['p0,p1,p2', 'x']]);
  });
});
