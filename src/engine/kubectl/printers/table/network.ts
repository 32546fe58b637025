// Mirrors printService (getServiceExternalIP, makePortString, loadBalancerStatusStringer),
// printEndpoints (formatEndpoints) and printEndpointSlice (formatDiscoveryPorts/Endpoints)
// in pkg/printers/internalversion/printers.go (v1.32).

import type { Endpoints, Service, ServicePort } from 'kubernetes-types/core/v1';
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import { translateTimestampSince } from '../../../api/duration.js';
import { byteCompare, formatLabels } from './format.js';
import { ageCol, col, nameCol, type TableHandler } from './types.js';

const LOAD_BALANCER_WIDTH = 16;

/** Ingress IPs (or hostnames) de-duplicated and sorted; clipped to 16 bytes unless wide. */
function loadBalancerStatusString(svc: Service, wide: boolean): string {
  const set = new Set<string>();
  for (const ing of svc.status?.loadBalancer?.ingress ?? []) {
    if (ing.ip) set.add(ing.ip);
    else if (ing.hostname) set.add(ing.hostname);
  }
  let r = [...set].sort(byteCompare).join(',');
  if (!wide && r.length > LOAD_BALANCER_WIDTH) r = r.slice(0, LOAD_BALANCER_WIDTH - 3) + '...';
  return r;
}

export function serviceExternalIP(svc: Service, wide: boolean): string {
  const externalIPs = svc.spec?.externalIPs ?? [];
  switch (svc.spec?.type) {
    case 'ClusterIP':
    case 'NodePort':
      return externalIPs.length > 0 ? externalIPs.join(',') : '<none>';
    case 'LoadBalancer': {
      const lb = loadBalancerStatusString(svc, wide);
      if (externalIPs.length > 0) return [...(lb ? lb.split(',') : []), ...externalIPs].join(',');
      return lb || '<pending>';
    }
    case 'ExternalName':
      return svc.spec?.externalName ?? '';
  }
  return '<unknown>';
}

/** "80/TCP", "80:30080/TCP" with a node port, comma separated. */
export function makePortString(ports: readonly ServicePort[] | undefined): string {
  return (ports ?? [])
    .map((p) => {
      // Defaulting always sets protocol; TCP is that default.
      const proto = p.protocol ?? 'TCP';
      return p.nodePort && p.nodePort > 0 ? `${p.port}:${p.nodePort}/${proto}` : `${p.port}/${proto}`;
    })
    .join(',');
}

export const serviceTable: TableHandler<Service> = {
  columns: [nameCol, col('Type'), col('Cluster-IP'), col('External-IP'), col('Port(s)'), ageCol, col('Selector', 1)],
  row(svc, nowMs, wide = true) {
    // The v1 → internal conversion fills clusterIPs from a lone clusterIP.
    const clusterIP = svc.spec?.clusterIPs?.[0] ?? svc.spec?.clusterIP ?? '<none>';
    return [
      svc.metadata?.name ?? '',
      svc.spec?.type ?? '',
      clusterIP || '<none>',
      serviceExternalIP(svc, wide),
      makePortString(svc.spec?.ports) || '<none>',
      translateTimestampSince(svc.metadata?.creationTimestamp, nowMs),
      formatLabels(svc.spec?.selector),
    ];
  },
};

/** net.JoinHostPort: IPv6 addresses get brackets. */
function joinHostPort(host: string, port: number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

/**
 * Up to three "ip:port" pairs (every address × every port of each subset), then
 * " + N more...". A subset without ports lists bare IPs (headless services).
 */
export function formatEndpoints(ep: Endpoints): string {
  const subsets = ep.subsets ?? [];
  if (subsets.length === 0) return '<none>';
  const list: string[] = [];
  const max = 3;
  let more = false;
  let count = 0;
  for (const ss of subsets) {
    const addresses = ss.addresses ?? [];
    const ports = ss.ports ?? [];
    if (ports.length === 0) {
      count += addresses.length;
      for (const a of addresses) {
        if (list.length === max) {
          more = true;
          break;
        }
        list.push(a.ip);
      }
      continue;
    }
    for (const port of ports) {
      count += addresses.length;
      for (const a of addresses) {
        if (list.length === max) {
          more = true;
          break;
        }
        list.push(joinHostPort(a.ip, port.port));
      }
    }
  }
  const ret = list.join(',');
  return more ? `${ret} + ${count - max} more...` : ret;
}

export const endpointsTable: TableHandler<Endpoints> = {
  columns: [nameCol, col('Endpoints'), ageCol],
  row(ep, nowMs) {
    return [ep.metadata?.name ?? '', formatEndpoints(ep), translateTimestampSince(ep.metadata?.creationTimestamp, nowMs)];
  },
};

function listWithMoreString(list: string[], more: boolean, count: number, max: number): string {
  const ret = list.join(',');
  if (more) return `${ret} + ${count - max} more...`;
  return ret || '<unset>';
}

export function formatDiscoveryPorts(slice: EndpointSlice): string {
  const list: string[] = [];
  const max = 3;
  let more = false;
  let count = 0;
  for (const p of slice.ports ?? []) {
    if (list.length < max) list.push(p.port !== undefined && p.port !== null ? String(p.port) : (p.name ?? '*'));
    else if (list.length === max) more = true;
    count++;
  }
  return listWithMoreString(list, more, count, max);
}

export function formatDiscoveryEndpoints(slice: EndpointSlice): string {
  const list: string[] = [];
  const max = 3;
  let more = false;
  let count = 0;
  for (const e of slice.endpoints ?? []) {
    for (const a of e.addresses ?? []) {
      if (list.length < max) list.push(a);
      else if (list.length === max) more = true;
      count++;
    }
  }
  return listWithMoreString(list, more, count, max);
}

export const endpointSliceTable: TableHandler<EndpointSlice> = {
  columns: [nameCol, col('AddressType'), col('Ports'), col('Endpoints'), ageCol],
  row(s, nowMs) {
    return [
      s.metadata?.name ?? '',
      s.addressType ?? '',
      formatDiscoveryPorts(s),
      formatDiscoveryEndpoints(s),
      translateTimestampSince(s.metadata?.creationTimestamp, nowMs),
    ];
  },
};
