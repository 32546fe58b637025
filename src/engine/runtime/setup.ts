// What runc and containerd's CRI plugin set up for a container: the command
// from ENTRYPOINT/CMD and the Pod's command/args (Docker's rules), the
// environment, the mount namespace (overlay rootfs, proc, /dev, read-only
// sysfs and cgroup2 rooted at the container's cgroup, the sandbox's
// hosts/hostname/resolv.conf, the kubelet's bind mounts), and the cgroup limits.
import type { Behaviour } from '../linux/behaviour.js';
import type { Cgroup } from '../linux/cgroup.js';
import type { Kernel } from '../linux/kernel.js';
import type { Process } from '../linux/process.js';
import { defaultPrograms, findExecutable, shellNames, shellScript } from '../linux/shell.js';
import { CgroupFS } from '../linux/vfs/cgroupfs.js';
import { joinPath, MountTable, type Mount, type ProcessFS } from '../linux/vfs/mounts.js';
import type { OverlayFS } from '../linux/vfs/overlay.js';
import { ProcFS } from '../linux/vfs/procfs.js';
import { TreeFS } from '../linux/vfs/tree.js';
import { programMain } from '../images/behaviours/common.js';
import type { ImageDef } from '../images/types.js';
import type { ContainerConfig } from './cri.js';

/** Docker's rule: `command` replaces ENTRYPOINT (and drops CMD); `args` replaces CMD. */
export function containerArgv(image: ImageDef, config: Pick<ContainerConfig, 'command' | 'args'>): string[] {
  if (config.command.length) return [...config.command, ...config.args];
  return [...image.config.entrypoint, ...(config.args.length ? config.args : image.config.cmd)];
}

export function containerEnv(image: ImageDef, config: ContainerConfig, hostname: string): Map<string, string> {
  const env = new Map<string, string>([['PATH', image.config.env.PATH ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], ['HOSTNAME', hostname]]);
  for (const [k, v] of Object.entries(image.config.env)) env.set(k, v);
  for (const { key, value } of config.envs) env.set(key, value);
  if (!env.has('HOME')) env.set('HOME', '/root');
  return env;
}

/** runc's cgroup v2 conversion of CPU shares to cpu.weight: 1 + ((shares − 2) × 9999) / 262142. */
export function sharesToWeight(shares: number): number {
  if (shares <= 0) return 100;
  return Math.floor(1 + ((Math.max(2, shares) - 2) * 9999) / 262142);
}

export function applyLimits(cg: Cgroup, linux: ContainerConfig['linux']): void {
  cg.memoryMax = linux.memoryLimitBytes > 0 ? linux.memoryLimitBytes : Infinity;
  cg.cpuQuota = linux.cpuQuota > 0 ? linux.cpuQuota : Infinity;
  cg.cpuPeriod = linux.cpuPeriod > 0 ? linux.cpuPeriod : 100000;
  cg.cpuWeight = sharesToWeight(linux.cpuShares);
  // cgroup v2: the kubelet asks for memory.oom.group=1, so an OOM kill takes the whole container (exit 137).
  cg.memoryOomGroup = 1;
}

export interface MountPlan {
  rootfs: OverlayFS;
  /** Host path of the rootfs mount (`/run/containerd/io.containerd.runtime.v2.task/k8s.io/<id>/rootfs`). */
  rootfsHostPath: string;
  /** The overlay's mount options (`relatime,lowerdir=…,upperdir=…,workdir=…`), as on the host's mount of it. */
  options: string;
  sandboxDir: string;
  binds: ContainerConfig['mounts'];
  readonlyRootfs?: boolean;
}

/**
 * Fill the new mount namespace of `p` (it was cloned from the shim's; start afresh as pivot_root would).
 * What the node can see is done now: the rootfs at its host path, the bind sources (mount(2) pins
 * them), the bind mountpoints in the rootfs. What only the container can see — its /proc, /dev,
 * /sys, cgroup and bind mounts — is promised with its mount ids and time, and built the first
 * time something looks (most containers of a large cluster are never looked into).
 */
export function setupMounts(k: Kernel, p: Process, plan: MountPlan, cgroup: Cgroup): void {
  const table = p.ns.mnt.mounts.mounts.length ? new MountTable(k.nextMountId) : p.ns.mnt.mounts;
  p.ns.mnt.mounts = table;
  const t0 = k.clock.now();
  let built = false;
  const now = () => (built ? k.clock.now() : t0);
  const hostFS = k.hostFS;
  const rootfs = plan.rootfs;
  table.mount({ source: 'overlay', target: '/', sb: rootfs, readonly: !!plan.readonlyRootfs, options: plan.options });
  const wanted = new Set(plan.binds.map((m) => m.containerPath));
  const binds = [
    ...['hosts', 'hostname', 'resolv.conf'].filter((f) => !wanted.has(`/etc/${f}`)).map((f) => ({ hostPath: `${plan.sandboxDir}/${f}`, containerPath: `/etc/${f}`, readonly: false })),
    ...plan.binds,
  ].map((m) => bindSource(hostFS, m));
  const fixed = ['/proc', '/dev', '/sys', '/sys/fs/cgroup', '/dev/mqueue', '/dev/shm'];
  const ids = [...fixed, ...binds].map(() => k.nextMountId());
  // runc creates each bind's mountpoint in the rootfs (a copy-up into the upper dir, as on a real
  // node). Done now: the rootfs is read at once anyway (the executable is looked up in it).
  for (const b of binds) makeMountpoint(rootfs, b.target, b.isDir);
  table.defer([...fixed, ...binds.map((b) => joinPath('/', b.target))], () => {
    let i = 0;
    table.place({ id: ids[i++], source: 'proc', target: '/proc', sb: new ProcFS(k, p.ns.pid), readonly: false, options: 'nosuid,nodev,noexec,relatime' });
    const dev = new TreeFS('tmpfs', now);
    for (const f of ['null', 'zero', 'random', 'urandom', 'full', 'tty', 'termination-log']) dev.writeFile(f, '');
    for (const d of ['pts', 'mqueue', 'shm']) dev.mkdir(d);
    table.place({ id: ids[i++], source: 'tmpfs', target: '/dev', sb: dev, readonly: false, options: 'nosuid,size=65536k,mode=755,inode64' });
    table.place({ id: ids[i++], source: 'sysfs', target: '/sys', sb: sysTree(now), readonly: true, options: 'nosuid,nodev,noexec,relatime' });
    table.place({ id: ids[i++], source: 'cgroup', target: '/sys/fs/cgroup', sb: new CgroupFS(cgroup, k), readonly: true, options: 'nosuid,nodev,noexec,relatime,nsdelegate,memory_recursiveprot' });
    table.place({ id: ids[i++], source: 'mqueue', target: '/dev/mqueue', sb: new TreeFS('mqueue', now), readonly: false, options: 'nosuid,nodev,noexec,relatime' });
    table.place({ id: ids[i++], source: 'shm', target: '/dev/shm', sb: new TreeFS('tmpfs', now), readonly: false, options: 'nosuid,nodev,noexec,relatime,size=65536k,inode64' });
    for (const b of binds) table.place({ id: ids[i++], source: b.mount.source, target: b.target, sb: b.mount.sb, root: b.rel, readonly: b.readonly, options: 'relatime' });
    built = true;
  });
}

interface BindSource {
  target: string;
  readonly: boolean;
  isDir: boolean;
  mount: Mount;
  rel: string;
}

/** The host side of a bind mount, resolved now: the source made if missing (as the kubelet's mkdir would), its mount and path. */
function bindSource(hostFS: ProcessFS, m: { hostPath: string; containerPath: string; readonly: boolean }): BindSource {
  let src = hostFS.statWithMount(m.hostPath);
  if (!src.stat) {
    hostFS.mkdir(m.hostPath, { recursive: true });
    src = hostFS.statWithMount(m.hostPath);
  }
  return { target: m.containerPath, readonly: m.readonly, isDir: src.stat?.type === 'dir', mount: src.mount, rel: src.rel };
}

function makeMountpoint(rootfs: OverlayFS, target: string, isDir: boolean): void {
  if (isDir) {
    if (!rootfs.stat(target)) rootfs.mkdir(target, { recursive: true });
    return;
  }
  const parts = target.split('/').filter(Boolean);
  if (parts.length > 1 && !rootfs.stat('/' + parts.slice(0, -1).join('/'))) rootfs.mkdir('/' + parts.slice(0, -1).join('/'), { recursive: true });
  if (!rootfs.stat(target)) rootfs.writeFile(target, '');
}

function sysTree(now: () => number): TreeFS {
  const t = new TreeFS('sysfs', now);
  t.mkdir('fs/cgroup', { recursive: true });
  t.mkdir('class/net', { recursive: true });
  t.mkdir('kernel', { recursive: true });
  return t;
}

/** The behaviour `argv[0]` runs in this image, or the error runc reports. */
export function resolveBehaviour(k: Kernel, p: Process, image: ImageDef, argv: string[]): Behaviour | { error: string } {
  const name = argv[0] ?? '';
  const base = name.split('/').pop() ?? name;
  const fs = k.fsFor(p);
  const notFound = { error: `exec: "${name}": executable file not found in $PATH` };
  if (!name) return { error: 'no command specified' };
  const path = findExecutable(fs, name);
  if (!path) return name.includes('/') ? { error: `exec: "${name}": stat ${name}: no such file or directory` } : notFound;
  const factory = image.programs[base];
  if (factory) return factory(argv, k);
  if (shellNames.has(base)) {
    const i = argv.indexOf('-c');
    return shellScript(k, i >= 0 ? (argv[i + 1] ?? '') : undefined, base);
  }
  if ((k.options.programs?.(k.context(p)) ?? defaultPrograms()).has(base)) return programMain(k, argv);
  // A binary the lab has no program for: it starts and idles (like a daemon without output).
  return { baseRss: 2 * 1024 * 1024, start() {} };
}
