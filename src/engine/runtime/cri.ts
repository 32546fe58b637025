// The Container Runtime Interface as the kubelet sees it: a synchronous,
// virtual-time version of k8s.io/cri-api/pkg/apis/runtime/v1 (RuntimeService
// and ImageService). Calls that take time in a real runtime (image pulls,
// stopping a container within its grace period) report completion through a
// callback fired on the virtual clock.
import type { ShellSession } from '../shell/session.js';

export type ContainerState = 'CONTAINER_CREATED' | 'CONTAINER_RUNNING' | 'CONTAINER_EXITED' | 'CONTAINER_UNKNOWN';
export type SandboxState = 'SANDBOX_READY' | 'SANDBOX_NOTREADY';

export interface PodSandboxConfig {
  name: string;
  namespace: string;
  uid: string;
  attempt: number;
  hostname: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  /** Cgroup parent chosen by the kubelet, e.g. /kubepods.slice/kubepods-besteffort.slice/kubepods-besteffort-pod<uid>.slice */
  cgroupParent: string;
  /** DNS config written to the sandbox's /etc/resolv.conf. */
  dns?: { servers: string[]; searches: string[]; options: string[] };
  hostNetwork?: boolean;
  /** hostPID / hostIPC: the sandbox and its containers stay in the node's PID / IPC namespace. */
  hostPID?: boolean;
  hostIPC?: boolean;
}

export interface PodSandboxStatus {
  id: string;
  metadata: { name: string; namespace: string; uid: string; attempt: number };
  state: SandboxState;
  createdAt: number;
  /** The Pod IP from CNI (the node's IP for hostNetwork). */
  ip: string;
  /** Host PID of the pause process. */
  pausePid: number;
  labels: Record<string, string>;
}

export interface Mount {
  containerPath: string;
  /** Path on the node (a volume's directory under /var/lib/kubelet/pods/<uid>/volumes/…). */
  hostPath: string;
  readonly: boolean;
}

export interface ContainerConfig {
  name: string;
  attempt: number;
  image: string;
  command: string[];
  args: string[];
  workingDir?: string;
  envs: { key: string; value: string }[];
  mounts: Mount[];
  labels: Record<string, string>;
  annotations: Record<string, string>;
  /** Linux resources from requests/limits: memory limit in bytes (0 = none), CPU quota/period/shares. */
  linux: { memoryLimitBytes: number; cpuQuota: number; cpuPeriod: number; cpuShares: number };
  tty?: boolean;
  stdin?: boolean;
}

export interface ContainerStatus {
  id: string;
  metadata: { name: string; attempt: number };
  state: ContainerState;
  createdAt: number;
  startedAt: number;
  finishedAt: number;
  exitCode: number;
  /** `OOMKilled`, `Error`, `Completed`, `ContainerCannotRun` … as the kubelet reports them. */
  reason: string;
  message: string;
  image: string;
  /** `docker.io/library/nginx@sha256:…` */
  imageRef: string;
  /** Host PID of the container's first process (0 when not running). */
  pid: number;
  labels: Record<string, string>;
  sandboxId: string;
}

export interface ImageInfo {
  id: string;
  repoTags: string[];
  repoDigests: string[];
  size: number;
}

export interface PullError {
  /** `ErrImagePull` reason detail as containerd words it, e.g. `failed to pull and unpack image …: not found`. */
  message: string;
}

export interface ExecResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface LogLine {
  /** Virtual time the line was written (ms). */
  time: number;
  stream: 'stdout' | 'stderr';
  text: string;
}

export interface RuntimeEvent {
  type: 'CONTAINER_CREATED' | 'CONTAINER_STARTED' | 'CONTAINER_STOPPED' | 'CONTAINER_DELETED';
  containerId: string;
  sandboxId: string;
}

export interface ContainerFilter {
  podSandboxId?: string;
  labelSelector?: Record<string, string>;
}

export interface RuntimeService {
  version(): { runtimeName: string; runtimeVersion: string; runtimeApiVersion: string };
  runPodSandbox(config: PodSandboxConfig): string;
  stopPodSandbox(id: string): void;
  removePodSandbox(id: string): void;
  podSandboxStatus(id: string): PodSandboxStatus | undefined;
  listPodSandbox(): PodSandboxStatus[];
  createContainer(sandboxId: string, config: ContainerConfig): string;
  startContainer(id: string): void;
  /** SIGTERM, then SIGKILL after `timeoutSeconds` of virtual time; `done` fires once the container has exited. */
  stopContainer(id: string, timeoutSeconds: number, done?: () => void): void;
  removeContainer(id: string): void;
  containerStatus(id: string): ContainerStatus | undefined;
  /** ListContainers with CRI's ContainerFilter (podSandboxId, labelSelector: every label must match). */
  listContainers(filter?: ContainerFilter): ContainerStatus[];
  /** Run a command to completion in the container (probes, `kubectl exec` without -it). */
  execSync(id: string, cmd: string[], timeoutSeconds: number): ExecResult;
  /** An interactive shell session in the container (`kubectl exec -it … -- sh`). */
  execInteractive?(id: string, cmd: string[], out: { write(s: string): void; idle?(): void }): ShellSession | ExecResult;
  /** Attach to the terminal of a container started with stdin (kubectl attach, debug -it); undefined when there is none. */
  attachInteractive?(id: string, out: { write(s: string): void; idle?(): void }): ShellSession | undefined;
  containerLogs(id: string): readonly LogLine[];
  /** Container lifecycle events (the kubelet's PLEG listens). */
  onEvent(handler: (e: RuntimeEvent) => void): () => void;
}

export interface ImageService {
  /** Pull on the virtual clock (time grows with image size); `done` gets an error for unknown images or tags. */
  pullImage(ref: string, done: (err?: PullError, image?: ImageInfo) => void): void;
  imageStatus(ref: string): ImageInfo | undefined;
  listImages(): ImageInfo[];
  removeImage(ref: string): void;
}
