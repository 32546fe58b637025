import { afterEach, describe, expect, it } from 'vitest';
import { source as nodeSource } from '../lazy/source.js';
import { afterAnswerMisses, setAfterAnswerSource, type AfterAnswer } from '../lazy/state.js';
import { createEngineHost } from './dispatch.js';
import { LazyDataGate } from './lazyGate.js';
import type { FromEngine, Method, Params, Request } from './messages.js';
import type { SavedLab } from './journal.js';

const flush = () => new Promise((r) => setTimeout(r, 0));

/** The worker's loop in miniature: a host behind the gate, ticked every 16 ms of "wall" time. */
function worker() {
  const posted: FromEngine[] = [];
  const host = createEngineHost((m) => posted.push(m));
  const gate = new LazyDataGate(host);
  let wall = 0;
  let id = 0;
  const send = <M extends Method>(method: M, params: Params<M>) => gate.receive({ type: 'request', id: ++id, method, params } as Request);
  const ticks = (n: number) => {
    for (let i = 0; i < n; i++) gate.tick((wall += 16));
  };
  const screen = () =>
    posted
      .flatMap((m) => (m.type === 'push' ? m.pushes : []))
      .map((p) => (p.kind === 'terminal.output' ? p.data : p.kind === 'terminal.idle' ? `<idle>\n` : ''))
      .join('');
  const replies = () => posted.filter((m) => m.type === 'reply').map((m) => m.id);
  return { host, gate, send, ticks, screen, replies, posted };
}

/** The after-the-answer chunk (kubectl's tables and commands, the shell's programs …), arriving when the test says so. */
function late() {
  let resolve!: () => void;
  setAfterAnswerSource({ load: () => new Promise<AfterAnswer>((res) => (resolve = () => res(nodeSource.loaded!))) });
  return () => resolve();
}

afterEach(() => setAfterAnswerSource(nodeSource));

const line = 'kubectl explain pod.spec.nodeName; kubectl create deployment web --image=nginx --replicas=2; date';

describe('LazyDataGate: a command that waits for the after-the-answer chunk in the browser', () => {
  it('answers at the same virtual instant, with the same cluster after it, as with the tables there from the start', async () => {
    const eager = worker();
    eager.ticks(10);
    eager.send('terminal.open', { cols: 100, rows: 30 });
    eager.ticks(5);
    eager.send('terminal.input', { terminal: 1, line });
    eager.send('terminal.input', { terminal: 1, line: 'kubectl get deploy' });
    eager.ticks(600);

    const arrive = late();
    const w = worker();
    w.ticks(10);
    w.send('terminal.open', { cols: 100, rows: 30 });
    w.ticks(5);
    w.send('terminal.input', { terminal: 1, line });
    const typedAt = w.host.cluster.clock.now();
    // The fetch takes 1.6 s of wall time: the clock holds, and so do later messages.
    w.send('terminal.input', { terminal: 1, line: 'kubectl get deploy' });
    w.ticks(100);
    expect(w.gate.held()).toBe(true);
    expect(w.host.cluster.clock.now()).toBe(typedAt);
    expect(w.screen()).not.toContain('FIELD: nodeName');
    arrive();
    await flush();
    w.ticks(600);

    expect(w.screen()).toContain('FIELD: nodeName <string>');
    expect(w.screen()).toContain('deployment.apps/web created');
    expect(w.screen()).toBe(eager.screen());
    expect(w.host.cluster.clock.now()).toBe(eager.host.cluster.clock.now());
    expect(w.replies()).toEqual([1, 2, 3]);
    const digest = (h: ReturnType<typeof worker>) => h.host.dispatch({ type: 'request', id: 999, method: 'state.digest', params: {} } as Request);
    expect(digest(w)).toEqual(digest(eager));
  });

  it('lets messages and time through while nothing waits for the tables', () => {
    late();
    const w = worker();
    w.send('terminal.open', { cols: 100, rows: 30 });
    w.ticks(10);
    const before = w.host.cluster.clock.now();
    w.send('terminal.input', { terminal: 1, line: 'kubectl get nodes' });
    w.ticks(10);
    expect(w.gate.held()).toBe(false);
    expect(w.host.cluster.clock.now()).toBeGreaterThan(before);
    expect(w.screen()).toContain('controlplane   Ready');
    expect(w.replies()).toEqual([1, 2]);
  });

  it('holds a restore (its replay runs commands at once) until the tables are there', async () => {
    const eager = worker();
    eager.send('terminal.open', { cols: 100, rows: 30 });
    eager.send('terminal.input', { terminal: 1, line: 'kubectl get --help | head -3; kubectl create deployment web --image=nginx' });
    eager.ticks(200);
    const entries = eager.posted.flatMap((m) => (m.type === 'push' ? m.pushes : [])).flatMap((p) => (p.kind === 'journal' ? p.entries : []));
    const lab: SavedLab = { version: 1, seed: 1, entries, now: eager.host.cluster.clock.now() };
    const expected = eager.host.dispatch({ type: 'request', id: 99, method: 'state.restore', params: { lab } } as Request);

    const arrive = late();
    const w = worker();
    w.send('state.restore', { lab });
    w.send('terminal.open', { cols: 100, rows: 30 });
    w.ticks(20);
    expect(w.replies()).toEqual([]);
    arrive();
    await flush();
    expect(w.replies()).toEqual([1, 2]);
    const reply = w.posted.find((m) => m.type === 'reply' && m.id === 1);
    expect(reply).toMatchObject({ ok: true, result: { matches: null, digest: (expected as { result: { digest: string } }).result.digest } });
    const open = w.posted.find((m) => m.type === 'reply' && m.id === 2) as { result: { screen: string } };
    expect(open.result.screen).toContain('Display one or many resources.');
  });

  it('holds a line with a command substitution, which cannot wait, until the tables are there', async () => {
    const arrive = late();
    const w = worker();
    w.send('terminal.open', { cols: 100, rows: 30 });
    w.send('terminal.input', { terminal: 1, line: 'echo "$(kubectl explain pods | head -1)"' });
    w.ticks(20);
    expect(w.replies()).toEqual([1]);
    arrive();
    await flush();
    w.ticks(2);
    expect(w.replies()).toEqual([1, 2]);
    expect(w.screen()).toContain('KIND:       Pod\n');
  });

  /** The same messages, to a worker with everything loaded and to one whose chunk arrives after `holdTicks`: the same screen, clock, replies and store. */
  async function sameAsEager(messages: Request[], holdTicks: number, after: number) {
    const eager = worker();
    eager.ticks(10);
    for (const m of messages) eager.gate.receive(m);
    eager.ticks(after);

    const misses = afterAnswerMisses();
    const arrive = late();
    const w = worker();
    w.ticks(10);
    for (const m of messages) w.gate.receive(m);
    w.ticks(holdTicks);
    arrive();
    await flush();
    w.ticks(after);
    expect(w.screen()).toBe(eager.screen());
    expect(w.host.cluster.clock.now()).toBe(eager.host.cluster.clock.now());
    expect(w.replies()).toEqual(eager.replies());
    const digest = (h: ReturnType<typeof worker>) => h.host.dispatch({ type: 'request', id: 999, method: 'state.digest', params: {} } as Request);
    expect(digest(w)).toEqual(digest(eager));
    expect(afterAnswerMisses()).toBe(misses);
    return { eager, w };
  }
  const req = <M extends Method>(id: number, method: M, params: Params<M>) => ({ type: 'request', id, method, params }) as Request;

  it('runs shell programs, other kubectl commands and lab typed before the chunk came at the instants they would have had', async () => {
    const lines = [
      'kubectl get nodes',
      'date; kubectl create deployment web --image=nginx --replicas=2 | tee /tmp/out; ls /tmp; wc -l /tmp/out',
      'kubectl get deploy web -o yaml | grep -c replicas; kubectl get pods --sort-by=.metadata.name | head -1',
      'lab node stop node02; sleep 70; kubectl describe node node02 | grep -c NodeStatusUnknown; kubectl get node node02; date',
    ];
    const { w } = await sameAsEager([req(1, 'terminal.open', { cols: 100, rows: 30 }), req(2, 'clock.setSpeed', { speed: 10 }), ...lines.map((line, i) => req(3 + i, 'terminal.input', { terminal: 1, line }))], 90, 900);
    expect(w.screen()).toContain('deployment.apps/web created');
    expect(w.screen()).toContain('node02   NotReady');
  });

  it('holds a Tab, the inspector and the editor’s markers until the chunk is there', async () => {
    const { w } = await sameAsEager(
      [
        req(1, 'terminal.open', { cols: 100, rows: 30 }),
        req(2, 'terminal.complete', { terminal: 1, line: 'kubectl rollout st' }),
        req(3, 'object.inspect', { resource: 'nodes', name: 'node01' }),
        req(4, 'editor.diagnose', { content: 'kind: Pod\nspec: [\n', output: 'error: error parsing pod.yaml: error converting YAML to JSON: yaml: line 3: did not find expected node content\n' }),
        req(5, 'terminal.input', { terminal: 1, line: 'kubectl get nodes' }),
      ],
      30,
      60,
    );
    const reply = (id: number) => w.posted.find((m) => m.type === 'reply' && m.id === id) as { result: unknown };
    expect(reply(2).result).toMatchObject({ items: ['status '] });
    expect(reply(3).result).toMatchObject({ kind: 'Node', name: 'node01' });
    expect((reply(4).result as { markers: unknown[] }).markers.length).toBe(1);
  });
});
