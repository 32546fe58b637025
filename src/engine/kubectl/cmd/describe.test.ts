import { describe, expect, it } from 'vitest';
import { createCluster } from '../../cluster/index.js';
import { execLines } from '../../cluster/transcript.js';

describe('kubectl describe', () => {
  it('shows events found by involvedObject, and hides them with --show-events=false', () => {
    const c = createCluster({ seed: 1 });
    const client = c.client('test');
    const cm = client.create('', 'configmaps', 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg' }, data: { a: '1' } });
    const ts = new Date(c.clock.now()).toISOString().replace('.000Z', 'Z');
    const event = (name: string, uid: string) => ({
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name, namespace: 'default' },
      involvedObject: { kind: 'ConfigMap', namespace: 'default', name: 'cfg', uid, apiVersion: 'v1' },
      reason: 'Checked',
      message: `from ${name}`,
      type: 'Normal',
      source: { component: 'tester' },
      firstTimestamp: ts,
      lastTimestamp: ts,
      count: 1,
    });
    client.create('', 'events', 'default', event('cfg.1', cm.metadata.uid));
    client.create('', 'events', 'default', event('cfg.2', 'another-uid'));
    const out = execLines(c, 'kubectl describe cm cfg');
    expect(out).toContain('from cfg.1');
    expect(out).not.toContain('from cfg.2');
    expect(out.slice(out.indexOf('Events:'))).toBe(
      'Events:\n  Type    Reason   Age   From    Message\n  ----    ------   ----  ----    -------\n  Normal  Checked  0s    tester  from cfg.1\n',
    );
    const hidden = execLines(c, 'kubectl describe cm/cfg --show-events=false');
    expect(hidden).not.toContain('Events');
    expect(hidden).toBe(out.slice(0, out.indexOf('Events:')));
  });

  it('describes several objects separated by two blank lines', () => {
    const c = createCluster({ seed: 1 });
    const out = execLines(c, 'kubectl describe ns default kube-public');
    expect(out).toContain('No LimitRange resource.\n\n\nName:         kube-public\n');
  });
});
