import { describe, expect, it } from 'vitest';
import { createCluster } from '../cluster/index.js';
import { evaluateGoal, type CheckContext } from './evaluate.js';
import type { CommandRecord, Goal } from './goals.js';

function lab() {
  const cluster = createCluster({ seed: 2 });
  const commands: CommandRecord[] = [];
  const session = cluster.openShell({
    write: () => {},
    commandDone: (r) => commands.push({ ...r, time: cluster.clock.now() }),
  });
  const ctx: CheckContext = { client: cluster.client('lesson-checker'), audit: cluster.audit, commands, defaultNamespace: 'default' };
  const type = (line: string) => {
    session.input(line);
    cluster.settle();
  };
  return { cluster, ctx, type };
}

const check = (g: Goal, ctx: CheckContext) => evaluateGoal(g, ctx);

describe('lesson goals', () => {
  it('sees objects appear, fields change and objects go', () => {
    const { cluster, ctx } = lab();
    const admin = cluster.client('test');
    expect(check({ kind: 'objectExists', resource: 'cm', name: 'settings' }, ctx)).toMatchObject({ met: false });
    admin.create('', 'configmaps', 'default', { metadata: { name: 'settings', labels: { app: 'web' } }, data: { mode: 'dev' } });
    expect(check({ kind: 'objectExists', resource: 'configmap', labelSelector: 'app=web' }, ctx)).toEqual({ met: true });
    expect(check({ kind: 'fieldEquals', resource: 'cm', name: 'settings', path: '.data.mode', value: 'prod' }, ctx)).toEqual({
      met: false,
      detail: '.data.mode is dev, expected prod',
    });
    expect(check({ kind: 'fieldMatches', resource: 'cm', name: 'settings', path: '{.data.mode}', pattern: '^d' }, ctx)).toEqual({ met: true });
    admin.delete('', 'configmaps', 'default', 'settings');
    expect(check({ kind: 'objectAbsent', resource: 'configmaps', name: 'settings' }, ctx)).toEqual({ met: true });
    expect(check({ kind: 'objectExists', resource: 'nosuchthing' }, ctx)).toEqual({ met: false, detail: 'unknown resource type "nosuchthing"' });
  });

  it('counts ready Pods only', () => {
    const { cluster, ctx } = lab();
    const admin = cluster.client('test');
    const p = admin.create('', 'pods', 'default', { metadata: { name: 'p', labels: { app: 'x' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } });
    expect(check({ kind: 'podsReady', labelSelector: 'app=x', count: 1 }, ctx)).toEqual({ met: false, detail: '0 of 1 Pods ready' });
    const cur = admin.get('', 'pods', 'default', 'p');
    admin.updateStatus('', 'pods', 'default', { ...cur, status: { ...p.status, phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] } });
    expect(check({ kind: 'podsReady', labelSelector: 'app=x', count: 1 }, ctx)).toEqual({ met: true });
  });

  it('reads the audit stream and the command log', () => {
    const { ctx, type } = lab();
    expect(check({ kind: 'apiRequest', verb: 'list', resource: 'namespaces' }, ctx).met).toBe(false);
    type('echo "hello from the lab"');
    expect(check({ kind: 'commandRan', pattern: '^echo ' }, ctx)).toEqual({ met: true });
    expect(check({ kind: 'commandOutput', command: 'echo', output: 'hello from' }, ctx)).toEqual({ met: true });
    expect(check({ kind: 'commandOutput', output: 'goodbye' }, ctx).met).toBe(false);
    expect(check({ kind: 'commandRan', pattern: '(' }, ctx)).toEqual({ met: false, detail: 'invalid pattern (' });
  });
});
