// Fixtures shared by the Endpoints and EndpointSlice controller tests: a Service
// selecting `app=<name>`, and Pods as a kubelet would have reported them.
import type { Pod } from 'kubernetes-types/core/v1';
import { toRFC3339 } from '../../clock/clock.js';
import type { Harness } from './harness.js';

export function svc(name: string, spec: Record<string, unknown> = {}, labels?: Record<string, string>) {
  return { apiVersion: 'v1', kind: 'Service', metadata: { name, namespace: 'default', ...(labels ? { labels } : {}) }, spec: { selector: { app: name }, ports: [{ port: 80, protocol: 'TCP' }], ...spec } };
}

export interface PodOpts {
  ip?: string;
  ready?: boolean;
  app?: string;
  node?: string;
  ports?: { name?: string; containerPort: number }[];
  hostname?: string;
  subdomain?: string;
  phase?: string;
  restartPolicy?: string;
}

/** A Pod as a kubelet would have reported it (status written through pods/status). */
export function pod(h: Harness, name: string, o: PodOpts = {}): Pod {
  const p = h.admin.create<Pod>('', 'pods', 'default', {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, labels: { app: o.app ?? 'web' } },
    spec: { nodeName: o.node ?? 'node01', hostname: o.hostname, subdomain: o.subdomain, restartPolicy: o.restartPolicy, containers: [{ name: 'c', image: 'nginx', ports: o.ports }] },
  });
  if (o.ip === undefined) return p;
  const now = toRFC3339(h.clock.now());
  return h.admin.updateStatus<Pod>('', 'pods', 'default', {
    ...p,
    status: { ...p.status, phase: o.phase ?? 'Running', podIP: o.ip, podIPs: [{ ip: o.ip }], conditions: [{ type: 'Ready', status: o.ready === false ? 'False' : 'True', lastTransitionTime: now }] },
  });
}

