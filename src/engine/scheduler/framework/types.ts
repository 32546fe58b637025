// Mirrors pkg/scheduler/framework/interface.go and cycle_state.go: the status codes a
// plugin returns, the extension points it implements (PreFilter, Filter, PreScore,
// Score, NormalizeScore), CycleState, and the cluster events a plugin registers for.
import type { PersistentVolume, PersistentVolumeClaim, Pod } from 'kubernetes-types/core/v1';
import type { StorageClass } from 'kubernetes-types/storage/v1';
import type { NodeChangeLog } from './nodeChanges.js';
import type { ImageState, NodeInfo } from './nodeInfo.js';
import type { PodInfo } from './podInfo.js';

/** framework.Code. */
export const enum Code {
  Success = 0,
  Error = 1,
  Unschedulable = 2,
  UnschedulableAndUnresolvable = 3,
  Wait = 4,
  Skip = 5,
  Pending = 6,
}

export const codeNames = ['Success', 'Error', 'Unschedulable', 'UnschedulableAndUnresolvable', 'Wait', 'Skip', 'Pending'] as const;

/** framework.Status: a code, the human reasons and the plugin that returned it. */
export class Status {
  constructor(
    readonly code: Code,
    readonly reasons: readonly string[] = [],
    public plugin = '',
  ) {}

  isSuccess(): boolean {
    return this.code === Code.Success;
  }

  /** IsRejected: Unschedulable, UnschedulableAndUnresolvable or Pending. */
  isRejected(): boolean {
    return this.code === Code.Unschedulable || this.code === Code.UnschedulableAndUnresolvable || this.code === Code.Pending;
  }

  message(): string {
    return this.reasons.join(', ');
  }
}

export const skipStatus = new Status(Code.Skip);

/** framework.MaxNodeScore. */
export const maxNodeScore = 100;

/** CycleState: per-scheduling-cycle data a plugin writes in PreFilter/PreScore and reads later. */
export class CycleState {
  private data = new Map<string, unknown>();
  /** Plugins whose PreScore returned Skip: their Score is not run. */
  readonly skipScorePlugins = new Set<string>();
  /** Plugins whose PreFilter returned Skip: their Filter is not run. */
  readonly skipFilterPlugins = new Set<string>();

  read<T>(key: string): T | undefined {
    return this.data.get(key) as T | undefined;
  }

  write(key: string, v: unknown): void {
    this.data.set(key, v);
  }
}

/** What changed in the cluster (framework.ClusterEvent): resource + action. */
export type ClusterEventResource = 'Pod' | 'AssignedPod' | 'Node';
export type ActionType =
  | 'Add'
  | 'Delete'
  | 'UpdateNodeAllocatable'
  | 'UpdateNodeLabel'
  | 'UpdateNodeTaint'
  | 'UpdateNodeCondition'
  | 'UpdateNodeAnnotation'
  | 'UpdatePodLabel'
  | 'UpdatePodScaleDown'
  | 'UpdatePodTolerations'
  | 'Update';

export interface ClusterEvent {
  resource: ClusterEventResource;
  actions: readonly ActionType[];
}

/** The read-only view of the cluster a plugin sees during one cycle (SharedLister). */
export interface Handle {
  /** Every NodeInfo with a Node, in the node tree's order. */
  nodeInfos(): readonly NodeInfo[];
  /** Workload objects used by PodTopologySpread's default constraints (DefaultSelector). */
  listers: WorkloadListers;
  /** The cache's change log, for counts kept across cycles (absent: plugins recount). */
  changes?: NodeChangeLog;
  /** Each Pod with label key=value on a listed node (absent: plugins walk the nodes' Pods). */
  forEachPodWithLabel?(key: string, value: string, fn: (pod: PodInfo, node: NodeInfo) => void): void;
  /** An image's cluster-wide state by name, with `onNode` by NodeInfo.slot (absent: plugins read NodeInfo.imageStates). */
  imageState?(name: string): ImageState | undefined;
}

export interface WorkloadListers {
  services(namespace: string): readonly { spec?: { selector?: Record<string, string> } }[];
  replicaSets(namespace: string): readonly { spec?: { selector?: unknown }; metadata?: { name?: string; uid?: string } }[];
  statefulSets(namespace: string): readonly { spec?: { selector?: unknown }; metadata?: { name?: string; uid?: string } }[];
  replicationControllers(namespace: string): readonly { spec?: { selector?: Record<string, string> } }[];
  /** One ReplicaSet or StatefulSet by name (absent: found in the list). */
  replicaSet?(namespace: string, name: string): { spec?: { selector?: unknown }; metadata?: { name?: string; uid?: string } } | undefined;
  statefulSet?(namespace: string, name: string): { spec?: { selector?: unknown }; metadata?: { name?: string; uid?: string } } | undefined;
  /** Claims, volumes and classes for the VolumeBinding plugin (absent: the plugin skips). */
  volumes?: VolumeListers;
}

export interface VolumeListers {
  claim(namespace: string, name: string): PersistentVolumeClaim | undefined;
  volume(name: string): PersistentVolume | undefined;
  storageClass(name: string): StorageClass | undefined;
}

export interface Plugin {
  readonly name: string;
  /** Events after which a Pod this plugin rejected may fit (EventsToRegister). */
  readonly events: readonly ClusterEvent[];
  preFilter?(state: CycleState, pod: PodInfo, h: Handle): Status | null;
  /** null means Success (saves an allocation per node on the hot path). */
  filter?(state: CycleState, pod: PodInfo, node: NodeInfo): Status | null;
  preScore?(state: CycleState, pod: PodInfo, feasible: readonly NodeInfo[], h: Handle): Status | null;
  score?(state: CycleState, pod: PodInfo, node: NodeInfo): number;
  /** Score of every node at once into out[0..nodes.length): the same numbers as `score`, without a call per node. */
  scoreNodes?(state: CycleState, pod: PodInfo, nodes: readonly NodeInfo[], out: Float64Array): void;
  normalizeScore?(state: CycleState, pod: PodInfo, nodes: readonly NodeInfo[], scores: Float64Array): void;
}

/** The Pod a PostFilter plugin may make schedulable (DefaultPreemption). */
export interface PostFilterPlugin {
  readonly name: string;
  postFilter(state: CycleState, pod: PodInfo, statuses: ReadonlyMap<string, Status>, h: Handle, fw: FilterRunner): PostFilterResult;
}

export interface PostFilterResult {
  status: Status;
  /** Set when preemption found a node: the Pod's nominatedNodeName and the victims to delete. */
  nominatedNode?: string;
  victims?: Pod[];
}

/** What a PostFilter plugin may call back into: the Filter plugins on a modified NodeInfo. */
export interface FilterRunner {
  runFilters(state: CycleState, pod: PodInfo, node: NodeInfo): Status | null;
}
