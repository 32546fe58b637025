// Mirrors pkg/controller/endpoint/endpoints_controller.go (v1.32): Services and
// Pods enqueue Service keys; syncService(key) builds the Endpoints of a Service
// with a selector from the Pods it selects (ready → addresses, not ready →
// notReadyAddresses, unless publishNotReadyAddresses), repacks the subsets and
// writes the Endpoints object only when it changed.
import type { EndpointAddress, EndpointPort, EndpointSubset, Endpoints, Pod, Service } from 'kubernetes-types/core/v1';
import { isNotFound } from '../../api/errors.js';
import { selectorFromSet } from '../../api/labels.js';
import { toRFC3339, type VirtualClock } from '../../clock/clock.js';
import type { Client } from '../../client/client.js';
import { keyOf, splitKey, type SharedInformer, type SharedInformerFactory } from '../../client/informer.js';
import { WorkQueue } from '../../client/workqueue.js';
import { deepEqual } from '../../util/object.js';
import { findPort, headlessLabel, isServiceIPSet, lastChangeTriggerTime, podEndpointsChanged, podServiceMemberships, shouldPodBeInEndpoints, shouldSetHostname } from '../util/endpoint.js';
import { isPodReady } from '../util/podutil.js';

export const endpointControllerUser = 'endpoint-controller';

/** maxCapacity: an Endpoints object keeps at most this many addresses (and is annotated over-capacity). */
export const maxCapacity = 1000;
const overCapacityAnnotation = 'endpoints.kubernetes.io/over-capacity';

/** shouldPodBeInEndpoints (endpoints_controller.go): not-ready Pods stay as notReadyAddresses unless they can never run again. */
function notReadyButListed(pod: Pod): boolean {
  switch (pod.spec?.restartPolicy) {
    case 'Never':
      return pod.status?.phase !== 'Failed' && pod.status?.phase !== 'Succeeded';
    case 'OnFailure':
      return pod.status?.phase !== 'Succeeded';
    default:
      return true;
  }
}

function ipKey(ip: string): string {
  return ip.split('.').map((o) => o.padStart(3, '0')).join('.');
}

/** RepackSubsets: one subset per distinct port set, addresses and ports sorted (SortSubsets). */
export function repackSubsets(entries: { addr: EndpointAddress; ready: boolean; ports: EndpointPort[] }[]): EndpointSubset[] {
  const bySet = new Map<string, { ports: EndpointPort[]; ready: EndpointAddress[]; notReady: EndpointAddress[] }>();
  for (const e of entries) {
    const ports = [...e.ports].sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '') || a.port - b.port);
    const k = JSON.stringify(ports);
    let s = bySet.get(k);
    if (!s) bySet.set(k, (s = { ports, ready: [], notReady: [] }));
    const list = e.ready ? s.ready : s.notReady;
    if (!list.some((a) => a.ip === e.addr.ip && a.targetRef?.uid === e.addr.targetRef?.uid)) list.push(e.addr);
  }
  const less = (a: EndpointAddress, b: EndpointAddress) => ipKey(a.ip).localeCompare(ipKey(b.ip)) || (a.targetRef?.uid ?? '').localeCompare(b.targetRef?.uid ?? '');
  const out: EndpointSubset[] = [];
  for (const s of bySet.values()) {
    const subset: EndpointSubset = {};
    if (s.ready.length) subset.addresses = s.ready.sort(less);
    if (s.notReady.length) subset.notReadyAddresses = s.notReady.sort(less);
    if (s.ports.length) subset.ports = s.ports;
    out.push(subset);
  }
  return out.sort((a, b) => JSON.stringify(a.ports ?? []).localeCompare(JSON.stringify(b.ports ?? [])));
}

export class EndpointController {
  readonly queue: WorkQueue;
  readonly serviceInformer: SharedInformer<Service>;
  readonly podInformer: SharedInformer<Pod>;
  readonly endpointsInformer: SharedInformer<Endpoints>;
  /** Last Pod/Service change per Service key (the trigger-time annotation). */
  private triggerTimes = new Map<string, number>();

  constructor(
    readonly client: Client,
    informers: SharedInformerFactory,
    readonly clock: VirtualClock,
  ) {
    this.queue = new WorkQueue(clock, (key) => this.syncService(key), { name: 'endpoint' });
    this.serviceInformer = informers.informerFor<Service>('', 'services');
    this.podInformer = informers.informerFor<Pod>('', 'pods');
    this.endpointsInformer = informers.informerFor<Endpoints>('', 'endpoints');
    this.serviceInformer.addEventHandler({
      onAdd: (s) => this.enqueueService(keyOf(s)),
      onUpdate: (_o, s) => this.enqueueService(keyOf(s)),
      onDelete: (s) => this.enqueueService(keyOf(s)),
    });
    this.podInformer.addEventHandler({
      onAdd: (p) => this.podChanged(p),
      onUpdate: (o, p) => {
        if (!podEndpointsChanged(o, p) && deepEqual(o.metadata?.labels, p.metadata?.labels)) return;
        const keys = podServiceMemberships(this.serviceInformer, p);
        if (!deepEqual(o.metadata?.labels, p.metadata?.labels)) for (const k of podServiceMemberships(this.serviceInformer, o)) keys.add(k);
        for (const k of keys) this.enqueueService(k);
      },
      onDelete: (p) => this.podChanged(p),
    });
    // An Endpoints object changed or removed by someone else is put back (checkLeftoverEndpoints / onEndpointsDelete).
    this.endpointsInformer.addEventHandler({
      onDelete: (ep) => {
        if (this.serviceInformer.getByKey(keyOf(ep))) this.queue.add(keyOf(ep));
      },
    });
  }

  /** The trigger time is the earliest change not yet written (EndpointsTriggerTimeTracker). */
  private enqueueService(key: string): void {
    if (!this.triggerTimes.has(key)) this.triggerTimes.set(key, this.clock.now());
    this.queue.add(key);
  }

  private podChanged(p: Pod): void {
    for (const k of podServiceMemberships(this.serviceInformer, p)) this.enqueueService(k);
  }

  syncService(key: string): void {
    const { namespace, name } = splitKey(key);
    const ns = namespace ?? 'default';
    const svc = this.serviceInformer.getByKey(key);
    if (!svc) {
      // The Service is gone: so is its Endpoints object (the garbage collector does not own it).
      this.triggerTimes.delete(key);
      try {
        this.client.delete('', 'endpoints', ns, name);
      } catch (e) {
        if (!isNotFound(e)) throw e;
      }
      return;
    }
    if (svc.spec?.type === 'ExternalName' || !svc.spec?.selector) return;
    const selector = selectorFromSet(svc.spec.selector);
    const publishNotReady = !!svc.spec.publishNotReadyAddresses;
    const entries: { addr: EndpointAddress; ready: boolean; ports: EndpointPort[] }[] = [];
    for (const pod of this.podInformer.list(ns)) {
      if (!selector.matches(pod.metadata?.labels ?? {})) continue;
      if (!shouldPodBeInEndpoints(pod, publishNotReady)) continue;
      const addr: EndpointAddress = {
        ip: pod.status!.podIP ?? pod.status!.podIPs![0]!.ip!,
        ...(shouldSetHostname(pod, svc) ? { hostname: pod.spec!.hostname } : {}),
        nodeName: pod.spec?.nodeName,
        targetRef: { kind: 'Pod', namespace: pod.metadata?.namespace, name: pod.metadata?.name, uid: pod.metadata?.uid },
      };
      if (!addr.nodeName) delete addr.nodeName;
      const ready = publishNotReady || isPodReady(pod);
      if (!ready && !notReadyButListed(pod)) continue;
      const ports = svc.spec.ports ?? [];
      if (ports.length === 0) {
        // A headless Service without ports still lists its Pods' addresses.
        if (!isServiceIPSet(svc)) entries.push({ addr, ready, ports: [] });
        continue;
      }
      for (const sp of ports) {
        const port = findPort(pod, sp);
        if (port === undefined) continue;
        const epp: EndpointPort = { port, protocol: sp.protocol ?? 'TCP' };
        if (sp.name) epp.name = sp.name;
        if (sp.appProtocol) epp.appProtocol = sp.appProtocol;
        entries.push({ addr, ready, ports: [epp] });
      }
    }
    // Each (address, port) pair first; addresses sharing the same port set are merged.
    const merged = new Map<string, { addr: EndpointAddress; ready: boolean; ports: EndpointPort[] }>();
    for (const e of entries) {
      const k = `${e.addr.targetRef?.uid}/${e.ready}`;
      const m = merged.get(k);
      if (m) m.ports.push(...e.ports);
      else merged.set(k, { ...e, ports: [...e.ports] });
    }
    let subsets = repackSubsets([...merged.values()]);
    let overCapacity = false;
    let total = 0;
    for (const s of subsets) total += (s.addresses?.length ?? 0) + (s.notReadyAddresses?.length ?? 0);
    if (total > maxCapacity) {
      overCapacity = true;
      subsets = truncate(subsets, maxCapacity);
    }

    const labels: Record<string, string> = { ...(svc.metadata?.labels ?? {}) };
    if (isServiceIPSet(svc)) delete labels[headlessLabel];
    else labels[headlessLabel] = '';
    const current = this.endpointsInformer.get(ns, name!);
    const currentLabels = current?.metadata?.labels ?? {};
    const currentOver = current?.metadata?.annotations?.[overCapacityAnnotation] === 'truncated';
    if (current && deepEqual(current.subsets ?? [], subsets) && deepEqual(currentLabels, labels) && currentOver === overCapacity) {
      this.triggerTimes.delete(key);
      return;
    }

    const annotations: Record<string, string> = { ...(current?.metadata?.annotations ?? {}) };
    const trigger = this.triggerTimes.get(key);
    if (trigger !== undefined) annotations[lastChangeTriggerTime] = toRFC3339(trigger);
    if (overCapacity) annotations[overCapacityAnnotation] = 'truncated';
    else delete annotations[overCapacityAnnotation];
    const ep: Endpoints = {
      apiVersion: 'v1',
      kind: 'Endpoints',
      metadata: { ...(current?.metadata ?? {}), name, namespace: ns, labels, annotations },
      subsets,
    };
    if (!Object.keys(annotations).length) delete ep.metadata!.annotations;
    if (current) this.client.update('', 'endpoints', ns, ep);
    else this.client.create('', 'endpoints', ns, ep);
    this.triggerTimes.delete(key);
  }
}

/** truncateEndpoints: keep maxCapacity addresses, ready ones first, spread over the subsets. */
function truncate(subsets: EndpointSubset[], max: number): EndpointSubset[] {
  let left = max;
  return subsets.map((s) => {
    const out: EndpointSubset = { ...s };
    const ready = (s.addresses ?? []).slice(0, left);
    left -= ready.length;
    const notReady = (s.notReadyAddresses ?? []).slice(0, left);
    left -= notReady.length;
    if (ready.length) out.addresses = ready;
    else delete out.addresses;
    if (notReady.length) out.notReadyAddresses = notReady;
    else delete out.notReadyAddresses;
    return out;
  });
}
