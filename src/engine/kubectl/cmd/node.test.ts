// kubectl cordon, uncordon, drain and taint against a cluster (with whatever
// node components run); messages checked against kubectl v1.32's source.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../../cluster/index.js';
import { execLines } from '../../cluster/transcript.js';
import { parseTaints, reorganizeTaints } from './taint.js';

function cluster() {
  const c = createCluster({ seed: 1, warmupMs: 0 });
  const admin = c.client('admin');
  for (const name of ['node01', 'node02']) {
    try {
      admin.get('', 'nodes', undefined, name);
    } catch {
      admin.create('', 'nodes', undefined, { apiVersion: 'v1', kind: 'Node', metadata: { name } });
    }
  }
  return c;
}

describe('kubectl cordon / uncordon', () => {
  it('marks the node unschedulable once, and says so', () => {
    const c = cluster();
    expect(execLines(c, 'kubectl cordon node01')).toBe('node/node01 cordoned\n');
    expect(execLines(c, 'kubectl cordon node01')).toBe('node/node01 already cordoned\n');
    expect(c.client('x').get('', 'nodes', undefined, 'node01').spec.unschedulable).toBe(true);
    expect(execLines(c, 'kubectl uncordon node01')).toBe('node/node01 uncordoned\n');
    expect(c.client('x').get('', 'nodes', undefined, 'node01').spec.unschedulable).toBeUndefined();
    expect(execLines(c, 'kubectl uncordon node/node01')).toBe('node/node01 already uncordoned\n');
    expect(execLines(c, 'kubectl cordon node01 --dry-run=client')).toBe('node/node01 cordoned (dry run)\n');
  });

  it('reports usage and missing nodes as kubectl does', () => {
    const c = cluster();
    expect(execLines(c, 'kubectl cordon')).toBe("error: USAGE: cordon NODE [flags]\nSee 'kubectl cordon -h' for help and examples\n");
    expect(execLines(c, 'kubectl uncordon nope')).toBe('Error from server (NotFound): nodes "nope" not found\n');
  });
});

describe('kubectl taint', () => {
  it('adds, refuses a duplicate, overwrites and removes', () => {
    const c = cluster();
    expect(execLines(c, 'kubectl taint nodes node02 dedicated=gpu:NoSchedule')).toBe('node/node02 tainted\n');
    expect(execLines(c, 'kubectl taint nodes node02 dedicated=cpu:NoSchedule')).toBe(
      'error: node node02 already has dedicated taint(s) with same effect(s) and --overwrite is false\n',
    );
    expect(execLines(c, 'kubectl taint node node02 dedicated=cpu:NoSchedule --overwrite')).toBe('node/node02 modified\n');
    expect(c.client('x').get('', 'nodes', undefined, 'node02').spec.taints.filter((t: any) => t.key === 'dedicated')).toEqual([
      { key: 'dedicated', value: 'cpu', effect: 'NoSchedule' },
    ]);
    expect(execLines(c, 'kubectl taint nodes node02 dedicated:NoSchedule-')).toBe('node/node02 untainted\n');
    expect(execLines(c, 'kubectl taint nodes node02 dedicated-')).toBe('error: taint "dedicated" not found\n');
    expect(execLines(c, 'kubectl taint nodes node02 a=b:Sometimes')).toBe('error: invalid taint effect: Sometimes, unsupported taint effect\n');
    expect(execLines(c, 'kubectl taint pods x a=b:NoSchedule')).toBe('error: invalid resource type pods, only node types are supported\n');
  });

  it.each([
    ['k=v:NoSchedule', [{ key: 'k', value: 'v', effect: 'NoSchedule' }], []],
    ['k:NoExecute', [{ key: 'k', effect: 'NoExecute' }], []],
    ['k-', [], [{ key: 'k' }]],
    ['k:PreferNoSchedule-', [], [{ key: 'k', effect: 'PreferNoSchedule' }]],
  ])('parses %s', (spec, add, remove) => {
    expect(parseTaints([spec])).toEqual({ add, remove });
  });

  it('puts new taints first and names the operation as reorganizeTaints does', () => {
    const old = [{ key: 'a', effect: 'NoSchedule' as const }];
    expect(reorganizeTaints(old, false, [{ key: 'b', effect: 'NoExecute' }], [])).toEqual({
      op: 'tainted',
      taints: [{ key: 'b', effect: 'NoExecute' }, ...old],
      errors: [],
    });
    expect(reorganizeTaints(old, false, [{ key: 'b', effect: 'NoExecute' }], [{ key: 'a' } as any]).op).toBe('modified');
  });
});

describe('kubectl drain', () => {
  it('refuses unmanaged Pods without --force, then evicts them with it', () => {
    const c = cluster();
    const admin = c.client('admin');
    admin.create('', 'pods', 'default', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'bare' }, spec: { nodeName: 'node01', containers: [{ name: 'c', image: 'nginx' }] } });
    const out = execLines(c, 'kubectl drain node01 --ignore-daemonsets');
    expect(out).toContain('node/node01 cordoned\n');
    expect(out).toContain(
      'error: unable to drain node "node01" due to error: cannot delete Pods that declare no controller (use --force to override): default/bare, continuing command...\n',
    );
    expect(out).toContain('There are pending nodes to be drained:\n node01\n');
    const forced = execLines(c, 'kubectl drain node01 --ignore-daemonsets --force --grace-period=0');
    expect(forced).toMatch(/^Warning: (ignoring DaemonSet-managed Pods: kube-system\/kube-proxy-\w+; )?deleting Pods that declare no controller: default\/bare$/m);
    expect(forced).toContain('evicting pod default/bare\n');
    expect(forced).toContain('pod/bare evicted\n');
    expect(forced).toContain('node/node01 drained\n');
  });
});
