// What the bridge CNI plugin does for a sandbox (plugins/main/bridge): a new
// network namespace, a veth pair with `eth0` inside (the Pod IP from host-local
// IPAM, default route via the bridge's .1) and `vethXXXXXXXX` on the node,
// enslaved to cni0. DEL removes the pair and frees the address.
import type { Kernel } from '../linux/kernel.js';
import type { NetNamespace } from '../linux/namespaces.js';
import { macFor } from '../linux/boot.js';
import { HostLocalIPAM } from '../network/cni/ipam.js';

export class PodNetwork {
  readonly ipam: HostLocalIPAM;
  private readonly attached = new Map<string, { ns: NetNamespace; veth: string }>();

  constructor(
    private readonly kernel: Kernel,
    podCIDR: string,
  ) {
    this.ipam = new HostLocalIPAM(podCIDR);
  }

  setup(sandboxId: string): NetNamespace {
    const k = this.kernel;
    const ns = k.createNamespace('net');
    const ip = this.ipam.allocate(sandboxId);
    if (!ip) throw new Error(`plugin type="bridge" failed (add): failed to allocate for range 0: no IP addresses available in range set: ${this.ipam.subnet}`);
    const host = k.initNs.net.stack;
    const veth = `veth${sandboxId.slice(0, 8)}`;
    const hostDev = host.addDevice({ name: veth, kind: 'veth', mac: macFor(ip).replace(/^02:42/, 'a6:3e'), mtu: 1450, up: true, addrs: [], master: 'cni0' });
    const eth0 = ns.stack.addDevice({ name: 'eth0', kind: 'veth', mac: macFor(ip), mtu: 1450, up: true, addrs: [{ ip, prefix: this.ipam.prefix }], index: 2, peer: { name: veth, index: hostDev.index } });
    hostDev.peer = { name: 'eth0', index: eth0.index, netnsId: this.attached.size };
    ns.stack.routes.push({ dst: 'default', via: this.ipam.gateway, dev: 'eth0' });
    ns.stack.routes.push({ dst: this.ipam.subnet, dev: 'eth0', proto: 'kernel', scope: 'link', src: ip });
    this.attached.set(sandboxId, { ns, veth });
    return ns;
  }

  teardown(sandboxId: string): void {
    const a = this.attached.get(sandboxId);
    if (!a) return;
    this.kernel.initNs.net.stack.removeDevice(a.veth);
    a.ns.stack.removeDevice('eth0');
    this.ipam.release(sandboxId);
    this.kernel.releaseNamespace(a.ns);
    this.attached.delete(sandboxId);
  }
}
