import { describe, expect, it } from 'vitest';
import { newHarness } from './testing/harness.js';

describe('kubelet: probes', () => {
  it('restarts a container whose liveness probe fails three times', () => {
    const h = newHarness();
    let healthy = true;
    h.runtime.execHandler = () => (healthy ? { stdout: '', stderr: '', exitCode: 0 } : { stdout: "cat: can't open '/tmp/healthy': No such file or directory\n", stderr: '', exitCode: 1 });
    h.createPod({
      containers: [{ name: 'liveness', image: 'busybox', imagePullPolicy: 'IfNotPresent', livenessProbe: { exec: { command: ['cat', '/tmp/healthy'] }, initialDelaySeconds: 5, periodSeconds: 5 } }],
    });
    h.advance(30_000);
    healthy = false;
    h.advance(20_000);
    const events = h.events();
    expect(events.some((e) => e.startsWith("Warning Unhealthy Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory\n"))).toBe(true);
    expect(events).toContain('Normal Killing Container liveness failed liveness probe, will be restarted');
    expect(h.pod().status!.containerStatuses![0]!.restartCount).toBe(1);
  });

  it('keeps a container unready until its readiness probe succeeds', () => {
    const h = newHarness();
    h.createPod({
      containers: [{ name: 'nginx', image: 'nginx:1.7.9', ports: [{ name: 'http', containerPort: 80 }], readinessProbe: { httpGet: { path: '/', port: 'http' }, periodSeconds: 5 } }],
    });
    h.advance(10_000);
    expect(h.pod().status!.containerStatuses![0]!.ready).toBe(false);
    expect(h.events()).toContain('Warning Unhealthy Readiness probe failed: Get "http://10.244.1.2:80/": dial tcp 10.244.1.2:80: connect: connection refused (x2)');
    h.network.http.set('10.244.1.2:80/', 200);
    h.advance(5_000);
    const p = h.pod();
    expect(p.status!.containerStatuses![0]!.ready).toBe(true);
    expect(p.status!.conditions!.find((c) => c.type === 'Ready')!.status).toBe('True');
  });

  it('holds liveness until the startup probe succeeds', () => {
    const h = newHarness();
    h.createPod({
      containers: [
        {
          name: 'slow',
          image: 'busybox',
          imagePullPolicy: 'IfNotPresent',
          startupProbe: { httpGet: { path: '/healthz', port: 8080 }, periodSeconds: 10, failureThreshold: 30 },
          livenessProbe: { httpGet: { path: '/healthz', port: 8080 }, periodSeconds: 10 },
        },
      ],
    });
    h.advance(60_000);
    expect(h.pod().status!.containerStatuses![0]!.started).toBe(false);
    expect(h.events().some((e) => e.startsWith('Warning Unhealthy Liveness'))).toBe(false);
    h.network.http.set('10.244.1.2:8080/healthz', 200);
    h.advance(11_000);
    expect(h.pod().status!.containerStatuses![0]!.started).toBe(true);
  });
});

describe('kubelet: volumes', () => {
  it('makes emptyDir and configMap directories on the node, shared by the containers', () => {
    const h = newHarness();
    h.admin.create('', 'configmaps', 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'site' }, data: { 'index.html': 'hi' } });
    const p = h.createPod({
      volumes: [{ name: 'cache', emptyDir: {} }, { name: 'site', configMap: { name: 'site' } }],
      containers: [{ name: 'nginx', image: 'nginx:1.7.9', volumeMounts: [{ name: 'cache', mountPath: '/cache' }, { name: 'site', mountPath: '/usr/share/nginx/html' }] }],
    });
    h.advance(5000);
    const uid = p.metadata!.uid;
    expect(h.volumes.dirs.has(`/var/lib/kubelet/pods/${uid}/volumes/kubernetes.io~empty-dir/cache`)).toBe(true);
    expect(h.volumes.files.get(`/var/lib/kubelet/pods/${uid}/volumes/kubernetes.io~configmap/site/index.html`)).toBe('hi');
    const token = p.spec!.volumes![2]!.name;
    expect(token).toMatch(/^kube-api-access-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(h.volumes.files.get(`/var/lib/kubelet/pods/${uid}/volumes/kubernetes.io~projected/${token}/namespace`)).toBe('default');
    expect(h.pod().status!.containerStatuses![0]!).toMatchObject({
      volumeMounts: [
        { name: 'cache', mountPath: '/cache' },
        { name: 'site', mountPath: '/usr/share/nginx/html' },
        { name: token, mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', readOnly: true, recursiveReadOnly: 'Disabled' },
      ],
    });
  });

  it('waits with FailedMount while a configMap is missing', () => {
    const h = newHarness();
    h.createPod({ volumes: [{ name: 'site', configMap: { name: 'nope' } }], containers: [{ name: 'nginx', image: 'nginx:1.7.9' }] });
    h.advance(3000);
    expect(h.events()).toContain('Warning FailedMount MountVolume.SetUp failed for volume "site" : configmap "nope" not found');
    expect(h.state()).toBe('ContainerCreating');
  });
});

describe('kubelet: mirror Pods', () => {
  it('recreates a deleted mirror Pod', () => {
    const h = newHarness({ controlPlane: true, node: 'controlplane' });
    h.runtime.catalogue.set('registry.k8s.io/etcd:3.5.16-0', { size: 1, pullMs: 1 });
    h.advance(5000);
    const before = h.pod('etcd-controlplane', 'kube-system');
    h.admin.delete('', 'pods', 'kube-system', 'etcd-controlplane');
    h.advance(1000);
    const after = h.pod('etcd-controlplane', 'kube-system');
    expect(after.metadata!.uid).not.toBe(before.metadata!.uid);
    expect(after.metadata!.annotations!['kubernetes.io/config.source']).toBe('file');
    expect(h.runtime.calls.filter((c) => c.startsWith('startContainer etcd')).length).toBe(1);
  });
});
