import { describe, expect, it } from 'vitest';
import { createEngineHost } from './dispatch.js';
import type { Completion, FromEngine, Inspection, Method, Params, Push, Reply, Request } from './messages.js';
import { isJob } from '../shell/types.js';

function harness() {
  const posted: FromEngine[] = [];
  const host = createEngineHost((m) => posted.push(m), { warmupMs: 0 });
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
  const output = () => pushes().map((p) => (p.kind === 'terminal.output' ? p.data : '')).join('');
  return { host, call, pushes, output };
}

describe('editor requests', () => {
  it('lists, writes and reads the workstation files', () => {
    const h = harness();
    h.call('fs.write', { path: '/root/nginx-deployment.yaml', content: 'kind: Deployment\n' });
    expect(h.call('fs.list', {})).toEqual({ dir: '/root', files: [{ path: '/root/nginx-deployment.yaml', name: 'nginx-deployment.yaml', size: 17 }] });
    expect(h.call('fs.read', { path: '/root/nginx-deployment.yaml' })).toEqual({ path: '/root/nginx-deployment.yaml', content: 'kind: Deployment\n' });
    expect(() => h.call('fs.read', { path: '/root/nope' })).toThrow('No such file or directory');
  });

  it('diagnoses kubectl apply output into markers', () => {
    const h = harness();
    const r = h.call<{ markers: { line: number }[] }>('editor.diagnose', {
      content: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: -1\n',
      output: 'The Deployment "web" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0\n',
    });
    expect(r.markers.map((m) => m.line)).toEqual([6]);
  });

  it('holds a command that opened the editor until the student saves, then closes', () => {
    const h = harness();
    // A stand-in for `kubectl edit`: open the editor, then print the file.
    h.host.cluster.programs.set('fakeedit', (argv, io) => {
      const job = h.host.cluster.edit!('/tmp/edit.yaml', 'replicas: 1\n', io);
      if (!job || !isJob(job)) return 1;
      return (function* () {
        const code = yield* job;
        io.stdout(`exit ${code}: ${io.fs.readFile('/tmp/edit.yaml')}`);
        return code;
      })();
    });
    h.call('terminal.open', { cols: 80, rows: 24 });
    h.host.cluster.fs.writeFile('/tmp/edit.yaml', 'replicas: 1\n');
    h.pushes();
    h.call('terminal.input', { terminal: 1, line: 'fakeedit' });
    const open = h.pushes().find((p) => p.kind === 'editor.open');
    expect(open).toEqual({ kind: 'editor.open', session: 1, path: '/tmp/edit.yaml', content: 'replicas: 1\n' });
    h.host.tick(0);
    h.host.tick(100);
    expect(h.output()).toBe('');
    h.call('editor.saved', { session: 1, content: 'replicas: 3\n' });
    h.host.tick(200);
    expect(h.output()).toBe('exit 0: replicas: 3\n');
    expect(() => h.call('editor.closed', { session: 1 })).toThrow('no edit session 1');
  });
});

describe('inspector and completion requests', () => {
  it('inspects a Pod: YAML, owner chain from the Deployment', () => {
    const h = harness();
    h.call('terminal.open', { cols: 120, rows: 24 });
    h.call('terminal.input', { terminal: 1, line: 'kubectl create deployment web --image=nginx' });
    h.host.cluster.advance(2000);
    const pod = h.host.cluster.client('kubectl').list('', 'pods', 'default').items[0];
    const r = h.call<Inspection>('object.inspect', { resource: 'pods', namespace: 'default', name: pod.metadata.name });
    expect(r.yaml).toContain(`name: ${pod.metadata.name}`);
    expect(r.yaml).not.toContain('managedFields');
    expect(r.owners.map((o) => o.kind)).toEqual(['Deployment', 'ReplicaSet']);
    const d = h.call<Inspection>('object.inspect', { resource: 'deployments', namespace: 'default', name: 'web' });
    expect(d.owned.map((o) => o.kind)).toEqual(['ReplicaSet']);
    expect(d.events.map((e) => e.reason)).toContain('ScalingReplicaSet');
  });

  it('completes kubectl words in a terminal', () => {
    const h = harness();
    h.call('terminal.open', { cols: 80, rows: 24 });
    expect(h.call<Completion>('terminal.complete', { terminal: 1, line: 'kubectl get no' })).toEqual({ from: 12, items: ['nodes '], common: 'nodes ' });
  });
});

describe('container view', () => {
  it('shows a running Pod\'s containers: namespaces shared with pause, cgroup, overlay layers', () => {
    const h = harness();
    h.call('terminal.open', { cols: 120, rows: 24 });
    h.call('terminal.input', { terminal: 1, line: 'kubectl run web --image=nginx:1.7.9' });
    h.host.cluster.advance(60_000);
    const r = h.call<Inspection>('object.inspect', { resource: 'pods', namespace: 'default', name: 'web' });
    const view = r.containers as { node: string; containers: { name: string; state: string; namespaces: { type: string; sharedWithPause: boolean }[]; cgroup?: { path: string }; rootfs?: { lower: string[] } }[] } | undefined;
    expect(view?.containers.map((c) => [c.name, c.state])).toEqual([['web', 'CONTAINER_RUNNING']]);
    const shared = Object.fromEntries(view!.containers[0]!.namespaces.map((n) => [n.type, n.sharedWithPause]));
    expect(shared).toMatchObject({ net: true, ipc: true, uts: true, mnt: false, pid: false });
    expect(view!.containers[0]!.cgroup?.path).toMatch(/^\/kubepods/);
    expect(view!.containers[0]!.rootfs?.lower.length).toBeGreaterThan(0);
  });
});
