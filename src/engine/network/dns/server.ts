// Mirrors CoreDNS's kubernetes plugin (plugin/kubernetes: records for Services and
// Pods per https://github.com/kubernetes/dns/blob/master/docs/specification.md):
// `<svc>.<ns>.svc.cluster.local` A → the ClusterIP, or each ready endpoint of a
// headless Service; `<hostname>.<svc>.<ns>.svc.cluster.local` → that endpoint;
// `<a-b-c-d>.<ns>.pod.cluster.local` → the IP; other names in the zone NXDOMAIN;
// names outside it go to `forward . /etc/resolv.conf` (NXDOMAIN: the lab has no Internet names).
import type { Service } from 'kubernetes-types/core/v1';
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import type { VirtualClock } from '../../clock/clock.js';
import type { Client } from '../../client/client.js';
import { SharedInformerFactory, type SharedInformer } from '../../client/informer.js';
import { dnsBackends, type DnsBackend } from '../../images/behaviours/coredns.js';
import { decodeQuestion, encodeResponse, type Question, type Response } from './message.js';

export const corednsUser = 'system:serviceaccount:kube-system:coredns';
export const clusterDomain = 'cluster.local';
/** The kubernetes plugin's default TTL (seconds). */
const ttl = 30;
const byService = 'dns.service';

export class ClusterDNS implements DnsBackend {
  readonly services: SharedInformer<Service>;
  readonly slices: SharedInformer<EndpointSlice>;

  constructor(client: Client, clock: VirtualClock) {
    const f = new SharedInformerFactory(client, clock);
    this.services = f.informerFor<Service>('', 'services');
    this.slices = f.informerFor<EndpointSlice>('discovery.k8s.io', 'endpointslices');
    this.slices.addIndexer(byService, (s) => {
      const n = s.metadata?.labels?.['kubernetes.io/service-name'];
      return n ? [`${s.metadata?.namespace}/${n}`] : [];
    });
    f.start();
  }

  serve(query: string): string {
    const q = decodeQuestion(query);
    if (!q) return encodeResponse({ rcode: 'SERVFAIL', answers: [] });
    return encodeResponse(this.answer(q));
  }

  /** Ready endpoint addresses of a Service (with their hostnames). */
  private readyEndpoints(ns: string, svc: string): { ip: string; hostname?: string }[] {
    const out: { ip: string; hostname?: string }[] = [];
    for (const s of this.slices.byIndex(byService, `${ns}/${svc}`)) {
      if (s.addressType !== 'IPv4') continue;
      for (const e of s.endpoints ?? []) if (e.conditions?.ready !== false && e.addresses[0]) out.push({ ip: e.addresses[0], hostname: e.hostname });
    }
    return out.sort((a, b) => a.ip.localeCompare(b.ip, undefined, { numeric: true }));
  }

  answer(q: Question): Response {
    const name = q.name.toLowerCase().replace(/\.$/, '');
    const zone = `.${clusterDomain}`;
    // Outside the zone: forwarded upstream, which knows no such lab name.
    if (!name.endsWith(zone) && name !== clusterDomain) return { rcode: 'NXDOMAIN', answers: [] };
    const labels = name.slice(0, -zone.length).split('.').filter(Boolean);
    const a = (ip: string) => ({ name, type: 'A' as const, ttl, data: ip });
    // The zone exists: an unknown name is NXDOMAIN; a known name without this type has no answers.
    const kind = labels[labels.length - 1];
    if (kind === 'pod' && labels.length === 3) {
      const ip = labels[0]!.replace(/-/g, '.');
      return /^\d+\.\d+\.\d+\.\d+$/.test(ip) ? { rcode: 'NOERROR', answers: q.type === 'A' ? [a(ip)] : [] } : { rcode: 'NXDOMAIN', answers: [] };
    }
    if (kind !== 'svc' || (labels.length !== 3 && labels.length !== 4)) return { rcode: 'NXDOMAIN', answers: [] };
    const [svcName, ns] = labels.length === 3 ? [labels[0]!, labels[1]!] : [labels[1]!, labels[2]!];
    const svc = this.services.get(ns, svcName);
    if (!svc) return { rcode: 'NXDOMAIN', answers: [] };
    const headless = svc.spec?.clusterIP === 'None';
    if (labels.length === 4) {
      // <hostname>.<svc>: an endpoint of a headless Service by hostname (StatefulSet Pods), or by dashed IP.
      const host = labels[0]!;
      const ep = headless ? this.readyEndpoints(ns, svcName).find((e) => e.hostname === host || e.ip.replace(/\./g, '-') === host) : undefined;
      if (!ep) return { rcode: 'NXDOMAIN', answers: [] };
      return { rcode: 'NOERROR', answers: q.type === 'A' ? [a(ep.ip)] : [] };
    }
    if (q.type !== 'A') return { rcode: 'NOERROR', answers: [] };
    if (svc.spec?.type === 'ExternalName') return { rcode: 'NOERROR', answers: [{ name, type: 'CNAME', ttl, data: svc.spec.externalName ?? '' }] };
    if (!headless) return { rcode: 'NOERROR', answers: svc.spec?.clusterIP ? [a(svc.spec.clusterIP)] : [] };
    const eps = this.readyEndpoints(ns, svcName);
    // A headless Service without ready endpoints has no records at all.
    return eps.length ? { rcode: 'NOERROR', answers: eps.map((e) => a(e.ip)) } : { rcode: 'NXDOMAIN', answers: [] };
  }
}

/** Start the kubernetes plugin for a cluster network and make the coredns Pods answer from it. */
export function startClusterDNS(client: Client, clock: VirtualClock, network: object | undefined): ClusterDNS {
  const dns = new ClusterDNS(client, clock);
  if (network) dnsBackends.set(network, dns);
  return dns;
}
