// Mirrors pkg/controller/endpointslice/endpointslice_controller.go (v1.32):
// Services, Pods and EndpointSlices enqueue Service keys; syncService(key) lists
// the Pods the Service selects (terminating ones included, with conditions),
// and the reconciler creates, updates and deletes the Service's slices
// (`<svc>-<5 random>`, labelled kubernetes.io/service-name and managed-by).
import type { Pod, Service } from 'kubernetes-types/core/v1';
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import { isNotFound } from '../../api/errors.js';
import { selectorFromSet } from '../../api/labels.js';
import { toRFC3339, type VirtualClock } from '../../clock/clock.js';
import type { Client } from '../../client/client.js';
import { keyOf, splitKey, type SharedInformer, type SharedInformerFactory } from '../../client/informer.js';
import { WorkQueue } from '../../client/workqueue.js';
import { deepEqual } from '../../util/object.js';
import { lastChangeTriggerTime, podEndpointsChanged, podServiceMemberships, shouldPodBeInEndpoints } from '../util/endpoint.js';
import { controllerName, desiredGroups, managedByLabel, reconcile, serviceNameLabel } from './reconciler.js';

export const endpointSliceControllerUser = 'endpointslice-controller';
const byServiceIndex = 'endpointslice.service';

export class EndpointSliceController {
  readonly queue: WorkQueue;
  readonly serviceInformer: SharedInformer<Service>;
  readonly podInformer: SharedInformer<Pod>;
  readonly sliceInformer: SharedInformer<EndpointSlice>;
  private triggerTimes = new Map<string, number>();
  /** endpointSliceTracker: per Service, slice name → resourceVersion written (undefined = deleted), until the informer shows it. */
  private written = new Map<string, { at: number; slices: Map<string, string | undefined> }>();

  constructor(
    readonly client: Client,
    informers: SharedInformerFactory,
    readonly clock: VirtualClock,
  ) {
    this.queue = new WorkQueue(clock, (key) => this.syncService(key), { name: 'endpoint_slice' });
    this.serviceInformer = informers.informerFor<Service>('', 'services');
    this.podInformer = informers.informerFor<Pod>('', 'pods');
    this.sliceInformer = informers.informerFor<EndpointSlice>('discovery.k8s.io', 'endpointslices');
    this.sliceInformer.addIndexer(byServiceIndex, (s) => {
      const svc = s.metadata?.labels?.[serviceNameLabel];
      return svc && s.metadata?.labels?.[managedByLabel] === controllerName ? [`${s.metadata?.namespace}/${svc}`] : [];
    });
    this.serviceInformer.addEventHandler({
      onAdd: (s) => this.enqueue(keyOf(s)),
      onUpdate: (o, s) => {
        if (!deepEqual(o.spec, s.spec) || !deepEqual(o.metadata?.labels, s.metadata?.labels)) this.enqueue(keyOf(s));
      },
      onDelete: (s) => this.enqueue(keyOf(s)),
    });
    this.podInformer.addEventHandler({
      onAdd: (p) => this.podChanged(p),
      onUpdate: (o, p) => {
        const labelsChanged = !deepEqual(o.metadata?.labels, p.metadata?.labels);
        if (!podEndpointsChanged(o, p) && !labelsChanged) return;
        const keys = podServiceMemberships(this.serviceInformer, p);
        if (labelsChanged) for (const k of podServiceMemberships(this.serviceInformer, o)) keys.add(k);
        for (const k of keys) this.enqueue(k);
      },
      onDelete: (p) => this.podChanged(p),
    });
    // Someone else's change to a managed slice is undone (onEndpointSliceUpdate / Delete).
    const sliceEvent = (s: EndpointSlice) => {
      const svc = s.metadata?.labels?.[serviceNameLabel];
      if (svc && s.metadata?.labels?.[managedByLabel] === controllerName) this.queue.add(`${s.metadata?.namespace}/${svc}`);
    };
    this.sliceInformer.addEventHandler({
      onAdd: (s) => this.observed(s, false),
      onUpdate: (_o, s) => {
        this.observed(s, false);
        sliceEvent(s);
      },
      onDelete: (s) => {
        this.observed(s, true);
        sliceEvent(s);
      },
    });
  }

  private enqueue(key: string): void {
    if (!this.triggerTimes.has(key)) this.triggerTimes.set(key, this.clock.now());
    this.queue.add(key);
  }

  private podChanged(p: Pod): void {
    for (const k of podServiceMemberships(this.serviceInformer, p)) this.enqueue(k);
  }

  syncService(key: string): void {
    const { namespace, name } = splitKey(key);
    const ns = namespace ?? 'default';
    const svc = this.serviceInformer.getByKey(key);
    if (!svc) {
      // The garbage collector removes slices owned by a deleted Service; nothing to do here.
      this.triggerTimes.delete(key);
      return;
    }
    if (svc.spec?.type === 'ExternalName' || !svc.spec?.selector) return;
    const selector = selectorFromSet(svc.spec.selector);
    const pods = this.podInformer.list(ns).filter((p) => selector.matches(p.metadata?.labels ?? {}) && shouldPodBeInEndpoints(p, true));
    const existing = this.sliceInformer.byIndex(byServiceIndex, `${ns}/${name}`).filter((s) => s.addressType === 'IPv4');
    if (this.staleCache(key)) {
      // Our last writes are not in the cache yet: syncing now would duplicate them.
      this.queue.addAfter(key, 100);
      return;
    }
    const trigger = this.triggerTimes.get(key);
    const annotations = trigger !== undefined ? { [lastChangeTriggerTime]: toRFC3339(trigger) } : undefined;
    const plan = reconcile(svc, existing, desiredGroups(svc, pods), annotations);
    const written = new Map<string, string | undefined>();
    for (const s of plan.create) {
      const out = this.client.create<EndpointSlice>('discovery.k8s.io', 'endpointslices', ns, s);
      written.set(out.metadata!.name!, out.metadata!.resourceVersion);
    }
    for (const s of plan.update) {
      const out = this.client.update<EndpointSlice>('discovery.k8s.io', 'endpointslices', ns, s);
      written.set(out.metadata!.name!, out.metadata!.resourceVersion);
    }
    for (const s of plan.delete) {
      written.set(s.metadata!.name!, undefined);
      try {
        this.client.delete('discovery.k8s.io', 'endpointslices', ns, s.metadata!.name!);
      } catch (e) {
        if (!isNotFound(e)) throw e;
      }
    }
    if (written.size) this.written.set(key, { at: this.clock.now(), slices: written });
    this.triggerTimes.delete(key);
  }

  private staleCache(key: string): boolean {
    const w = this.written.get(key);
    if (!w) return false;
    if (w.slices.size === 0 || this.clock.now() - w.at > 5000) {
      this.written.delete(key);
      return false;
    }
    return true;
  }

  /** The informer delivered a slice: our write of it (or a later one) is now in the cache. */
  private observed(s: EndpointSlice, deleted: boolean): void {
    const svc = s.metadata?.labels?.[serviceNameLabel];
    const w = svc && this.written.get(`${s.metadata?.namespace}/${svc}`);
    if (!w || !w.slices.has(s.metadata!.name!)) return;
    const rv = w.slices.get(s.metadata!.name!);
    if (deleted || (rv !== undefined && Number(s.metadata!.resourceVersion) >= Number(rv))) w.slices.delete(s.metadata!.name!);
  }

}
