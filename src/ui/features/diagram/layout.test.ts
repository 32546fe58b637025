import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../engine/protocol/index.js';
import { layoutDiagram } from './layout.js';

const node: KubeObject = { metadata: { name: 'node01' }, status: { conditions: [{ type: 'Ready', status: 'True' }] } };
const pod = (namespace: string, name: string, created?: string): KubeObject => ({
  metadata: { namespace, name, uid: `${namespace}/${name}`, ...(created ? { creationTimestamp: created } : {}) },
  spec: { nodeName: 'node01', containers: [{ name: 'c' }] },
  status: { phase: 'Running', containerStatuses: [{ name: 'c', ready: true, state: { running: {} } }] },
});

describe('layoutDiagram', () => {
  it('places a node’s Pods oldest first, then by namespace/name, whatever order they come in', () => {
    const pods = [pod('default', 'b', '2025-01-01T00:00:02Z'), pod('default', 'a', '2025-01-01T00:00:02Z'), pod('a-ns', 'z', '2025-01-01T00:00:02Z'), pod('default', 'old', '2025-01-01T00:00:01Z'), pod('default', 'undated')];
    const order = (list: KubeObject[]) => layoutDiagram({ width: 600, nodes: [node], pods: list, deployments: [], replicasets: [] }).pods.map((p) => p.key);
    const expected = ['default/undated', 'default/old', 'a-ns/z', 'default/a', 'default/b'];
    expect(order(pods)).toEqual(expected);
    expect(order([...pods].reverse())).toEqual(expected);
  });

  it('draws a Pod whose object changed with its new status', () => {
    const p = pod('default', 'web');
    const before = layoutDiagram({ width: 600, nodes: [node], pods: [p], deployments: [], replicasets: [] }).pods[0]!;
    const crashed: KubeObject = { ...p, status: { phase: 'Running', containerStatuses: [{ name: 'c', ready: false, restartCount: 3, state: { waiting: { reason: 'CrashLoopBackOff' } } }] } };
    const after = layoutDiagram({ width: 600, nodes: [node], pods: [crashed], deployments: [], replicasets: [] }).pods[0]!;
    expect([before.status, after.status, after.restarts]).toEqual(['Running', 'CrashLoopBackOff', 3]);
  });
});
