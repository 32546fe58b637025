import { describe, expect, it } from 'vitest';
import type { FromEngine, Push, ToEngine } from '../../engine/protocol/index.js';
import { EngineClient, type WorkerLike } from './client.js';

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

function setup() {
  const w = fakeWorker();
  const frames: (() => void)[] = [];
  const client = new EngineClient(
    () => w,
    (fn) => frames.push(fn),
  );
  const delivered: Push[][] = [];
  client.subscribe((ps) => delivered.push(ps));
  const frame = () => frames.splice(0).forEach((f) => f());
  return { w, client, delivered, frame, frames };
}

const out = (data: string): Push => ({ kind: 'terminal.output', terminal: 1, data });

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
});
