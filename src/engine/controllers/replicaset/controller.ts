// Mirrors pkg/controller/replicaset/replica_set.go (v1.32): informers on
// ReplicaSets and Pods whose handlers only enqueue keys (and settle
// expectations), and the level-triggered syncReplicaSet(key).
import type { ReplicaSet } from 'kubernetes-types/apps/v1';
import type { Pod } from 'kubernetes-types/core/v1';
import type { OwnerReference } from 'kubernetes-types/meta/v1';
import { selectorFromLabelSelector, type Selector } from '../../api/labels.js';
import type { VirtualClock } from '../../clock/clock.js';
import type { Client } from '../../client/client.js';
import { EventRecorder } from '../../client/events.js';
import { keyOf, splitKey, type SharedInformer, type SharedInformerFactory } from '../../client/informer.js';
import { WorkQueue } from '../../client/workqueue.js';
import { claimObjects, getControllerOf, recheckController } from '../util/controllerref.js';
import { ControllerExpectations } from '../util/expectations.js';
import { addControllerUIDIndex, controllerUIDIndex, ownedAndOrphans } from '../util/indexers.js';
import { filterActivePods, isPodReady } from '../util/podutil.js';
import { manageReplicas } from './replicas.js';
import { calculateStatus, updateReplicaSetStatus } from './status.js';

/** BurstReplicas: at most this many creates or deletes per sync (kube-controller-manager's default). */
export const burstReplicas = 500;

export class ReplicaSetController {
  readonly queue: WorkQueue;
  readonly expectations: ControllerExpectations;
  readonly recorder: EventRecorder;
  readonly rsInformer: SharedInformer<ReplicaSet>;
  readonly podInformer: SharedInformer<Pod>;
  burstReplicas = burstReplicas;

  constructor(
    readonly client: Client,
    informers: SharedInformerFactory,
    readonly clock: VirtualClock,
  ) {
    this.expectations = new ControllerExpectations(clock);
    this.recorder = new EventRecorder(client, clock, { component: 'replicaset-controller' });
    this.queue = new WorkQueue(
      clock,
      (key) => {
        this.syncReplicaSet(key);
        this.queue.forget(key);
      },
      { name: 'replicaset' },
    );
    this.rsInformer = informers.informerFor<ReplicaSet>('apps', 'replicasets');
    this.podInformer = informers.informerFor<Pod>('', 'pods');
    addControllerUIDIndex(this.rsInformer);
    addControllerUIDIndex(this.podInformer);
    this.rsInformer.addEventHandler({
      onAdd: (rs) => this.enqueue(rs),
      onUpdate: (old, cur) => {
        if (old.metadata?.uid !== cur.metadata?.uid) this.deleteRS(old);
        this.enqueue(cur);
      },
      onDelete: (rs) => this.deleteRS(rs),
    });
    this.podInformer.addEventHandler({
      onAdd: (p) => this.addPod(p),
      onUpdate: (o, c) => this.updatePod(o, c),
      onDelete: (p) => this.deletePod(p),
    });
  }

  private enqueue(rs: ReplicaSet): void {
    this.queue.add(keyOf(rs));
  }

  private deleteRS(rs: ReplicaSet): void {
    const key = keyOf(rs);
    this.expectations.deleteExpectations(key);
    this.queue.add(key);
  }

  /** resolveControllerRef: the ReplicaSet a controllerRef names, if it is still that object. */
  private resolveControllerRef(namespace: string | undefined, ref: OwnerReference): ReplicaSet | undefined {
    if (ref.kind !== 'ReplicaSet') return undefined;
    const rs = this.rsInformer.get(namespace, ref.name);
    return rs?.metadata?.uid === ref.uid ? rs : undefined;
  }

  /** getPodReplicaSets: ReplicaSets whose selector matches an orphan Pod. */
  private podReplicaSets(pod: Pod): ReplicaSet[] {
    const labels = pod.metadata?.labels ?? {};
    return this.rsInformer.list(pod.metadata?.namespace).filter((rs) => {
      const sel = safeSelector(rs);
      return sel !== undefined && !sel.empty() && sel.matches(labels);
    });
  }

  private addPod(pod: Pod): void {
    if (pod.metadata?.deletionTimestamp) return this.deletePod(pod);
    const ref = getControllerOf(pod);
    if (ref) {
      const rs = this.resolveControllerRef(pod.metadata?.namespace, ref);
      if (!rs) return;
      const key = keyOf(rs);
      this.expectations.creationObserved(key);
      this.queue.add(key);
      return;
    }
    for (const rs of this.podReplicaSets(pod)) this.enqueue(rs);
  }

  private updatePod(old: Pod, cur: Pod): void {
    const labelChanged = !sameLabels(old.metadata?.labels, cur.metadata?.labels);
    if (cur.metadata?.deletionTimestamp) {
      // A Pod marked for deletion counts as deleted now: its replacement can start.
      this.deletePod(cur);
      if (labelChanged) this.deletePod(old);
      return;
    }
    const curRef = getControllerOf(cur);
    const oldRef = getControllerOf(old);
    const refChanged = curRef?.uid !== oldRef?.uid;
    if (refChanged && oldRef) {
      const rs = this.resolveControllerRef(old.metadata?.namespace, oldRef);
      if (rs) this.enqueue(rs);
    }
    if (curRef) {
      const rs = this.resolveControllerRef(cur.metadata?.namespace, curRef);
      if (!rs) return;
      this.enqueue(rs);
      // Available only minReadySeconds after Ready: look again then (+1 s as upstream).
      const mrs = rs.spec?.minReadySeconds ?? 0;
      if (!isPodReady(old) && isPodReady(cur) && mrs > 0) this.queue.addAfter(keyOf(rs), mrs * 1000 + 1000);
      return;
    }
    if (labelChanged || refChanged) for (const rs of this.podReplicaSets(cur)) this.enqueue(rs);
  }

  private deletePod(pod: Pod): void {
    const ref = getControllerOf(pod);
    if (!ref) return;
    const rs = this.resolveControllerRef(pod.metadata?.namespace, ref);
    if (!rs) return;
    const key = keyOf(rs);
    this.expectations.deletionObserved(key, keyOf(pod));
    this.queue.add(key);
  }

  /** getIndirectlyRelatedPods: Pods of every ReplicaSet with the same controller (siblings of a Deployment). */
  relatedPods(rs: ReplicaSet): Pod[] {
    const ref = getControllerOf(rs);
    if (!ref) return [];
    const seen = new Set<string>();
    const out: Pod[] = [];
    for (const sibling of this.rsInformer.byIndex(controllerUIDIndex, ref.uid)) {
      // Upstream lists each sibling's Pods by selector; its owned Pods are the same set in practice.
      for (const p of this.podInformer.byIndex(controllerUIDIndex, sibling.metadata!.uid!)) {
        const uid = p.metadata!.uid!;
        if (seen.has(uid)) continue;
        seen.add(uid);
        out.push(p);
      }
    }
    return out;
  }

  /** syncReplicaSet: make the number of active Pods match spec.replicas, then report status. */
  syncReplicaSet(key: string): void {
    const { namespace, name } = splitKey(key);
    const rs = this.rsInformer.get(namespace, name);
    if (!rs) {
      this.expectations.deleteExpectations(key);
      return;
    }
    const needsSync = this.expectations.satisfiedExpectations(key);
    const selector = safeSelector(rs);
    if (!selector) return; // an invalid selector never heals by retrying
    const active = filterActivePods(ownedAndOrphans(this.podInformer, rs));
    const { claimed, errors } = claimObjects(
      {
        client: this.client,
        controller: rs,
        controllerAPIVersion: 'apps/v1',
        controllerKind: 'ReplicaSet',
        selector,
        childGroup: '',
        childResource: 'pods',
        childKind: 'Pod',
        canAdopt: () => recheckController(this.client.get('apps', 'replicasets', namespace, name), rs),
      },
      active,
    );
    if (errors.length) throw errors[0];
    let manageErr: unknown;
    if (needsSync && !rs.metadata?.deletionTimestamp) manageErr = manageReplicas(this, claimed, rs, key);
    const status = calculateStatus(rs, claimed, manageErr, this.clock.now());
    const updated = updateReplicaSetStatus(this.client, rs, status);
    const mrs = updated.spec?.minReadySeconds ?? 0;
    const want = updated.spec?.replicas ?? 1;
    if (!manageErr && mrs > 0 && (updated.status?.readyReplicas ?? 0) === want && (updated.status?.availableReplicas ?? 0) !== want) {
      this.queue.addAfter(key, mrs * 1000);
    }
    if (manageErr) throw manageErr;
  }

  run(): void {
    // Workers start once the caches sync; the queue drains on the clock.
  }
}

function safeSelector(rs: ReplicaSet): Selector | undefined {
  try {
    return selectorFromLabelSelector(rs.spec?.selector);
  } catch {
    return undefined;
  }
}

function sameLabels(a: Readonly<Record<string, string>> | undefined, b: Readonly<Record<string, string>> | undefined): boolean {
  const ka = Object.keys(a ?? {});
  if (ka.length !== Object.keys(b ?? {}).length) return false;
  return ka.every((k) => a![k] === b?.[k]);
}
