// Table-driven tests of each plugin's Filter and Score, in the style of upstream's
// *_test.go tables: a Pod, a node (and the Pods on it), the expected status or score.
import type { Node, Pod } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import { NodeInfo } from '../framework/nodeInfo.js';
import { PodInfo } from '../framework/podInfo.js';
import { CycleState, type Handle, type Plugin } from '../framework/types.js';
import { kubeadmNode } from '../testing.js';
import { calculatePriority, imageLocality, normalizedImageName } from './imagelocality/imageLocality.js';
import { nodeAffinity } from './nodeaffinity/nodeAffinity.js';
import { nodeName } from './nodename/nodeName.js';
import { nodePorts } from './nodeports/nodePorts.js';
import { balancedScore, nodeResourcesBalancedAllocation } from './noderesources/balancedAllocation.js';
import { leastRequestedScore, nodeResourcesFit } from './noderesources/fit.js';
import { nodeUnschedulable } from './nodeunschedulable/nodeUnschedulable.js';
import { podTopologySpread } from './podtopologyspread/podTopologySpread.js';
import { taintToleration } from './tainttoleration/taintToleration.js';

let uid = 0;
function pod(spec: Partial<Pod['spec']> = {}, meta: Partial<Pod['metadata']> = {}): Pod {
  return { metadata: { name: `p${++uid}`, namespace: 'default', uid: `u${uid}`, ...meta }, spec: { containers: [{ name: 'c', image: 'nginx' }], ...spec } as Pod['spec'] };
}
function withRequests(cpu?: string, memory?: string, extra: Partial<Pod['spec']> = {}): Pod {
  const requests: Record<string, string> = {};
  if (cpu) requests.cpu = cpu;
  if (memory) requests.memory = memory;
  return pod({ containers: [{ name: 'c', image: 'nginx', resources: { requests } }], ...extra });
}
function nodeInfo(node: Node, pods: Pod[] = []): NodeInfo {
  const ni = new NodeInfo(node.metadata!.name!);
  ni.setNode(node);
  for (const p of pods) ni.addPod(new PodInfo(p));
  return ni;
}
const handle = (nodes: NodeInfo[]): Handle => ({
  nodeInfos: () => nodes,
  listers: { services: () => [], replicaSets: () => [], statefulSets: () => [], replicationControllers: () => [] },
});
function filter(pl: Plugin, p: Pod, ni: NodeInfo, all: NodeInfo[] = [ni]): { code: number; reasons: readonly string[] } | null {
  const state = new CycleState();
  const info = new PodInfo(p);
  const pre = pl.preFilter?.(state, info, handle(all));
  if (pre && pre.code === 5) return null;
  const st = pl.filter!(state, info, ni);
  return st && { code: st.code, reasons: st.reasons };
}

describe('NodeUnschedulable', () => {
  it.each([
    ['schedulable node', {}, [], null],
    ['cordoned node', { unschedulable: true }, [], { code: 3, reasons: ['node(s) were unschedulable'] }],
    ['cordoned, tolerated', { unschedulable: true }, [{ key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' }], null],
  ] as const)('%s', (_n, opts, tolerations, want) => {
    expect(filter(nodeUnschedulable, pod({ tolerations: [...tolerations] }), nodeInfo(kubeadmNode('n', opts)))).toEqual(want);
  });
});

describe('NodeName', () => {
  it.each([
    ['no nodeName', undefined, null],
    ['same node', 'n', null],
    ['other node', 'm', { code: 3, reasons: ["node(s) didn't match the requested node name"] }],
  ] as const)('%s', (_n, want, res) => {
    expect(filter(nodeName, pod(want ? { nodeName: want } : {}), nodeInfo(kubeadmNode('n')))).toEqual(res);
  });
});

describe('TaintToleration', () => {
  const cp = kubeadmNode('controlplane', { controlPlane: true });
  it.each([
    ['untolerated NoSchedule names the taint', cp, [], ['node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }']],
    ['tolerated by Exists on key', cp, [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists' }], null],
    ['empty key + Exists tolerates all', cp, [{ operator: 'Exists' }], null],
    ['wrong effect does not tolerate', cp, [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoExecute' }], ['node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }']],
    ['value shown', kubeadmNode('g', { taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoExecute' }] }), [], ['node(s) had untolerated taint {dedicated: gpu}']],
    ['PreferNoSchedule does not filter', kubeadmNode('s', { taints: [{ key: 'x', effect: 'PreferNoSchedule' }] }), [], null],
    ['Equal with matching value', kubeadmNode('g', { taints: [{ key: 'd', value: 'v', effect: 'NoSchedule' }] }), [{ key: 'd', value: 'v' }], null],
  ] as const)('%s', (_n, node, tolerations, reasons) => {
    const got = filter(taintToleration, pod({ tolerations: [...tolerations] as never }), nodeInfo(node));
    expect(got?.reasons ?? null).toEqual(reasons);
    if (got) expect(got.code).toBe(3);
  });
  it('scores by untolerated PreferNoSchedule taints, reversed', () => {
    const nodes = [
      nodeInfo(kubeadmNode('a')),
      nodeInfo(kubeadmNode('b', { taints: [{ key: 'x', effect: 'PreferNoSchedule' }] })),
      nodeInfo(kubeadmNode('c', { taints: [{ key: 'x', effect: 'PreferNoSchedule' }, { key: 'y', effect: 'PreferNoSchedule' }] })),
    ];
    const state = new CycleState();
    const info = new PodInfo(pod());
    taintToleration.preScore!(state, info, nodes, handle(nodes));
    const scores = new Float64Array(nodes.map((n) => taintToleration.score!(state, info, n)));
    expect([...scores]).toEqual([0, 1, 2]);
    taintToleration.normalizeScore!(state, info, nodes, scores);
    expect([...scores]).toEqual([100, 50, 0]);
  });
});

describe('NodeAffinity', () => {
  const n = nodeInfo(kubeadmNode('n', { labels: { disktype: 'ssd', size: '10' } }));
  const term = (expr: object) => ({ affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [expr] }] } } } });
  const no = { code: 3, reasons: ["node(s) didn't match Pod's node affinity/selector"] };
  it.each([
    ['no selector: PreFilter skips', {}, null],
    ['nodeSelector matches', { nodeSelector: { disktype: 'ssd' } }, null],
    ['nodeSelector missing label', { nodeSelector: { disktype: 'hdd' } }, no],
    ['In', term({ key: 'disktype', operator: 'In', values: ['ssd', 'nvme'] }), null],
    ['NotIn', term({ key: 'disktype', operator: 'NotIn', values: ['ssd'] }), no],
    ['Exists', term({ key: 'disktype', operator: 'Exists' }), null],
    ['DoesNotExist', term({ key: 'gpu', operator: 'DoesNotExist' }), null],
    ['Gt', term({ key: 'size', operator: 'Gt', values: ['5'] }), null],
    ['Lt', term({ key: 'size', operator: 'Lt', values: ['5'] }), no],
    ['hostname via matchFields', { affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['m'] }] }] } } } }, no],
  ] as const)('%s', (_n, spec, want) => {
    expect(filter(nodeAffinity, pod(spec as never), n)).toEqual(want);
  });
  it('scores preferred terms by weight, normalized to 100', () => {
    const nodes = [nodeInfo(kubeadmNode('a', { labels: { zone: 'a' } })), nodeInfo(kubeadmNode('b', { labels: { zone: 'b' } })), nodeInfo(kubeadmNode('c'))];
    const p = pod({
      affinity: {
        nodeAffinity: {
          preferredDuringSchedulingIgnoredDuringExecution: [
            { weight: 80, preference: { matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }] } },
            { weight: 20, preference: { matchExpressions: [{ key: 'zone', operator: 'Exists' }] } },
          ],
        },
      },
    });
    const state = new CycleState();
    const info = new PodInfo(p);
    expect(nodeAffinity.preScore!(state, info, nodes, handle(nodes))).toBeNull();
    const scores = new Float64Array(nodes.map((x) => nodeAffinity.score!(state, info, x)));
    expect([...scores]).toEqual([100, 20, 0]);
    nodeAffinity.normalizeScore!(state, info, nodes, scores);
    expect([...scores]).toEqual([100, 20, 0]);
  });
});

describe('NodeResourcesFit', () => {
  const n = () => kubeadmNode('n', { cpu: '2', memory: '4Gi', pods: '3' });
  it.each([
    ['fits', withRequests('1', '1Gi'), [], null],
    ['cpu over allocatable', withRequests('5'), [], ['Insufficient cpu']],
    ['cpu over what is left', withRequests('1500m'), [withRequests('1')], ['Insufficient cpu']],
    ['cpu and memory', withRequests('3', '5Gi'), [], ['Insufficient cpu', 'Insufficient memory']],
    ['pod count first', withRequests('3'), [pod(), pod(), pod()], ['Too many pods', 'Insufficient cpu']],
    ['best effort ignores resources', pod(), [withRequests('2')], null],
    ['init container max', pod({ initContainers: [{ name: 'i', image: 'x', resources: { requests: { cpu: '3' } } }] }), [], ['Insufficient cpu']],
    ['extended resource', pod({ containers: [{ name: 'c', image: 'x', resources: { requests: { 'example.com/gpu': '1' } } }] }), [], ['Insufficient example.com/gpu']],
  ] as const)('%s', (_n, p, onNode, reasons) => {
    const got = filter(nodeResourcesFit, p, nodeInfo(n(), [...onNode]));
    expect(got?.reasons ?? null).toEqual(reasons);
    if (got) expect(got.code).toBe(2);
  });
  it('LeastAllocated scores the free share with non-zero requests (100m / 200Mi defaults)', () => {
    expect(leastRequestedScore(1000, 2000)).toBe(50);
    expect(leastRequestedScore(3000, 2000)).toBe(0);
    const ni = nodeInfo(kubeadmNode('n', { cpu: '2', memory: '2000Mi' }), [withRequests('900m', '800Mi')]);
    // cpu (2000 - 1000) * 100 / 2000 = 50; memory (2000 - 1000) * 100 / 2000 = 50 (Mi cancel out)
    expect(nodeResourcesFit.score!(new CycleState(), new PodInfo(pod()), ni)).toBe(50);
  });
});

describe('NodeResourcesBalancedAllocation', () => {
  it.each([
    [500, 1000, 100, 1000, 80],
    [0, 1000, 0, 1000, 100],
    [2000, 1000, 0, 1000, 50],
  ])('cpu %d/%d memory %d/%d → %d', (rc, ac, rm, am, want) => {
    expect(balancedScore(rc, ac, rm, am)).toBe(want);
  });
  it('uses actual requests of the node and the Pod', () => {
    const ni = nodeInfo(kubeadmNode('n', { cpu: '2', memory: '2Gi' }), [withRequests('1')]);
    expect(nodeResourcesBalancedAllocation.score!(new CycleState(), new PodInfo(withRequests(undefined, '1Gi')), ni)).toBe(100);
  });
});

describe('NodePorts', () => {
  const hp = (port: number, hostIP?: string) => pod({ containers: [{ name: 'c', image: 'x', ports: [{ containerPort: 80, hostPort: port, ...(hostIP ? { hostIP } : {}) }] }] });
  const no = { code: 2, reasons: ["node(s) didn't have free ports for the requested pod ports"] };
  it.each([
    ['no host ports: skipped', pod(), [hp(80)], null],
    ['free port', hp(8080), [hp(80)], null],
    ['taken port', hp(80), [hp(80)], no],
    ['specific IP vs wildcard', hp(80, '10.0.0.1'), [hp(80)], no],
    ['different specific IPs', hp(80, '10.0.0.1'), [hp(80, '10.0.0.2')], null],
  ] as const)('%s', (_n, p, onNode, want) => {
    expect(filter(nodePorts, p, nodeInfo(kubeadmNode('n'), [...onNode]))).toEqual(want);
  });
});

describe('ImageLocality', () => {
  it('names get :latest when untagged', () => {
    expect(normalizedImageName('nginx')).toBe('nginx:latest');
    expect(normalizedImageName('localhost:5000/app')).toBe('localhost:5000/app:latest');
    expect(normalizedImageName('nginx:1.25')).toBe('nginx:1.25');
  });
  it('scores size × spread between 23 MiB and 1000 MiB per container', () => {
    const mb = 1024 * 1024;
    expect(calculatePriority(0, 1)).toBe(0);
    expect(calculatePriority(1000 * mb, 1)).toBe(100);
    expect(calculatePriority(500 * mb, 1)).toBe(48);
    const img = [{ names: ['nginx:1.25'], sizeBytes: 600 * mb }];
    const a = nodeInfo(kubeadmNode('a', { images: img }));
    const b = nodeInfo(kubeadmNode('b'));
    a.setImageStates(new Map([['nginx:1.25', { size: 600 * mb, nodes: new Set(['a']) }]]));
    const state = new CycleState();
    const info = new PodInfo(pod({ containers: [{ name: 'c', image: 'nginx:1.25' }] }));
    imageLocality.preScore!(state, info, [a, b], handle([a, b]));
    // 600 MiB on 1 of 2 nodes → 300 MiB → 100 * (300 - 23) / 977 = 28
    expect(imageLocality.score!(state, info, a)).toBe(28);
    expect(imageLocality.score!(state, info, b)).toBe(0);
  });
});

describe('PodTopologySpread', () => {
  const zone = (name: string, z: string) => kubeadmNode(name, { labels: { 'topology.kubernetes.io/zone': z } });
  const labelled = (nodeName?: string) => pod(nodeName ? { nodeName } : {}, { labels: { app: 'web' } });
  const spread = (when: 'DoNotSchedule' | 'ScheduleAnyway', key = 'topology.kubernetes.io/zone') =>
    pod({ topologySpreadConstraints: [{ maxSkew: 1, topologyKey: key, whenUnsatisfiable: when, labelSelector: { matchLabels: { app: 'web' } } }] }, { labels: { app: 'web' } });
  it('DoNotSchedule: skew beyond maxSkew is rejected, a missing key is unresolvable', () => {
    const a = nodeInfo(zone('a', 'z1'), [labelled(), labelled()]);
    const b = nodeInfo(zone('b', 'z2'));
    const c = nodeInfo(kubeadmNode('c'));
    const all = [a, b, c];
    expect(filter(podTopologySpread, spread('DoNotSchedule'), a, all)).toEqual({ code: 2, reasons: ["node(s) didn't match pod topology spread constraints"] });
    expect(filter(podTopologySpread, spread('DoNotSchedule'), b, all)).toBeNull();
    expect(filter(podTopologySpread, spread('DoNotSchedule'), c, all)).toEqual({ code: 3, reasons: ["node(s) didn't match pod topology spread constraints (missing required label)"] });
  });
  it('ScheduleAnyway: fewer matching Pods score higher', () => {
    const nodes = [nodeInfo(zone('a', 'z1'), [labelled(), labelled()]), nodeInfo(zone('b', 'z2'))];
    const state = new CycleState();
    const info = new PodInfo(spread('ScheduleAnyway'));
    expect(podTopologySpread.preScore!(state, info, nodes, handle(nodes))).toBeNull();
    const scores = new Float64Array(nodes.map((n) => podTopologySpread.score!(state, info, n)));
    // weight ln(2 + 2) ≈ 1.386: 2 Pods → round(2.77) = 3; 0 Pods → 0
    expect([...scores]).toEqual([3, 0]);
    podTopologySpread.normalizeScore!(state, info, nodes, scores);
    expect([...scores]).toEqual([0, 100]);
  });
  it('default constraints apply only to Pods selected by a Service or workload', () => {
    const nodes = [nodeInfo(zone('a', 'z1'))];
    const state = new CycleState();
    expect(podTopologySpread.preScore!(state, new PodInfo(labelled()), nodes, handle(nodes))?.code).toBe(5);
    const h = handle(nodes);
    h.listers.services = () => [{ spec: { selector: { app: 'web' } } }];
    expect(podTopologySpread.preScore!(new CycleState(), new PodInfo(labelled()), nodes, h)).toBeNull();
  });
});
