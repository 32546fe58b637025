// Mirrors pkg/controller/garbagecollector/garbagecollector.go (v1.32): the
// attemptToDelete worker (delete an object whose owners are all gone, remove
// dangling ownerReferences when a live owner remains, finish foreground
// deletion once no blocking dependent is left) and the attemptToOrphan worker.
import type { OwnerReference } from 'kubernetes-types/meta/v1';
import { isConflict, isNotFound } from '../../api/errors.js';
import { resourceForKind, type ResourceInfo } from '../../api/resources.js';
import type { VirtualClock } from '../../clock/clock.js';
import type { Client } from '../../client/client.js';
import type { SharedInformerFactory } from '../../client/informer.js';
import { WorkQueue } from '../../client/workqueue.js';
import { clone } from '../../util/object.js';
import type { GraphNode, ObjectIdentity } from './graph.js';
import { GraphBuilder, foregroundFinalizer, orphanFinalizer, type Meta } from './graph_builder.js';

/** The user kube-controller-manager's garbage collector acts as. */
export const gcUser = 'generic-garbage-collector';

type PropagationPolicy = 'Orphan' | 'Background' | 'Foreground';

export class GarbageCollector {
  readonly graph: GraphBuilder;
  readonly attemptToDelete: WorkQueue;
  readonly attemptToOrphan: WorkQueue;
  private pendingDelete = new Map<string, GraphNode>();
  private pendingOrphan = new Map<string, GraphNode>();

  constructor(
    readonly client: Client,
    informers: SharedInformerFactory,
    readonly clock: VirtualClock,
  ) {
    this.attemptToDelete = new WorkQueue(clock, (uid) => this.runAttemptToDelete(uid), { name: 'garbage_collector_attempt_to_delete' });
    this.attemptToOrphan = new WorkQueue(clock, (uid) => this.runAttemptToOrphan(uid), { name: 'garbage_collector_attempt_to_orphan' });
    this.graph = new GraphBuilder(informers, {
      attemptToDelete: (n) => {
        this.pendingDelete.set(n.identity.uid, n);
        this.attemptToDelete.add(n.identity.uid);
      },
      attemptToOrphan: (n) => {
        this.pendingOrphan.set(n.identity.uid, n);
        this.attemptToOrphan.add(n.identity.uid);
      },
    });
  }

  private runAttemptToDelete(uid: string): void {
    const n = this.pendingDelete.get(uid);
    this.pendingDelete.delete(uid);
    if (!n) return;
    this.attemptToDeleteItem(n);
    this.attemptToDelete.forget(uid);
  }

  private runAttemptToOrphan(uid: string): void {
    const n = this.pendingOrphan.get(uid);
    this.pendingOrphan.delete(uid);
    if (!n) return;
    try {
      this.attemptToOrphanItem(n);
      this.attemptToOrphan.forget(uid);
    } catch (e) {
      this.pendingOrphan.set(uid, n);
      throw e;
    }
  }

  /** attemptToDeleteItem: the heart of background and foreground cascading deletion. */
  attemptToDeleteItem(item: GraphNode): void {
    try {
      this.attemptToDeleteItemOnce(item);
    } catch (e) {
      // Retried with back-off, as the worker requeues with AddRateLimited.
      this.pendingDelete.set(item.identity.uid, item);
      throw e;
    }
  }

  private attemptToDeleteItemOnce(item: GraphNode): void {
    if (item.beingDeleted && !item.deletingDependents) return;
    const latest = this.getObject(item.identity);
    if (!latest || latest.metadata?.uid !== item.identity.uid) {
      // The object is gone (or was replaced by another with the same name): a virtual delete event.
      this.graph.removeNode(item);
      return;
    }
    if (item.deletingDependents) return this.processDeletingDependentsItem(item);
    if (!item.observed) return; // it exists; its informer will report it.
    const refs = latest.metadata?.ownerReferences ?? [];
    if (!refs.length) return;
    const { solid, dangling, waiting } = this.classifyReferences(item, refs);
    if (solid.length) {
      if (!dangling.length && !waiting.length) return;
      // A live owner remains: only drop the references to the gone or departing ones.
      const drop = new Set([...dangling, ...waiting].map((r) => r.uid));
      this.updateWithRetry(item.identity, (o) => {
        const m = o.metadata!;
        m.ownerReferences = (m.ownerReferences ?? []).filter((r) => !drop.has(r.uid));
        if (!m.ownerReferences.length) delete m.ownerReferences;
      });
      return;
    }
    let policy: PropagationPolicy;
    if (waiting.length && item.dependents.size) {
      // Our owner waits for us and we have dependents of our own: delete them first.
      policy = 'Foreground';
    } else {
      const f = latest.metadata?.finalizers ?? [];
      policy = f.includes(orphanFinalizer) ? 'Orphan' : f.includes(foregroundFinalizer) ? 'Foreground' : 'Background';
    }
    this.deleteObject(item.identity, policy);
  }

  /** processDeletingDependentsItem: remove foregroundDeletion once nothing blocks the owner. */
  private processDeletingDependentsItem(item: GraphNode): void {
    const blocking = item.blockingDependents();
    if (!blocking.length) {
      this.removeFinalizer(item.identity, foregroundFinalizer);
      return;
    }
    for (const d of blocking) {
      if (!d.deletingDependents) {
        this.pendingDelete.set(d.identity.uid, d);
        this.attemptToDelete.add(d.identity.uid);
      }
    }
  }

  /** classifyReferences: owners that exist, are gone (or replaced), or are deleting in the foreground. */
  private classifyReferences(item: GraphNode, refs: readonly OwnerReference[]) {
    const solid: OwnerReference[] = [];
    const dangling: OwnerReference[] = [];
    const waiting: OwnerReference[] = [];
    for (const r of refs) {
      const info = resourceForKind(r.apiVersion, r.kind);
      if (!info) {
        // Unknown kinds cannot be checked; upstream keeps retrying, the lab keeps the reference.
        solid.push(r);
        continue;
      }
      const owner = this.getObject({ apiVersion: r.apiVersion, kind: r.kind, name: r.name, uid: r.uid, namespace: item.identity.namespace });
      if (!owner || owner.metadata?.uid !== r.uid) dangling.push(r);
      else if (owner.metadata?.deletionTimestamp && (owner.metadata.finalizers ?? []).includes(foregroundFinalizer)) waiting.push(r);
      else solid.push(r);
    }
    return { solid, dangling, waiting };
  }

  /** attemptToOrphanItem: drop the owner's references from every dependent, then the orphan finalizer. */
  attemptToOrphanItem(owner: GraphNode): void {
    for (const d of [...owner.dependents]) {
      this.updateWithRetry(d.identity, (o) => {
        const m = o.metadata!;
        const kept = (m.ownerReferences ?? []).filter((r) => r.uid !== owner.identity.uid);
        if (kept.length) m.ownerReferences = kept;
        else delete m.ownerReferences;
      });
    }
    this.removeFinalizer(owner.identity, orphanFinalizer);
  }

  private resourceOf(id: ObjectIdentity): ResourceInfo | undefined {
    return resourceForKind(id.apiVersion, id.kind);
  }

  private getObject(id: ObjectIdentity): Meta | undefined {
    const info = this.resourceOf(id);
    if (!info) return undefined;
    try {
      return this.client.get<Meta>(info.group, info.name, info.namespaced ? id.namespace : undefined, id.name);
    } catch (e) {
      if (isNotFound(e)) return undefined;
      throw e;
    }
  }

  private deleteObject(id: ObjectIdentity, policy: PropagationPolicy): void {
    const info = this.resourceOf(id);
    if (!info) return;
    try {
      this.client.delete(info.group, info.name, info.namespaced ? id.namespace : undefined, id.name, {
        preconditions: { uid: id.uid },
        propagationPolicy: policy,
      });
    } catch (e) {
      if (isNotFound(e) || isConflict(e)) return;
      throw e;
    }
  }

  private removeFinalizer(id: ObjectIdentity, finalizer: string): void {
    this.updateWithRetry(id, (o) => {
      const m = o.metadata!;
      const kept = (m.finalizers ?? []).filter((f) => f !== finalizer);
      if (kept.length) m.finalizers = kept;
      else delete m.finalizers;
    });
  }

  /** Read-modify-write with the object's resourceVersion; a vanished or replaced object needs nothing. */
  private updateWithRetry(id: ObjectIdentity, mutate: (o: Meta & { metadata: NonNullable<Meta['metadata']> & Record<string, any> }) => void): void {
    const info = this.resourceOf(id);
    if (!info) return;
    const ns = info.namespaced ? id.namespace : undefined;
    for (let attempt = 0; ; attempt++) {
      const cur = this.getObject(id);
      if (!cur || cur.metadata?.uid !== id.uid) return;
      const next = clone(cur) as any;
      mutate(next);
      try {
        this.client.update(info.group, info.name, ns, next);
        return;
      } catch (e) {
        if (isNotFound(e)) return;
        if (!isConflict(e) || attempt >= 4) throw e;
      }
    }
  }
}
