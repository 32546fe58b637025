import { describe, expect, it } from 'vitest';
import type { Lease } from 'kubernetes-types/coordination/v1';
import type { Node } from 'kubernetes-types/core/v1';
import { newHarness } from './testing/harness.js';

describe('kubelet: node registration and lease', () => {
  it('registers the Node with kubeadm labels, capacity and Ready', () => {
    const h = newHarness();
    const n = h.admin.get<Node>('', 'nodes', undefined, 'node01');
    expect(n.metadata?.labels).toMatchObject({ 'kubernetes.io/hostname': 'node01', 'kubernetes.io/os': 'linux', 'beta.kubernetes.io/arch': 'amd64' });
    expect(n.metadata?.annotations?.['node.alpha.kubernetes.io/ttl']).toBe('0');
    expect(n.status?.capacity).toMatchObject({ cpu: '2', memory: '4015476Ki', pods: '110' });
    expect(n.status?.allocatable?.memory).toBe('3913076Ki');
    expect(n.status?.conditions?.map((c) => `${c.type}=${c.status}:${c.reason}`)).toEqual([
      'MemoryPressure=False:KubeletHasSufficientMemory',
      'DiskPressure=False:KubeletHasNoDiskPressure',
      'PIDPressure=False:KubeletHasSufficientPID',
      'Ready=True:KubeletReady',
    ]);
    expect(n.status?.nodeInfo?.kubeletVersion).toBe('v1.32.4');
    expect(n.spec?.taints).toBeUndefined();
  });

  it('renews its Lease every 10 seconds', () => {
    const h = newHarness();
    const l1 = h.admin.get<Lease>('coordination.k8s.io', 'leases', 'kube-node-lease', 'node01');
    expect(l1.spec?.leaseDurationSeconds).toBe(40);
    h.advance(10_000);
    const l2 = h.admin.get<Lease>('coordination.k8s.io', 'leases', 'kube-node-lease', 'node01');
    expect(Date.parse(l2.spec!.renewTime!) - Date.parse(l1.spec!.renewTime!)).toBe(10_000);
  });

  it('taints the control plane and runs its static Pods as mirror Pods', () => {
    const h = newHarness({ controlPlane: true, node: 'controlplane' });
    const n = h.admin.get<Node>('', 'nodes', undefined, 'controlplane');
    expect(n.spec?.taints).toEqual([{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }]);
    h.runtime.catalogue.set('registry.k8s.io/etcd:3.5.16-0', { size: 1, pullMs: 1 });
    for (const c of ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler']) h.runtime.catalogue.set(`registry.k8s.io/${c}:v1.32.4`, { size: 1, pullMs: 1 });
    h.advance(30_000);
    const pods = h.admin.list('', 'pods', 'kube-system').items;
    expect(pods.map((p) => `${p.metadata.name} ${p.status.phase} ${p.spec.priority}`)).toEqual([
      'etcd-controlplane Running 2000001000',
      'kube-apiserver-controlplane Running 2000001000',
      'kube-controller-manager-controlplane Running 2000001000',
      'kube-scheduler-controlplane Running 2000001000',
    ]);
    expect(pods[0].status.podIP).toBe('192.168.0.11');
  });
});

describe('kubelet: pod lifecycle', () => {
  it('pulls, creates and starts a container, then reports Running', () => {
    const h = newHarness();
    h.createPod({ containers: [{ name: 'nginx', image: 'nginx:1.7.9' }] });
    expect(h.pod().status?.phase).toBe('Pending');
    expect(h.state()).toBe('ContainerCreating');
    h.advance(5000);
    const p = h.pod();
    expect(p.status?.phase).toBe('Running');
    expect(p.status?.podIP).toBe('10.244.1.2');
    expect(p.status?.conditions?.map((c) => `${c.type}=${c.status}`)).toEqual([
      'PodReadyToStartContainers=True',
      'Initialized=True',
      'Ready=True',
      'ContainersReady=True',
      'PodScheduled=True',
    ]);
    expect(p.status?.containerStatuses?.[0]).toMatchObject({ name: 'nginx', ready: true, started: true, restartCount: 0 });
    expect(h.events()).toEqual([
      'Normal Pulling Pulling image "nginx:1.7.9"',
      'Normal Pulled Successfully pulled image "nginx:1.7.9" in 2.6s (2.6s including waiting). Image size: 39947891 bytes.',
      'Normal Created Created container: nginx',
      'Normal Started Started container nginx',
    ]);
  });

  it('says the image is present on a second Pod', () => {
    const h = newHarness();
    h.createPod({ containers: [{ name: 'nginx', image: 'nginx:1.7.9' }] });
    h.advance(5000);
    h.createPod({ containers: [{ name: 'nginx', image: 'nginx:1.7.9' }] }, { name: 'two' });
    h.advance(2000);
    expect(h.events('two')[0]).toBe('Normal Pulled Container image "nginx:1.7.9" already present on machine');
    expect(h.pod('two').status?.phase).toBe('Running');
  });

  it('goes Error then CrashLoopBackOff with 10 s, 20 s, 40 s back-off', () => {
    const h = newHarness();
    h.createPod({ containers: [{ name: 'c', image: 'busybox', imagePullPolicy: 'IfNotPresent', command: ['sh', '-c', 'exit 1'] }] }, { name: 'crash' });
    const seen: string[] = [];
    const starts: number[] = [];
    const t0 = h.clock.now();
    for (let i = 0; i < 80; i++) {
      h.advance(1000);
      const s = h.pod('crash').status!.containerStatuses![0]!;
      const label = `${h.state('crash')}/${s.restartCount}`;
      if (seen[seen.length - 1] !== label) {
        seen.push(label);
        if (label.startsWith('Error')) starts.push((h.clock.now() - t0) / 1000);
      }
    }
    expect(seen.slice(0, 7)).toEqual(['ContainerCreating/0', 'Error/0', 'Error/1', 'CrashLoopBackOff/1', 'Error/2', 'CrashLoopBackOff/2', 'Error/3']);
    expect(starts.length).toBeGreaterThan(3);
    // Restarts: at once, then 10 s, 20 s, 40 s after each exit (+1 s for the PLEG to notice).
    const exits = h.runtime.listContainers().map((c) => c.metadata.attempt);
    expect(Math.max(...exits)).toBe(4);
    expect(h.pod('crash').status!.containerStatuses![0]!.state!.waiting!.message).toMatch(/^back-off (40s|1m20s) restarting failed container=c pod=crash_default\(/);
    const uid = h.pod('crash').metadata!.uid;
    expect(h.events('crash').find((e) => e.startsWith('Warning BackOff'))).toMatch(new RegExp(`^Warning BackOff Back-off restarting failed container c in pod crash_default\\(${uid}\\)`));
  });

  it('reports ErrImagePull, then ImagePullBackOff', () => {
    const h = newHarness();
    h.createPod({ containers: [{ name: 'nginx', image: 'nginx:1.99' }] });
    h.advance(2000);
    expect(h.state()).toBe('ErrImagePull');
    h.advance(1000);
    expect(h.state()).toBe('ImagePullBackOff');
    expect(h.pod().status!.containerStatuses![0]!.state!.waiting!.message).toBe(
      'Back-off pulling image "nginx:1.99": ErrImagePull: rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:1.99": failed to resolve reference "docker.io/library/nginx:1.99": docker.io/library/nginx:1.99: not found',
    );
    const ev = h.events();
    expect(ev[0]).toBe('Normal Pulling Pulling image "nginx:1.99"');
    expect(ev).toContain('Warning Failed Error: ErrImagePull');
    expect(ev.some((e) => e.startsWith('Normal BackOff Back-off pulling image "nginx:1.99"'))).toBe(true);
    expect(ev.some((e) => e.startsWith('Warning Failed Error: ImagePullBackOff'))).toBe(true);
    expect(h.runtime.calls.filter((c) => c.startsWith('pull')).length).toBe(1);
    h.advance(10_000);
    expect(h.runtime.calls.filter((c) => c.startsWith('pull')).length).toBe(2);
  });

  it('reports OOMKilled from the runtime', () => {
    const h = newHarness();
    h.createPod({ restartPolicy: 'Never', containers: [{ name: 'stress', image: 'busybox' }] }, { name: 'oom' });
    h.advance(2000);
    h.runtime.exit(h.runtime.latest('stress')!.id, 137, true);
    h.advance(2000);
    const s = h.pod('oom').status!;
    expect(s.phase).toBe('Failed');
    expect(s.containerStatuses![0]!.state!.terminated).toMatchObject({ reason: 'OOMKilled', exitCode: 137 });
  });

  it('stops containers gracefully and deletes the Pod when it is deleted', () => {
    const h = newHarness();
    h.createPod({ containers: [{ name: 'nginx', image: 'nginx:1.7.9' }] });
    h.advance(5000);
    h.runtime.setIgnoresTerm(h.runtime.latest('nginx')!.id);
    h.admin.delete('', 'pods', 'default', 'nginx');
    h.clock.runDue();
    expect(h.pod().metadata?.deletionTimestamp).toBeDefined();
    expect(h.events()).toContain('Normal Killing Stopping container nginx');
    h.advance(29_000);
    expect(h.pod().metadata?.deletionTimestamp).toBeDefined();
    h.advance(1000);
    expect(() => h.pod()).toThrow(/not found/);
    expect(h.runtime.calls).toContain(`stopContainer nginx#0 30`);
  });

  it('runs init containers in order before the containers', () => {
    const h = newHarness();
    h.runtime.onStart = (c, cfg) => {
      if (cfg.name.startsWith('init')) h.clock.setTimeout(() => h.runtime.exit(c.id, 0), 3000);
    };
    h.createPod({ initContainers: [{ name: 'init-a', image: 'busybox' }, { name: 'init-b', image: 'busybox' }], containers: [{ name: 'main', image: 'busybox' }] }, { name: 'init' });
    h.advance(1000);
    expect(h.pod('init').status!.containerStatuses![0]!.state!.waiting!.reason).toBe('PodInitializing');
    expect(h.pod('init').status!.conditions!.find((c) => c.type === 'Initialized')!.message).toBe('containers with incomplete status: [init-a init-b]');
    h.advance(10_000);
    expect(h.runtime.calls.filter((c) => c.startsWith('startContainer'))).toEqual(['startContainer init-a#0', 'startContainer init-b#0', 'startContainer main#0']);
    expect(h.pod('init').status!.phase).toBe('Running');
  });
});

describe('kubelet: crash-loop timing', () => {
  it('restarts after 0, 10, 20, 40 s of back-off', () => {
    const h = newHarness();
    const startedAt: number[] = [];
    const orig = h.runtime.onStart;
    h.runtime.onStart = (c, cfg) => {
      startedAt.push(h.clock.now());
      orig(c, cfg);
    };
    h.createPod({ containers: [{ name: 'c', image: 'busybox', imagePullPolicy: 'IfNotPresent', command: ['sh', '-c', 'exit 1'] }] }, { name: 'crash' });
    h.advance(400_000);
    const gaps = startedAt.slice(1).map((t, i) => (t - startedAt[i]!) / 1000);
    expect(gaps.slice(0, 6)).toEqual([1, 10, 20, 40, 80, 160]);
  });
});
