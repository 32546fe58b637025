import { describe, expect, it } from 'vitest';
import { createLessonCluster, LessonProgress, runLine, type LessonSpec } from './lesson.js';

function lab(spec: LessonSpec) {
  const { cluster, failures } = createLessonCluster(spec);
  const progress = new LessonProgress(cluster, spec);
  const session = cluster.openShell({ write: () => {}, commandDone: (r) => progress.recordCommand(r) });
  const type = (line: string) => {
    runLine(cluster, session, line);
    progress.evaluate();
  };
  return { cluster, failures, progress, type };
}

const base = { manifests: [], files: [], commands: [] };

describe('lesson progress', () => {
  it('reports setup failures: a rejected manifest, a failing command', () => {
    const { failures } = lab({
      id: 'x',
      setup: { ...base, manifests: [{ name: 'bad.yaml', content: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Bad_Name\n' }], commands: ['false', 'ls /nowhere'] },
      steps: [{ id: 's', goals: [{ kind: 'commandRan', pattern: 'x' }] }],
    });
    expect(failures.map((f) => [f.what, f.exitCode])).toEqual([
      ['bad.yaml', 1],
      ['false', 1],
      ['ls /nowhere', 2],
    ]);
    expect(failures[2]!.output).toContain('/nowhere');
    expect(failures[0]!.output).toContain('Bad_Name');
    expect(failures[1]!.output).toBe('');
  });

  it('counts commands and requests from when a step became current, not before', () => {
    const { progress, type } = lab({
      id: 'x',
      setup: base,
      steps: [
        { id: 'one', goals: [{ kind: 'commandRan', pattern: '^echo one' }] },
        { id: 'two', goals: [{ kind: 'commandRan', pattern: '^echo (one|two)' }, { kind: 'apiRequest', verb: 'list', resource: 'namespaces' }] },
      ],
    });
    type('kubectl get ns');
    expect(progress.currentStep).toBe(0);
    type('echo one');
    expect(progress.currentStep).toBe(1);
    // `echo one` and the earlier `kubectl get ns` belong to step one.
    expect(progress.peek().map((r) => r.met)).toEqual([false, false]);
    type('echo two');
    expect(progress.state().steps[1]!.goals.map((g) => g.met)).toEqual([true, false]);
    type('kubectl get namespaces');
    expect(progress.complete).toBe(true);
    expect(progress.state()).toMatchObject({ current: 2, steps: [{ done: true }, { done: true }] });
  });

  it('latches a goal met for a moment, and goTo starts a step afresh', () => {
    const { progress, type } = lab({
      id: 'x',
      setup: { ...base, manifests: [{ name: 'cm', content: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n' }] },
      steps: [
        { id: 'gone-and-back', goals: [{ kind: 'objectAbsent', resource: 'cm', name: 'c' }, { kind: 'commandRan', pattern: '^kubectl create' }] },
        { id: 'later', goals: [{ kind: 'commandRan', pattern: '^true' }] },
      ],
    });
    type('kubectl delete cm c');
    expect(progress.state().steps[0]!.goals.map((g) => g.met)).toEqual([true, false]);
    type('kubectl create configmap c');
    // The ConfigMap is back, yet its absence was seen: the step is done.
    expect(progress.currentStep).toBe(1);
    progress.goTo(0);
    expect(progress.state().steps[0]!.goals.map((g) => g.met)).toEqual([false, false]);
    progress.goTo(5);
    expect(progress.complete).toBe(true);
  });
});
