// Mirrors pkg/controller/garbagecollector/graph_builder.go: an informer (a
// "monitor") per deletable resource feeds processGraphChanges, which keeps the
// uid → node graph current and queues the nodes whose owners may be gone
// (attemptToDelete) or whose dependents must be orphaned (attemptToOrphan).
import type { OwnerReference } from 'kubernetes-types/meta/v1';
import { resources, apiVersionOf, type ResourceInfo } from '../../api/resources.js';
import type { SharedInformerFactory } from '../../client/informer.js';
import { GraphNode, UIDToNode, type ObjectIdentity } from './graph.js';

export type Meta = {
  apiVersion?: string;
  kind?: string;
  metadata?: {
    name?: string;
    namespace?: string;
    uid?: string;
    deletionTimestamp?: string;
    finalizers?: readonly string[];
    ownerReferences?: readonly OwnerReference[];
  };
};

export const orphanFinalizer = 'orphan';
export const foregroundFinalizer = 'foregroundDeletion';

/** Resources the collector never watches (garbagecollector.DefaultIgnoredResources): events. */
export function monitoredResources(): ResourceInfo[] {
  return resources.filter(
    (r) => r.verbs.includes('delete') && r.verbs.includes('watch') && !(r.group === '' && r.name === 'events'),
  );
}

export interface GraphSinks {
  attemptToDelete(n: GraphNode): void;
  attemptToOrphan(n: GraphNode): void;
}

export class GraphBuilder {
  readonly uidToNode = new UIDToNode();

  constructor(
    informers: SharedInformerFactory,
    private readonly sinks: GraphSinks,
  ) {
    for (const info of monitoredResources()) {
      const inf = informers.informerFor<Meta>(info.group, info.name);
      inf.addEventHandler({
        onAdd: (o) => this.processChange(info, o, 'add'),
        onUpdate: (_old, o) => this.processChange(info, o, 'update'),
        onDelete: (o) => this.processChange(info, o, 'delete'),
      });
    }
  }

  identityOf(info: ResourceInfo, o: Meta): ObjectIdentity {
    return {
      apiVersion: apiVersionOf(info),
      kind: info.kind,
      name: o.metadata?.name ?? '',
      uid: o.metadata?.uid ?? '',
      namespace: o.metadata?.namespace ?? '',
    };
  }

  /** processGraphChanges for one informer event. */
  processChange(info: ResourceInfo, o: Meta, type: 'add' | 'update' | 'delete'): void {
    const uid = o.metadata?.uid;
    if (!uid) return;
    const existing = this.uidToNode.read(uid);
    if (type === 'delete') {
      if (!existing) return;
      this.removeNode(existing);
      return;
    }
    const owners = [...(o.metadata?.ownerReferences ?? [])];
    if (!existing) {
      const n = new GraphNode(this.identityOf(info, o), true);
      n.owners = owners;
      this.insertNode(n);
      this.processTransitions(o, n);
      return;
    }
    if (!existing.observed) {
      // A virtual node turned real: its identity (kind, name) now comes from the object itself.
      existing.observed = true;
      existing.identity = this.identityOf(info, o);
    }
    const oldOwners = existing.owners;
    if (!sameOwners(oldOwners, owners)) {
      const added = owners.filter((r) => !oldOwners.some((x) => x.uid === r.uid));
      const removed = oldOwners.filter((r) => !owners.some((x) => x.uid === r.uid));
      existing.owners = owners;
      for (const r of removed) this.uidToNode.read(r.uid)?.dependents.delete(existing);
      this.addDependentToOwners(existing, added);
      // An owner waiting for its dependents may now have one fewer blocker.
      for (const r of [...removed, ...oldOwners.filter((x) => x.blockOwnerDeletion)]) {
        const owner = this.uidToNode.read(r.uid);
        if (owner?.deletingDependents) this.sinks.attemptToDelete(owner);
      }
    }
    this.processTransitions(o, existing);
  }

  /** startsWaitingForDependentsOrphaned / …Deleted: react to deletion with a propagation finalizer. */
  private processTransitions(o: Meta, n: GraphNode): void {
    const m = o.metadata!;
    const finalizers = m.finalizers ?? [];
    n.beingDeleted = !!m.deletionTimestamp;
    if (m.deletionTimestamp && finalizers.includes(orphanFinalizer)) {
      this.sinks.attemptToOrphan(n);
      return;
    }
    if (m.deletionTimestamp && finalizers.includes(foregroundFinalizer)) {
      if (!n.deletingDependents) {
        n.deletingDependents = true;
        for (const d of n.dependents) this.sinks.attemptToDelete(d);
      }
      this.sinks.attemptToDelete(n);
    }
  }

  private insertNode(n: GraphNode): void {
    this.uidToNode.write(n);
    this.addDependentToOwners(n, n.owners);
  }

  /** addDependentToOwners: owners not in the graph become virtual nodes, checked by attemptToDelete. */
  private addDependentToOwners(n: GraphNode, owners: OwnerReference[]): void {
    for (const r of owners) {
      let owner = this.uidToNode.read(r.uid);
      if (!owner) {
        owner = new GraphNode(
          { apiVersion: r.apiVersion, kind: r.kind, name: r.name, uid: r.uid, namespace: n.identity.namespace },
          false,
        );
        this.uidToNode.write(owner);
        this.sinks.attemptToDelete(owner);
      }
      owner.dependents.add(n);
    }
  }

  /** removeNode: dependents of a vanished owner, and owners waiting on this node, are looked at again. */
  removeNode(n: GraphNode): void {
    if (this.uidToNode.read(n.identity.uid) !== n) return;
    this.uidToNode.delete(n.identity.uid);
    for (const r of n.owners) {
      const owner = this.uidToNode.read(r.uid);
      if (!owner) continue;
      owner.dependents.delete(n);
      if (owner.deletingDependents) this.sinks.attemptToDelete(owner);
    }
    for (const d of n.dependents) this.sinks.attemptToDelete(d);
  }
}

function sameOwners(a: readonly OwnerReference[], b: readonly OwnerReference[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((r, i) => r.uid === b[i]!.uid && !!r.blockOwnerDeletion === !!b[i]!.blockOwnerDeletion);
}
