// The host-local IPAM plugin (containernetworking/plugins/plugins/ipam/host-local):
// hands out addresses of one subnet, skipping the network address and the
// gateway (.1); the lowest free address first, so a fresh node's first Pod is .2
// (upstream continues after the last reserved IP; lowest-free keeps runs easy to read).
import { intToIp, ipToInt } from '../../linux/net/netns.js';

export class HostLocalIPAM {
  private readonly base: number;
  private readonly size: number;
  private readonly used = new Map<number, string>();

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
    for (let i = 2; i < this.size - 1; i++) {
      if (!this.used.has(i)) {
        this.used.set(i, owner);
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
