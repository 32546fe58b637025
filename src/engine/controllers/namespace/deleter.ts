// Mirrors pkg/controller/namespace/deletion/namespaced_resources_deleter.go
// (v1.32): mark the namespace Terminating, delete every namespaced resource in
// it (deletecollection, then count what remains), report progress as the
// five NamespaceDeletion*/Namespace*Remaining conditions, and finalize.
import type { Namespace, NamespaceCondition } from 'kubernetes-types/core/v1';
import { isConflict, isNotFound } from '../../api/errors.js';
import { resources, type ResourceInfo } from '../../api/resources.js';
import type { VirtualClock } from '../../clock/clock.js';
import type { Client } from '../../client/client.js';
import { clone, deepEqual } from '../../util/object.js';

export const finalizerKubernetes = 'kubernetes';

/** finalizerEstimateSeconds: how long to wait for other finalizers (e.g. the GC's) before looking again. */
export const finalizerEstimateSeconds = 5;

/** ResourcesRemainingError: content is still going; look again in about `estimate` seconds. */
export class ResourcesRemainingError extends Error {
  constructor(readonly estimate: number) {
    super(`some content remains in the namespace, estimate ${estimate} seconds before it is removed`);
  }
}

/** The namespaced resources the deleter empties: all that support delete (discovery's deletable set). */
export function deletableResources(): ResourceInfo[] {
  return resources.filter((r) => r.namespaced && r.verbs.includes('delete') && r.verbs.includes('list'));
}

const conditionTypes = [
  'NamespaceDeletionDiscoveryFailure',
  'NamespaceDeletionGroupVersionParsingFailure',
  'NamespaceDeletionContentFailure',
  'NamespaceContentRemaining',
  'NamespaceFinalizersRemaining',
] as const;

interface Progress {
  /** `pods. has 2 resource instances` per resource with leftovers. */
  remaining: string[];
  /** `foregroundDeletion in 1 resource instances` per finalizer seen. */
  finalizers: string[];
}

export class NamespacedResourcesDeleter {
  constructor(
    private readonly client: Client,
    private readonly clock: VirtualClock,
  ) {}

  /** Delete: returns normally when done (or nothing to do); throws ResourcesRemainingError to be retried. */
  delete(name: string): void {
    let ns = this.getNamespace(name);
    if (!ns?.metadata?.deletionTimestamp) return;
    ns = this.updateStatus(ns, (s) => {
      s.phase = 'Terminating';
    });
    if (!ns || !(ns.spec?.finalizers ?? []).includes(finalizerKubernetes)) return;
    const { estimate, progress } = this.deleteAllContent(name);
    ns = this.updateStatus(ns, (s) => {
      s.conditions = this.conditions(s.conditions ?? [], progress);
    });
    if (estimate > 0) throw new ResourcesRemainingError(estimate);
    if (ns) this.finalize(ns);
  }

  private getNamespace(name: string): Namespace | undefined {
    try {
      return this.client.get<Namespace>('', 'namespaces', undefined, name);
    } catch (e) {
      if (isNotFound(e)) return undefined;
      throw e;
    }
  }

  /** retryOnConflictError around a status update; undefined once the namespace is gone. */
  private updateStatus(ns: Namespace, mutate: (s: NonNullable<Namespace['status']>) => void): Namespace | undefined {
    let cur: Namespace | undefined = ns;
    for (let attempt = 0; cur; attempt++) {
      const next = clone(cur);
      next.status = next.status ?? {};
      mutate(next.status);
      if (deepEqual(next.status, cur.status)) return cur;
      try {
        return this.client.updateStatus<Namespace>('', 'namespaces', undefined, next);
      } catch (e) {
        if (isNotFound(e)) return undefined;
        if (!isConflict(e) || attempt >= 4) throw e;
        cur = this.getNamespace(ns.metadata!.name!);
      }
    }
    return undefined;
  }

  /** finalizeNamespace: remove `kubernetes` from spec.finalizers through the finalize subresource. */
  private finalize(ns: Namespace): void {
    let cur: Namespace | undefined = ns;
    for (let attempt = 0; cur; attempt++) {
      const next = clone(cur);
      next.spec = { ...next.spec, finalizers: (cur.spec?.finalizers ?? []).filter((f) => f !== finalizerKubernetes) };
      try {
        this.client.update('', 'namespaces', undefined, next, { subresource: 'finalize' });
        return;
      } catch (e) {
        if (isNotFound(e)) return;
        if (!isConflict(e) || attempt >= 4) throw e;
        cur = this.getNamespace(ns.metadata!.name!);
      }
    }
  }

  /** deleteAllContent: deletecollection per resource, then what remains decides the estimate. */
  private deleteAllContent(namespace: string): { estimate: number; progress: Progress } {
    let estimate = 0;
    const progress: Progress = { remaining: [], finalizers: [] };
    const finalizerCounts = new Map<string, number>();
    for (const info of deletableResources()) {
      const items = this.client.list(info.group, info.name, namespace).items;
      if (!items.length) continue;
      if (info.group === '' && info.name === 'pods') estimate = Math.max(estimate, estimateForPods(items));
      this.client.deleteCollection(info.group, info.name, namespace, {}, { propagationPolicy: 'Background' });
      const left = this.client.list(info.group, info.name, namespace).items;
      if (!left.length) continue;
      progress.remaining.push(`${info.name}.${info.group} has ${left.length} resource instances`);
      let withFinalizers = false;
      for (const o of left) {
        for (const f of o.metadata?.finalizers ?? []) {
          withFinalizers = true;
          finalizerCounts.set(f, (finalizerCounts.get(f) ?? 0) + 1);
        }
      }
      if (estimate === 0) estimate = withFinalizers ? finalizerEstimateSeconds : estimate;
      // Pods go when their kubelets have stopped them; anything else left over is retried soon.
      if (estimate === 0) estimate = finalizerEstimateSeconds;
    }
    for (const [f, n] of [...finalizerCounts].sort(([a], [b]) => a.localeCompare(b))) progress.finalizers.push(`${f} in ${n} resource instances`);
    progress.remaining.sort();
    return { estimate, progress };
  }

  /** The five conditions upstream keeps on a terminating namespace, in its order. */
  private conditions(existing: readonly NamespaceCondition[], p: Progress): NamespaceCondition[] {
    const now = this.clock.nowRFC3339();
    const want: Record<(typeof conditionTypes)[number], Omit<NamespaceCondition, 'type' | 'lastTransitionTime'>> = {
      NamespaceDeletionDiscoveryFailure: { status: 'False', reason: 'ResourcesDiscovered', message: 'All resources successfully discovered' },
      NamespaceDeletionGroupVersionParsingFailure: { status: 'False', reason: 'ParsedGroupVersions', message: 'All legacy kube types successfully parsed' },
      NamespaceDeletionContentFailure: { status: 'False', reason: 'ContentDeleted', message: 'All content successfully deleted, may be waiting on finalization' },
      NamespaceContentRemaining: p.remaining.length
        ? { status: 'True', reason: 'SomeResourcesRemain', message: `Some resources are remaining: ${p.remaining.join(', ')}` }
        : { status: 'False', reason: 'ContentRemoved', message: 'All content successfully removed' },
      NamespaceFinalizersRemaining: p.finalizers.length
        ? { status: 'True', reason: 'SomeFinalizersRemain', message: `Some content in the namespace has finalizers remaining: ${p.finalizers.join(', ')}` }
        : { status: 'False', reason: 'ContentHasNoFinalizers', message: 'All content-preserving finalizers finished' },
    };
    return conditionTypes.map((type) => {
      const old = existing.find((c) => c.type === type);
      const w = want[type];
      const sameStatus = old && old.status === w.status;
      return { type, status: w.status, lastTransitionTime: sameStatus ? old.lastTransitionTime : now, reason: w.reason, message: w.message };
    });
  }
}

/** estimateGracefulTerminationForPods: the longest grace period of a Pod that is not finished. */
function estimateForPods(pods: any[]): number {
  let estimate = 0;
  for (const p of pods) {
    const phase = p.status?.phase;
    if (phase === 'Succeeded' || phase === 'Failed') continue;
    const grace = p.spec?.terminationGracePeriodSeconds;
    if (typeof grace === 'number' && grace > estimate) estimate = grace;
  }
  return estimate;
}
