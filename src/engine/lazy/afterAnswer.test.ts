import { afterEach, describe, expect, it } from 'vitest';
import { createCluster } from '../cluster/index.js';
import { kubeconfigText } from '../cluster/workstation.js';
import { parseManifests } from '../api/yaml/manifests.js';
import { loadKubeconfig } from '../kubectl/cmd/config/kubeconfig.js';
import { coreutils } from '../shell/programs/coreutils.js';
import { systemPrograms } from '../shell/programs/system-programs.js';
import { coreutilsNames, deferredCoreutils, deferredSystemPrograms } from '../shell/programs/deferred.js';
import type { System } from '../shell/programs/system.js';
import type { ProcessIO } from '../shell/types.js';
import { source as nodeSource } from './source.js';
import { afterAnswerLoaded, afterAnswerMisses, setAfterAnswerSource, type AfterAnswer } from './state.js';

/** A chunk that arrives only when the test says so, counting the fetches. */
function late() {
  let resolve!: () => void;
  let calls = 0;
  setAfterAnswerSource({
    load: () => {
      calls++;
      return new Promise<AfterAnswer>((res) => (resolve = () => res(nodeSource.loaded!)));
    },
  });
  return { arrive: () => resolve(), calls: () => calls };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

function lab() {
  const cluster = createCluster({ seed: 3 });
  let out = '';
  const session = cluster.openShell({ write: (s) => (out += s) });
  return {
    cluster,
    session,
    type(line: string): string {
      out = '';
      session.input(line);
      cluster.settle();
      return out;
    },
    /** What the terminal got since the last line was typed. */
    output: () => out,
  };
}

afterEach(() => setAfterAnswerSource(nodeSource));

describe('the after-the-answer chunk (what the browser worker loads after its first answer)', () => {
  it('names the programs it holds as they are named once it is there', () => {
    expect(coreutilsNames).toEqual(Object.keys(coreutils));
    const sys = (node: boolean) => ({ kernel: {}, ctx: {}, ...(node ? { node: {} } : {}) }) as unknown as System;
    late();
    expect(afterAnswerLoaded()).toBe(false);
    expect(Object.keys(deferredCoreutils())).toEqual(Object.keys(coreutils));
    for (const node of [false, true]) expect([...deferredSystemPrograms(sys(node)).keys()]).toEqual([...systemPrograms(sys(node)).keys()]);
  });

  it('reads the kubeconfig the lab wrote as the YAML parser would', () => {
    const text = kubeconfigText();
    const io = { fs: { readFile: () => text }, env: new Map([['HOME', '/root']]) } as unknown as ProcessIO;
    const parsed = parseManifests(text);
    expect(Array.isArray(parsed)).toBe(true);
    const v = (parsed as { value: Record<string, unknown> }[])[0]!.value;
    late();
    const kc = loadKubeconfig(io);
    expect(JSON.stringify({ clusters: kc.clusters, contexts: kc.contexts, users: kc.users, current: kc.currentContext, preferences: kc.preferences })).toBe(
      JSON.stringify({ clusters: v.clusters, contexts: v.contexts, users: v.users, current: v['current-context'], preferences: v.preferences }),
    );
  });

  it('is not needed to build the cluster, let it run, and answer `kubectl get` with tables', () => {
    const lines = ['kubectl get nodes', 'kubectl get pods -A -o wide', 'k get po,svc,deploy -n kube-system --show-labels', 'kubectl get nodes node01 --no-headers -L kubernetes.io/os', 'kubectl get pods nope'];
    const eager = lab();
    eager.cluster.advance(600_000);
    const expected = lines.map((l) => eager.type(l));

    const misses = afterAnswerMisses();
    const chunk = late();
    const s = lab();
    s.cluster.advance(600_000);
    expect(lines.map((l) => s.type(l))).toEqual(expected);
    expect(expected[1]).toContain('coredns-');
    expect(chunk.calls()).toBe(0);
    expect(afterAnswerMisses()).toBe(misses);
  });

  const waiting = [
    'kubectl get deploy -n kube-system coredns -o yaml',
    'kubectl get pods -A --sort-by=.metadata.name',
    'kubectl get nodes -h',
    'kubectl describe node node01',
    'kubectl -n kube-system get pods',
    'echo hi > /tmp/x; cat /tmp/x; ls /tmp; date',
    'date; kubectl get nodes | grep -c Ready',
    'lab',
  ];
  for (const line of waiting) {
    it(`\`${line}\` waits for it, then answers as with it there from the start`, async () => {
      const expected = lab().type(line);
      expect(expected.length).toBeGreaterThan(2);
      const misses = afterAnswerMisses();
      const chunk = late();
      const s = lab();
      s.type(line);
      expect(s.session.busy).toBe(true);
      expect(s.output()).not.toBe(expected);
      chunk.arrive();
      await flush();
      s.cluster.settle();
      expect(s.session.busy).toBe(false);
      expect(s.output()).toBe(expected);
      expect(chunk.calls()).toBe(1);
      expect(afterAnswerMisses()).toBe(misses);
    });
  }
});
