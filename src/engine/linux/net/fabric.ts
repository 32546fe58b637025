// The wire between nodes: which kernel owns an IP (node IPs, Pod IPs of each
// node's podCIDR), plus a hook for virtual IPs (kube-proxy's Service rules
// translate ClusterIP:port to a Pod endpoint, as iptables DNAT does).
import { inCidr } from './netns.js';

export interface FabricHost {
  nodeIP: string;
  podCIDR: string;
}

/** `from`: the host the connection leaves (its kube-proxy's rules apply; a node IP's own rules for NodePorts). */
export type ServiceTranslator = (ip: string, port: number, from?: FabricHost) => { ip: string; port: number } | 'reject' | undefined;

export class Fabric {
  private hosts: FabricHost[] = [];
  private translators: ServiceTranslator[] = [];

  attach<H extends FabricHost>(host: H): void {
    this.hosts.push(host);
  }

  detach(host: FabricHost): void {
    this.hosts = this.hosts.filter((h) => h !== host);
  }

  /** The host that owns `ip` (its node IP, or an IP of its podCIDR). */
  hostFor(ip: string): FabricHost | undefined {
    return this.hosts.find((h) => h.nodeIP === ip || inCidr(ip, h.podCIDR));
  }

  get members(): readonly FabricHost[] {
    return this.hosts;
  }

  /** kube-proxy registers how Service IPs translate; the first translator that knows the IP answers. */
  addTranslator(t: ServiceTranslator): () => void {
    this.translators.push(t);
    return () => {
      this.translators = this.translators.filter((x) => x !== t);
    };
  }

  translate(ip: string, port: number, from?: FabricHost): { ip: string; port: number } | 'reject' | undefined {
    for (const t of this.translators) {
      const r = t(ip, port, from);
      if (r) return r;
    }
    return undefined;
  }
}
