// Mirrors pkg/controller/deployment/deployment_controller.go (v1.32): informers on
// Deployments, ReplicaSets and Pods whose handlers only enqueue Deployment keys,
// and syncDeployment(key), which claims ReplicaSets and picks the path to take.
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';
import type { Pod } from 'kubernetes-types/core/v1';
import type { OwnerReference } from 'kubernetes-types/meta/v1';
import { selectorFromLabelSelector, type Selector } from '../../api/labels.js';
import type { VirtualClock } from '../../clock/clock.js';
import type { Client } from '../../client/client.js';
import { EventRecorder } from '../../client/events.js';
import { keyOf, splitKey, type SharedInformer, type SharedInformerFactory } from '../../client/informer.js';
import { WorkQueue } from '../../client/workqueue.js';
import { clone, deepEqual } from '../../util/object.js';
import { claimObjects, getControllerOf, recheckController } from '../util/controllerref.js';
import { errorText } from '../util/errors.js';
import { addControllerUIDIndex, controllerUIDIndex, ownedAndOrphans } from '../util/indexers.js';
import type { DeploymentControllerContext, PodMap } from './context.js';
import { rolloutRecreate } from './recreate.js';
import { getRollbackTo, rollback } from './rollback.js';
import { rolloutRolling } from './rolling.js';
import { checkPausedConditions, isScalingEvent, sync, syncStatusOnly } from './sync.js';

/** maxRetries: after 15 rate-limited retries a key is dropped until the next event. */
export const maxRetries = 15;

export class DeploymentController implements DeploymentControllerContext {
  readonly queue: WorkQueue;
  readonly recorder: EventRecorder;
  readonly dInformer: SharedInformer<Deployment>;
  readonly rsInformer: SharedInformer<ReplicaSet>;
  readonly podInformer: SharedInformer<Pod>;

  constructor(
    readonly client: Client,
    informers: SharedInformerFactory,
    readonly clock: VirtualClock,
  ) {
    this.recorder = new EventRecorder(client, clock, { component: 'deployment-controller' });
    this.queue = new WorkQueue(clock, (key) => this.processKey(key), { name: 'deployment' });
    this.dInformer = informers.informerFor<Deployment>('apps', 'deployments');
    this.rsInformer = informers.informerFor<ReplicaSet>('apps', 'replicasets');
    this.podInformer = informers.informerFor<Pod>('', 'pods');
    addControllerUIDIndex(this.rsInformer);
    addControllerUIDIndex(this.podInformer);
    this.dInformer.addEventHandler({
      onAdd: (d) => this.enqueue(d),
      onUpdate: (_o, d) => this.enqueue(d),
      onDelete: (d) => this.enqueue(d),
    });
    this.rsInformer.addEventHandler({
      onAdd: (rs) => this.addReplicaSet(rs),
      onUpdate: (o, c) => this.updateReplicaSet(o, c),
      onDelete: (rs) => this.deleteReplicaSet(rs),
    });
    this.podInformer.addEventHandler({ onDelete: (p) => this.deletePod(p) });
  }

  enqueue(d: Deployment): void {
    this.queue.add(keyOf(d));
  }

  enqueueAfter(d: Deployment, ms: number): void {
    this.queue.addAfter(keyOf(d), ms);
  }

  enqueueRateLimited(d: Deployment): void {
    this.queue.addRateLimited(keyOf(d));
  }

  /** processNextWorkItem + handleErr */
  private processKey(key: string): void {
    try {
      this.syncDeployment(key);
      this.queue.forget(key);
    } catch (err) {
      if (this.queue.numRequeues(key) < maxRetries) this.queue.addRateLimited(key);
      else this.queue.forget(key);
    }
  }

  private resolveControllerRef(namespace: string | undefined, ref: OwnerReference): Deployment | undefined {
    if (ref.kind !== 'Deployment') return undefined;
    const d = this.dInformer.get(namespace, ref.name);
    return d?.metadata?.uid === ref.uid ? d : undefined;
  }

  /** getDeploymentsForReplicaSet: Deployments whose selector matches an orphan ReplicaSet. */
  private deploymentsForReplicaSet(rs: ReplicaSet): Deployment[] {
    const labels = rs.metadata?.labels ?? {};
    return this.dInformer.list(rs.metadata?.namespace).filter((d) => {
      const sel = safeSelector(d);
      return sel !== undefined && !sel.empty() && sel.matches(labels);
    });
  }

  private addReplicaSet(rs: ReplicaSet): void {
    if (rs.metadata?.deletionTimestamp) return this.deleteReplicaSet(rs);
    const ref = getControllerOf(rs);
    if (ref) {
      const d = this.resolveControllerRef(rs.metadata?.namespace, ref);
      if (d) this.enqueue(d);
      return;
    }
    for (const d of this.deploymentsForReplicaSet(rs)) this.enqueue(d);
  }

  private updateReplicaSet(old: ReplicaSet, cur: ReplicaSet): void {
    const curRef = getControllerOf(cur);
    const oldRef = getControllerOf(old);
    const refChanged = curRef?.uid !== oldRef?.uid;
    if (refChanged && oldRef) {
      const d = this.resolveControllerRef(old.metadata?.namespace, oldRef);
      if (d) this.enqueue(d);
    }
    if (curRef) {
      const d = this.resolveControllerRef(cur.metadata?.namespace, curRef);
      if (d) this.enqueue(d);
      return;
    }
    if (refChanged || !deepEqual(old.metadata?.labels, cur.metadata?.labels)) {
      for (const d of this.deploymentsForReplicaSet(cur)) this.enqueue(d);
    }
  }

  private deleteReplicaSet(rs: ReplicaSet): void {
    const ref = getControllerOf(rs);
    if (!ref) return;
    const d = this.resolveControllerRef(rs.metadata?.namespace, ref);
    if (d) this.enqueue(d);
  }

  /** deletePod: a Recreate Deployment waits for its last old Pod to go before scaling up. */
  private deletePod(pod: Pod): void {
    const rsRef = getControllerOf(pod);
    if (rsRef?.kind !== 'ReplicaSet') return;
    const rs = this.rsInformer.get(pod.metadata?.namespace, rsRef.name);
    if (!rs || rs.metadata?.uid !== rsRef.uid) return;
    const dRef = getControllerOf(rs);
    const d = dRef && this.resolveControllerRef(rs.metadata?.namespace, dRef);
    if (!d || d.spec?.strategy?.type !== 'Recreate') return;
    // Upstream lists the ReplicaSets from the API here; the cache holds the same.
    const rsList = this.rsInformer.byIndex(controllerUIDIndex, d.metadata!.uid!);
    let numPods = 0;
    for (const pods of this.podMapFor(d, rsList).values()) numPods += pods.length;
    if (numPods === 0) this.enqueue(d);
  }

  /** getReplicaSetsForDeployment: claim (adopt / release) the ReplicaSets the selector matches. */
  getReplicaSetsForDeployment(d: Deployment): ReplicaSet[] {
    let selector: Selector;
    try {
      selector = selectorFromLabelSelector(d.spec?.selector);
    } catch (e) {
      throw new Error(`deployment ${d.metadata!.namespace}/${d.metadata!.name} has invalid label selector: ${errorText(e)}`);
    }
    const { claimed, errors } = claimObjects(
      {
        client: this.client,
        controller: d,
        controllerAPIVersion: 'apps/v1',
        controllerKind: 'Deployment',
        selector,
        childGroup: 'apps',
        childResource: 'replicasets',
        childKind: 'ReplicaSet',
        canAdopt: () => recheckController(this.client.get('apps', 'deployments', d.metadata!.namespace, d.metadata!.name!), d),
      },
      ownedAndOrphans(this.rsInformer, d),
    );
    if (errors.length) throw errors[0];
    return claimed;
  }

  /** getPodMapForDeployment: Pods matching the selector, grouped by their ReplicaSet's uid. */
  podMapFor(d: Deployment, rsList: ReplicaSet[]): PodMap {
    const sel = safeSelector(d);
    const map: PodMap = new Map();
    for (const rs of rsList) {
      const uid = rs.metadata!.uid!;
      map.set(uid, sel ? this.podInformer.byIndex(controllerUIDIndex, uid).filter((p) => sel.matches(p.metadata?.labels ?? {})) : []);
    }
    return map;
  }

  syncDeployment(key: string): void {
    const { namespace, name } = splitKey(key);
    const cached = this.dInformer.get(namespace, name);
    if (!cached) return;
    // Never mutate the cache: work on a deep copy.
    const d = clone(cached) as Deployment;
    d.status ??= {};
    if (deepEqual(d.spec?.selector, {})) {
      this.recorder.event(d, 'Warning', 'SelectingAll', 'This deployment is selecting all pods. A non-empty selector is required.');
      if ((d.status.observedGeneration ?? 0) < (d.metadata?.generation ?? 0)) {
        d.status.observedGeneration = d.metadata!.generation;
        this.client.updateStatus('apps', 'deployments', namespace, d);
      }
      return;
    }
    const rsList = this.getReplicaSetsForDeployment(d);
    const podMap = this.podMapFor(d, rsList);
    if (d.metadata?.deletionTimestamp) return syncStatusOnly(this, d, rsList);
    checkPausedConditions(this, d);
    if (d.spec?.paused) return sync(this, d, rsList);
    if (getRollbackTo(d) !== undefined) return rollback(this, d, rsList);
    if (isScalingEvent(this, d, rsList)) return sync(this, d, rsList);
    if (d.spec?.strategy?.type === 'Recreate') return rolloutRecreate(this, d, rsList, podMap);
    rolloutRolling(this, d, rsList);
  }

  run(): void {
    // The queue drains itself on the clock once the informers deliver.
  }
}

function safeSelector(d: Deployment): Selector | undefined {
  try {
    return selectorFromLabelSelector(d.spec?.selector);
  } catch {
    return undefined;
  }
}
