import { describe, expect, it } from 'vitest';
import { Harness } from '../testing/harness.js';
import { NamespaceController, namespaceControllerUser } from './controller.js';

function setup() {
  const h = new Harness(['default', 'dev']);
  const informers = h.informers(namespaceControllerUser);
  const c = new NamespaceController(h.client(namespaceControllerUser), informers, h.clock);
  informers.start();
  h.settle();
  return { h, c };
}

const cm = (name: string) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name }, data: { a: 'b' } });
const pod = (name: string, nodeName?: string) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name },
  spec: { nodeName, containers: [{ name: 'c', image: 'nginx' }] },
});

describe('NamespaceController', () => {
  it('empties a deleted namespace, then finalizes it and the namespace disappears', () => {
    const { h } = setup();
    h.admin.create('', 'configmaps', 'dev', cm('settings'));
    h.admin.create('', 'pods', 'dev', pod('web'));
    h.admin.create('', 'configmaps', 'default', cm('keep'));
    h.admin.delete('', 'namespaces', undefined, 'dev');
    expect(h.admin.get('', 'namespaces', undefined, 'dev').status.phase).toBe('Terminating');
    h.settle();
    expect(h.names('namespaces')).toEqual(['default']);
    expect(h.names('configmaps', 'dev')).toEqual([]);
    expect(h.names('configmaps', 'default')).toEqual(['keep']);
    expect(h.writes(namespaceControllerUser)).toContain('update namespaces/finalize dev');
  });

  it('waits for terminating Pods, reporting the remaining content in the conditions', () => {
    const { h } = setup();
    h.admin.create('', 'pods', 'dev', pod('web', 'node01'));
    h.admin.delete('', 'namespaces', undefined, 'dev');
    h.settle();
    const ns = h.admin.get('', 'namespaces', undefined, 'dev');
    expect(ns.status.phase).toBe('Terminating');
    expect(ns.status.conditions.map((c: any) => `${c.type}=${c.status} ${c.reason}: ${c.message}`)).toEqual([
      'NamespaceDeletionDiscoveryFailure=False ResourcesDiscovered: All resources successfully discovered',
      'NamespaceDeletionGroupVersionParsingFailure=False ParsedGroupVersions: All legacy kube types successfully parsed',
      'NamespaceDeletionContentFailure=False ContentDeleted: All content successfully deleted, may be waiting on finalization',
      'NamespaceContentRemaining=True SomeResourcesRemain: Some resources are remaining: pods. has 1 resource instances',
      'NamespaceFinalizersRemaining=False ContentHasNoFinalizers: All content-preserving finalizers finished',
    ]);
    // The kubelet would confirm the Pod's termination; here the test does.
    h.admin.delete('', 'pods', 'dev', 'web', { gracePeriodSeconds: 0 });
    h.advance(16_000);
    expect(h.names('namespaces')).toEqual(['default']);
  });

  it('refuses a second delete of a terminating namespace and new content in it', () => {
    const { h } = setup();
    h.admin.create('', 'pods', 'dev', pod('web', 'node01'));
    h.admin.delete('', 'namespaces', undefined, 'dev');
    expect(() => h.admin.delete('', 'namespaces', undefined, 'dev')).toThrow(/The system is ensuring all content is removed/);
    expect(() => h.admin.create('', 'configmaps', 'dev', cm('x'))).toThrow(/because it is being terminated/);
  });
});
