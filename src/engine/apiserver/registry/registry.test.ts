import { describe, expect, it } from 'vitest';
import type { Pod, Service } from 'kubernetes-types/core/v1';
import type { Deployment } from 'kubernetes-types/apps/v1';
import type { Job } from 'kubernetes-types/batch/v1';
import { fieldErrorString } from '../../api/errors.js';
import { resources } from '../../api/resources.js';
import { strategies } from './index.js';
import type { StrategyContext } from './strategy.js';
import { strategy as pods } from './pods.js';
import { strategy as services } from './services.js';
import { strategy as deployments } from './deployments.js';
import { strategy as jobs } from './jobs.js';
import { strategy as secrets } from './secrets.js';
import { strategy as namespaces } from './namespaces.js';

function ctx(existing: Service[] = [], seed = 0.5): StrategyContext {
  let r = seed;
  return {
    random: () => {
      r = (r * 9301 + 0.49297) % 1;
      return r;
    },
    now: () => '2024-01-01T00:00:00Z',
    list: (group, resource) => (group === '' && resource === 'services' ? existing : []),
  };
}

function create<T>(s: (typeof strategies)[string], obj: T, c = ctx()): { obj: T; errs: string[] } {
  s.default?.(obj);
  s.prepareForCreate?.(obj);
  const errs = [...(s.beforeCreate?.(obj, c) ?? []), ...s.validate(obj)];
  return { obj, errs: errs.map(fieldErrorString) };
}

describe('strategies table', () => {
  it('has one strategy per served resource but bindings', () => {
    const want = resources.filter((r) => r.name !== 'bindings').map((r) => `${r.group}/${r.name}`).sort();
    expect(Object.keys(strategies).sort()).toEqual(want);
  });
});

describe('pods', () => {
  const pod = (): Pod => ({
    metadata: { name: 'web', namespace: 'default', uid: 'u' },
    spec: { containers: [{ name: 'web', image: 'nginx', resources: { limits: { cpu: '500m', memory: '128Mi' } } }] },
    status: { phase: 'Running' },
  });
  it('create: Pending, QoS, admission defaults', () => {
    const { obj, errs } = create(pods, pod());
    expect(errs).toEqual([]);
    expect(obj.status).toEqual({ phase: 'Pending', qosClass: 'Guaranteed' });
    expect(obj.spec!.serviceAccountName).toBe('default');
    expect(obj.spec!.priority).toBe(0);
    expect(obj.spec!.preemptionPolicy).toBe('PreemptLowerPriority');
    expect(obj.spec!.tolerations).toEqual([
      { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
      { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
    ]);
  });
  it('QoS classes', () => {
    const be = pod();
    delete be.spec!.containers[0]!.resources;
    expect(create(pods, be).obj.status!.qosClass).toBe('BestEffort');
    const bu = pod();
    bu.spec!.containers[0]!.resources = { requests: { cpu: '100m' } };
    expect(create(pods, bu).obj.status!.qosClass).toBe('Burstable');
  });
  it('update keeps status; fieldSet', () => {
    const old = create(pods, pod()).obj;
    const next = JSON.parse(JSON.stringify(old)) as Pod;
    (next as { status?: unknown }).status = { phase: 'Failed' };
    pods.prepareForUpdate!(next, old);
    expect(next.status).toEqual(old.status);
    expect(pods.fieldSet!(old)).toMatchObject({ 'spec.nodeName': '', 'status.phase': 'Pending', 'spec.restartPolicy': 'Always' });
  });
});

describe('deployments', () => {
  const dep = (): Deployment => ({
    metadata: { name: 'x', namespace: 'default' },
    spec: { replicas: 2, selector: { matchLabels: { app: 'x' } }, template: { metadata: { labels: { app: 'x' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } } },
    status: { replicas: 9 },
  });
  it('create clears status, generation 1', () => {
    const { obj, errs } = create(deployments, dep());
    expect(errs).toEqual([]);
    expect(obj.status).toEqual({});
    expect(obj.metadata!.generation).toBe(1);
  });
  it('generation moves only with the spec', () => {
    const old = create(deployments, dep()).obj;
    (old as { status?: unknown }).status = { replicas: 2 };
    const labelOnly = JSON.parse(JSON.stringify(old)) as Deployment;
    labelOnly.metadata!.labels = { a: 'b' };
    deployments.default!(labelOnly);
    deployments.prepareForUpdate!(labelOnly, old);
    expect(labelOnly.metadata!.generation).toBe(1);
    const scaled = JSON.parse(JSON.stringify(old)) as Deployment;
    scaled.spec!.replicas = 3;
    (scaled as { status?: unknown }).status = {};
    deployments.prepareForUpdate!(scaled, old);
    expect(scaled.metadata!.generation).toBe(2);
    expect(scaled.status).toEqual({ replicas: 2 });
  });
});

describe('jobs', () => {
  it('generates selector and labels from the uid', () => {
    const j: Job = { metadata: { name: 'pi', namespace: 'default', uid: 'abc' }, spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'pi', image: 'perl' }] } } } };
    const { obj, errs } = create(jobs, j);
    expect(errs).toEqual([]);
    expect(obj.spec!.selector).toEqual({ matchLabels: { 'batch.kubernetes.io/controller-uid': 'abc' } });
    const want = { 'batch.kubernetes.io/controller-uid': 'abc', 'batch.kubernetes.io/job-name': 'pi', 'controller-uid': 'abc', 'job-name': 'pi' };
    expect(obj.spec!.template.metadata!.labels).toEqual(want);
    expect(obj.metadata!.labels).toEqual(want);
    expect(obj.metadata!.generation).toBe(1);
  });
  it('rejects a hand-written selector without manualSelector', () => {
    const j: Job = {
      metadata: { name: 'pi', namespace: 'default', uid: 'abc' },
      spec: { selector: { matchLabels: { app: 'pi' } }, template: { metadata: { labels: { app: 'pi' } }, spec: { restartPolicy: 'Never', containers: [{ name: 'pi', image: 'perl' }] } } },
    };
    expect(create(jobs, j).errs).toContain(
      'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"pi", "batch.kubernetes.io/controller-uid":"abc"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: `selector` not auto-generated',
    );
  });
});

describe('services', () => {
  const svc = (mut: (s: Service) => void = () => {}): Service => {
    const s: Service = { metadata: { name: 'web', namespace: 'default', uid: 'new' }, spec: { selector: { app: 'web' }, ports: [{ port: 80 }] } };
    mut(s);
    return s;
  };
  it('allocates a ClusterIP deterministically, outside the static band and reserved IPs', () => {
    const a = create(services, svc()).obj;
    const b = create(services, svc()).obj;
    expect(a.spec!.clusterIP).toBe(b.spec!.clusterIP);
    expect(a.spec!.clusterIPs).toEqual([a.spec!.clusterIP]);
    expect(a.spec!.clusterIP).not.toMatch(/^10\.96\.0\./);
    expect(a.spec).toMatchObject({ ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack', internalTrafficPolicy: 'Cluster' });
    expect(a.status).toEqual({ loadBalancer: {} });
  });
  it('rejects an allocated or out-of-range IP', () => {
    const taken = svc((s) => (s.spec!.clusterIP = '10.96.0.5'));
    Object.assign(taken.metadata!, { uid: 'other' });
    taken.spec!.clusterIPs = ['10.96.0.5'];
    expect(create(services, svc((s) => (s.spec!.clusterIP = '10.96.0.5')), ctx([taken])).errs).toEqual([
      'spec.clusterIPs: Invalid value: []string{"10.96.0.5"}: failed to allocate IP 10.96.0.5: provided IP is already allocated',
    ]);
    expect(create(services, svc((s) => (s.spec!.clusterIP = '10.0.0.1'))).errs).toEqual([
      'spec.clusterIPs: Invalid value: []string{"10.0.0.1"}: failed to allocate IP 10.0.0.1: the provided IP (10.0.0.1) is not in the valid range. The range of valid IPs is 10.96.0.0/12',
    ]);
  });
  it('headless services get no IP', () => {
    const h = create(services, svc((s) => (s.spec!.clusterIP = 'None'))).obj;
    expect(h.spec).toMatchObject({ clusterIP: 'None', clusterIPs: ['None'], ipFamilyPolicy: 'SingleStack' });
    const noSel = create(services, svc((s) => ((s.spec!.clusterIP = 'None'), delete s.spec!.selector))).obj;
    expect(noSel.spec!.ipFamilyPolicy).toBe('RequireDualStack');
  });
  it('NodePorts: allocated in range, explicit ones checked', () => {
    const np = create(services, svc((s) => (s.spec!.type = 'NodePort'))).obj;
    const port = np.spec!.ports![0]!.nodePort!;
    expect(port).toBeGreaterThanOrEqual(30128);
    expect(port).toBeLessThanOrEqual(32767);
    expect(np.spec!.externalTrafficPolicy).toBe('Cluster');
    const bad = svc((s) => ((s.spec!.type = 'NodePort'), (s.spec!.ports![0]!.nodePort = 80)));
    expect(create(services, bad).errs).toEqual([
      'spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767',
    ]);
    const other = svc((s) => ((s.spec!.type = 'NodePort'), (s.spec!.ports![0]!.nodePort = 30080)));
    Object.assign(other.metadata!, { uid: 'other' });
    const dup = svc((s) => ((s.spec!.type = 'NodePort'), (s.spec!.ports![0]!.nodePort = 30080)));
    expect(create(services, dup, ctx([other])).errs).toEqual(['spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated']);
  });
  it('an update that omits clusterIP keeps it; changing it is refused', () => {
    const old = create(services, svc()).obj;
    const next = svc();
    services.default!(next);
    services.prepareForUpdate!(next, old);
    expect(next.spec!.clusterIP).toBe(old.spec!.clusterIP);
    const moved = svc((s) => ((s.spec!.clusterIP = '10.96.0.99'), (s.spec!.clusterIPs = ['10.96.0.99'])));
    services.default!(moved);
    services.prepareForUpdate!(moved, old);
    Object.assign(moved.metadata!, { resourceVersion: '1' });
    expect(services.validateUpdate!(moved, old).map(fieldErrorString)).toEqual([
      'spec.clusterIPs[0]: Invalid value: []string{"10.96.0.99"}: may not change once set',
    ]);
  });
});

describe('secrets and namespaces', () => {
  it('folds stringData into data', () => {
    const { obj, errs } = create(secrets, { metadata: { name: 's', namespace: 'default' }, stringData: { password: 'héllo' } });
    expect(errs).toEqual([]);
    expect(obj).toEqual({ metadata: { name: 's', namespace: 'default' }, type: 'Opaque', data: { password: 'aMOpbGxv' } });
  });
  it('namespaces start Active with the kubernetes finalizer', () => {
    const { obj, errs } = create(namespaces, { metadata: { name: 'dev' } });
    expect(errs).toEqual([]);
    expect(obj).toEqual({
      metadata: { name: 'dev', labels: { 'kubernetes.io/metadata.name': 'dev' } },
      spec: { finalizers: ['kubernetes'] },
      status: { phase: 'Active' },
    });
  });
});
