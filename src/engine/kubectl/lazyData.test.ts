import { afterEach, describe, expect, it } from 'vitest';
import { createCluster } from '../cluster/index.js';
import { helpTexts } from './help/texts.js';
import { commandPaths } from './help/paths.js';
import { source as nodeSource } from '../lazy/source.js';
import { afterAnswerLoaded, afterAnswerPending, setAfterAnswerSource, type AfterAnswer } from '../lazy/state.js';

/** A source that answers only when the test says so, as the browser's fetch might. */
function lateSource() {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  let calls = 0;
  const source = {
    load: () => {
      calls++;
      return new Promise<AfterAnswer>((res, rej) => {
        resolve = () => res(nodeSource.loaded!);
        reject = rej;
      });
    },
  };
  return { source, resolve: () => resolve(), reject: (e: Error) => reject(e), calls: () => calls };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

/** One command line in a fresh lab: its output and status once it finished. */
function shell() {
  const cluster = createCluster({ seed: 1 });
  let out = '';
  const session = cluster.openShell({ write: (s) => (out += s) });
  return {
    cluster,
    session,
    type(line: string) {
      out = '';
      session.input(line);
      cluster.settle();
    },
    output: () => out,
  };
}

function answerNow(line: string): { out: string; status: number } {
  const s = shell();
  s.type(line);
  expect(s.session.busy).toBe(false);
  return { out: s.output(), status: s.session.state.lastStatus };
}

afterEach(() => setAfterAnswerSource(nodeSource));

describe('kubectl tables loaded late with the after-the-answer chunk (the browser worker)', () => {
  it('knows every real command path without the texts (paths.ts is texts.ts’s keys)', () => {
    expect([...commandPaths].sort()).toEqual(Object.keys(helpTexts).sort());
  });

  const lines = ['kubectl explain pods', 'kubectl explain pod.spec.containers.ports', 'kubectl get --help', 'kubectl create -h', 'kubectl foo', 'kubectl', 'kubectl rollout', 'kubectl options', 'kubectl get pods -Ah'];
  for (const line of lines) {
    it(`\`${line}\` waits for them, then answers exactly as when they were there`, async () => {
      const expected = answerNow(line);
      expect(expected.out.length).toBeGreaterThan(20);
      const late = lateSource();
      setAfterAnswerSource(late.source);
      const s = shell();
      s.type(line);
      expect(s.session.busy).toBe(true);
      expect(s.output()).toBe('');
      expect(afterAnswerPending()).toBe(true);
      // In Node nothing holds the clock: time passing meanwhile changes nothing.
      s.cluster.advance(30_000);
      await flush();
      expect(s.session.busy).toBe(true);
      late.resolve();
      await flush();
      s.cluster.settle();
      expect(s.session.busy).toBe(false);
      expect(s.output()).toBe(expected.out);
      expect(s.session.state.lastStatus).toBe(expected.status);
      expect(afterAnswerPending()).toBe(false);
      expect(late.calls()).toBe(1);
    });
  }

  it('answers commands that need neither at once, without fetching them', () => {
    const expected = answerNow('kubectl get nodes; kubectl get secret x -n y; kubectl get pods -l app=x');
    const late = lateSource();
    setAfterAnswerSource(late.source);
    const s = shell();
    s.type('kubectl get nodes; kubectl get secret x -n y; kubectl get pods -l app=x');
    expect(s.session.busy).toBe(false);
    expect(s.output()).toBe(expected.out);
    expect(s.output()).toContain('controlplane');
    expect(late.calls()).toBe(0);
    expect(afterAnswerLoaded()).toBe(false);
  });

  it('says so when fetching them fails, and tries again on the next command', async () => {
    const late = lateSource();
    setAfterAnswerSource(late.source);
    const s = shell();
    s.type('kubectl get --help');
    late.reject(new Error('Failed to fetch dynamically imported module'));
    await flush();
    s.cluster.settle();
    expect(s.session.busy).toBe(false);
    expect(s.output()).toBe('error: the lab could not load the rest of kubectl (Failed to fetch dynamically imported module); try again\n');
    expect(s.session.state.lastStatus).toBe(1);
    expect(afterAnswerPending()).toBe(false);
    s.type('kubectl get --help');
    expect(late.calls()).toBe(2);
    late.resolve();
    await flush();
    s.cluster.settle();
    expect(s.output()).toBe(answerNow('kubectl get --help').out);
  });

  it('stops waiting on Ctrl-C', () => {
    const late = lateSource();
    setAfterAnswerSource(late.source);
    const s = shell();
    s.type('kubectl explain pods');
    s.session.interrupt();
    expect(s.session.busy).toBe(false);
    expect(s.output()).toBe('^C\n');
    expect(afterAnswerPending()).toBe(false);
  });
});
