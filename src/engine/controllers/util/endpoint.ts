// Mirrors pkg/controller/util/endpoint (controller_utils.go: ShouldPodBeInEndpoints,
// ShouldSetHostname, GetPodServiceMemberships) and pkg/api/v1/pod FindPort, which
// the Endpoints and EndpointSlice controllers share.
import type { Pod, Service, ServicePort } from 'kubernetes-types/core/v1';
import { selectorFromSet } from '../../api/labels.js';
import type { SharedInformer } from '../../client/informer.js';
import { keyOf } from '../../client/informer.js';

/** Upstream's annotation of the last Pod or Service change that triggered a sync. */
export const lastChangeTriggerTime = 'endpoints.kubernetes.io/last-change-trigger-time';
export const headlessLabel = 'service.kubernetes.io/headless';

function isPodTerminal(pod: Pod): boolean {
  const phase = pod.status?.phase;
  return phase === 'Failed' || phase === 'Succeeded';
}

/** ShouldPodBeInEndpoints: an IP, not terminal, and (unless includeTerminating) not being deleted. */
export function shouldPodBeInEndpoints(pod: Pod, includeTerminating: boolean): boolean {
  if (isPodTerminal(pod)) return false;
  if (!pod.status?.podIP && !pod.status?.podIPs?.length) return false;
  if (!includeTerminating && pod.metadata?.deletionTimestamp) return false;
  return true;
}

/** ShouldSetHostname: the Pod names this Service as its subdomain (StatefulSet Pods do). */
export function shouldSetHostname(pod: Pod, svc: Service): boolean {
  return !!pod.spec?.hostname && pod.spec?.subdomain === svc.metadata?.name && pod.metadata?.namespace === svc.metadata?.namespace;
}

/** IsServiceIPSet: a ClusterIP that is not `None` (headless). */
export function isServiceIPSet(svc: Service): boolean {
  const ip = svc.spec?.clusterIP;
  return !!ip && ip !== 'None';
}

/**
 * FindPort: the container port a Service port's targetPort names in this Pod.
 * A number is used as is; a name is looked up in the containers' ports (and restartable
 * init containers') with the same protocol. Undefined when the Pod has no such port.
 */
export function findPort(pod: Pod, sp: ServicePort): number | undefined {
  const target = sp.targetPort ?? sp.port;
  if (typeof target === 'number') return target;
  if (/^\d+$/.test(target)) return Number(target);
  const proto = sp.protocol ?? 'TCP';
  const containers = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? []).filter((c) => c.restartPolicy === 'Always')];
  for (const c of containers) for (const p of c.ports ?? []) if (p.name === target && (p.protocol ?? 'TCP') === proto) return p.containerPort;
  return undefined;
}

/**
 * GetPodServiceMemberships: keys of the Services (with a selector) of the Pod's namespace
 * that select it. Services without a selector are not managed by these controllers.
 */
export function podServiceMemberships(services: SharedInformer<Service>, pod: Pod): Set<string> {
  const keys = new Set<string>();
  for (const svc of services.list(pod.metadata?.namespace)) {
    const sel = svc.spec?.selector;
    if (!sel) continue;
    if (selectorFromSet(sel).matches(pod.metadata?.labels ?? {})) keys.add(keyOf(svc));
  }
  return keys;
}

/** What changes a Pod's place in endpoints: IP, readiness, deletion, labels, node, hostname, ports. */
export function podEndpointsChanged(a: Pod, b: Pod): boolean {
  if (a.status?.podIP !== b.status?.podIP || a.status?.phase !== b.status?.phase) return true;
  if (readyStatus(a) !== readyStatus(b) || a.metadata?.deletionTimestamp !== b.metadata?.deletionTimestamp) return true;
  if (a.spec?.nodeName !== b.spec?.nodeName || a.spec?.hostname !== b.spec?.hostname || a.spec?.subdomain !== b.spec?.subdomain) return true;
  const ca = a.spec?.containers ?? [];
  const cb = b.spec?.containers ?? [];
  if (ca.length !== cb.length) return true;
  // Stored objects share unchanged parts (status writes keep the spec), so identity settles most.
  for (let i = 0; i < ca.length; i++) if (ca[i]!.ports !== cb[i]!.ports && JSON.stringify(ca[i]!.ports) !== JSON.stringify(cb[i]!.ports)) return true;
  return false;
}

const readyStatus = (p: Pod) => p.status?.conditions?.find((c) => c.type === 'Ready')?.status;
