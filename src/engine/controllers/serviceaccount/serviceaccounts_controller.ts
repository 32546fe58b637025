// Mirrors pkg/controller/serviceaccount/serviceaccounts_controller.go: every
// active namespace has the ServiceAccounts the controller is told to ensure
// (kube-controller-manager: just `default`), recreated if someone deletes one.
import type { Namespace, ServiceAccount } from 'kubernetes-types/core/v1';
import { isAlreadyExists, isStatusError } from '../../api/errors.js';
import type { VirtualClock } from '../../clock/clock.js';
import type { Client } from '../../client/client.js';
import type { SharedInformer, SharedInformerFactory } from '../../client/informer.js';
import { WorkQueue } from '../../client/workqueue.js';

export const serviceAccountControllerUser = 'service-account-controller';

/** DefaultServiceAccountsControllerOptions: one `default` account per namespace. */
export const defaultServiceAccounts = ['default'];

export class ServiceAccountsController {
  readonly queue: WorkQueue;
  readonly nsInformer: SharedInformer<Namespace>;
  readonly saInformer: SharedInformer<ServiceAccount>;

  constructor(
    readonly client: Client,
    informers: SharedInformerFactory,
    clock: VirtualClock,
    readonly serviceAccounts = defaultServiceAccounts,
  ) {
    this.queue = new WorkQueue(clock, (ns) => this.syncNamespace(ns), { name: 'serviceaccount' });
    this.nsInformer = informers.informerFor<Namespace>('', 'namespaces');
    this.saInformer = informers.informerFor<ServiceAccount>('', 'serviceaccounts');
    this.nsInformer.addEventHandler({
      onAdd: (ns) => this.queue.add(ns.metadata!.name!),
      onUpdate: (_o, ns) => this.queue.add(ns.metadata!.name!),
    });
    this.saInformer.addEventHandler({
      onDelete: (sa) => {
        if (this.serviceAccounts.includes(sa.metadata!.name!)) this.queue.add(sa.metadata!.namespace!);
      },
    });
  }

  syncNamespace(name: string): void {
    const ns = this.nsInformer.get(undefined, name);
    if (!ns || ns.status?.phase !== 'Active' || ns.metadata?.deletionTimestamp) return;
    for (const sa of this.serviceAccounts) {
      if (this.saInformer.get(name, sa)) continue;
      try {
        this.client.create('', 'serviceaccounts', name, { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: sa } });
      } catch (e) {
        // Already there (our cache lagged) or the namespace started terminating: nothing to do.
        if (isAlreadyExists(e) || (isStatusError(e) && (e.code === 403 || e.code === 404))) continue;
        throw e;
      }
    }
  }
}
