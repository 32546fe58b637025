import { describe, expect, it } from 'vitest';
import { createEngineHost } from './dispatch.js';
import type { FromEngine, Method, Params, Push, Reply, Request } from './messages.js';

function harness(opts = {}) {
  const posted: FromEngine[] = [];
  const host = createEngineHost((m) => posted.push(m), opts);
  let id = 0;
  const call = <M extends Method>(method: M, params: Params<M>): Reply =>
    host.dispatch({ type: 'request', id: ++id, method, params } as Request);
  const pushes = (): Push[] => {
    const out = posted.flatMap((m) => (m.type === 'push' ? m.pushes : []));
    posted.length = 0;
    return out;
  };
  const output = (ps: Push[]) => ps.map((p) => (p.kind === 'terminal.output' ? p.data : p.kind === 'terminal.idle' ? `<idle ${p.prompt}>` : '')).join('');
  return { host, posted, call, pushes, output };
}

function ok<T>(r: Reply): T {
  if (!r.ok) throw new Error(`${r.error.name}: ${r.error.message}`);
  return r.result as T;
}

describe('engine host', () => {
  it('opens a terminal and answers a line with output and an idle push', () => {
    const h = harness();
    const open = ok<{ terminal: number; prompt: string }>(h.call('terminal.open', { cols: 100, rows: 30 }));
    expect(open).toEqual({ terminal: 1, prompt: 'controlplane:~$ ' });
    h.pushes();
    h.call('terminal.input', { terminal: 1, line: 'echo hello' });
    expect(h.output(h.pushes())).toBe('hello\n<idle controlplane:~$ >');
  });

  it('posts pushes before the reply of the request that caused them', () => {
    const h = harness();
    h.call('terminal.open', { cols: 80, rows: 24 });
    h.posted.length = 0;
    h.call('terminal.input', { terminal: 1, line: 'echo a' });
    expect(h.posted.map((m) => m.type)).toEqual(['push', 'reply']);
  });

  it('answers an unknown method or terminal with an error reply, not a throw', () => {
    const h = harness();
    const r = h.call('terminal.input', { terminal: 9, line: 'x' });
    expect(r).toMatchObject({ ok: false, error: { message: 'no terminal 9' } });
    const u = h.host.dispatch({ type: 'request', id: 77, method: 'nope', params: {} } as unknown as Request);
    expect(u).toMatchObject({ id: 77, ok: false, error: { message: 'unknown method "nope"' } });
  });

  it('asks for more with `> ` and drops a half-typed command on Ctrl-C', () => {
    const h = harness();
    h.call('terminal.open', { cols: 80, rows: 24 });
    h.pushes();
    h.call('terminal.input', { terminal: 1, line: "echo 'a" });
    expect(h.output(h.pushes())).toBe('<idle > >');
    h.call('terminal.interrupt', { terminal: 1 });
    expect(h.output(h.pushes())).toBe('<idle controlplane:~$ >');
  });

  it('runs `sleep` on virtual time driven by tick(wall) × speed, and Ctrl-C stops it', () => {
    const h = harness();
    h.call('terminal.open', { cols: 80, rows: 24 });
    const t0 = h.host.cluster.clock.now();
    h.host.tick(0);
    h.call('terminal.input', { terminal: 1, line: 'sleep 2 && echo done' });
    h.pushes();
    h.host.tick(1000);
    expect(h.host.cluster.clock.now() - t0).toBe(1000);
    expect(h.output(h.pushes())).toBe('');
    h.host.tick(2000);
    expect(h.output(h.pushes())).toBe('done\n<idle controlplane:~$ >');

    h.call('clock.setSpeed', { speed: 10 });
    h.call('terminal.input', { terminal: 1, line: 'sleep 100' });
    h.host.tick(3000);
    expect(h.host.cluster.clock.now() - t0).toBe(12_000);
    h.pushes();
    h.call('terminal.interrupt', { terminal: 1 });
    expect(h.output(h.pushes())).toBe('^C\n<idle controlplane:~$ >');
  });

  it('keeps fractions of a millisecond across 60 Hz ticks and caps a long gap', () => {
    const h = harness();
    const t0 = h.host.cluster.clock.now();
    for (let i = 0; i <= 60; i++) h.host.tick((i * 1000) / 60);
    expect(h.host.cluster.clock.now() - t0).toBe(1000);
    h.host.tick(1000 + 3_600_000);
    expect(h.host.cluster.clock.now() - t0).toBe(2000);
  });

  it('pauses at speed 0 and steps on request', () => {
    const h = harness();
    h.call('clock.setSpeed', { speed: 0 });
    const t0 = h.host.cluster.clock.now();
    h.host.tick(0);
    h.host.tick(5000);
    expect(h.host.cluster.clock.now()).toBe(t0);
    const stepped = ok<{ advancedMs: number; speed: number }>(h.call('clock.step', { ms: 1500 }));
    expect(stepped).toMatchObject({ advancedMs: 1500, speed: 0 });
    expect(h.call('clock.setSpeed', { speed: 5 as 1 })).toMatchObject({ ok: false, error: { message: 'speed must be one of 0, 1, 10, 60' } });
  });

  it('obeys lab pause, lab step, lab speed and lab reset typed in the terminal', () => {
    const h = harness();
    ok(h.call('terminal.open', { cols: 100, rows: 30 }));
    h.call('terminal.input', { terminal: 1, line: 'lab pause' });
    const t0 = h.host.cluster.clock.now();
    h.host.tick(0);
    h.host.tick(3000);
    expect(h.host.cluster.clock.now()).toBe(t0);
    h.call('terminal.input', { terminal: 1, line: 'lab step 5s' });
    h.host.tick(3016);
    expect(h.host.cluster.clock.now()).toBe(t0 + 5000);
    h.call('terminal.input', { terminal: 1, line: 'lab speed 10' });
    h.call('terminal.input', { terminal: 1, line: 'lab resume' });
    h.host.tick(4016);
    expect(h.host.cluster.clock.now()).toBe(t0 + 15000);
    h.pushes();
    const before = h.host.cluster;
    h.call('terminal.input', { terminal: 1, line: 'lab reset' });
    expect(h.host.cluster).not.toBe(before);
    expect(h.host.cluster.sim).toMatchObject({ speed: 10, paused: false, resetRequested: false });
  });

  it('pushes the clock once per virtual second, not once per tick', () => {
    const h = harness();
    h.pushes();
    for (let i = 0; i <= 120; i++) h.host.tick((i * 1000) / 60);
    const clocks = h.pushes().filter((p) => p.kind === 'clock');
    expect(clocks.length).toBe(3);
  });

  it('snapshots the watched objects and pushes watch events and audit records as they happen', () => {
    const h = harness();
    const snap = ok<{ objects: { resource: string; items: { metadata: { name: string } }[] }[] }>(h.call('state.snapshot', {}));
    const ns = snap.objects.find((o) => o.resource === 'namespaces')!.items.map((o) => o.metadata.name);
    expect(ns).toEqual(['default', 'kube-node-lease', 'kube-public', 'kube-system']);
    const svc = snap.objects.find((o) => o.resource === 'services')!.items.map((o) => o.metadata.name);
    expect(svc).toEqual(['kubernetes', 'kube-dns']);
    h.pushes();

    h.host.cluster.client('kubectl').create('', 'namespaces', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' } });
    h.host.tick(0);
    const ps = h.pushes();
    // Controllers react to the new namespace too; the student's request comes first.
    const audit = ps.flatMap((p) => (p.kind === 'audit' ? p.records : []));
    expect(audit.map((r) => `${r.user} ${r.verb} ${r.resource} ${r.name} ${r.code}`)[0]).toBe('kubectl create namespaces shop 201');
    expect(audit.some((r) => r.user === 'system:kubelab:lab-view')).toBe(false);
    const events = ps.flatMap((p) => (p.kind === 'objects' ? p.events : []));
    expect(events.map((e) => `${e.type} ${e.resource} ${e.object.metadata.name}`)).toEqual(['ADDED namespaces shop']);
  });

  it('resets to a fresh cluster: terminals are cleared and get a new prompt', () => {
    const h = harness();
    h.call('terminal.open', { cols: 80, rows: 24 });
    h.host.cluster.client('kubectl').create('', 'namespaces', undefined, { metadata: { name: 'shop' } });
    h.host.tick(0);
    h.pushes();
    const snap = ok<{ seed: number; objects: { resource: string; items: { metadata: { name: string } }[] }[] }>(h.call('cluster.reset', {}));
    expect(snap.seed).toBe(1);
    expect(snap.objects.find((o) => o.resource === 'namespaces')!.items.map((o) => o.metadata.name)).not.toContain('shop');
    expect(h.pushes().map((p) => p.kind).filter((k) => k !== 'journal')).toEqual(['terminal.reset', 'terminal.idle']);
    h.call('terminal.input', { terminal: 1, line: 'echo again' });
    expect(h.output(h.pushes())).toBe('again\n<idle controlplane:~$ >');
  });

  it('replaces a shell that exits with a fresh one', () => {
    const h = harness();
    h.call('terminal.open', { cols: 80, rows: 24 });
    h.call('terminal.input', { terminal: 1, line: 'cd /tmp' });
    h.pushes();
    h.call('terminal.input', { terminal: 1, line: 'exit' });
    expect(h.output(h.pushes())).toBe('<idle controlplane:~$ >');
  });
});
