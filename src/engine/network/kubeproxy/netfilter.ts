// The nat table as the kernel applies it to a new connection (net/netfilter:
// iptable_nat on OUTPUT/PREROUTING, xt_statistic's random match, DNAT). Each node's
// rules live here, keyed by its kernel; one translator per Fabric walks them:
// a ClusterIP by the rules of the node the connection leaves, a NodePort on a node
// IP by the rules of the node that owns the IP.
import type { SeededRandom } from '../../clock/random.js';
import type { Fabric, FabricHost } from '../../linux/net/fabric.js';
import type { ProxyRules, ServiceTarget } from './rules.js';

const rulesByHost = new WeakMap<FabricHost, ProxyRules>();
const hooked = new WeakSet<Fabric>();

/** kube-proxy's restore: replace the node's tables (iptables-restore --noflush of its chains). */
export function installRules(host: FabricHost, rules: ProxyRules): void {
  rulesByHost.set(host, rules);
}

/** The node's tables (iptables-save reads them); undefined before kube-proxy's first sync. */
export function rulesOf(host: FabricHost): ProxyRules | undefined {
  return rulesByHost.get(host);
}

/**
 * Walk a KUBE-SVC chain: each rule but the last matches when
 * `(prandom_u32() & 0x7fffffff) < probability` (xt_statistic), the last always.
 */
export function pickEndpoint(t: ServiceTarget, random: SeededRandom): string | undefined {
  for (let i = 0; i < t.endpoints.length; i++) {
    const e = t.endpoints[i]!;
    if (i === t.endpoints.length - 1 || (random.nextUint32() & 0x7fffffff) < e.probability) return e.endpoint;
  }
  return undefined;
}

/** Hook the fabric once: connections are translated by these tables from then on. */
export function hookFabric(fabric: Fabric, random: SeededRandom): void {
  if (hooked.has(fabric)) return;
  hooked.add(fabric);
  fabric.addTranslator((ip, port, from) => {
    const owner = fabric.hostFor(ip);
    let target: ServiceTarget | undefined;
    if (owner && owner.nodeIP === ip) {
      // KUBE-NODEPORTS (addrtype LOCAL) on the node that owns the address.
      const r = rulesByHost.get(owner);
      target = r?.nodePorts.get(`${port}/tcp`) ?? r?.nodePorts.get(`${port}/udp`);
    } else if (from) {
      const r = rulesByHost.get(from);
      target = r?.clusterIPs.get(`${ip}:${port}/tcp`) ?? r?.clusterIPs.get(`${ip}:${port}/udp`);
    }
    if (!target) return undefined;
    const ep = pickEndpoint(target, random);
    if (!ep) return 'reject';
    const i = ep.lastIndexOf(':');
    return { ip: ep.slice(0, i), port: Number(ep.slice(i + 1)) };
  });
}
