// What an Ubuntu 22.04 kubeadm node looks like after boot: systemd as PID 1,
// kernel threads, journald/udevd/networkd/resolved, sshd, containerd and the
// kubelet under system.slice; the root disk with the files kubeadm and
// containerd leave; /proc, /sys/fs/cgroup (cgroup2), /run, /dev mounted; lo,
// eth0 (the node IP) and the cni0 bridge (.1 of the podCIDR).
import type { Cgroup } from './cgroup.js';
import { daemon, MiB } from './daemon.js';
import type { NamespaceSet, PidNamespace } from './namespaces.js';
import { initialInodes } from './namespaces.js';
import { NetStack, intToIp, ipToInt } from './net/netns.js';
import { Process } from './process.js';
import { CgroupFS, type CgroupHost } from './vfs/cgroupfs.js';
import { MountTable } from './vfs/mounts.js';
import { ProcFS, type ProcHost } from './vfs/procfs.js';
import { TreeFS } from './vfs/tree.js';
import type { Behaviour } from './behaviour.js';

export interface BootTarget extends ProcHost, CgroupHost {
  hostname: string;
  nodeIP: string;
  podCIDR: string;
  nextMountId: () => number;
  register(p: Process, pidns: PidNamespace, hostPid?: number): void;
  exec(p: Process, argv: string[], behaviour: Behaviour, comm?: string): void;
  cgroup(path: string, create?: boolean): Cgroup | undefined;
}

/** First host PID handed to processes started after boot (containers get "large" PIDs). */
export const firstRuntimePid = 2100;

export function bootHost(k: BootTarget): { init: Process; ns: NamespaceSet; disk: TreeFS } {
  const now = () => k.clock.now();
  const disk = new TreeFS('ext4', now);
  writeHostFiles(disk, k);
  const pidns: PidNamespace = { type: 'pid', inode: initialInodes.pid, creator: 1, parent: undefined, level: 0, nextPid: 1, members: new Map(), init: undefined };
  const mounts = new MountTable(k.nextMountId);
  const stack = new NetStack();
  const ns: NamespaceSet = {
    cgroup: { type: 'cgroup', inode: initialInodes.cgroup, creator: 1, root: k.cgroupRoot },
    ipc: { type: 'ipc', inode: initialInodes.ipc, creator: 1 },
    mnt: { type: 'mnt', inode: initialInodes.mnt, creator: 1, mounts },
    net: { type: 'net', inode: initialInodes.net, creator: 1, stack },
    pid: pidns,
    time: { type: 'time', inode: initialInodes.time, creator: 1 },
    user: { type: 'user', inode: initialInodes.user, creator: 1 },
    uts: { type: 'uts', inode: initialInodes.uts, creator: 1, hostname: k.hostname, domainname: '(none)' },
  };
  mounts.mount({ source: '/dev/sda1', target: '/', sb: disk, readonly: false, options: 'relatime' });
  mounts.mount({ source: 'udev', target: '/dev', sb: devTree(now), readonly: false, options: 'nosuid,relatime,size=1983148k,nr_inodes=495787,mode=755,inode64' });
  mounts.mount({ source: 'proc', target: '/proc', sb: new ProcFS(k, pidns), readonly: false, options: 'nosuid,nodev,noexec,relatime' });
  mounts.mount({ source: 'sysfs', target: '/sys', sb: sysTree(now), readonly: false, options: 'nosuid,nodev,noexec,relatime' });
  mounts.mount({ source: 'cgroup2', target: '/sys/fs/cgroup', sb: new CgroupFS(k.cgroupRoot, k), readonly: false, options: 'nosuid,nodev,noexec,relatime,nsdelegate,memory_recursiveprot' });
  mounts.mount({ source: 'tmpfs', target: '/run', sb: runTree(now), readonly: false, options: 'nosuid,nodev,noexec,relatime,size=401612k,mode=755,inode64' });
  mounts.mount({ source: 'tmpfs', target: '/dev/shm', sb: new TreeFS('tmpfs', now), readonly: false, options: 'nosuid,nodev,inode64' });

  const mac = macFor(k.nodeIP);
  stack.addDevice({ name: 'eth0', kind: 'ether', mac, mtu: 1500, up: true, addrs: [{ ip: k.nodeIP, prefix: 24 }] });
  const podNet = ipToInt(k.podCIDR.split('/')[0]!);
  const bridgeIP = intToIp(podNet + 1);
  stack.addDevice({ name: 'cni0', kind: 'bridge', mac: macFor(bridgeIP), mtu: 1450, up: true, addrs: [{ ip: bridgeIP, prefix: 24 }] });
  const gw = intToIp((ipToInt(k.nodeIP) & 0xffffff00) + 1);
  stack.routes.push({ dst: 'default', via: gw, dev: 'eth0', proto: 'dhcp', src: k.nodeIP });
  stack.routes.push({ dst: k.podCIDR, dev: 'cni0', proto: 'kernel', scope: 'link', src: bridgeIP });
  stack.routes.push({ dst: `${intToIp(ipToInt(k.nodeIP) & 0xffffff00)}/24`, dev: 'eth0', proto: 'kernel', scope: 'link', src: k.nodeIP });

  const initScope = k.cgroup('/init.scope', true)!;
  const init = new Process(1, undefined, 'systemd', ['/sbin/init'], new Map([['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin']]), '/', ns, initScope, { stdout: () => {}, stderr: () => {} }, k.bootTime);
  k.register(init, pidns, 1);
  k.exec(init, ['/sbin/init'], daemon(12 * MiB), 'systemd');
  const spawnAt = (pid: number, parent: Process, argv: string[], comm: string, cg: string, rss: number, exitOnTerm = true) => {
    const p = new Process(pid, parent, comm, argv, init.env, '/', ns, k.cgroup(cg, true)!, init.stdio, k.bootTime + pid * 10);
    k.register(p, pidns, pid);
    parent.addChild(p);
    k.exec(p, argv, daemon(rss, { exitOnTerm }), comm);
    return p;
  };
  const kthreadd = spawnAt(2, init, [], 'kthreadd', '/', 0, false);
  kthreadd.parent = undefined;
  init.removeChild(kthreadd);
  for (const [pid, name] of [[3, 'rcu_gp'], [4, 'rcu_par_gp'], [9, 'mm_percpu_wq'], [10, 'ksoftirqd/0'], [11, 'rcu_sched'], [12, 'migration/0'], [20, 'kworker/1:0-events']] as const) {
    spawnAt(pid, kthreadd, [], name, '/', 0, false);
  }
  const services: [number, string[], string, string, number][] = [
    [312, ['/lib/systemd/systemd-journald'], 'systemd-journal', 'systemd-journald.service', 24],
    [355, ['/lib/systemd/systemd-udevd'], 'systemd-udevd', 'systemd-udevd.service', 7],
    [512, ['/lib/systemd/systemd-networkd'], 'systemd-network', 'systemd-networkd.service', 8],
    [518, ['/lib/systemd/systemd-resolved'], 'systemd-resolve', 'systemd-resolved.service', 13],
    [589, ['/usr/sbin/cron', '-f', '-P'], 'cron', 'cron.service', 3],
    [590, ['@dbus-daemon', '--system', '--address=systemd:', '--nofork', '--nopidfile', '--systemd-activation', '--syslog-only'], 'dbus-daemon', 'dbus.service', 5],
    [604, ['sshd: /usr/sbin/sshd -D [listener] 0 of 10-100 startups'], 'sshd', 'ssh.service', 9],
    [623, ['/sbin/agetty', '-o', '-p -- \\u', '--noclear', 'tty1', 'linux'], 'agetty', 'getty@tty1.service', 2],
    [815, ['/usr/bin/containerd'], 'containerd', 'containerd.service', 48],
    [
      1043,
      [
        '/usr/bin/kubelet',
        '--bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf',
        '--kubeconfig=/etc/kubernetes/kubelet.conf',
        '--config=/var/lib/kubelet/config.yaml',
        '--container-runtime-endpoint=unix:///var/run/containerd/containerd.sock',
        '--pod-infra-container-image=registry.k8s.io/pause:3.10',
      ],
      'kubelet',
      'kubelet.service',
      78,
    ],
  ];
  for (const [pid, argv, comm, unit, rss] of services) spawnAt(pid, init, argv, comm, `/system.slice/${unit}`, rss * MiB);
  pidns.nextPid = firstRuntimePid;
  return { init, ns, disk };
}

function macFor(ip: string): string {
  const n = ipToInt(ip);
  const b = [0x02, 0x42, (n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
  return b.map((x) => x.toString(16).padStart(2, '0')).join(':');
}

export { macFor };

function devTree(now: () => number): TreeFS {
  const t = new TreeFS('devtmpfs', now);
  for (const f of ['null', 'zero', 'random', 'urandom', 'tty', 'console', 'full', 'sda', 'sda1']) t.writeFile(f, '');
  t.mkdir('pts');
  t.mkdir('mqueue');
  return t;
}

function sysTree(now: () => number): TreeFS {
  const t = new TreeFS('sysfs', now);
  t.mkdir('fs/cgroup', { recursive: true });
  t.mkdir('class/net', { recursive: true });
  t.mkdir('kernel', { recursive: true });
  t.mkdir('devices', { recursive: true });
  return t;
}

function runTree(now: () => number): TreeFS {
  const t = new TreeFS('tmpfs', now);
  for (const d of ['containerd/io.containerd.runtime.v2.task/k8s.io', 'containerd/io.containerd.grpc.v1.cri/sandboxes', 'netns', 'systemd', 'lock']) t.mkdir(d, { recursive: true });
  t.writeFile('containerd/containerd.sock', '');
  return t;
}

function writeHostFiles(disk: TreeFS, k: BootTarget): void {
  const w = (path: string, data: string) => {
    const parts = path.split('/').filter(Boolean);
    if (parts.length > 1) disk.mkdir(parts.slice(0, -1).join('/'), { recursive: true });
    disk.writeFile(path, data);
  };
  for (const d of ['root', 'tmp', 'home', 'mnt', 'opt', 'srv', 'var/tmp', 'var/log/pods', 'var/log/containers', 'var/lib/kubelet/pods', 'var/lib/containerd', 'etc/kubernetes/manifests', 'etc/kubernetes/pki', 'proc', 'sys', 'dev', 'run', 'boot']) disk.mkdir(d, { recursive: true });
  w('etc/hostname', `${k.hostname}\n`);
  w('etc/hosts', `127.0.0.1 localhost\n${k.nodeIP} ${k.hostname}\n\n# The following lines are desirable for IPv6 capable hosts\n::1     ip6-localhost ip6-loopback\nfe00::0 ip6-localnet\nff00::0 ip6-mcastprefix\nff02::1 ip6-allnodes\nff02::2 ip6-allrouters\n`);
  w('etc/resolv.conf', 'nameserver 127.0.0.53\noptions edns0 trust-ad\nsearch .\n');
  w(
    'etc/os-release',
    'PRETTY_NAME="Ubuntu 22.04.5 LTS"\nNAME="Ubuntu"\nVERSION_ID="22.04"\nVERSION="22.04.5 LTS (Jammy Jellyfish)"\nVERSION_CODENAME=jammy\nID=ubuntu\nID_LIKE=debian\nHOME_URL="https://www.ubuntu.com/"\nSUPPORT_URL="https://help.ubuntu.com/"\nBUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"\nPRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"\nUBUNTU_CODENAME=jammy\n',
  );
  w('etc/passwd', 'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n');
  w('etc/group', 'root:x:0:\ndaemon:x:1:\nnogroup:x:65534:\n');
  w('etc/machine-id', `${hex32(k.hostname)}\n`);
  w('etc/containerd/config.toml', 'version = 2\n\n[plugins."io.containerd.grpc.v1.cri"]\n  sandbox_image = "registry.k8s.io/pause:3.10"\n\n[plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc]\n  runtime_type = "io.containerd.runc.v2"\n\n[plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options]\n  SystemdCgroup = true\n');
  w(
    'etc/cni/net.d/10-containerd-net.conflist',
    `{\n  "cniVersion": "1.0.0",\n  "name": "containerd-net",\n  "plugins": [\n    {\n      "type": "bridge",\n      "bridge": "cni0",\n      "isGateway": true,\n      "ipMasq": true,\n      "promiscMode": true,\n      "ipam": {\n        "type": "host-local",\n        "ranges": [[{ "subnet": "${k.podCIDR}" }]],\n        "routes": [{ "dst": "0.0.0.0/0" }]\n      }\n    },\n    { "type": "portmap", "capabilities": { "portMappings": true } }\n  ]\n}\n`,
  );
  w('var/lib/kubelet/config.yaml', 'apiVersion: kubelet.config.k8s.io/v1beta1\nauthentication:\n  anonymous:\n    enabled: false\ncgroupDriver: systemd\nclusterDNS:\n- 10.96.0.10\nclusterDomain: cluster.local\ncontainerRuntimeEndpoint: ""\nkind: KubeletConfiguration\nstaticPodPath: /etc/kubernetes/manifests\n');
  w('etc/crictl.yaml', 'runtime-endpoint: unix:///run/containerd/containerd.sock\nimage-endpoint: unix:///run/containerd/containerd.sock\ntimeout: 10\n');
  for (const b of ['bridge', 'host-local', 'loopback', 'portmap']) w(`opt/cni/bin/${b}`, '');
  for (const b of ['containerd', 'containerd-shim-runc-v2', 'ctr', 'runc', 'kubelet', 'kubeadm', 'kubectl', 'crictl', 'bash', 'ls', 'cat', 'ps']) w(`usr/bin/${b}`, '');
  for (const b of ['unshare', 'nsenter', 'lsns', 'mount', 'ip']) w(`usr/bin/${b}`, '');
  w('usr/sbin/sshd', '');
  for (const f of disk.readdir('usr/bin')) disk.lookup(`usr/bin/${f}`)!.mode = 0o755;
  disk.mkdir('bin');
  disk.mkdir('sbin');
}

function hex32(s: string): string {
  let h = 2166136261;
  let out = '';
  for (let r = 0; r < 4; r++) {
    for (const c of s + r) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out;
}
