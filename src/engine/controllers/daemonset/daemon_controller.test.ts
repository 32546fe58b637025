import { describe, expect, it } from 'vitest';
import { Harness } from '../testing/harness.js';
import { DaemonSetsController, daemonSetControllerUser } from './daemon_controller.js';
import { daemonPodTolerations, nodeShouldRunDaemonPod } from './util.js';

const node = (name: string, extra: Record<string, unknown> = {}) => ({
  apiVersion: 'v1',
  kind: 'Node',
  metadata: { name, labels: { 'kubernetes.io/hostname': name, 'kubernetes.io/os': 'linux' } },
  spec: {},
  ...extra,
});
const controlPlane = node('controlplane', { spec: { taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] } });

const ds = (name: string, extra: Record<string, unknown> = {}) => ({
  apiVersion: 'apps/v1',
  kind: 'DaemonSet',
  metadata: { name },
  spec: {
    selector: { matchLabels: { app: name } },
    template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'c', image: 'busybox:1.36' }], ...extra } },
  },
});

function setup(nodes = [controlPlane, node('node01'), node('node02')]) {
  const h = new Harness();
  for (const n of nodes) h.admin.create('', 'nodes', undefined, n);
  const informers = h.informers(daemonSetControllerUser);
  const c = new DaemonSetsController(h.client(daemonSetControllerUser), informers, h.clock);
  informers.start();
  h.settle();
  return { h, c };
}

const podsByNode = (h: Harness) =>
  h.admin
    .list('', 'pods', 'default')
    .items.filter((p: any) => !p.metadata.deletionTimestamp)
    .map((p: any) => p.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchFields[0].values[0])
    .sort();

function markReady(h: Harness) {
  for (const p of h.admin.list('', 'pods', 'default').items) {
    if (p.status?.conditions?.some((c: any) => c.type === 'Ready')) continue;
    h.admin.updateStatus('', 'pods', 'default', { ...p, status: { ...p.status, phase: 'Running', conditions: [{ type: 'Ready', status: 'True', lastTransitionTime: h.clock.nowRFC3339() }] } });
  }
  h.settle();
}

describe('DaemonSetsController', () => {
  it('runs one Pod per eligible node, pinned with nodeAffinity matchFields, with the daemon tolerations', () => {
    const { h } = setup();
    h.admin.create('apps', 'daemonsets', 'default', ds('agent'));
    h.settle();
    expect(podsByNode(h)).toEqual(['node01', 'node02']);
    const p = h.admin.list('', 'pods', 'default').items[0];
    expect(p.metadata.generateName).toBe('agent-');
    expect(p.metadata.labels['controller-revision-hash']).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]+$/);
    expect(p.metadata.labels['pod-template-generation']).toBe('1');
    expect(p.spec.nodeName).toBeUndefined();
    expect(p.spec.tolerations.map((t: any) => `${t.key}:${t.effect}`)).toEqual([
      'node.kubernetes.io/not-ready:NoExecute',
      'node.kubernetes.io/unreachable:NoExecute',
      'node.kubernetes.io/disk-pressure:NoSchedule',
      'node.kubernetes.io/memory-pressure:NoSchedule',
      'node.kubernetes.io/pid-pressure:NoSchedule',
      'node.kubernetes.io/unschedulable:NoSchedule',
    ]);
    const events = h.admin.list('', 'events', 'default').items.map((e: any) => `${e.reason}: ${e.message}`);
    expect(events.filter((e: string) => e.startsWith('SuccessfulCreate')).length).toBe(2);
    const st = h.admin.get('apps', 'daemonsets', 'default', 'agent').status;
    expect(st).toMatchObject({ desiredNumberScheduled: 2, currentNumberScheduled: 2, numberReady: 0, numberMisscheduled: 0, updatedNumberScheduled: 2, numberUnavailable: 2, observedGeneration: 1 });
    expect(h.names('controllerrevisions', 'default', 'apps')).toEqual([`agent-${p.metadata.labels['controller-revision-hash']}`]);
  });

  it('tolerating the control-plane taint puts a Pod on every node; nodeSelector narrows it', () => {
    const { h } = setup();
    h.admin.create('apps', 'daemonsets', 'default', ds('all', { tolerations: [{ operator: 'Exists' }] }));
    h.admin.create('apps', 'daemonsets', 'default', ds('one', { nodeSelector: { 'kubernetes.io/hostname': 'node02' } }));
    h.settle();
    const names = h.admin.list('', 'pods', 'default').items.map((p: any) => p.metadata.generateName + p.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchFields[0].values[0]);
    expect(names.sort()).toEqual(['all-controlplane', 'all-node01', 'all-node02', 'one-node02']);
  });

  it('follows nodes that join, leave, or get an untolerated NoExecute taint', () => {
    const { h } = setup();
    h.admin.create('apps', 'daemonsets', 'default', ds('agent'));
    h.settle();
    h.admin.create('', 'nodes', undefined, node('node03'));
    h.settle();
    expect(podsByNode(h)).toEqual(['node01', 'node02', 'node03']);
    h.admin.delete('', 'nodes', undefined, 'node03');
    h.settle();
    expect(podsByNode(h)).toEqual(['node01', 'node02']);
    // An untolerated NoSchedule taint keeps the running Pod; NoExecute drives it out.
    const n1 = h.admin.get('', 'nodes', undefined, 'node01');
    h.admin.update('', 'nodes', undefined, { ...n1, spec: { taints: [{ key: 'gpu', effect: 'NoSchedule' }] } });
    h.settle();
    expect(podsByNode(h)).toEqual(['node01', 'node02']);
    expect(h.admin.get('apps', 'daemonsets', 'default', 'agent').status).toMatchObject({ desiredNumberScheduled: 1, numberMisscheduled: 1 });
    const n1b = h.admin.get('', 'nodes', undefined, 'node01');
    h.admin.update('', 'nodes', undefined, { ...n1b, spec: { taints: [{ key: 'gpu', effect: 'NoExecute' }] } });
    h.settle();
    expect(podsByNode(h)).toEqual(['node02']);
  });

  it('rolls out a new template one node at a time (maxUnavailable 1) with a new ControllerRevision', () => {
    const { h } = setup([node('node01'), node('node02'), node('node03')]);
    h.admin.create('apps', 'daemonsets', 'default', ds('agent'));
    h.settle();
    markReady(h);
    const cur = h.admin.get('apps', 'daemonsets', 'default', 'agent');
    const next = structuredClone(cur);
    next.spec.template.spec.containers[0].image = 'busybox:1.37';
    h.admin.update('apps', 'daemonsets', 'default', next);
    h.settle();
    const images = () =>
      h.admin
        .list('', 'pods', 'default')
        .items.filter((p: any) => !p.metadata.deletionTimestamp)
        .map((p: any) => p.spec.containers[0].image)
        .sort();
    expect(images()).toEqual(['busybox:1.36', 'busybox:1.36', 'busybox:1.37']);
    markReady(h);
    expect(images()).toEqual(['busybox:1.36', 'busybox:1.37', 'busybox:1.37']);
    markReady(h);
    expect(images()).toEqual(['busybox:1.37', 'busybox:1.37', 'busybox:1.37']);
    markReady(h);
    const revs = h.admin.list('apps', 'controllerrevisions', 'default').items.map((r: any) => r.revision).sort();
    expect(revs).toEqual([1, 2]);
    expect(h.admin.get('apps', 'daemonsets', 'default', 'agent').status).toMatchObject({ updatedNumberScheduled: 3, numberAvailable: 3, numberReady: 3, observedGeneration: 2 });
  });

  it('surges with maxSurge: the new Pod runs next to the old one until it is available', () => {
    const { h } = setup([node('node01')]);
    h.admin.create('apps', 'daemonsets', 'default', { ...ds('agent'), spec: { ...ds('agent').spec, updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } } } });
    h.settle();
    markReady(h);
    const next = structuredClone(h.admin.get('apps', 'daemonsets', 'default', 'agent'));
    next.spec.template.spec.containers[0].image = 'busybox:1.37';
    h.admin.update('apps', 'daemonsets', 'default', next);
    h.settle();
    expect(h.names('pods', 'default').length).toBe(2);
    markReady(h);
    const live = h.admin.list('', 'pods', 'default').items.filter((p: any) => !p.metadata.deletionTimestamp);
    expect(live.map((p: any) => p.spec.containers[0].image)).toEqual(['busybox:1.37']);
  });

  it.each([
    ['unschedulable is tolerated', { spec: { unschedulable: true, taints: [{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' }] } }, true, true],
    ['not-ready NoExecute is tolerated', { spec: { taints: [{ key: 'node.kubernetes.io/not-ready', effect: 'NoExecute' }] } }, true, true],
    ['custom NoSchedule blocks new Pods only', { spec: { taints: [{ key: 'x', effect: 'NoSchedule' }] } }, false, true],
    ['custom NoExecute evicts', { spec: { taints: [{ key: 'x', effect: 'NoExecute' }] } }, false, false],
  ])('nodeShouldRunDaemonPod: %s', (_name, extra, shouldRun, shouldContinueRunning) => {
    const d: any = ds('a');
    expect(nodeShouldRunDaemonPod(node('n', extra) as any, d)).toEqual({ shouldRun, shouldContinueRunning });
  });

  it('adds network-unavailable for hostNetwork Pods', () => {
    expect(daemonPodTolerations({ hostNetwork: true, containers: [] }).at(-1)).toEqual({ key: 'node.kubernetes.io/network-unavailable', operator: 'Exists', effect: 'NoSchedule' });
  });
});
