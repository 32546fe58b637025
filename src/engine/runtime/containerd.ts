// containerd's CRI runtime service for one node (pkg/cri/server/sandbox_*.go,
// container_*.go) with runc and containerd-shim-runc-v2 folded in: a shim per
// sandbox, the pause process holding the Pod's namespaces, containers as PID 1
// of their own PID namespace, exits reported to the kubelet's PLEG as events.
import type { VirtualClock } from '../clock/clock.js';
import type { SeededRandom } from '../clock/random.js';
import type { Cgroup } from '../linux/cgroup.js';
import { daemon, MiB } from '../linux/daemon.js';
import { nullStdio, type Kernel } from '../linux/kernel.js';
import type { Process } from '../linux/process.js';
import { parseSignal, signals } from '../linux/signals.js';
import { findExecutable, runSync, shellNames, shellState, spawnShell } from '../linux/shell.js';
import { OverlayFS } from '../linux/vfs/overlay.js';
import { TreeFS } from '../linux/vfs/tree.js';
import { layerTrees } from '../images/imageStore.js';
import { pause } from '../images/behaviours/servers.js';
import type { ImageDef } from '../images/types.js';
import { ShellSession } from '../shell/session.js';
import type {
  ContainerConfig, ContainerFilter, ContainerStatus, ExecResult, LogLine, PodSandboxConfig, PodSandboxStatus, RuntimeEvent, RuntimeService,
} from './cri.js';
import type { ImageStore } from './imageService.js';
import { PodNetwork } from './network.js';
import { applyLimits, containerArgv, containerEnv, resolveBehaviour, setupMounts } from './setup.js';
import { ContainerLog } from './logs.js';

export interface ContainerdOptions {
  clock: VirtualClock;
  random: SeededRandom;
  kernel: Kernel;
  images: ImageStore;
  podCIDR: string;
}

interface Sandbox {
  id: string;
  config: PodSandboxConfig;
  state: PodSandboxStatus['state'];
  createdAt: number;
  ip: string;
  shim: Process;
  pause: Process;
  cgroup: Cgroup;
  dir: string;
}

/** A container's status changes by replacement: the old snapshot stays as the kubelet saw it. */
function setStatus(c: Container, patch: Partial<ContainerStatus>): void {
  c.status = Object.freeze({ ...c.status, ...patch });
}

interface Container {
  id: string;
  sandbox: Sandbox;
  config: ContainerConfig;
  image: ImageDef;
  imageRef: string;
  /** Frozen; replaced on each change (setStatus), so a status handed out is a snapshot without a copy. */
  status: Readonly<ContainerStatus>;
  process?: Process;
  cgroup: Cgroup;
  rootfs: OverlayFS;
  log: ContainerLog;
  stopWaiters: (() => void)[];
  killTimer?: number;
}

export const runtimeVersion = { runtimeName: 'containerd', runtimeVersion: 'v1.7.24', runtimeApiVersion: 'v1' };
const podUidLabel = 'io.kubernetes.pod.uid';
const taskDir = '/run/containerd/io.containerd.runtime.v2.task/k8s.io';
const sandboxRoot = '/var/lib/containerd/io.containerd.grpc.v1.cri/sandboxes';
const snapshots = '/var/lib/containerd/io.containerd.snapshotter.v1.overlayfs/snapshots';

export class Containerd implements RuntimeService {
  private readonly sandboxes = new Map<string, Sandbox>();
  private readonly containers = new Map<string, Container>();
  /** io.kubernetes.pod.uid label → ids of that Pod's containers, in creation order. */
  private readonly byPodUid = new Map<string, Set<string>>();
  private readonly handlers = new Set<(e: RuntimeEvent) => void>();
  readonly network: PodNetwork;
  private snapshotSeq = 1;
  private readonly layerSnapshots = new Map<TreeFS, number>();
  private readonly lowerdirs = new WeakMap<readonly TreeFS[], string>();
  private readonly clock: VirtualClock;
  private readonly kernel: Kernel;

  constructor(readonly opts: ContainerdOptions) {
    this.clock = opts.clock;
    this.kernel = opts.kernel;
    this.network = new PodNetwork(opts.kernel, opts.podCIDR);
  }

  version() {
    return { ...runtimeVersion };
  }

  private newId(): string {
    let s = '';
    for (let i = 0; i < 8; i++) s += this.opts.random.nextUint32().toString(16).padStart(8, '0');
    return s;
  }

  private emit(type: RuntimeEvent['type'], c: Container): void {
    const e: RuntimeEvent = { type, containerId: c.id, sandboxId: c.sandbox.id };
    this.clock.defer(() => {
      for (const h of [...this.handlers]) h(e);
    });
  }

  onEvent(handler: (e: RuntimeEvent) => void): () => void {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }

  // ---- sandboxes ----

  runPodSandbox(config: PodSandboxConfig): string {
    const k = this.kernel;
    const id = this.newId();
    const podCg = k.cgroup(config.cgroupParent || '/kubepods.slice', true)!;
    const shim = k.spawn({
      parent: k.init,
      argv: ['/usr/bin/containerd-shim-runc-v2', '-namespace', 'k8s.io', '-id', id, '-address', '/run/containerd/containerd.sock'],
      comm: 'containerd-shim',
      cgroup: k.cgroup('/system.slice/containerd.service', true),
      behaviour: daemon(9 * MiB),
    });
    // The shim is a child subreaper: it waits for its containers itself and reports their status.
    shim.reapChildren = true;
    const dir = `${sandboxRoot}/${id}`;
    const host = k.hostFS;
    host.mkdir(dir, { recursive: true });
    const hostNetwork = !!config.hostNetwork;
    const net = hostNetwork ? k.initNs.net : this.network.setup(id);
    const ip = hostNetwork ? k.nodeIP : (net.stack.primaryIP() ?? '');
    const hostname = hostNetwork ? k.hostname : config.hostname || config.name;
    const dns = config.dns ?? { servers: ['10.96.0.10'], searches: [`${config.namespace}.svc.cluster.local`, 'svc.cluster.local', 'cluster.local'], options: ['ndots:5'] };
    host.writeFile(`${dir}/hostname`, `${hostname}\n`);
    host.writeFile(`${dir}/resolv.conf`, hostNetwork && !config.dns ? host.readFile('/etc/resolv.conf') : `search ${dns.searches.join(' ')}\nnameserver ${dns.servers.join('\nnameserver ')}\noptions ${dns.options.join(' ')}\n`);
    host.writeFile(`${dir}/hosts`, `# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n${hostNetwork ? '' : `${ip}\t${hostname}\n`}`);
    const cg = podCg.walk(`cri-containerd-${id}.scope`, true)!;
    const pauseProc = k.spawn({
      parent: shim,
      argv: ['/pause'],
      comm: 'pause',
      newNamespaces: (['pid', 'ipc', 'uts', 'mnt', 'cgroup'] as const).filter((t) => !(t === 'uts' && hostNetwork) && !(t === 'pid' && config.hostPID) && !(t === 'ipc' && config.hostIPC)),
      join: { net },
      cgroup: cg,
      env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' },
      cwd: '/',
      stdio: nullStdio,
      emptyMountTable: true,
    });
    pauseProc.ns.uts.hostname = hostname;
    const pauseImage = this.opts.images.resolve('registry.k8s.io/pause:3.10') ?? { def: undefined };
    if (pauseImage.def) {
      const rootfs = new OverlayFS(layerTrees(pauseImage.def), new TreeFS('overlay', () => this.clock.now()), () => this.clock.now());
      setupMounts(k, pauseProc, this.mountPlan(id, rootfs, dir, []), cg);
    }
    k.exec(pauseProc, ['/pause'], pause(), 'pause');
    const sb: Sandbox = { id, config, state: 'SANDBOX_READY', createdAt: this.clock.now(), ip, shim, pause: pauseProc, cgroup: podCg, dir };
    this.sandboxes.set(id, sb);
    return id;
  }

  private mountPlan(id: string, rootfs: OverlayFS, sandboxDir: string, binds: ContainerConfig['mounts']) {
    const lowerdir = this.lowerdir(rootfs.lowers);
    // The container's own (active) snapshot is the upper dir; the image's layers are shared snapshots.
    const upperPath = `${snapshots}/${this.snapshotSeq++}`;
    const rootfsHostPath = `${taskDir}/${id}/rootfs`;
    const options = `relatime,lowerdir=${lowerdir},upperdir=${upperPath}/fs,workdir=${upperPath}/work`;
    const host = this.kernel.hostFS;
    host.mkdir(rootfsHostPath, { recursive: true });
    this.kernel.initNs.mnt.mounts.mount({ source: 'overlay', target: rootfsHostPath, sb: rootfs, readonly: false, options });
    return { rootfs, rootfsHostPath, options, sandboxDir, binds };
  }

  /**
   * `lowerdir=` of an image's layers, top-most first: each layer is one committed snapshot
   * of the overlayfs snapshotter, numbered when first unpacked and shared by every container
   * (and image) built on it, as containerd does.
   */
  private lowerdir(lowers: readonly TreeFS[]): string {
    let dir = this.lowerdirs.get(lowers);
    if (dir === undefined) {
      for (let i = lowers.length - 1; i >= 0; i--) if (!this.layerSnapshots.has(lowers[i]!)) this.layerSnapshots.set(lowers[i]!, this.snapshotSeq++);
      dir = lowers.map((l) => `${snapshots}/${this.layerSnapshots.get(l)}/fs`).join(':');
      this.lowerdirs.set(lowers, dir);
    }
    return dir;
  }

  stopPodSandbox(id: string): void {
    const sb = this.sandboxes.get(id);
    if (!sb) return;
    for (const c of this.containers.values()) if (c.sandbox === sb && c.process?.alive) this.kernel.kill(c.process, signals.SIGKILL);
    if (sb.pause.alive) this.kernel.kill(sb.pause, signals.SIGKILL);
    if (sb.state === 'SANDBOX_READY' && !sb.config.hostNetwork) this.network.teardown(id);
    sb.state = 'SANDBOX_NOTREADY';
  }

  removePodSandbox(id: string): void {
    const sb = this.sandboxes.get(id);
    if (!sb) return;
    this.stopPodSandbox(id);
    for (const c of [...this.containers.values()]) if (c.sandbox === sb) this.removeContainer(c.id);
    this.kernel.exit(sb.shim, 0);
    this.kernel.initNs.mnt.mounts.umount(`${taskDir}/${id}/rootfs`);
    const host = this.kernel.hostFS;
    for (const d of [sb.dir, `${taskDir}/${id}`]) if (host.stat(d)) host.rm(d, { recursive: true });
    const scope = sb.cgroup.child(`cri-containerd-${id}.scope`);
    if (scope && !scope.procs.size) sb.cgroup.removeChild(scope.name);
    this.sandboxes.delete(id);
  }

  podSandboxStatus(id: string): PodSandboxStatus | undefined {
    const sb = this.sandboxes.get(id);
    return sb && this.sandboxStatus(sb);
  }

  private sandboxStatus(sb: Sandbox): PodSandboxStatus {
    const { name, namespace, uid, attempt } = sb.config;
    return { id: sb.id, metadata: { name, namespace, uid, attempt }, state: sb.state, createdAt: sb.createdAt, ip: sb.ip, pausePid: sb.pause.alive ? sb.pause.pid : 0, labels: { ...sb.config.labels } };
  }

  listPodSandbox(): PodSandboxStatus[] {
    return [...this.sandboxes.values()].map((s) => this.sandboxStatus(s));
  }

  // ---- containers ----

  createContainer(sandboxId: string, config: ContainerConfig): string {
    const sb = this.sandboxes.get(sandboxId);
    if (!sb) throw new Error(`failed to get sandbox "${sandboxId}": not found`);
    if (sb.state !== 'SANDBOX_READY') throw new Error(`sandbox container "${sandboxId}" is not running`);
    const stored = this.opts.images.resolve(config.image);
    if (!stored) throw new Error(`failed to get image "${config.image}": not found`);
    const id = this.newId();
    const cg = sb.cgroup.walk(`cri-containerd-${id}.scope`, true)!;
    applyLimits(cg, config.linux);
    const now = () => this.clock.now();
    const rootfs = new OverlayFS(layerTrees(stored.def), new TreeFS('overlay', now), now);
    const t = this.clock.now();
    const status: ContainerStatus = {
      id, metadata: Object.freeze({ name: config.name, attempt: config.attempt }), state: 'CONTAINER_CREATED', createdAt: t, startedAt: 0, finishedAt: 0, exitCode: 0, reason: '', message: '',
      image: stored.info.repoTags[0] ?? config.image, imageRef: stored.info.repoDigests[0] ?? stored.info.id, pid: 0, labels: Object.freeze({ ...config.labels }), sandboxId,
    };
    Object.freeze(status);
    const logPath = `/var/log/pods/${sb.config.namespace}_${sb.config.name}_${sb.config.uid}/${config.name}/${config.attempt}.log`;
    const c: Container = { id, sandbox: sb, config, image: stored.def, imageRef: status.imageRef, status, cgroup: cg, rootfs, log: new ContainerLog(this.kernel.hostFS, logPath, now), stopWaiters: [] };
    this.containers.set(id, c);
    const uid = config.labels[podUidLabel];
    if (uid !== undefined) {
      let ids = this.byPodUid.get(uid);
      if (!ids) this.byPodUid.set(uid, (ids = new Set()));
      ids.add(id);
    }
    this.emit('CONTAINER_CREATED', c);
    return id;
  }

  startContainer(id: string): void {
    const c = this.containers.get(id);
    if (!c) throw new Error(`container "${id}" not found`);
    if (c.status.state !== 'CONTAINER_CREATED') throw new Error(`container "${id}" is in ${c.status.state} state`);
    const k = this.kernel;
    const sb = c.sandbox;
    const argv = containerArgv(c.image, c.config);
    const hostname = sb.pause.ns.uts.hostname;
    const p = k.spawn({
      parent: sb.shim,
      argv,
      // hostPID: the container's processes are node processes (kubectl debug node/…: ps lists the whole node).
      newNamespaces: sb.config.hostPID ? ['mnt', 'cgroup'] : ['pid', 'mnt', 'cgroup'],
      join: { net: sb.pause.ns.net, ipc: sb.pause.ns.ipc, uts: sb.pause.ns.uts },
      cgroup: c.cgroup,
      env: containerEnv(c.image, c.config, hostname),
      cwd: c.config.workingDir || c.image.config.workingDir || '/',
      stdio: c.log,
      user: c.image.config.user,
      emptyMountTable: true,
    });
    setupMounts(k, p, this.mountPlan(id, c.rootfs, sb.dir, c.config.mounts), c.cgroup);
    const base = (argv[0] ?? '').split('/').pop() ?? '';
    // A shell with stdin open (`stdin: true`, kubectl debug/run -it) waits for its terminal instead of reading EOF.
    const interactive = c.config.stdin && shellNames.has(base) && !argv.includes('-c') && findExecutable(k.fsFor(p), argv[0] ?? '');
    const behaviour = interactive ? { baseRss: 600 * 1024, start() {} } : resolveBehaviour(k, p, c.image, argv);
    c.process = p;
    setStatus(c, { pid: p.pid });
    if ('error' in behaviour) {
      const message = `failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: ${behaviour.error}: unknown`;
      k.exit(p, 128);
      setStatus(c, { state: 'CONTAINER_EXITED', exitCode: 128, reason: 'StartError', message, finishedAt: this.clock.now(), pid: 0 });
      this.emit('CONTAINER_STOPPED', c);
      throw new Error(message);
    }
    setStatus(c, { state: 'CONTAINER_RUNNING', startedAt: this.clock.now() });
    p.onExit((proc) => this.exited(c, proc));
    this.emit('CONTAINER_STARTED', c);
    k.exec(p, argv, behaviour);
  }

  private exited(c: Container, p: Process): void {
    c.log.flush();
    const code = p.exitStatus ?? 0;
    const oom = p.oomKilled;
    setStatus(c, {
      state: 'CONTAINER_EXITED',
      exitCode: code,
      finishedAt: this.clock.now(),
      reason: oom ? 'OOMKilled' : code === 0 ? 'Completed' : 'Error',
      pid: 0,
    });
    this.clock.clearTimeout(c.killTimer);
    const ws = c.stopWaiters;
    c.stopWaiters = [];
    this.emit('CONTAINER_STOPPED', c);
    for (const w of ws) this.clock.defer(w);
  }

  stopContainer(id: string, timeoutSeconds: number, done?: () => void): void {
    const c = this.containers.get(id);
    const p = c?.process;
    if (!c || !p || !p.alive) {
      if (done) this.clock.defer(done);
      return;
    }
    if (done) c.stopWaiters.push(done);
    if (timeoutSeconds <= 0) {
      this.kernel.kill(p, signals.SIGKILL);
      return;
    }
    const sig = parseSignal(c.image.config.stopSignal ?? 'SIGTERM') ?? signals.SIGTERM;
    this.kernel.kill(p, sig);
    if (p.alive && c.killTimer === undefined) {
      c.killTimer = this.clock.setTimeout(() => {
        c.killTimer = undefined;
        if (p.alive) this.kernel.kill(p, signals.SIGKILL);
      }, timeoutSeconds * 1000);
    }
  }

  removeContainer(id: string): void {
    const c = this.containers.get(id);
    if (!c) return;
    if (c.process?.alive) this.kernel.kill(c.process, signals.SIGKILL);
    this.kernel.initNs.mnt.mounts.umount(`${taskDir}/${id}/rootfs`);
    const host = this.kernel.hostFS;
    if (host.stat(`${taskDir}/${id}`)) host.rm(`${taskDir}/${id}`, { recursive: true });
    if (!c.cgroup.allProcs().length) c.sandbox.cgroup.removeChild(c.cgroup.name);
    c.log.remove();
    this.containers.delete(id);
    const uid = c.config.labels[podUidLabel];
    const ids = uid !== undefined ? this.byPodUid.get(uid) : undefined;
    if (ids) {
      ids.delete(id);
      if (!ids.size) this.byPodUid.delete(uid!);
    }
    this.emit('CONTAINER_DELETED', c);
  }

  containerStatus(id: string): ContainerStatus | undefined {
    const c = this.containers.get(id);
    return c?.status;
  }

  listContainers(filter?: ContainerFilter): ContainerStatus[] {
    const uid = filter?.labelSelector?.[podUidLabel];
    // The kubelet asks per Pod on every sync: answer from the Pod's own containers, not the node's.
    const ids = uid !== undefined ? (this.byPodUid.get(uid) ?? []) : this.containers.keys();
    const out: ContainerStatus[] = [];
    for (const id of ids) {
      const c = this.containers.get(id)!;
      if (filter?.podSandboxId !== undefined && c.sandbox.id !== filter.podSandboxId) continue;
      if (filter?.labelSelector && !Object.entries(filter.labelSelector).every(([k, v]) => c.status.labels[k] === v)) continue;
      out.push(this.containerStatus(id)!);
    }
    return out;
  }

  /** For crictl inspect and the node shell: the container's process, cgroup and rootfs. */
  containerInfo(id: string): { sandboxId: string; pid: number; cgroupPath: string; rootfs: string; image: ImageDef; argv: string[] } | undefined {
    const c = this.containers.get(id);
    if (!c) return undefined;
    return { sandboxId: c.sandbox.id, pid: c.process?.alive ? c.process.pid : 0, cgroupPath: c.cgroup.path, rootfs: `${taskDir}/${id}/rootfs`, image: c.image, argv: containerArgv(c.image, c.config) };
  }

  private execProcess(c: Container, cmd: string[]): Process {
    const pid1 = c.process!;
    return this.kernel.spawn({ parent: c.sandbox.shim, argv: cmd, join: { ...pid1.ns }, cgroup: c.cgroup, env: pid1.env, cwd: c.config.workingDir || c.image.config.workingDir || '/' });
  }

  execSync(id: string, cmd: string[], _timeoutSeconds: number): ExecResult {
    const c = this.containers.get(id);
    if (!c || !c.process?.alive) return { stdout: '', stderr: `container ${id} is not running`, exitCode: 126 };
    const p = this.execProcess(c, cmd);
    const r = runSync(this.kernel, p, cmd);
    this.kernel.exit(p, r.exitCode);
    return r;
  }

  execInteractive(id: string, cmd: string[], out: { write(s: string): void; idle?(): void }): ShellSession | ExecResult {
    const c = this.containers.get(id);
    if (!c || !c.process?.alive) return { stdout: '', stderr: `container ${id} is not running`, exitCode: 126 };
    const base = (cmd[0] ?? '').split('/').pop() ?? '';
    if (!shellNames.has(base) || cmd.includes('-c')) return this.execSync(id, cmd, 0);
    const pid1 = c.process;
    if (!findExecutable(this.kernel.fsFor(pid1), cmd[0] ?? '')) {
      return { stdout: '', stderr: `OCI runtime exec failed: exec failed: unable to start container process: exec: "${cmd[0]}": executable file not found in $PATH: unknown`, exitCode: 126 };
    }
    const busybox = !!this.kernel.fsFor(pid1).stat('/bin/busybox');
    const { session } = spawnShell(this.kernel, {
      target: pid1,
      parent: c.sandbox.shim,
      argv: cmd,
      cgroup: c.cgroup,
      out,
      shellName: base,
      // busybox ash's PS1 `\w \$ `, Debian bash's `\u@\h:\w\$ `, dash's bare `# `.
      prompt: (s) => (busybox ? `${s.cwd === '/root' ? '~' : s.cwd} # ` : base === 'bash' ? `root@${pid1.ns.uts.hostname}:${s.cwd === '/root' ? '~' : s.cwd}# ` : '# '),
    });
    return session;
  }

  /** Attach to the terminal of a container whose PID 1 is an interactive shell (kubectl attach, debug -it); its exit ends the container. */
  attachInteractive(id: string, out: { write(s: string): void; idle?(): void }): ShellSession | undefined {
    const c = this.containers.get(id);
    const p = c?.process;
    if (!c || !p?.alive || !c.config.stdin) return undefined;
    const base = p.comm;
    if (!shellNames.has(base)) return undefined;
    const busybox = !!this.kernel.fsFor(p).stat('/bin/busybox');
    const state = shellState(this.kernel, p, base);
    state.onExit = (code) => this.kernel.exit(p, code);
    p.tty = 'pts/0';
    return new ShellSession(state, this.clock, out, (s) => (busybox ? `${s.cwd === '/root' ? '~' : s.cwd} # ` : base === 'bash' ? `root@${p.ns.uts.hostname}:${s.cwd === '/root' ? '~' : s.cwd}# ` : '# '));
  }

  containerLogs(id: string): readonly LogLine[] {
    return this.containers.get(id)?.log.lines ?? [];
  }
}
