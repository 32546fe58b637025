// Mirrors pkg/controller/garbagecollector/graph.go: the dependency graph the
// garbage collector keeps, one node per object uid, with edges from each
// object to the owners its ownerReferences name. Virtual nodes stand for
// owners that were referenced but not (yet) observed by any informer.
import type { OwnerReference } from 'kubernetes-types/meta/v1';

/** objectReference: an owner reference plus the namespace it lives in (empty when cluster-scoped). */
export interface ObjectIdentity {
  apiVersion: string;
  kind: string;
  name: string;
  uid: string;
  namespace: string;
}

export class GraphNode {
  /** Dependents by uid (the graph's reverse edges). */
  readonly dependents = new Set<GraphNode>();
  owners: OwnerReference[] = [];
  /** Seen by an informer (false: a virtual node made up from an ownerReference). */
  observed: boolean;
  /** The object has a deletionTimestamp. */
  beingDeleted = false;
  /** The object has a deletionTimestamp and the foregroundDeletion finalizer. */
  deletingDependents = false;

  constructor(
    public identity: ObjectIdentity,
    observed: boolean,
  ) {
    this.observed = observed;
  }

  /** The dependents whose reference to this node blocks its deletion (blockOwnerDeletion: true). */
  blockingDependents(): GraphNode[] {
    const out: GraphNode[] = [];
    for (const d of this.dependents) {
      if (d.owners.some((r) => r.uid === this.identity.uid && r.blockOwnerDeletion)) out.push(d);
    }
    return out;
  }

  toString(): string {
    const i = this.identity;
    return `[${i.apiVersion}/${i.kind}, namespace: ${i.namespace}, name: ${i.name}, uid: ${i.uid}]`;
  }
}

/** concurrentUIDToNode: the graph's node index. */
export class UIDToNode {
  private nodes = new Map<string, GraphNode>();

  read(uid: string): GraphNode | undefined {
    return this.nodes.get(uid);
  }

  write(n: GraphNode): void {
    this.nodes.set(n.identity.uid, n);
  }

  delete(uid: string): void {
    this.nodes.delete(uid);
  }

  get size(): number {
    return this.nodes.size;
  }
}
