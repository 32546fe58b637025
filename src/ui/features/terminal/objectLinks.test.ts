import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../engine/protocol/index.js';
import type { ObjectsByResource } from '../../state/labStore.js';
import { findObjectNames, namesIndex } from './objectLinks.js';

const o = (name: string, namespace?: string) => ({ metadata: { name, namespace } }) as KubeObject;
const objects = {
  pods: { 'default/web-6d-x': o('web-6d-x', 'default'), 'kube-system/web-6d-x': o('web-6d-x', 'kube-system') },
  deployments: { 'default/web': o('web', 'default') },
  replicasets: {},
  services: {},
  nodes: { node01: o('node01') },
  namespaces: {},
  statefulsets: {},
  daemonsets: {},
  jobs: {},
} as unknown as ObjectsByResource;

describe('object links in terminal output', () => {
  const idx = namesIndex(objects);
  it('finds whole names of real objects in a kubectl get row', () => {
    const row = 'web-6d-x   1/1     Running   0   10s   node01';
    expect(findObjectNames(row, idx).map((f) => [f.start, f.end, f.ref.resource])).toEqual([
      [0, 8, 'pods'],
      [row.indexOf('node01'), row.length, 'nodes'],
    ]);
  });
  it('after TYPE/ and in quotes, never inside a longer word', () => {
    expect(findObjectNames('deployment.apps/web created', idx).map((f) => f.ref)).toEqual([{ resource: 'deployments', namespace: 'default', name: 'web' }]);
    expect(findObjectNames('Error from server (NotFound): pods "web-6d-x" not found', idx)).toHaveLength(1);
    expect(findObjectNames('web-server webx', idx)).toEqual([]);
  });
  it('prefers the default namespace when a name repeats', () => {
    expect(idx.get('web-6d-x')?.namespace).toBe('default');
  });
});
