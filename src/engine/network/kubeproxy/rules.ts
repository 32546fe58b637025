// Mirrors pkg/proxy/iptables/proxier.go syncProxyRules (v1.32) for IPv4 ClusterIP and
// NodePort Services: KUBE-SERVICES → KUBE-SVC-<hash> (masquerade off-cluster sources,
// then one rule per ready endpoint with `-m statistic --mode random --probability 1/(n-i)`)
// → KUBE-SEP-<hash> (hairpin masquerade, DNAT); KUBE-NODEPORTS → KUBE-EXT-<hash>;
// filter-table REJECT for Services without endpoints. Pure: objects in, tables out.
import type { Service } from 'kubernetes-types/core/v1';
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import { extChain, sepChain, svcChain } from './hash.js';

export interface Rule {
  chain: string;
  /** `-s` (with `!` when srcNeg). */
  src?: string;
  srcNeg?: boolean;
  dst?: string;
  proto?: 'tcp' | 'udp' | 'sctp';
  comment?: string;
  dport?: number;
  /** `-m addrtype --dst-type LOCAL`. */
  dstLocal?: boolean;
  /** `-m conntrack --ctstate NEW`. */
  ctNew?: boolean;
  /** `-m mark [!] --mark 0x4000/0x4000`. */
  mark?: { neg: boolean; value: string };
  /** The kernel's fixed-point probability (xt_statistic: round(p × 2^31)). */
  probability?: number;
  target: string;
  /** DNAT --to-destination. */
  toDestination?: string;
  /** REJECT --reject-with. */
  rejectWith?: string;
  /** Text after the target, verbatim (MARK, MASQUERADE options). */
  targetArgs?: string;
}

export interface Table {
  name: 'filter' | 'nat';
  /** Built-in chains with their policy, then kube-proxy's chains, in declaration order. */
  chains: { name: string; policy?: string }[];
  rules: Rule[];
}

/** What a connection to a Service address can become. */
export interface ServiceTarget {
  name: string;
  svcChain: string;
  /** Ready endpoints `ip:port` with the statistic rule's probability (the last is 1). */
  endpoints: { endpoint: string; sepChain: string; probability: number }[];
}

export interface ProxyRules {
  tables: Table[];
  /** `clusterIP:port/proto` → target (empty endpoints = REJECT). */
  clusterIPs: Map<string, ServiceTarget>;
  /** `nodePort/proto` → target. */
  nodePorts: Map<number | string, ServiceTarget>;
}

export interface ProxyConfig {
  /** kube-proxy's clusterCIDR (kubeadm: the Pod network 10.244.0.0/16). */
  clusterCIDR: string;
}

export const fixedPoint = (p: number) => Math.round(p * 0x80000000);
export const formatProbability = (fp: number) => (fp / 0x80000000).toFixed(11);

/** servicePortName.String(): `ns/name` or `ns/name:port`. */
export function servicePortName(svc: Service, portName: string | undefined): string {
  return `${svc.metadata?.namespace}/${svc.metadata?.name}${portName ? `:${portName}` : ''}`;
}

interface Ep {
  ip: string;
  ready: boolean;
  serving: boolean;
  terminating: boolean;
  ports: Map<string, number>;
}

function endpointsOf(slices: readonly EndpointSlice[]): Ep[] {
  const out: Ep[] = [];
  const seen = new Set<string>();
  for (const s of slices) {
    if (s.addressType !== 'IPv4') continue;
    const ports = new Map<string, number>();
    for (const p of s.ports ?? []) if (p.port !== undefined) ports.set(`${p.name ?? ''}/${(p.protocol ?? 'TCP').toLowerCase()}`, p.port);
    for (const e of s.endpoints ?? []) {
      const ip = e.addresses[0];
      if (!ip) continue;
      const c = e.conditions ?? {};
      const ready = c.ready ?? true;
      out.push({ ip, ready, serving: c.serving ?? ready, terminating: c.terminating ?? false, ports });
      seen.add(ip);
    }
  }
  return out;
}

/** Compute both tables for one node. `slicesBySvc`: `ns/name` → its EndpointSlices. */
export function computeRules(services: readonly Service[], slicesBySvc: ReadonlyMap<string, readonly EndpointSlice[]>, cfg: ProxyConfig): ProxyRules {
  const nat: Rule[] = [];
  const filter: Rule[] = [];
  const svcRules: Rule[] = [];
  const nodePortRules: Rule[] = [];
  const perChain: Rule[] = [];
  const chains = new Set<string>();
  const clusterIPs = new Map<string, ServiceTarget>();
  const nodePorts = new Map<number | string, ServiceTarget>();

  const sorted = [...services].sort((a, b) => `${a.metadata?.namespace}/${a.metadata?.name}`.localeCompare(`${b.metadata?.namespace}/${b.metadata?.name}`));
  for (const svc of sorted) {
    const ip = svc.spec?.clusterIP;
    if (!ip || ip === 'None' || svc.spec?.type === 'ExternalName') continue;
    const eps = endpointsOf(slicesBySvc.get(`${svc.metadata?.namespace}/${svc.metadata?.name}`) ?? []);
    for (const sp of svc.spec?.ports ?? []) {
      const proto = (sp.protocol ?? 'TCP').toLowerCase() as Rule['proto'] & string;
      const spn = servicePortName(svc, sp.name);
      const svcName = svcChain(spn, proto);
      const portKey = `${sp.name ?? ''}/${proto}`;
      // Ready endpoints; with none, serving terminating ones (ProxyTerminatingEndpoints).
      let use = eps.filter((e) => e.ready && e.ports.has(portKey));
      if (!use.length) use = eps.filter((e) => e.serving && e.terminating && e.ports.has(portKey));
      const endpoints = [...new Set(use.map((e) => `${e.ip}:${e.ports.get(portKey)}`))].sort();
      const target: ServiceTarget = {
        name: spn,
        svcChain: svcName,
        endpoints: endpoints.map((ep, i) => ({ endpoint: ep, sepChain: sepChain(spn, proto, ep), probability: i === endpoints.length - 1 ? 0x80000000 : fixedPoint(1 / (endpoints.length - i)) })),
      };
      clusterIPs.set(`${ip}:${sp.port}/${proto}`, target);
      const nodePort = (svc.spec?.type === 'NodePort' || svc.spec?.type === 'LoadBalancer') && sp.nodePort ? sp.nodePort : undefined;
      if (nodePort) nodePorts.set(`${nodePort}/${proto}`, target);
      if (!endpoints.length) {
        filter.push({ chain: 'KUBE-SERVICES', dst: `${ip}/32`, proto, comment: `${spn} has no endpoints`, dport: sp.port, target: 'REJECT', rejectWith: 'icmp-port-unreachable' });
        if (nodePort) filter.push({ chain: 'KUBE-EXTERNAL-SERVICES', proto, comment: `${spn} has no endpoints`, dstLocal: true, dport: nodePort, target: 'REJECT', rejectWith: 'icmp-port-unreachable' });
        continue;
      }
      chains.add(svcName);
      svcRules.push({ chain: 'KUBE-SERVICES', dst: `${ip}/32`, proto, comment: `${spn} cluster IP`, dport: sp.port, target: svcName });
      if (nodePort) {
        const ext = extChain(spn, proto);
        chains.add(ext);
        nodePortRules.push({ chain: 'KUBE-NODEPORTS', proto, comment: spn, dport: nodePort, target: ext });
        perChain.push({ chain: ext, comment: `masquerade traffic for ${spn} external destinations`, target: 'KUBE-MARK-MASQ' });
        perChain.push({ chain: ext, target: svcName });
      }
      perChain.push({ chain: svcName, src: cfg.clusterCIDR, srcNeg: true, dst: `${ip}/32`, proto, comment: `${spn} cluster IP`, dport: sp.port, target: 'KUBE-MARK-MASQ' });
      target.endpoints.forEach((e, i) => {
        const last = i === target.endpoints.length - 1;
        perChain.push({ chain: svcName, comment: `${spn} -> ${e.endpoint}`, ...(last ? {} : { probability: e.probability }), target: e.sepChain });
        chains.add(e.sepChain);
        perChain.push({ chain: e.sepChain, src: `${e.endpoint.split(':')[0]}/32`, comment: spn, target: 'KUBE-MARK-MASQ' });
        perChain.push({ chain: e.sepChain, proto, comment: spn, target: 'DNAT', toDestination: e.endpoint });
      });
    }
  }
  nat.push(
    { chain: 'PREROUTING', comment: 'kubernetes service portals', target: 'KUBE-SERVICES' },
    { chain: 'OUTPUT', comment: 'kubernetes service portals', target: 'KUBE-SERVICES' },
    { chain: 'POSTROUTING', comment: 'kubernetes postrouting rules', target: 'KUBE-POSTROUTING' },
    { chain: 'KUBE-MARK-MASQ', target: 'MARK', targetArgs: '--or-mark 0x4000' },
    ...nodePortRules,
    { chain: 'KUBE-POSTROUTING', mark: { neg: true, value: '0x4000/0x4000' }, target: 'RETURN' },
    { chain: 'KUBE-POSTROUTING', target: 'MARK', targetArgs: '--xor-mark 0x4000' },
    { chain: 'KUBE-POSTROUTING', comment: 'kubernetes service traffic requiring SNAT', target: 'MASQUERADE', targetArgs: '--random-fully' },
    ...svcRules,
    { chain: 'KUBE-SERVICES', comment: 'kubernetes service nodeports; NOTE: this must be the last rule in this chain', dstLocal: true, target: 'KUBE-NODEPORTS' },
    ...perChain,
  );
  const natChains = ['KUBE-MARK-MASQ', 'KUBE-NODEPORTS', 'KUBE-POSTROUTING', 'KUBE-SERVICES', ...chains].sort();
  const filterRules: Rule[] = [
    { chain: 'INPUT', comment: 'kubernetes health check service ports', target: 'KUBE-NODEPORTS' },
    { chain: 'INPUT', comment: 'kubernetes externally-visible service portals', ctNew: true, target: 'KUBE-EXTERNAL-SERVICES' },
    { chain: 'FORWARD', comment: 'kubernetes forwarding rules', target: 'KUBE-FORWARD' },
    { chain: 'FORWARD', comment: 'kubernetes service portals', ctNew: true, target: 'KUBE-SERVICES' },
    { chain: 'FORWARD', comment: 'kubernetes externally-visible service portals', ctNew: true, target: 'KUBE-EXTERNAL-SERVICES' },
    { chain: 'OUTPUT', comment: 'kubernetes service portals', ctNew: true, target: 'KUBE-SERVICES' },
    ...filter.filter((r) => r.chain === 'KUBE-EXTERNAL-SERVICES'),
    { chain: 'KUBE-FORWARD', comment: 'kubernetes forwarding rules', mark: { neg: false, value: '0x4000/0x4000' }, target: 'ACCEPT' },
    ...filter.filter((r) => r.chain === 'KUBE-SERVICES'),
  ];
  const filterChains = ['KUBE-EXTERNAL-SERVICES', 'KUBE-FORWARD', 'KUBE-NODEPORTS', 'KUBE-SERVICES'];
  const builtin = (names: string[]) => names.map((name) => ({ name, policy: 'ACCEPT' }));
  return {
    tables: [
      { name: 'filter', chains: [...builtin(['INPUT', 'FORWARD', 'OUTPUT']), ...filterChains.map((name) => ({ name }))], rules: filterRules },
      { name: 'nat', chains: [...builtin(['PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING']), ...natChains.map((name) => ({ name }))], rules: nat },
    ],
    clusterIPs,
    nodePorts,
  };
}
