// Request options as in metav1 (CreateOptions, ListOptions, DeleteOptions …)
// and the watch event shape of metav1.WatchEvent.

export interface RequestContext {
  /** The authenticated user, e.g. `kubectl`, `system:kube-scheduler`. */
  user: string;
}

export interface ListOptions {
  labelSelector?: string;
  fieldSelector?: string;
  /** "" or "0": the current state; otherwise the state at that revision. */
  resourceVersion?: string;
  limit?: number;
  continue?: string;
}

export interface WriteOptions {
  dryRun?: boolean;
  fieldManager?: string;
}

export type PropagationPolicy = 'Orphan' | 'Background' | 'Foreground';

export interface DeleteOptions {
  gracePeriodSeconds?: number;
  propagationPolicy?: PropagationPolicy;
  preconditions?: { uid?: string; resourceVersion?: string };
  dryRun?: boolean;
}

export type PatchType = 'json' | 'merge' | 'strategic';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED' | 'ERROR' | 'BOOKMARK';

export interface WatchEvent<T = any> {
  type: WatchEventType;
  object: T;
}

export interface WatchHandle {
  stop(): void;
}

/** A list as the API returns it: `PodList` etc. */
export interface ObjectList<T = any> {
  apiVersion: string;
  kind: string;
  metadata: { resourceVersion: string; continue?: string };
  items: T[];
}
