import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../clock/clock.js';
import { SeededRandom } from '../clock/random.js';
import { createNodeRuntime } from './node.js';
// Image behaviours students run come with the after-the-answer chunk; in Node it is there from the start.
import '../lazy/source.js';
import type { ContainerConfig, PodSandboxConfig, PullError, RuntimeEvent } from './cri.js';
import { normalizeReference } from '../images/reference.js';

const Mi = 1024 * 1024;

function node() {
  const clock = new VirtualClock(Date.UTC(2025, 0, 6, 9));
  const n = createNodeRuntime({ clock, random: new SeededRandom(7), nodeName: 'node01', nodeIP: '192.168.0.11', podCIDR: '10.244.1.0/24' });
  const pull = (ref: string) => {
    let result: { err?: PullError; at: number } | undefined;
    const start = clock.now();
    n.images.pullImage(ref, (err) => (result = { err, at: clock.now() - start }));
    clock.advance(60_000);
    return result!;
  };
  const sandbox = (name: string, uid = `${name}-uid`) =>
    n.runtime.runPodSandbox({ name, namespace: 'default', uid, attempt: 0, hostname: name, labels: {}, annotations: {}, cgroupParent: `/kubepods.slice/kubepods-besteffort.slice/kubepods-besteffort-pod${uid.replace(/-/g, '_')}.slice` } satisfies PodSandboxConfig);
  const container = (sb: string, name: string, image: string, more: Partial<ContainerConfig> = {}) => {
    const id = n.runtime.createContainer(sb, { name, attempt: 0, image, command: [], args: [], envs: [], mounts: [], labels: {}, annotations: {}, linux: { memoryLimitBytes: 0, cpuQuota: 0, cpuPeriod: 100000, cpuShares: 2 }, ...more });
    n.runtime.startContainer(id);
    return id;
  };
  return { clock, n, pull, sandbox, container };
}

describe('image service', () => {
  it('normalises references like containerd', () => {
    expect(normalizeReference('nginx')?.normalized).toBe('docker.io/library/nginx:latest');
    expect(normalizeReference('polinux/stress')?.normalized).toBe('docker.io/polinux/stress:latest');
    expect(normalizeReference('registry.k8s.io/pause:3.10')?.normalized).toBe('registry.k8s.io/pause:3.10');
  });

  it('takes longer to pull a larger image and keeps what it pulled', () => {
    const { n, pull } = node();
    const busybox = pull('busybox').at;
    const nginx = pull('nginx:1.7.9').at;
    const mysql = pull('mysql:8.0').at;
    expect(busybox).toBeLessThan(nginx);
    expect(nginx).toBeGreaterThanOrEqual(2000);
    expect(nginx).toBeLessThanOrEqual(4000);
    expect(mysql).toBeGreaterThan(nginx);
    expect(n.images.imageStatus('docker.io/library/nginx:1.7.9')?.size).toBe(39_947_206);
    expect(n.images.listImages().flatMap((i) => i.repoTags)).toContain('docker.io/library/busybox:latest');
  });

  it('fails unknown tags and repositories with containerd messages', () => {
    const { pull } = node();
    expect(pull('nginx:1.99').err?.message).toBe(
      'failed to pull and unpack image "docker.io/library/nginx:1.99": failed to resolve reference "docker.io/library/nginx:1.99": docker.io/library/nginx:1.99: not found',
    );
    expect(pull('nginxx').err?.message).toBe(
      'failed to pull and unpack image "docker.io/library/nginxx:latest": failed to resolve reference "docker.io/library/nginxx:latest": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    );
  });
});

describe('containers', () => {
  it('two containers of one sandbox share IP and hostname but each has its own PID 1', () => {
    const { n, pull, sandbox, container } = node();
    pull('nginx:1.25');
    pull('busybox');
    const sb = sandbox('web');
    const a = container(sb, 'nginx', 'nginx:1.25');
    const b = container(sb, 'sidecar', 'busybox', { command: ['sh', '-c', 'sleep 3600'] });
    expect(n.runtime.podSandboxStatus(sb)?.ip).toBe('10.244.1.2');
    const ex = (id: string, cmd: string[]) => n.runtime.execSync(id, cmd, 5).stdout;
    expect(ex(a, ['cat', '/etc/hostname'])).toBe('web\n');
    expect(ex(b, ['cat', '/etc/hostname'])).toBe('web\n');
    expect(ex(b, ['cat', '/proc/1/cmdline'])).toBe('sh\0-c\0sleep 3600\0');
    expect(ex(a, ['cat', '/proc/1/cmdline'])).toBe('nginx: master process nginx -g daemon off;\0');
    expect(ex(b, ['cat', '/etc/resolv.conf'])).toBe('search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n');
    // localhost in the sidecar reaches nginx in the sibling container.
    const pid = n.runtime.containerStatus(b)!.pid;
    const r = n.kernel.connect(n.kernel.process(pid)!, 'localhost', 80, { protocol: 'http', method: 'GET', path: '/', headers: { 'User-Agent': 'Wget' } });
    expect(r.ok && r.response.status).toBe(200);
    expect(n.runtime.containerLogs(a).at(-1)?.text).toBe('127.0.0.1 - - [06/Jan/2025:09:02:00 +0000] "GET / HTTP/1.1" 200 612 "-" "Wget" "-"');
    // The host sees both under large PIDs, children of one shim.
    const pa = n.kernel.process(n.runtime.containerStatus(a)!.pid)!;
    const pb = n.kernel.process(pid)!;
    expect(pa.parent).toBe(pb.parent);
    expect(pa.parent?.comm).toBe('containerd-shim');
    expect(pa.ns.net).toBe(pb.ns.net);
    expect(pa.ns.pid).not.toBe(pb.ns.pid);
    // The container's /proc shows only its own processes: sh and its sleep; nginx master and its two workers.
    expect(n.kernel.fsFor(pb).readdir('/proc').filter((e) => /^\d+$/.test(e))).toEqual(['1', '2']);
    expect(n.kernel.fsFor(pa).readdir('/proc').filter((e) => /^\d+$/.test(e))).toEqual(['1', '29', '30']);
  });

  it('stops with the grace period: nginx exits 0 on its stop signal, sleep as PID 1 ignores SIGTERM and is killed (137)', () => {
    const { clock, n, pull, sandbox, container } = node();
    pull('nginx:1.25');
    pull('busybox');
    const sb = sandbox('p');
    const web = container(sb, 'web', 'nginx:1.25');
    const sleeper = container(sb, 'sleep', 'busybox', { command: ['sleep', '3600'] });
    const done: string[] = [];
    const t0 = clock.now();
    n.runtime.stopContainer(web, 30, () => done.push(`web@${clock.now() - t0}`));
    n.runtime.stopContainer(sleeper, 30, () => done.push(`sleep@${clock.now() - t0}`));
    clock.advance(31_000);
    expect(done).toEqual(['web@0', 'sleep@30000']);
    expect(n.runtime.containerStatus(web)).toMatchObject({ state: 'CONTAINER_EXITED', exitCode: 0, reason: 'Completed' });
    expect(n.runtime.containerStatus(sleeper)).toMatchObject({ state: 'CONTAINER_EXITED', exitCode: 137, reason: 'Error' });
  });

  it('reports OOMKilled (137) for polinux/stress past a 100Mi limit', () => {
    const { clock, n, pull, sandbox, container } = node();
    pull('polinux/stress');
    const events: RuntimeEvent['type'][] = [];
    n.runtime.onEvent((e) => events.push(e.type));
    const sb = sandbox('memory-demo-2');
    const id = container(sb, 'memory-demo-2-ctr', 'polinux/stress', { command: ['stress'], args: ['--vm', '1', '--vm-bytes', '250M', '--vm-hang', '1'], linux: { memoryLimitBytes: 100 * Mi, cpuQuota: 0, cpuPeriod: 100000, cpuShares: 2 } });
    clock.advance(1000);
    expect(n.runtime.containerStatus(id)).toMatchObject({ state: 'CONTAINER_EXITED', exitCode: 137, reason: 'OOMKilled' });
    expect(events).toEqual(['CONTAINER_CREATED', 'CONTAINER_STARTED', 'CONTAINER_STOPPED']);
    const scope = `/sys/fs/cgroup/kubepods.slice/kubepods-besteffort.slice/kubepods-besteffort-podmemory_demo_2_uid.slice/cri-containerd-${id}.scope`;
    expect(n.kernel.hostFS.readFile(`${scope}/memory.max`)).toBe('104857600\n');
    expect(n.kernel.hostFS.readFile(`${scope}/memory.events`)).toContain('oom_kill 1\n');
  });

  it('exits Completed, Error, or fails to start as runc does', () => {
    const { clock, n, pull, sandbox, container } = node();
    pull('busybox');
    const sb = sandbox('jobs');
    const noCmd = container(sb, 'sh', 'busybox');
    const hi = container(sb, 'hi', 'busybox', { command: ['echo', 'hi'] });
    const fail = container(sb, 'fail', 'busybox', { command: ['sh', '-c', 'echo boom >&2; exit 3'] });
    const yes = container(sb, 'true', 'busybox', { args: ['true'] });
    const no = container(sb, 'false', 'busybox', { command: ['false'] });
    clock.advance(10);
    expect(n.runtime.containerStatus(yes)).toMatchObject({ exitCode: 0, reason: 'Completed' });
    expect(n.runtime.containerStatus(no)).toMatchObject({ exitCode: 1, reason: 'Error' });
    expect(n.runtime.containerStatus(noCmd)).toMatchObject({ exitCode: 0, reason: 'Completed' });
    expect(n.runtime.containerStatus(hi)).toMatchObject({ exitCode: 0, reason: 'Completed' });
    expect(n.runtime.containerLogs(hi).map((l) => l.text)).toEqual(['hi']);
    expect(n.runtime.containerStatus(fail)).toMatchObject({ exitCode: 3, reason: 'Error' });
    expect(n.runtime.containerLogs(fail)).toMatchObject([{ stream: 'stderr', text: 'boom' }]);
    expect(() => container(sb, 'nope', 'busybox', { command: ['nosuch'] })).toThrow(
      'failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "nosuch": executable file not found in $PATH: unknown',
    );
  });

  it('mysql refuses to start without a password option and persists its data dir through a bind mount', () => {
    const { clock, n, pull, sandbox, container } = node();
    pull('mysql:8.0');
    const sb = sandbox('db');
    const bare = container(sb, 'mysql', 'mysql:8.0');
    clock.advance(10);
    expect(n.runtime.containerStatus(bare)).toMatchObject({ exitCode: 1, reason: 'Error' });
    expect(n.runtime.containerLogs(bare).map((l) => l.text)).toContain('    - MYSQL_ROOT_PASSWORD');
    const vol = '/var/lib/kubelet/pods/db-uid/volumes/kubernetes.io~empty-dir/data';
    const id = container(sb, 'mysql2', 'mysql:8.0', { envs: [{ key: 'MYSQL_ROOT_PASSWORD', value: 'secret' }], mounts: [{ containerPath: '/var/lib/mysql', hostPath: vol, readonly: false }] });
    clock.advance(10_000);
    expect(n.kernel.hostFS.readdir(vol)).toEqual(expect.arrayContaining(['#innodb_redo', 'ibdata1', 'mysql']));
    const p = n.kernel.process(n.runtime.containerStatus(id)!.pid)!;
    for (const q of ['CREATE DATABASE shop', 'CREATE TABLE shop.items (id INT, name TEXT)', "INSERT INTO shop.items VALUES (1, 'apple')"]) n.kernel.connect(p, '127.0.0.1', 3306, { body: q });
    const r = n.kernel.connect(p, '127.0.0.1', 3306, { body: 'SELECT * FROM shop.items' });
    expect(r.ok && r.response.body).toBe('id\tname\n1\tapple\n');
    expect(n.kernel.hostFS.stat(`${vol}/shop/items.ibd`)?.type).toBe('file');
  });

  it('builds a container\'s mounts when first looked at, exactly as if built at start (ids, times, mountpoints)', () => {
    // The same two containers on two identical nodes: one looked into at once, one half an hour later.
    const look = (delay: number) => {
      const { clock, n, pull, sandbox, container } = node();
      pull('nginx:1.7.9');
      pull('busybox');
      const sb = sandbox('web');
      const a = container(sb, 'a', 'nginx:1.7.9', { mounts: [{ containerPath: '/data', hostPath: '/var/lib/kubelet/pods/web-uid/volumes/kubernetes.io~empty-dir/data', readonly: false }] });
      const b = container(sb, 'b', 'busybox', { command: ['sleep', '3600'] });
      clock.advance(delay);
      const seen = [a, b].map((id) => {
        const p = n.kernel.process(n.runtime.containerStatus(id)!.pid)!;
        const fs = n.kernel.fsFor(p);
        const ids = p.ns.mnt.mounts.mounts.map((m) => `${m.id} ${m.target}`);
        return { ids, mounts: fs.readFile('/proc/self/mounts'), dev: fs.stat('/dev/null')?.mtimeMs, data: fs.stat('/data')?.mtimeMs, ls: fs.readdir('/') };
      });
      const rootfs = n.kernel.hostFS.readdir(`/run/containerd/io.containerd.runtime.v2.task/k8s.io/${a}/rootfs`);
      return { seen, rootfs, start: clock.now() - delay };
    };
    const early = look(0);
    const late = look(1_800_000);
    expect(late).toEqual(early);
    expect(early.seen[0]!.dev).toBe(early.start);
    expect(early.seen[0]!.mounts).toMatch(/ \/data \w+ rw,relatime/);
    expect(early.rootfs).toContain('data');
  });

  it('releases the Pod IP when the sandbox is removed', () => {
    const { n, sandbox } = node();
    const a = sandbox('a');
    const b = sandbox('b');
    expect([n.runtime.podSandboxStatus(a)?.ip, n.runtime.podSandboxStatus(b)?.ip]).toEqual(['10.244.1.2', '10.244.1.3']);
    n.runtime.removePodSandbox(a);
    // host-local continues after the last reserved address: .2 is free again but .4 comes first.
    expect(n.runtime.podSandboxStatus(sandbox('c'))?.ip).toBe('10.244.1.4');
    expect(n.runtime.podSandboxStatus(sandbox('d'))?.ip).toBe('10.244.1.5');
    expect(n.kernel.initNs.net.stack.devices.filter((d) => d.kind === 'veth')).toHaveLength(3);
  });
});
