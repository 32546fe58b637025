// Persistence by replay: a lab driven through the protocol with uneven ticks,
// commands, Ctrl-C and editor writes is rebuilt from its journal byte for byte.
import { describe, expect, it } from 'vitest';
import { createEngineHost } from './dispatch.js';
import type { FromEngine, JournalEntry, Method, Params, Push, Reply, Request, SavedLab } from './messages.js';

function harness() {
  const posted: FromEngine[] = [];
  const host = createEngineHost((m) => posted.push(m));
  let id = 0;
  const call = <T>(method: Method, params: Params<Method>): T => {
    const r: Reply = host.dispatch({ type: 'request', id: ++id, method, params } as Request);
    if (!r.ok) throw new Error(r.error.message);
    return r.result as T;
  };
  const pushes = (): Push[] => {
    const out = posted.flatMap((m) => (m.type === 'push' ? m.pushes : []));
    posted.length = 0;
    return out;
  };
  return { host, call, pushes };
}

/** What the page keeps: the journal pushes, restarted by a reset. */
function journalOf(pushes: Push[]): { seed: number; workers: number; entries: JournalEntry[] } {
  let j = { seed: 1, workers: 2, entries: [] as JournalEntry[] };
  for (const p of pushes) {
    if (p.kind !== 'journal') continue;
    if (p.reset) j = { seed: p.seed, workers: p.workers, entries: [] };
    j.entries.push(...p.entries);
  }
  return j;
}

describe('journal replay', () => {
  it('rebuilds the same cluster, screen and history from the journal', () => {
    const a = harness();
    const log: Push[] = [];
    const drain = () => log.push(...a.pushes());
    a.call('terminal.open', { cols: 100, rows: 30 });
    let wall = 0;
    const tick = (ms: number) => {
      wall += ms;
      a.host.tick(wall);
      drain();
    };
    tick(0);
    a.call('clock.setSpeed', { speed: 10 });
    a.call('terminal.input', { terminal: 1, line: 'kubectl create deployment web --image=nginx --replicas=2' });
    for (const ms of [16, 17, 250, 33, 900, 5]) tick(ms);
    a.call('fs.write', { path: '/root/svc.yaml', content: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n  - port: 80\n' });
    a.call('terminal.input', { terminal: 1, line: 'kubectl apply -f svc.yaml' });
    tick(400);
    a.call('terminal.input', { terminal: 1, line: 'sleep 100' });
    tick(700);
    a.call('terminal.interrupt', { terminal: 1 });
    a.call('terminal.input', { terminal: 1, line: 'kubectl scale deployment web --replicas=3' });
    for (let i = 0; i < 20; i++) tick(16 + (i % 3));
    drain();
    const j = journalOf(log);
    expect(j.entries.map((e) => e.op)).toEqual(['open', 'input', 'write', 'input', 'input', 'interrupt', 'input']);
    const { now, digest } = a.call<{ now: number; digest: string }>('state.digest', {});
    const lab: SavedLab = { version: 1, seed: j.seed, workers: j.workers, entries: j.entries, now, digest };

    const b = harness();
    const r = b.call<{ digest: string; matches: boolean }>('state.restore', { lab: JSON.parse(JSON.stringify(lab)) });
    expect(r.digest).toBe(digest);
    expect(r.matches).toBe(true);
    const open = b.call<{ terminal: number; screen: string; history: string[] }>('terminal.open', { cols: 100, rows: 30 });
    expect(open.terminal).toBe(1);
    expect(open.screen).toContain('controlplane:~$ kubectl apply -f svc.yaml\nservice/web created\n');
    expect(open.screen).toContain('controlplane:~$ sleep 100\n^C\n');
    expect(open.history).toEqual(['kubectl create deployment web --image=nginx --replicas=2', 'kubectl apply -f svc.yaml', 'sleep 100', 'kubectl scale deployment web --replicas=3']);
    // The restored lab goes on recording: a new line joins the journal.
    b.pushes();
    b.call('terminal.input', { terminal: 1, line: 'kubectl get deploy' });
    expect(journalOf(b.pushes()).entries.map((e) => e.op)).toEqual(['input']);
  });

  it('refuses what is not a saved lab, and a reset starts a new journal', () => {
    const h = harness();
    expect(() => h.call('state.restore', { lab: { version: 2 } as unknown as SavedLab })).toThrow('not a saved lab');
    h.call('terminal.open', { cols: 80, rows: 24 });
    h.pushes();
    h.call('cluster.reset', {});
    const j = h.pushes().filter((p) => p.kind === 'journal');
    expect(j[0]).toMatchObject({ reset: true, entries: [] });
    expect(journalOf(j).entries.map((e) => e.op)).toEqual(['open']);
  });
});
