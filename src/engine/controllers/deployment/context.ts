// What the split files of the Deployment controller (sync, rolling, recreate,
// rollback, progress) need of the controller: upstream's *DeploymentController
// receiver, as an interface so the files do not import each other in a cycle.
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';
import type { Pod } from 'kubernetes-types/core/v1';
import type { VirtualClock } from '../../clock/clock.js';
import type { Client } from '../../client/client.js';
import type { EventRecorder } from '../../client/events.js';
import type { SharedInformer } from '../../client/informer.js';

export interface DeploymentControllerContext {
  client: Client;
  clock: VirtualClock;
  recorder: EventRecorder;
  rsInformer: SharedInformer<ReplicaSet>;
  podInformer: SharedInformer<Pod>;
  enqueueAfter(d: Deployment, ms: number): void;
  enqueueRateLimited(d: Deployment): void;
}

/** Pods of each ReplicaSet of a Deployment, by ReplicaSet uid (getPodMapForDeployment). */
export type PodMap = Map<string, Pod[]>;
