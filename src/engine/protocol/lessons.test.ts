import { describe, expect, it } from 'vitest';
import { createEngineHost } from './dispatch.js';
import type { LessonProgressState, LessonSpec, Method, Params, Push, Reply, Request } from './messages.js';

function harness() {
  const posted: Push[] = [];
  const host = createEngineHost((m) => {
    if (m.type === 'push') posted.push(...m.pushes);
  });
  let id = 0;
  const call = <M extends Method>(method: M, params: Params<M>): unknown => {
    const r: Reply = host.dispatch({ type: 'request', id: ++id, method, params } as Request);
    if (!r.ok) throw new Error(r.error.message);
    return r.result;
  };
  const progress = (): LessonProgressState[] => posted.splice(0).flatMap((p) => (p.kind === 'lesson.progress' ? [p.progress] : []));
  return { host, call, progress };
}

const spec: LessonSpec = {
  id: 'demo',
  setup: {
    seed: 5,
    manifests: [{ name: 'cm.yaml', content: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: dev\n' }],
    files: [{ path: 'notes/hello.txt', content: 'hi\n' }],
    commands: [],
  },
  steps: [
    { id: 'look', goals: [{ kind: 'commandOutput', command: '^cat ', output: '^hi$' }] },
    {
      id: 'change',
      goals: [
        { kind: 'fieldEquals', resource: 'configmap', name: 'settings', path: '.data.mode', value: 'prod' },
        { kind: 'apiRequest', verb: ['patch', 'update'], resource: 'configmaps' },
      ],
    },
  ],
};

describe('lesson protocol', () => {
  it('starts a lesson on a prepared cluster and pushes progress as commands meet goals', () => {
    const h = harness();
    h.call('terminal.open', { cols: 80, rows: 24 });
    const started = h.call('lesson.start', { spec }) as { progress: LessonProgressState; setupFailures: unknown[] };
    expect(started.setupFailures).toEqual([]);
    expect(started.progress).toEqual({
      lesson: 'demo',
      current: 0,
      steps: [
        { id: 'look', done: false, goals: [{ met: false, detail: 'no command output matching /^hi$/ yet' }] },
        { id: 'change', done: false, goals: [{ met: false }, { met: false }] },
      ],
    });
    h.progress();
    h.call('terminal.input', { terminal: 1, line: 'cat notes/hello.txt' });
    expect(h.progress().at(-1)).toMatchObject({ current: 1, steps: [{ done: true }, { done: false }] });
    // The setup's kubectl apply does not count for the student.
    h.call('terminal.input', { terminal: 1, line: 'kubectl get cm settings' });
    expect(h.progress().map((p) => p.steps[1]!.goals.map((g) => g.met))).toEqual([[false, false]]);
    h.call('terminal.input', { terminal: 1, line: "kubectl patch configmap settings -p '{\"data\":{\"mode\":\"prod\"}}'" });
    const last = h.progress().at(-1);
    if (last) expect(last).toMatchObject({ current: 2 });
    else {
      // kubectl patch is not in the lab yet: the same change through apply.
      h.call('terminal.input', { terminal: 1, line: 'kubectl get cm settings -o yaml | sed s/dev/prod/ > cm.yaml' });
      h.call('terminal.input', { terminal: 1, line: 'kubectl apply -f cm.yaml' });
      expect(h.progress().at(-1)).toMatchObject({ current: 2, steps: [{ done: true }, { done: true }] });
    }
  });

  it('goes to a step, and stops checking after lesson.stop or a reset', () => {
    const h = harness();
    h.call('terminal.open', { cols: 80, rows: 24 });
    h.call('lesson.start', { spec });
    expect(h.call('lesson.goto', { step: 1 })).toMatchObject({ current: 1 });
    h.call('lesson.stop', {});
    h.progress();
    h.call('terminal.input', { terminal: 1, line: 'cat notes/hello.txt' });
    expect(h.progress()).toEqual([]);
    expect(() => h.call('lesson.goto', { step: 0 })).toThrow('no lesson is running');
  });
});

describe('lesson.state', () => {
  it('tells a reloaded page which lesson runs and how far it is', () => {
    const h = harness();
    h.call('terminal.open', { cols: 80, rows: 24 });
    expect(h.call('lesson.state', {})).toBeNull();
    h.call('lesson.start', { spec });
    h.call('terminal.input', { terminal: 1, line: 'cat notes/hello.txt' });
    expect(h.call('lesson.state', {})).toMatchObject({ lesson: 'demo', current: 1 });
    h.call('lesson.stop', {});
    expect(h.call('lesson.state', {})).toBeNull();
  });
});
