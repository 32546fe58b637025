// Mirrors pkg/registry/core/service (strategy.go, storage/alloc.go and the ClusterIP /
// NodePort allocators): ipFamilies and ipFamilyPolicy on a single-stack IPv4 cluster,
// a ClusterIP from 10.96.0.0/12 and NodePorts from 30000-32767, chosen with the seeded
// random and, like upstream, from above the range's small "static" band first.
import type { Service, ServiceSpec } from 'kubernetes-types/core/v1';
import type { Strategy, StrategyContext } from './strategy.js';
import { invalid, type FieldError } from '../../api/errors.js';
import { defaultService } from '../../api/defaults/core.js';
import { validateService, validateServiceUpdate } from '../../api/validation/service.js';
import { goStringSlice } from '../../api/validation/util.js';
import { parseIPSloppy } from '../../api/validation/identifiers.js';
import { clone, keepSpec, keepStatus, type Obj } from './common.js';

export const serviceCIDR = '10.96.0.0/12';
const base = (10 << 24) | (96 << 16); // 10.96.0.0
const size = 1 << 20; // a /12
/** Static band: min(max(16, size/16), 256) addresses at the bottom, for explicit IPs. */
const staticIPs = 256;
/** Never handed out at random: the `kubernetes` and `kube-dns` Services' addresses. */
const reservedIPs = new Set(['10.96.0.1', '10.96.0.10']);

export const nodePortMin = 30000;
export const nodePortMax = 32767;
/** Static band for NodePorts: min(max(16, 2768/16), 128). */
const staticPorts = 128;

function ipToString(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

function ipToNumber(ip: string): number | undefined {
  if (parseIPSloppy(ip) !== 4) return undefined;
  return ip.split('.').reduce((acc, o) => acc * 256 + Number(o), 0);
}

function usedClusterIPs(ctx: StrategyContext, self?: Service): Set<string> {
  const used = new Set<string>();
  for (const o of ctx.list('', 'services') as Service[]) {
    if (self && o.metadata?.uid && o.metadata.uid === self.metadata?.uid) continue;
    for (const ip of o.spec?.clusterIPs ?? (o.spec?.clusterIP ? [o.spec.clusterIP] : [])) used.add(ip);
  }
  return used;
}

function usedNodePorts(ctx: StrategyContext, self?: Service): Set<number> {
  const used = new Set<number>();
  for (const o of ctx.list('', 'services') as Service[]) {
    if (self && o.metadata?.uid && o.metadata.uid === self.metadata?.uid) continue;
    for (const p of o.spec?.ports ?? []) if (p.nodePort) used.add(p.nodePort);
  }
  return used;
}

/** Random offset in the dynamic band, then linear probing (wrapping into the static band last). */
function pickIP(ctx: StrategyContext, used: Set<string>): string | undefined {
  const dynamic = size - 1 - staticIPs; // offsets staticIPs .. size-2 (size-1 is broadcast)
  const start = Math.floor(ctx.random() * dynamic);
  for (let i = 0; i < size - 2; i++) {
    const off = staticIPs + ((start + i) % dynamic);
    const ip = ipToString(base + off);
    if (!used.has(ip) && !reservedIPs.has(ip)) return ip;
  }
  for (let off = 1; off < staticIPs; off++) {
    const ip = ipToString(base + off);
    if (!used.has(ip) && !reservedIPs.has(ip)) return ip;
  }
  return undefined;
}

function pickNodePort(ctx: StrategyContext, used: Set<number>): number | undefined {
  const lo = nodePortMin + staticPorts;
  const span = nodePortMax - lo + 1;
  const start = Math.floor(ctx.random() * span);
  for (let i = 0; i < span; i++) {
    const p = lo + ((start + i) % span);
    if (!used.has(p)) return p;
  }
  for (let p = nodePortMin; p < lo; p++) if (!used.has(p)) return p;
  return undefined;
}

/** initIPFamilyFields for a single-stack IPv4 cluster. */
function initIPFamilies(spec: ServiceSpec): void {
  if (spec.type === 'ExternalName') return;
  const headlessNoSelector = spec.clusterIP === 'None' && !Object.keys(spec.selector ?? {}).length;
  spec.ipFamilyPolicy ||= headlessNoSelector ? 'RequireDualStack' : 'SingleStack';
  if (!spec.ipFamilies?.length) spec.ipFamilies = ['IPv4'];
}

function allocateClusterIP(svc: Service, ctx: StrategyContext, self?: Service): FieldError[] {
  const spec = svc.spec!;
  if (spec.type === 'ExternalName') return [];
  if (!spec.clusterIP && spec.clusterIPs?.length) spec.clusterIP = spec.clusterIPs[0];
  if (spec.clusterIP === 'None') {
    spec.clusterIPs = ['None'];
    return [];
  }
  const used = usedClusterIPs(ctx, self);
  if (spec.clusterIP) {
    const ip = spec.clusterIP;
    spec.clusterIPs = spec.clusterIPs?.length ? spec.clusterIPs : [ip];
    const n = ipToNumber(ip);
    if (n === undefined) return []; // validation reports the malformed address
    const fail = (why: string): FieldError[] => [invalid('spec.clusterIPs', goStringSlice(spec.clusterIPs), `failed to allocate IP ${ip}: ${why}`)];
    if (n - base <= 0 || n - base >= size - 1) {
      return fail(`the provided IP (${ip}) is not in the valid range. The range of valid IPs is ${serviceCIDR}`);
    }
    if (used.has(ip)) return fail('provided IP is already allocated');
    return [];
  }
  const ip = pickIP(ctx, used);
  if (!ip) return [invalid('spec.clusterIPs', goStringSlice([]), 'failed to allocate a serviceIP: range is full')];
  spec.clusterIP = ip;
  spec.clusterIPs = [ip];
  return [];
}

function allocateNodePorts(svc: Service, ctx: StrategyContext, self?: Service): FieldError[] {
  const spec = svc.spec!;
  if (spec.type !== 'NodePort' && spec.type !== 'LoadBalancer') return [];
  const used = usedNodePorts(ctx, self);
  const errs: FieldError[] = [];
  const mine = new Set<number>();
  (spec.ports ?? []).forEach((p, i) => {
    if (p.nodePort) {
      const fld = `spec.ports[${i}].nodePort`;
      if (p.nodePort < nodePortMin || p.nodePort > nodePortMax) {
        errs.push(invalid(fld, p.nodePort, `provided port is not in the valid range. The range of valid ports is ${nodePortMin}-${nodePortMax}`));
      } else if (used.has(p.nodePort) && !mine.has(p.nodePort)) {
        errs.push(invalid(fld, p.nodePort, 'provided port is already allocated'));
      }
      mine.add(p.nodePort);
      used.add(p.nodePort);
    }
  });
  for (const p of spec.ports ?? []) {
    if (p.nodePort) continue;
    const port = pickNodePort(ctx, used);
    if (port === undefined) return [...errs, invalid('spec.ports', null, 'range is full')];
    p.nodePort = port;
    used.add(port);
  }
  return errs;
}

/** patchAllocatedValues: an update that omits allocated values keeps the old ones. */
function patchAllocatedValues(svc: Service, old: Service): void {
  const spec = svc.spec ?? (svc.spec = {});
  const o = old.spec ?? {};
  if (spec.type !== 'ExternalName' && o.type !== 'ExternalName') {
    if (!spec.clusterIP && o.clusterIP) spec.clusterIP = o.clusterIP;
    if (!spec.clusterIPs?.length && o.clusterIPs?.length && spec.clusterIP === o.clusterIP) spec.clusterIPs = [...o.clusterIPs];
    if (!spec.ipFamilies?.length && o.ipFamilies) spec.ipFamilies = [...o.ipFamilies];
    if (!spec.ipFamilyPolicy && o.ipFamilyPolicy) spec.ipFamilyPolicy = o.ipFamilyPolicy;
  }
  if (spec.type === 'NodePort' || spec.type === 'LoadBalancer') {
    for (const p of spec.ports ?? []) {
      if (p.nodePort) continue;
      const match = (o.ports ?? []).find((x) => x.port === p.port && (x.protocol ?? 'TCP') === (p.protocol ?? 'TCP'));
      if (match?.nodePort) p.nodePort = match.nodePort;
    }
  }
}

export const strategy: Strategy<Service> = {
  default: defaultService,
  prepareForCreate(svc) {
    (svc as Obj).status = { loadBalancer: {} };
  },
  beforeCreate(svc, ctx) {
    svc.spec ??= {};
    const errs = allocateClusterIP(svc, ctx);
    initIPFamilies(svc.spec);
    return [...errs, ...allocateNodePorts(svc, ctx)];
  },
  prepareForUpdate(svc, old) {
    keepStatus(svc as Obj, old as Obj);
    patchAllocatedValues(svc, old);
    if (svc.spec) initIPFamilies(svc.spec);
  },
  beforeUpdate(svc, old, ctx) {
    svc.spec ??= {};
    const errs: FieldError[] = [];
    if (old.spec?.type === 'ExternalName' && svc.spec.type !== 'ExternalName') errs.push(...allocateClusterIP(svc, ctx, old));
    initIPFamilies(svc.spec);
    return [...errs, ...allocateNodePorts(svc, ctx, old)];
  },
  validate: validateService,
  validateUpdate: validateServiceUpdate,
  prepareForStatusUpdate(svc, old) {
    keepSpec(svc as Obj, old as Obj);
  },
  validateStatusUpdate: () => [],
  fieldSet(svc) {
    return { 'spec.clusterIP': svc.spec?.clusterIP ?? '', 'spec.type': svc.spec?.type ?? '' };
  },
};
