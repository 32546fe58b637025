// The host-local IPAM plugin (containernetworking/plugins/plugins/ipam/host-local):
// hands out addresses of one subnet, skipping the network address and the
// gateway (.1). Like upstream it continues after the last reserved IP and wraps
// around, so a fresh node's first Pod is .2 and a replacement Pod gets a new IP.
import { intToIp, ipToInt } from '../../linux/net/netns.js';

export class HostLocalIPAM {
  private readonly base: number;
  private readonly size: number;
  private readonly used = new Map<number, string>();
  /** host-local's lastReservedIP, as an offset into the subnet. */
  private last = 1;

  constructor(readonly subnet: string) {
    const [ip, bits] = subnet.split('/');
    this.base = ipToInt(ip!);
    this.size = 2 ** (32 - Number(bits ?? 24));
  }

  get gateway(): string {
    return intToIp(this.base + 1);
  }

  get prefix(): number {
    return 32 - Math.log2(this.size);
  }

  /** ADD: an address for `owner` (a sandbox id); undefined when the range is exhausted. */
  allocate(owner: string): string | undefined {
    const first = 2;
    const span = this.size - 1 - first;
    for (let k = 1; k <= span; k++) {
      const i = first + ((this.last - first + k) % span + span) % span;
      if (!this.used.has(i)) {
        this.used.set(i, owner);
        this.last = i;
        return intToIp(this.base + i);
      }
    }
    return undefined;
  }

  /** DEL: free the address held by `owner`. */
  release(owner: string): void {
    for (const [i, o] of this.used) if (o === owner) this.used.delete(i);
  }

  allocated(): { ip: string; owner: string }[] {
    return [...this.used].sort((a, b) => a[0] - b[0]).map(([i, owner]) => ({ ip: intToIp(this.base + i), owner }));
  }
}
