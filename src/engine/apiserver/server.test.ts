import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StatusError } from '../api/errors.js';
import { createCluster } from '../cluster/index.js';
import type { WatchEvent } from './types.js';

const pod = (name: string, extra: Record<string, unknown> = {}) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, labels: { app: 'web' } },
  spec: { containers: [{ name: 'c', image: 'nginx:1.25' }] },
  ...extra,
});

function setup() {
  const cluster = createCluster({ seed: 3 });
  return { cluster, c: cluster.client('test') };
}

function statusOf(fn: () => unknown): { code?: number; reason?: string; message?: string } {
  try {
    fn();
  } catch (e) {
    if (e instanceof StatusError) return e.status;
    throw e;
  }
  throw new Error('expected a StatusError');
}

describe('APIServer', () => {
  it('creates with uid, creationTimestamp, resourceVersion and defaults, and reads back the stored object', () => {
    const { c } = setup();
    const p = c.create('', 'pods', 'default', pod('a'));
    expect(p.metadata.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(p.metadata.creationTimestamp).toBe('2025-01-06T09:05:00Z');
    expect(p.spec.restartPolicy).toBe('Always');
    expect(p.spec.terminationGracePeriodSeconds).toBe(30);
    expect(p.status.phase).toBe('Pending');
    expect(c.get('', 'pods', 'default', 'a')).toBe(p);
  });

  it('answers with Kubernetes Status errors', () => {
    const { c } = setup();
    c.create('', 'pods', 'default', pod('a'));
    expect(statusOf(() => c.create('', 'pods', 'default', pod('a')))).toMatchObject({
      code: 409,
      reason: 'AlreadyExists',
      message: 'pods "a" already exists',
    });
    expect(statusOf(() => c.get('apps', 'deployments', 'default', 'x'))).toMatchObject({
      code: 404,
      message: 'deployments.apps "x" not found',
    });
    expect(statusOf(() => c.create('', 'pods', 'nope', pod('a')))).toMatchObject({ code: 404, message: 'namespaces "nope" not found' });
    expect(statusOf(() => c.create('apps', 'deployments', 'default', { metadata: { name: 'd' }, spec: {} }))).toMatchObject({
      code: 422,
      reason: 'Invalid',
    });
  });

  it('rejects a stale update with 409 Conflict and bumps generation only on spec changes', () => {
    const { c } = setup();
    const d = c.create('apps', 'deployments', 'default', {
      metadata: { name: 'd' },
      spec: { selector: { matchLabels: { app: 'x' } }, template: { metadata: { labels: { app: 'x' } }, spec: { containers: [{ name: 'x', image: 'nginx' }] } } },
    });
    expect(d.metadata.generation).toBe(1);
    const labelled = c.update('apps', 'deployments', 'default', { ...d, metadata: { ...d.metadata, labels: { a: 'b' } } });
    expect(labelled.metadata.generation).toBe(1);
    expect(statusOf(() => c.update('apps', 'deployments', 'default', { ...d, spec: { ...d.spec, replicas: 3 } }))).toMatchObject({
      code: 409,
      message:
        'Operation cannot be fulfilled on deployments.apps "d": the object has been modified; please apply your changes to the latest version and try again',
    });
    const scaled = c.update('apps', 'deployments', 'default', { ...labelled, spec: { ...labelled.spec, replicas: 3 } });
    expect(scaled.metadata.generation).toBe(2);
  });

  it('does not write an update that changes nothing', () => {
    const { c, cluster } = setup();
    const p = c.create('', 'pods', 'default', pod('a'));
    const rev = cluster.store.revision;
    expect(c.update('', 'pods', 'default', p)).toBe(p);
    expect(cluster.store.revision).toBe(rev);
  });

  it('keeps spec on a status update and status on a spec update', () => {
    const { c } = setup();
    const p = c.create('', 'pods', 'default', pod('a'));
    const s = c.updateStatus('', 'pods', 'default', { ...p, spec: { ...p.spec, nodeName: 'sneaky' }, status: { ...p.status, phase: 'Running' } });
    expect(s.status.phase).toBe('Running');
    expect(s.spec.nodeName).toBeUndefined();
  });

  it('binds a Pod once, with the PodScheduled condition', () => {
    const { c } = setup();
    c.create('', 'pods', 'default', pod('a'));
    c.bind('default', 'a', 'node01');
    const p = c.get('', 'pods', 'default', 'a');
    expect(p.spec.nodeName).toBe('node01');
    expect(p.status.conditions).toContainEqual(expect.objectContaining({ type: 'PodScheduled', status: 'True' }));
    expect(statusOf(() => c.bind('default', 'a', 'node02'))).toMatchObject({
      code: 409,
      message: 'Operation cannot be fulfilled on pods "a": pod a is already assigned to node "node01"',
    });
  });

  it('deletes a scheduled Pod gracefully and an unscheduled one at once', () => {
    const { c } = setup();
    c.create('', 'pods', 'default', pod('a'));
    c.create('', 'pods', 'default', pod('b'));
    c.bind('default', 'b', 'node01');
    c.delete('', 'pods', 'default', 'a');
    expect(statusOf(() => c.get('', 'pods', 'default', 'a')).code).toBe(404);
    const b = c.delete('', 'pods', 'default', 'b');
    expect(b.metadata.deletionTimestamp).toBe('2025-01-06T09:05:30Z');
    expect(b.metadata.deletionGracePeriodSeconds).toBe(30);
    c.delete('', 'pods', 'default', 'b', { gracePeriodSeconds: 0 });
    expect(statusOf(() => c.get('', 'pods', 'default', 'b')).code).toBe(404);
  });

  it('holds an object with finalizers until the last one is removed', () => {
    const { c } = setup();
    c.create('', 'configmaps', 'default', { metadata: { name: 'cm', finalizers: ['example.com/keep'] } });
    const marked = c.delete('', 'configmaps', 'default', 'cm');
    expect(marked.metadata.deletionTimestamp).toBeDefined();
    const cur = c.get('', 'configmaps', 'default', 'cm');
    c.update('', 'configmaps', 'default', { ...cur, metadata: { ...cur.metadata, finalizers: [] } });
    expect(statusOf(() => c.get('', 'configmaps', 'default', 'cm')).code).toBe(404);
  });

  it('serves the scale subresource', () => {
    const { c } = setup();
    c.create('apps', 'deployments', 'default', {
      metadata: { name: 'd' },
      spec: { replicas: 2, selector: { matchLabels: { app: 'x' } }, template: { metadata: { labels: { app: 'x' } }, spec: { containers: [{ name: 'x', image: 'nginx' }] } } },
    });
    expect(c.getScale('apps', 'deployments', 'default', 'd')).toMatchObject({ kind: 'Scale', spec: { replicas: 2 }, status: { selector: 'app=x' } });
    c.patch('apps', 'deployments', 'default', 'd', 'merge', { spec: { replicas: 4 } }, { subresource: 'scale' });
    expect(c.get('apps', 'deployments', 'default', 'd').spec.replicas).toBe(4);
  });

  it('filters lists and watches by label and field selectors, delivering watch events after the write', () => {
    const { c, cluster } = setup();
    const cm = (name: string, app: string) => ({ metadata: { name, labels: { app } }, data: { k: 'v' } });
    c.create('', 'configmaps', 'default', cm('a', 'web'));
    const seen: string[] = [];
    const list = c.list('', 'configmaps', 'default', { labelSelector: 'app=web' });
    c.watch('', 'configmaps', 'default', { labelSelector: 'app=web', resourceVersion: list.metadata.resourceVersion }, (e: WatchEvent) =>
      seen.push(`${e.type} ${e.object.metadata.name}`),
    );
    c.create('', 'configmaps', 'default', cm('b', 'web'));
    c.create('', 'configmaps', 'default', cm('c', 'db'));
    expect(seen).toEqual([]);
    cluster.settle();
    expect(seen).toEqual(['ADDED b']);
    const b = c.get('', 'configmaps', 'default', 'b');
    c.update('', 'configmaps', 'default', { ...b, metadata: { ...b.metadata, labels: { app: 'other' } } });
    cluster.settle();
    expect(seen).toEqual(['ADDED b', 'DELETED b']);
    expect(c.list('', 'configmaps', 'default', { fieldSelector: 'metadata.name=a' }).items.map((p) => p.metadata.name)).toEqual(['a']);
    expect(statusOf(() => c.list('', 'pods', undefined, { fieldSelector: 'spec.bogus=1' }))).toMatchObject({
      code: 400,
      message: 'field label not supported: spec.bogus',
    });
  });

  it('fails a watch from a compacted revision with 410', () => {
    const { c, cluster } = setup();
    for (let i = 0; i < 5; i++) c.create('', 'configmaps', 'default', { metadata: { name: `cm${i}` } });
    cluster.store.compact(cluster.store.revision);
    expect(statusOf(() => c.watch('', 'configmaps', 'default', { resourceVersion: '2' }, () => {}))).toMatchObject({ code: 410 });
  });

  it('audits every request with who asked and the answer', () => {
    const { c, cluster } = setup();
    try {
      c.get('', 'pods', 'default', 'missing');
    } catch {
      // expected
    }
    expect(cluster.audit.at(-1)).toMatchObject({ user: 'test', verb: 'get', resource: 'pods', name: 'missing', code: 404 });
  });

  it('answers random request bodies with a Status, never a crash', () => {
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.constant(null),
        fc.boolean(),
        fc.integer(),
        fc.string(),
        fc.array(tie('value'), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom('metadata', 'spec', 'status', 'name', 'containers', 'replicas', 'selector', 'kind', 'apiVersion', 'x'), tie('value'), {
          maxKeys: 4,
        }),
      ),
    })).value;
    const { c } = setup();
    const targets: [string, string][] = [
      ['', 'pods'],
      ['apps', 'deployments'],
      ['', 'services'],
      ['', 'configmaps'],
      ['batch', 'jobs'],
      ['', 'namespaces'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...targets), json, fc.string({ maxLength: 8 }), ([group, resource], body, name) => {
        const obj = body && typeof body === 'object' && !Array.isArray(body) ? { ...body, metadata: { ...(body as any).metadata, name: name || 'x' } } : body;
        for (const op of [
          () => c.create(group, resource, 'default', obj as object),
          () => c.update(group, resource, 'default', obj as object),
          () => c.patch(group, resource, 'default', name || 'x', 'merge', body),
        ]) {
          try {
            op();
          } catch (e) {
            if (!(e instanceof StatusError)) throw e;
            expect(e.status.kind).toBe('Status');
            expect(typeof e.status.code).toBe('number');
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
