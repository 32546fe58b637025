import { describe, expect, it } from 'vitest';
import { Harness } from '../testing/harness.js';
import { NodeLifecycleController, nodeControllerUser } from './node_lifecycle_controller.js';
import { TaintEvictionController, taintEvictionUser } from '../tainteviction/taint_eviction.js';

/** A stand-in kubelet: posts Ready and renews its lease every 10 s while `alive`. */
function fakeKubelet(h: Harness, name: string) {
  const k = h.client(`system:node:${name}`);
  const state = { alive: true };
  const now = () => h.clock.nowRFC3339();
  k.create('', 'nodes', undefined, { apiVersion: 'v1', kind: 'Node', metadata: { name } });
  const postReady = () => {
    const n = k.get('', 'nodes', undefined, name);
    const ready = n.status?.conditions?.find((c: any) => c.type === 'Ready');
    if (ready?.status === 'True') return;
    k.updateStatus('', 'nodes', undefined, {
      ...n,
      status: { ...n.status, conditions: [{ type: 'Ready', status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status', lastHeartbeatTime: now(), lastTransitionTime: now() }] },
    });
  };
  postReady();
  k.create('coordination.k8s.io', 'leases', 'kube-node-lease', {
    apiVersion: 'coordination.k8s.io/v1',
    kind: 'Lease',
    metadata: { name },
    spec: { holderIdentity: name, leaseDurationSeconds: 40, renewTime: h.clock.nowRFC3339() },
  });
  const renew = () => {
    if (state.alive) {
      const l = k.get('coordination.k8s.io', 'leases', 'kube-node-lease', name);
      k.update('coordination.k8s.io', 'leases', 'kube-node-lease', { ...l, spec: { ...l.spec, renewTime: h.clock.nowRFC3339() } });
    }
    h.clock.setTimeout(renew, 10_000);
  };
  h.clock.setTimeout(renew, 10_000);
  return {
    stop: () => (state.alive = false),
    start: () => {
      state.alive = true;
      postReady();
    },
  };
}

function runningPod(h: Harness, name: string, nodeName: string, extra: Record<string, unknown> = {}) {
  const p = h.admin.create('', 'pods', 'default', {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name },
    spec: { nodeName, containers: [{ name: 'c', image: 'nginx' }], ...extra },
  });
  h.admin.updateStatus('', 'pods', 'default', {
    ...p,
    status: { ...p.status, phase: 'Running', conditions: [{ type: 'Ready', status: 'True', lastTransitionTime: h.clock.nowRFC3339() }] },
  });
}

function setup() {
  const h = new Harness(['default', 'kube-node-lease']);
  const informers = h.informers('system:kube-controller-manager');
  new NodeLifecycleController(h.client(nodeControllerUser), informers, h.clock);
  new TaintEvictionController(h.client(taintEvictionUser), informers, h.clock);
  const k1 = fakeKubelet(h, 'node01');
  fakeKubelet(h, 'node02');
  informers.start();
  h.settle();
  return { h, k1 };
}

const taints = (h: Harness, node: string) =>
  (h.admin.get('', 'nodes', undefined, node).spec?.taints ?? []).map((t: any) => `${t.key}:${t.effect}`);
const ready = (h: Harness, node: string) => h.admin.get('', 'nodes', undefined, node).status.conditions.find((c: any) => c.type === 'Ready');
const events = (h: Harness) =>
  h.admin.list('', 'events', 'default').items.map((e: any) => `${e.source.component} ${e.reason} ${e.involvedObject.kind}/${e.involvedObject.name}: ${e.message}`);

describe('NodeLifecycleController + TaintEvictionController', () => {
  it('keeps a node that renews its lease Ready and untainted', () => {
    const { h } = setup();
    h.advance(120_000);
    expect(ready(h, 'node01').status).toBe('True');
    expect(taints(h, 'node01')).toEqual([]);
    expect(events(h)).toContain('node-controller RegisteredNode Node/node01: Node node01 event: Registered Node node01 in Controller');
  });

  it('a silent node turns Unknown after the 50 s grace period, is tainted, and its Pods are evicted after 300 s', () => {
    const { h, k1 } = setup();
    runningPod(h, 'web', 'node01');
    runningPod(h, 'forever', 'node01', { tolerations: [{ operator: 'Exists' }] });
    h.advance(10_000);
    k1.stop();
    h.advance(45_000);
    expect(ready(h, 'node01').status).toBe('True');
    h.advance(15_000);
    const r = ready(h, 'node01');
    expect([r.status, r.reason, r.message]).toEqual(['Unknown', 'NodeStatusUnknown', 'Kubelet stopped posting node status.']);
    // NoSchedule follows the condition at once; NoExecute comes with the next monitor pass (5 s).
    h.advance(5_000);
    expect(taints(h, 'node01')).toEqual(['node.kubernetes.io/unreachable:NoSchedule', 'node.kubernetes.io/unreachable:NoExecute']);
    expect(taints(h, 'node02')).toEqual([]);
    const web = h.admin.get('', 'pods', 'default', 'web');
    expect(web.status.conditions.find((c: any) => c.type === 'Ready').status).toBe('False');
    expect(events(h)).toContain('node-controller NodeNotReady Pod/web: Node is not ready');
    expect(events(h)).toContain('node-controller NodeNotReady Node/node01: Node node01 status is now: NodeNotReady');
    h.advance(290_000);
    expect(h.admin.get('', 'pods', 'default', 'web').metadata.deletionTimestamp).toBeUndefined();
    h.advance(15_000);
    const evicted = h.admin.get('', 'pods', 'default', 'web');
    expect(evicted.metadata.deletionTimestamp).toBeDefined();
    expect(evicted.status.conditions.find((c: any) => c.type === 'DisruptionTarget').reason).toBe('DeletionByTaintManager');
    expect(events(h)).toContain('taint-eviction-controller TaintManagerEviction Pod/web: Marking for deletion Pod default/web');
    // A Pod tolerating every taint without a time limit stays.
    expect(h.admin.get('', 'pods', 'default', 'forever').metadata.deletionTimestamp).toBeUndefined();
  });

  it('removes the taints when the kubelet comes back, and cancels pending evictions', () => {
    const { h, k1 } = setup();
    runningPod(h, 'web', 'node01');
    k1.stop();
    h.advance(70_000);
    expect(taints(h, 'node01')).toContain('node.kubernetes.io/unreachable:NoExecute');
    k1.start();
    h.advance(10_000);
    expect(taints(h, 'node01')).toEqual([]);
    expect(events(h)).toContain('taint-eviction-controller TaintManagerEviction Pod/web: Cancelling deletion of Pod default/web');
    h.advance(400_000);
    expect(h.admin.get('', 'pods', 'default', 'web').metadata.deletionTimestamp).toBeUndefined();
  });

  it('taints an unschedulable (cordoned) node NoSchedule, and a Pod without tolerations leaves a NoExecute-tainted node at once', () => {
    const { h } = setup();
    runningPod(h, 'plain', 'node02', { tolerations: [] });
    h.settle();
    const n = h.admin.get('', 'nodes', undefined, 'node02');
    h.admin.update('', 'nodes', undefined, { ...n, spec: { ...n.spec, unschedulable: true } });
    h.settle();
    expect(taints(h, 'node02')).toEqual(['node.kubernetes.io/unschedulable:NoSchedule']);
    const n2 = h.admin.get('', 'nodes', undefined, 'node02');
    h.admin.update('', 'nodes', undefined, { ...n2, spec: { ...n2.spec, unschedulable: false, taints: [...n2.spec.taints, { key: 'dedicated', value: 'x', effect: 'NoExecute' }] } });
    h.settle();
    expect(taints(h, 'node02')).toEqual(['dedicated:NoExecute']);
    expect(h.admin.get('', 'pods', 'default', 'plain').metadata.deletionTimestamp).toBeDefined();
  });
});
