// The kubelet's per-Pod bookkeeping (the pod worker's state in pod_workers.go
// plus the reason cache of reason_cache.go), and the narrow view of the kubelet
// that one sync pass needs.
import type { Pod, PodStatus } from 'kubernetes-types/core/v1';
import type { EventRecorder } from '../client/events.js';
import type { TimerId, VirtualClock } from '../clock/clock.js';
import type { ContainerStatus, RuntimeService } from '../runtime/cri.js';
import type { Backoff } from './backoff.js';
import type { EnvSources } from './envvars.js';
import type { ImageManager } from './images.js';
import type { ProbeManager } from './prober.js';
import type { WaitingReason } from './status.js';
import type { NodeConfig, VolumeHost } from './types.js';
import type { VolumeMemo } from './volumes.js';

export interface PodState {
  /** The pod worker's key: the Pod's UID, or for a static Pod its config hash (its mirror may be recreated). */
  key: string;
  pod: Pod;
  mirror: boolean;
  sandboxId?: string;
  /** Why each container waits (ErrImagePull, CrashLoopBackOff …), from the last pass. */
  reasons: Map<string, WaitingReason>;
  startTime: number;
  /** The API object is gone (deleted with grace 0, or its namespace went). */
  removed: boolean;
  syncing: boolean;
  dirty: boolean;
  timer?: TimerId;
  timerAt?: number;
  /** What the Pod's volumes were last set up with (setUpVolumes skips an unchanged volume). */
  volumes: VolumeMemo;
  /** The last status written, compared before writing again. */
  lastStatus?: Pod['status'];
}

export interface SyncHost {
  clock: VirtualClock;
  node: NodeConfig;
  runtime: RuntimeService;
  images: ImageManager;
  prober: ProbeManager;
  recorder: EventRecorder;
  crashBackOff: Backoff;
  volumeHost: VolumeHost | undefined;
  sources: Omit<EnvSources, 'podIP' | 'hostIP' | 'nodeName'>;
  /** The Pod's containers in the runtime by name, newest attempt first. */
  podContainers(st: PodState): Map<string, ContainerStatus[]>;
  /** Generate and (when it changed) write the Pod's status; returns what it wrote. */
  writeStatus(st: PodState): { status: PodStatus; phase: string };
  /** The status a pass would write now, as a comparable key. */
  /** Whether a pass changed what the status would say (a fresh generatePodStatus against `before`). */
  statusChanged(st: PodState, before: PodStatus): boolean;
  setReason(st: PodState, container: string, r: WaitingReason | undefined): void;
  /** Sync this Pod again after `ms` (the earliest request wins). */
  requeue(st: PodState, ms: number): void;
  cgroupParent(pod: Pod): string;
  dnsConfig(pod: Pod): { servers: string[]; searches: string[]; options: string[] } | undefined;
  indexSandbox(id: string, st: PodState): void;
  /** Keep the newest two containers of a name (the current one and `--previous`). */
  pruneContainers(st: PodState, name: string, attempt: number): void;
  /** Every container stopped after deletion: final status, delete the API object, clean up. */
  podTerminated(st: PodState): void;
  /** A mirror Pod was deleted: recreate it; the static Pod keeps running. */
  resetMirror(st: PodState): void;
}
