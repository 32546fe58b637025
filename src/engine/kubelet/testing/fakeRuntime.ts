// A test double for cri.ts, in the spirit of pkg/kubelet/container/testing's
// FakeRuntime and cri-api's fake_runtime: images pull on the virtual clock,
// containers run until the test (or a scripted command) makes them exit.
// Only kubelet tests use it; the cluster runs the real containerd.
import type { VirtualClock } from '../../clock/clock.js';
import type {
  ContainerConfig,
  ContainerFilter,
  ContainerStatus,
  ExecResult,
  ImageInfo,
  ImageService,
  LogLine,
  PodSandboxConfig,
  PodSandboxStatus,
  PullError,
  RuntimeEvent,
  RuntimeService,
} from '../../runtime/cri.js';
import type { ProbeNetwork, VolumeHost } from '../types.js';

export interface FakeImage {
  size: number;
  /** Virtual time a pull takes. */
  pullMs: number;
}

interface FakeContainer {
  status: ContainerStatus;
  config: ContainerConfig;
  logs: LogLine[];
  /** Exit code when stopped with SIGTERM; undefined = ignores SIGTERM (killed at the deadline). */
  termExit: number | undefined;
}

export class FakeRuntime implements RuntimeService, ImageService {
  readonly catalogue = new Map<string, FakeImage>();
  readonly pulled = new Map<string, ImageInfo>();
  readonly sandboxes = new Map<string, PodSandboxStatus>();
  readonly containers = new Map<string, FakeContainer>();
  readonly calls: string[] = [];
  /** What an exec answers (probes and kubectl exec). */
  execHandler: (c: ContainerStatus, cmd: string[]) => ExecResult = () => ({ stdout: '', stderr: '', exitCode: 0 });
  /** Called when a container starts: scripts behaviour (exit, logs). Default: `sh -c 'exit N'` exits with N. */
  onStart: (c: ContainerStatus, cfg: ContainerConfig) => void = (c, cfg) => {
    const m = /exit (\d+)/.exec([...cfg.command, ...cfg.args].join(' '));
    if (m) this.clock.defer(() => this.exit(c.id, Number(m[1])));
  };
  private handlers: ((e: RuntimeEvent) => void)[] = [];
  private seq = 0;
  private nextIP = 2;
  private nextPid = 1000;

  constructor(
    private readonly clock: VirtualClock,
    private readonly podCIDR = '10.244.1.0/24',
    private readonly nodeIP = '192.168.0.11',
  ) {
    this.catalogue.set('nginx:1.7.9', { size: 39947891, pullMs: 2600 });
    this.catalogue.set('nginx', { size: 72950592, pullMs: 4800 });
    this.catalogue.set('busybox', { size: 2167176, pullMs: 500 });
    this.catalogue.set('registry.k8s.io/pause:3.10', { size: 320368, pullMs: 100 });
    // DaemonSets (kube-proxy) reach every node, fake ones included.
    this.catalogue.set('registry.k8s.io/kube-proxy:v1.32.4', { size: 30892123, pullMs: 100 });
  }

  private id(): string {
    return (++this.seq).toString(16).padStart(64, '0');
  }

  // ---- ImageService ----
  pullImage(ref: string, done: (err?: PullError, image?: ImageInfo) => void): void {
    this.calls.push(`pull ${ref}`);
    const img = this.catalogue.get(ref);
    if (!img) {
      this.clock.setTimeout(() => done({ message: `failed to pull and unpack image "docker.io/library/${ref}": failed to resolve reference "docker.io/library/${ref}": docker.io/library/${ref}: not found` }), 800);
      return;
    }
    this.clock.setTimeout(() => {
      const info: ImageInfo = { id: `sha256:${this.id()}`, repoTags: [`docker.io/library/${ref}`], repoDigests: [`docker.io/library/${ref.split(':')[0]}@sha256:${this.id()}`], size: img.size };
      this.pulled.set(ref, info);
      done(undefined, info);
    }, img.pullMs);
  }

  imageStatus(ref: string): ImageInfo | undefined {
    return this.pulled.get(ref);
  }

  listImages(): ImageInfo[] {
    return [...this.pulled.values()];
  }

  removeImage(ref: string): void {
    this.pulled.delete(ref);
  }

  // ---- RuntimeService ----
  version() {
    return { runtimeName: 'containerd', runtimeVersion: 'v1.7.24', runtimeApiVersion: 'v1' };
  }

  runPodSandbox(config: PodSandboxConfig): string {
    const id = this.id();
    this.calls.push(`runPodSandbox ${config.namespace}/${config.name}`);
    const ip = config.hostNetwork ? this.nodeIP : this.podCIDR.replace(/\.0\/\d+$/, `.${this.nextIP++}`);
    this.sandboxes.set(id, {
      id,
      metadata: { name: config.name, namespace: config.namespace, uid: config.uid, attempt: config.attempt },
      state: 'SANDBOX_READY',
      createdAt: this.clock.now(),
      ip,
      pausePid: this.nextPid++,
      labels: { ...config.labels },
    });
    return id;
  }

  stopPodSandbox(id: string): void {
    this.calls.push(`stopPodSandbox ${id.slice(-4)}`);
    const s = this.sandboxes.get(id);
    if (!s) return;
    for (const c of this.containers.values()) if (c.status.sandboxId === id && c.status.state === 'CONTAINER_RUNNING') this.exit(c.status.id, 137);
    this.sandboxes.set(id, { ...s, state: 'SANDBOX_NOTREADY' });
  }

  removePodSandbox(id: string): void {
    this.sandboxes.delete(id);
    for (const [cid, c] of this.containers) if (c.status.sandboxId === id) this.containers.delete(cid);
  }

  podSandboxStatus(id: string): PodSandboxStatus | undefined {
    return this.sandboxes.get(id);
  }

  listPodSandbox(): PodSandboxStatus[] {
    return [...this.sandboxes.values()];
  }

  createContainer(sandboxId: string, config: ContainerConfig): string {
    if (!this.pulled.has(config.image)) throw new Error(`image "${config.image}" not found`);
    const id = this.id();
    this.calls.push(`createContainer ${config.name}#${config.attempt}`);
    const img = this.pulled.get(config.image)!;
    this.containers.set(id, {
      config,
      logs: [],
      termExit: 143,
      status: {
        id,
        metadata: { name: config.name, attempt: config.attempt },
        state: 'CONTAINER_CREATED',
        createdAt: this.clock.now(),
        startedAt: 0,
        finishedAt: 0,
        exitCode: 0,
        reason: '',
        message: '',
        image: config.image,
        imageRef: img.repoDigests[0]!,
        pid: 0,
        labels: { ...config.labels },
        sandboxId,
      },
    });
    this.emit({ type: 'CONTAINER_CREATED', containerId: id, sandboxId });
    return id;
  }

  startContainer(id: string): void {
    const c = this.containers.get(id)!;
    this.calls.push(`startContainer ${c.config.name}#${c.config.attempt}`);
    c.status = { ...c.status, state: 'CONTAINER_RUNNING', startedAt: this.clock.now(), pid: this.nextPid++ };
    this.emit({ type: 'CONTAINER_STARTED', containerId: id, sandboxId: c.status.sandboxId });
    this.onStart(c.status, c.config);
  }

  stopContainer(id: string, timeoutSeconds: number, done?: () => void): void {
    const c = this.containers.get(id);
    this.calls.push(`stopContainer ${c?.config.name}#${c?.config.attempt} ${timeoutSeconds}`);
    if (!c || c.status.state !== 'CONTAINER_RUNNING') {
      if (done) this.clock.defer(done);
      return;
    }
    if (c.termExit !== undefined) {
      const code = c.termExit;
      this.clock.defer(() => {
        this.exit(id, code);
        done?.();
      });
    } else {
      this.clock.setTimeout(() => {
        this.exit(id, 137);
        done?.();
      }, timeoutSeconds * 1000);
    }
  }

  removeContainer(id: string): void {
    this.calls.push(`removeContainer ${id.slice(-4)}`);
    this.containers.delete(id);
  }

  containerStatus(id: string): ContainerStatus | undefined {
    return this.containers.get(id)?.status;
  }

  listContainers(filter?: ContainerFilter): ContainerStatus[] {
    return [...this.containers.values()]
      .map((c) => c.status)
      .filter((s) => (filter?.podSandboxId === undefined || s.sandboxId === filter.podSandboxId) && Object.entries(filter?.labelSelector ?? {}).every(([k, v]) => s.labels[k] === v));
  }

  execSync(id: string, cmd: string[]): ExecResult {
    const c = this.containers.get(id);
    if (!c || c.status.state !== 'CONTAINER_RUNNING') throw new Error(`container ${id} is not running`);
    return this.execHandler(c.status, cmd);
  }

  containerLogs(id: string): readonly LogLine[] {
    return this.containers.get(id)?.logs ?? [];
  }

  onEvent(handler: (e: RuntimeEvent) => void): () => void {
    this.handlers.push(handler);
    return () => {
      this.handlers = this.handlers.filter((h) => h !== handler);
    };
  }

  // ---- test controls ----
  /** Make a running container's process exit (`OOMKilled` for code 137 when oom). */
  exit(id: string, exitCode: number, oom = false): void {
    const c = this.containers.get(id);
    if (!c || c.status.state !== 'CONTAINER_RUNNING') return;
    const reason = oom ? 'OOMKilled' : exitCode === 0 ? 'Completed' : 'Error';
    c.status = { ...c.status, state: 'CONTAINER_EXITED', exitCode, reason, finishedAt: this.clock.now(), pid: 0 };
    this.clock.defer(() => this.emit({ type: 'CONTAINER_STOPPED', containerId: id, sandboxId: c.status.sandboxId }));
  }

  log(id: string, text: string, stream: 'stdout' | 'stderr' = 'stdout'): void {
    this.containers.get(id)?.logs.push({ time: this.clock.now(), stream, text });
  }

  setIgnoresTerm(id: string): void {
    const c = this.containers.get(id);
    if (c) c.termExit = undefined;
  }

  /** The newest container named `name`. */
  latest(name: string): ContainerStatus | undefined {
    let best: ContainerStatus | undefined;
    for (const c of this.containers.values()) if (c.status.metadata.name === name && (!best || c.status.metadata.attempt >= best.metadata.attempt)) best = c.status;
    return best;
  }

  private emit(e: RuntimeEvent): void {
    for (const h of this.handlers) h(e);
  }
}

/** A MemoryFS-like map for volume files. */
export class FakeVolumeHost implements VolumeHost {
  readonly files = new Map<string, string>();
  readonly dirs = new Set<string>();
  mkdirAll(path: string): void {
    this.dirs.add(path);
  }
  writeFile(path: string, data: string): void {
    this.files.set(path, data);
  }
  removeAll(path: string): void {
    for (const d of [...this.dirs]) if (d === path || d.startsWith(path + '/')) this.dirs.delete(d);
    for (const f of [...this.files.keys()]) if (f.startsWith(path + '/')) this.files.delete(f);
  }
}

/** Probe targets: `ip:port` → HTTP status (or listening for TCP). */
export class FakeNetwork implements ProbeNetwork {
  readonly http = new Map<string, number>();
  httpGet(host: string, port: number, path: string) {
    const code = this.http.get(`${host}:${port}${path}`);
    if (code === undefined) return { error: `Get "http://${host}:${port}${path}": dial tcp ${host}:${port}: connect: connection refused` };
    return { statusCode: code, body: '' };
  }
  tcpConnect(host: string, port: number): string | undefined {
    for (const k of this.http.keys()) if (k.startsWith(`${host}:${port}/`)) return undefined;
    return `dial tcp ${host}:${port}: connect: connection refused`;
  }
}
