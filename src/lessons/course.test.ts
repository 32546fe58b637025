// The built-in course under `pack test`: every lesson whose engine features
// exist must pass (no goal met at a step's start, the solution meets every
// goal). Features still being built are probed on a fresh cluster, so a lesson
// starts being enforced the moment its engine pieces land.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../engine/cluster/index.js';
import { execLines } from '../engine/cluster/transcript.js';
import { readPackFiles } from '../node/packfs.js';
import { lintPack } from './lint.js';
import { formatProblem } from './problems.js';
import { formatReports, LessonRun, testLesson } from './run.js';

const files = readPackFiles(new URL('./course', import.meta.url).pathname);

type Feature = 'scheduler' | 'kubelet' | 'controllers' | 'nodeShell' | `kubectl ${string}`;

function probe(): Set<Feature> {
  const have = new Set<Feature>();
  const cluster = createCluster({ seed: 99 });
  const out = execLines(
    cluster,
    'kubectl create deployment probe --image=nginx:1.7.9 --replicas=1\nsleep 60\nkubectl get pods -o wide\nlab ssh node01\n',
  );
  const client = cluster.client('probe');
  const pods = client.list<{ spec: { nodeName?: string }; status?: { conditions?: { type: string; status: string }[] } }>('', 'pods', 'default').items;
  if (pods.length) have.add('controllers');
  if (pods.some((p) => p.spec.nodeName)) have.add('scheduler');
  if (pods.some((p) => p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'))) have.add('kubelet');
  if (!/unknown command "ssh"/.test(out)) have.add('nodeShell');
  for (const cmd of ['delete', 'scale', 'set', 'rollout', 'exec', 'describe']) {
    const help = execLines(createCluster({ seed: 1 }), `kubectl ${cmd} --help\n`);
    if (!/not available in this lab yet|unknown command/.test(help)) have.add(`kubectl ${cmd}`);
  }
  return have;
}

const needs: Record<string, Feature[]> = {
  tour: [],
  'container-is-a-process': ['scheduler', 'kubelet', 'nodeShell'],
  'scheduling-vs-orchestration': ['scheduler', 'kubelet', 'kubectl describe'],
  pod: ['scheduler', 'kubelet', 'kubectl exec', 'nodeShell'],
  deployment: ['scheduler', 'kubelet', 'controllers', 'kubectl delete', 'kubectl scale', 'kubectl set', 'kubectl rollout'],
};

describe('the built-in course', () => {
  const { pack, problems } = lintPack(files, { cluster: false });

  it('loads and lints without problems (schema, both locales, solutions, links)', () => {
    expect(problems.map((p) => formatProblem(p))).toEqual([]);
    expect(pack!.lessons.map((l) => l.id)).toEqual(Object.keys(needs));
    for (const l of pack!.lessons) for (const s of l.steps) expect(s.hints.length, `${l.id}/${s.id} has hints`).toBeGreaterThan(0);
  });

  const have = probe();
  for (const [id, features] of Object.entries(needs)) {
    const missing = features.filter((f) => !have.has(f));
    it(`${id}: ${missing.length ? `no goal of the first step is met at the start (waiting for: ${missing.join(', ')})` : 'passes pack test'}`, () => {
      const lesson = pack!.lessons.find((l) => l.id === id)!;
      if (!missing.length) {
        const report = testLesson(lesson);
        expect(report.ok, formatReports([report], pack)).toBe(true);
        return;
      }
      // Until the engine can run it, the lesson must at least set up and start cleanly.
      const run = new LessonRun(lesson);
      expect(run.setupFailures.filter((f) => !/^sleep/.test(f.what))).toEqual([]);
      expect(run.progress.peek().filter((r) => r.met)).toEqual([]);
    });
  }
});
