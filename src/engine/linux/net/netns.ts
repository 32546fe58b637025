// A network namespace's stack: devices with addresses (ip addr), routes (ip
// route) and listening sockets (ss -ltn). Traffic is request/response: a
// listener's handler answers one request (an HTTP request, a Redis or MySQL
// command line); the kernel finds the listener by destination IP and port.

export interface Address {
  ip: string;
  prefix: number;
}

export interface NetDevice {
  index: number;
  name: string;
  kind: 'loopback' | 'ether' | 'bridge' | 'veth';
  mac: string;
  mtu: number;
  up: boolean;
  addrs: Address[];
  /** For a veth: the peer's name and ifindex in the other namespace (`eth0@if7`). */
  peer?: { name: string; index: number; netnsId?: number };
  /** The bridge a veth is enslaved to (`master cni0`). */
  master?: string;
}

export interface Route {
  dst: string;
  via?: string;
  dev: string;
  proto?: string;
  scope?: string;
  src?: string;
}

export interface NetRequest {
  /** The peer's address as the listener sees it. */
  srcIP: string;
  srcPort: number;
  dstIP: string;
  dstPort: number;
  /** `http` for HTTP requests; `tcp` for line protocols (redis, mysql) and bare connects. */
  protocol: 'http' | 'tcp';
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface NetResponse {
  status?: number;
  headers?: Record<string, string>;
  body: string;
  /** The listener hangs (no answer): clients time out. */
  hang?: boolean;
}

export interface Listener {
  port: number;
  /** Host PID of the listening process. */
  pid: number;
  /** Address it is bound to (`0.0.0.0` = every address). */
  bind: string;
  handle(req: NetRequest): NetResponse;
}

export class NetStack {
  readonly devices: NetDevice[] = [];
  readonly routes: Route[] = [];
  readonly listeners = new Map<number, Listener>();
  private nextIndex = 1;
  private ephemeral = 32768;

  constructor() {
    this.addDevice({ name: 'lo', kind: 'loopback', mac: '00:00:00:00:00:00', mtu: 65536, up: true, addrs: [{ ip: '127.0.0.1', prefix: 8 }] });
  }

  addDevice(d: Omit<NetDevice, 'index'> & { index?: number }): NetDevice {
    const dev: NetDevice = { ...d, index: d.index ?? this.nextIndex };
    this.nextIndex = Math.max(this.nextIndex, dev.index) + 1;
    this.devices.push(dev);
    return dev;
  }

  removeDevice(name: string): void {
    const i = this.devices.findIndex((d) => d.name === name);
    if (i >= 0) this.devices.splice(i, 1);
    for (let j = this.routes.length - 1; j >= 0; j--) if (this.routes[j]!.dev === name) this.routes.splice(j, 1);
  }

  device(name: string): NetDevice | undefined {
    return this.devices.find((d) => d.name === name);
  }

  /** Every address on an up device. */
  addresses(): string[] {
    return this.devices.filter((d) => d.up).flatMap((d) => d.addrs.map((a) => a.ip));
  }

  hasAddress(ip: string): boolean {
    return this.devices.some((d) => d.up && d.addrs.some((a) => a.ip === ip));
  }

  /** The address a connection to `dst` leaves from (loopback for 127/8 and local addresses). */
  sourceFor(dst: string): string {
    if (dst.startsWith('127.') || this.hasAddress(dst)) return dst.startsWith('127.') ? '127.0.0.1' : dst;
    for (const r of this.routes) if (r.dst !== 'default' && inCidr(dst, r.dst)) return r.src ?? this.primaryOn(r.dev) ?? '0.0.0.0';
    const def = this.routes.find((r) => r.dst === 'default');
    return (def && this.primaryOn(def.dev)) ?? '0.0.0.0';
  }

  private primaryOn(dev: string): string | undefined {
    return this.device(dev)?.addrs[0]?.ip;
  }

  /** The primary non-loopback address (a Pod's IP). */
  primaryIP(): string | undefined {
    return this.devices.find((d) => d.kind !== 'loopback' && d.addrs.length)?.addrs[0]?.ip;
  }

  listen(l: Listener): boolean {
    if (this.listeners.has(l.port)) return false;
    this.listeners.set(l.port, l);
    return true;
  }

  close(port: number, pid: number): void {
    if (this.listeners.get(port)?.pid === pid) this.listeners.delete(port);
  }

  nextEphemeralPort(): number {
    const p = this.ephemeral;
    this.ephemeral = p >= 60999 ? 32768 : p + 1;
    return p;
  }
}

export function ipToInt(ip: string): number {
  return ip.split('.').reduce((n, o) => (n << 8) + Number(o), 0) >>> 0;
}

export function intToIp(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

export function inCidr(ip: string, cidr: string): boolean {
  const [base, bits] = cidr.split('/');
  const b = Number(bits ?? 32);
  const mask = b === 0 ? 0 : (~0 << (32 - b)) >>> 0;
  return (ipToInt(ip) & mask) === (ipToInt(base!) & mask);
}
