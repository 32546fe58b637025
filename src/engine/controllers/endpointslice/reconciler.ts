// Mirrors staging/src/k8s.io/endpointslice/reconciler.go and utils.go (v1.32):
// the desired endpoints of a Service grouped by port set (endpointMeta), matched
// against the existing slices: endpoints kept in place and updated, removed ones
// dropped (a slice left empty is deleted), new ones added to slices with room
// or to new slices of at most maxEndpointsPerSlice; a placeholder slice when none is left.
import type { Pod, Service } from 'kubernetes-types/core/v1';
import type { Endpoint, EndpointPort, EndpointSlice } from 'kubernetes-types/discovery/v1';
import { findPort, headlessLabel, shouldSetHostname } from '../util/endpoint.js';
import { isPodReady } from '../util/podutil.js';

export const controllerName = 'endpointslice-controller.k8s.io';
export const serviceNameLabel = 'kubernetes.io/service-name';
export const managedByLabel = 'endpointslice.kubernetes.io/managed-by';
export const maxEndpointsPerSlice = 100;

/** podToEndpoint: ready = publishNotReady || (serving && !terminating). */
export function podToEndpoint(pod: Pod, svc: Service): Endpoint {
  const serving = isPodReady(pod);
  const terminating = !!pod.metadata?.deletionTimestamp;
  const ready = !!svc.spec?.publishNotReadyAddresses || (serving && !terminating);
  const ep: Endpoint = {
    addresses: [pod.status?.podIP ?? pod.status?.podIPs?.[0]?.ip ?? ''],
    conditions: { ready, serving, terminating },
  };
  if (shouldSetHostname(pod, svc)) ep.hostname = pod.spec!.hostname;
  ep.targetRef = { kind: 'Pod', namespace: pod.metadata?.namespace, name: pod.metadata?.name, uid: pod.metadata?.uid };
  if (pod.spec?.nodeName) ep.nodeName = pod.spec.nodeName;
  return ep;
}

/** getEndpointPorts: the Service's ports resolved for this Pod (named targetPorts per Pod). */
export function endpointPorts(svc: Service, pod: Pod): EndpointPort[] {
  const out: EndpointPort[] = [];
  for (const sp of svc.spec?.ports ?? []) {
    const port = findPort(pod, sp);
    if (port === undefined) continue;
    const p: EndpointPort = { name: sp.name ?? '', port, protocol: sp.protocol ?? 'TCP' };
    if (sp.appProtocol) p.appProtocol = sp.appProtocol;
    out.push(p);
  }
  return out;
}

/** setEndpointSliceLabels: the Service's labels (reserved keys excepted), service-name, managed-by, headless. */
export function sliceLabels(svc: Service): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const [k, v] of Object.entries(svc.metadata?.labels ?? {})) if (k !== serviceNameLabel && k !== managedByLabel && k !== headlessLabel) labels[k] = v;
  labels[serviceNameLabel] = svc.metadata!.name!;
  labels[managedByLabel] = controllerName;
  if (svc.spec?.clusterIP === 'None') labels[headlessLabel] = '';
  return labels;
}

function portsKey(ports: readonly EndpointPort[] | undefined | null): string {
  return JSON.stringify([...(ports ?? [])].map((p) => [p.name ?? '', p.port ?? 0, p.protocol ?? 'TCP', p.appProtocol ?? '']).sort());
}

function endpointKey(ep: Endpoint): string {
  return ep.targetRef?.uid ?? ep.addresses.join(',');
}

export interface DesiredGroup {
  ports: EndpointPort[];
  endpoints: Endpoint[];
}

/** The desired state: Pods grouped by their resolved port set. */
export function desiredGroups(svc: Service, pods: Pod[]): DesiredGroup[] {
  const groups = new Map<string, DesiredGroup>();
  for (const pod of pods) {
    const ports = endpointPorts(svc, pod);
    const k = portsKey(ports);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { ports, endpoints: [] }));
    g.endpoints.push(podToEndpoint(pod, svc));
  }
  return [...groups.values()];
}

export interface Plan {
  create: EndpointSlice[];
  update: EndpointSlice[];
  delete: EndpointSlice[];
}

/** Build a new slice of the Service (generateName `<svc>-`, owned by the Service). */
export function newSlice(svc: Service, ports: EndpointPort[], endpoints: Endpoint[], annotations: Record<string, string> | undefined): EndpointSlice {
  const name = svc.metadata!.name!;
  return {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: {
      generateName: `${name.length > 57 ? name.slice(0, 57) : name}-`,
      namespace: svc.metadata?.namespace,
      labels: sliceLabels(svc),
      ...(annotations && Object.keys(annotations).length ? { annotations } : {}),
      ownerReferences: [{ apiVersion: 'v1', kind: 'Service', name, uid: svc.metadata!.uid!, controller: true, blockOwnerDeletion: true }],
    },
    addressType: 'IPv4',
    endpoints,
    ports,
  };
}

function isPlaceholder(s: EndpointSlice): boolean {
  return (s.endpoints ?? []).length === 0 && (s.ports ?? []).length === 0;
}

/**
 * reconcile: what to create, update and delete so the slices hold `groups`.
 * `annotations` are the trigger-time annotations to stamp on written slices.
 */
export function reconcile(svc: Service, existing: EndpointSlice[], groups: DesiredGroup[], annotations: Record<string, string> | undefined): Plan {
  const plan: Plan = { create: [], update: [], delete: [] };
  const labels = sliceLabels(svc);
  const desired = new Map<string, { group: DesiredGroup; byKey: Map<string, Endpoint> }>();
  for (const g of groups) desired.set(portsKey(g.ports), { group: g, byKey: new Map(g.endpoints.map((e) => [endpointKey(e), e])) });
  const withRoom = new Map<string, EndpointSlice[]>();
  const sorted = [...existing].sort((a, b) => (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? ''));
  for (const slice of sorted) {
    const k = portsKey(slice.ports);
    const d = desired.get(k);
    if (!d || isPlaceholder(slice)) {
      plan.delete.push(slice);
      continue;
    }
    const kept: Endpoint[] = [];
    let changed = false;
    for (const ep of slice.endpoints ?? []) {
      const want = d.byKey.get(endpointKey(ep));
      if (!want) {
        changed = true;
        continue;
      }
      d.byKey.delete(endpointKey(ep));
      if (JSON.stringify(want) !== JSON.stringify(ep)) changed = true;
      kept.push(want);
    }
    const labelsChanged = JSON.stringify(slice.metadata?.labels ?? {}) !== JSON.stringify(labels);
    if (kept.length === 0) {
      plan.delete.push(slice);
      continue;
    }
    const next: EndpointSlice = { ...slice, metadata: { ...slice.metadata, labels }, endpoints: kept };
    if (changed || labelsChanged) {
      if (annotations) next.metadata = { ...next.metadata, annotations: { ...(slice.metadata?.annotations ?? {}), ...annotations } };
      plan.update.push(next);
    }
    if (kept.length < maxEndpointsPerSlice) withRoom.set(k, [...(withRoom.get(k) ?? []), next]);
  }
  for (const [k, d] of desired) {
    const left = [...d.byKey.values()];
    for (const slice of withRoom.get(k) ?? []) {
      if (!left.length) break;
      const room = maxEndpointsPerSlice - slice.endpoints.length;
      if (room <= 0) continue;
      const add = left.splice(0, room);
      slice.endpoints = [...slice.endpoints, ...add];
      if (!plan.update.includes(slice)) {
        if (annotations) slice.metadata = { ...slice.metadata, annotations: { ...(slice.metadata?.annotations ?? {}), ...annotations } };
        plan.update.push(slice);
      }
    }
    while (left.length) plan.create.push(newSlice(svc, d.group.ports, left.splice(0, maxEndpointsPerSlice), annotations));
  }
  // When no slice would exist, a placeholder (no ports, no endpoints) stands in; an existing one is kept.
  if (existing.length === plan.delete.length && plan.create.length === 0) {
    const placeholder = plan.delete.find((s) => isPlaceholder(s) && JSON.stringify(s.metadata?.labels ?? {}) === JSON.stringify(labels));
    if (placeholder) plan.delete = plan.delete.filter((s) => s !== placeholder);
    // Empty lists come back from etcd as null (protobuf), which is what clients read.
    else plan.create.push({ ...newSlice(svc, [], [], annotations), endpoints: null as unknown as Endpoint[], ports: null as unknown as EndpointPort[] });
  }
  return plan;
}
