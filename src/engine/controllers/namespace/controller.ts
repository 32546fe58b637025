// Mirrors pkg/controller/namespace/namespace_controller.go: a namespace
// informer enqueues namespaces that carry a deletionTimestamp; the worker runs
// the deleter and, while content remains, looks again after estimate/2 + 1 s.
import type { Namespace } from 'kubernetes-types/core/v1';
import type { VirtualClock } from '../../clock/clock.js';
import type { Client } from '../../client/client.js';
import type { SharedInformerFactory } from '../../client/informer.js';
import { WorkQueue } from '../../client/workqueue.js';
import { NamespacedResourcesDeleter, ResourcesRemainingError } from './deleter.js';

/** The user kube-controller-manager's namespace controller acts as. */
export const namespaceControllerUser = 'namespace-controller';

export class NamespaceController {
  readonly queue: WorkQueue;
  readonly deleter: NamespacedResourcesDeleter;

  constructor(
    readonly client: Client,
    informers: SharedInformerFactory,
    readonly clock: VirtualClock,
  ) {
    this.deleter = new NamespacedResourcesDeleter(client, clock);
    this.queue = new WorkQueue(clock, (key) => this.syncNamespaceFromKey(key), { name: 'namespace', baseDelayMs: 5, maxDelayMs: 300_000 });
    const inf = informers.informerFor<Namespace>('', 'namespaces');
    inf.addEventHandler({
      onAdd: (ns) => this.enqueue(ns),
      onUpdate: (_o, ns) => this.enqueue(ns),
    });
  }

  private enqueue(ns: Namespace): void {
    if (!ns.metadata?.deletionTimestamp) return;
    this.queue.add(ns.metadata.name!);
  }

  syncNamespaceFromKey(key: string): void {
    try {
      this.deleter.delete(key);
      this.queue.forget(key);
    } catch (e) {
      if (!(e instanceof ResourcesRemainingError)) throw e;
      this.queue.addAfter(key, (Math.floor(e.estimate / 2) + 1) * 1000);
    }
  }
}
