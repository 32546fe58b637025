// Mirrors pkg/api/v1/resource PodRequests (component-helpers resource.PodRequests) as
// the scheduler uses it: containers summed, init containers taken at their maximum
// (restartable sidecars added to everything after them), overhead added; and the
// "non-zero" variant where a container without a cpu/memory request counts as
// 100m / 200Mi (schedutil.DefaultMilliCPURequest, DefaultMemoryRequest).
import type { Container, Pod } from 'kubernetes-types/core/v1';
import { parseQuantity } from '../../api/quantity.js';

export const defaultMilliCPURequest = 100;
export const defaultMemoryRequest = 200 * 1024 * 1024;

/** framework.Resource, with numbers: cpu in millicores, memory and storage in bytes. */
export interface Resource {
  milliCPU: number;
  memory: number;
  ephemeralStorage: number;
  allowedPodNumber: number;
  /** Extended resources and hugepages (IsScalarResourceName); null when none. */
  scalar: Map<string, number> | null;
}

export function emptyResource(): Resource {
  return { milliCPU: 0, memory: 0, ephemeralStorage: 0, allowedPodNumber: 0, scalar: null };
}

// Quantity strings repeat endlessly ("100m", "64Mi"): parse each once.
const milliCache = new Map<string, number>();
const valueCache = new Map<string, number>();

export function milliValue(q: unknown): number {
  const s = String(q);
  let v = milliCache.get(s);
  if (v === undefined) {
    try {
      v = parseQuantity(s).milliValue();
    } catch {
      v = 0;
    }
    if (milliCache.size < 10_000) milliCache.set(s, v);
  }
  return v;
}

export function quantityValue(q: unknown): number {
  const s = String(q);
  let v = valueCache.get(s);
  if (v === undefined) {
    try {
      v = parseQuantity(s).value();
    } catch {
      v = 0;
    }
    if (valueCache.size < 10_000) valueCache.set(s, v);
  }
  return v;
}

export function isScalarResourceName(name: string): boolean {
  // Extended (example.com/gpu) and prefixed native (kubernetes.io/x) names carry a '/'.
  return name.startsWith('hugepages-') || name.startsWith('attachable-volumes-') || name.includes('/');
}

/** Add a ResourceList (map of quantities) into r. */
export function addResourceList(r: Resource, list: Readonly<Record<string, unknown>> | undefined): void {
  if (!list) return;
  for (const name in list) {
    const q = list[name];
    switch (name) {
      case 'cpu':
        r.milliCPU += milliValue(q);
        break;
      case 'memory':
        r.memory += quantityValue(q);
        break;
      case 'ephemeral-storage':
        r.ephemeralStorage += quantityValue(q);
        break;
      case 'pods':
        r.allowedPodNumber += quantityValue(q);
        break;
      default:
        if (isScalarResourceName(name)) {
          r.scalar ??= new Map();
          r.scalar.set(name, (r.scalar.get(name) ?? 0) + quantityValue(q));
        }
    }
  }
}

function containerRequests(c: Container, nonZero: boolean): Resource {
  const r = emptyResource();
  const req = c.resources?.requests as Record<string, unknown> | undefined;
  addResourceList(r, req);
  if (nonZero) {
    if (!req || req.cpu === undefined) r.milliCPU = defaultMilliCPURequest;
    if (!req || req.memory === undefined) r.memory = defaultMemoryRequest;
  }
  return r;
}

function add(a: Resource, b: Resource): void {
  a.milliCPU += b.milliCPU;
  a.memory += b.memory;
  a.ephemeralStorage += b.ephemeralStorage;
  if (b.scalar) for (const [k, v] of b.scalar) (a.scalar ??= new Map()).set(k, (a.scalar.get(k) ?? 0) + v);
}

function max(a: Resource, b: Resource): void {
  a.milliCPU = Math.max(a.milliCPU, b.milliCPU);
  a.memory = Math.max(a.memory, b.memory);
  a.ephemeralStorage = Math.max(a.ephemeralStorage, b.ephemeralStorage);
  if (b.scalar) for (const [k, v] of b.scalar) (a.scalar ??= new Map()).set(k, Math.max(a.scalar.get(k) ?? 0, v));
}

function copy(r: Resource): Resource {
  return { ...r, scalar: r.scalar ? new Map(r.scalar) : null };
}

/**
 * resource.PodRequests. Worked example: containers 100m + 200m, one init container
 * 500m → max(300m, 500m) = 500m; with a sidecar (restartPolicy Always) of 50m declared
 * first → containers 350m, the init container counts 550m, so 550m.
 */
export function podRequests(pod: Pod, nonZero = false): Resource {
  const reqs = emptyResource();
  for (const c of pod.spec?.containers ?? []) add(reqs, containerRequests(c, nonZero));
  const sidecars = emptyResource();
  const initMax = emptyResource();
  for (const c of pod.spec?.initContainers ?? []) {
    const cr = containerRequests(c, nonZero);
    if (c.restartPolicy === 'Always') {
      add(reqs, cr);
      add(sidecars, cr);
      max(initMax, copy(sidecars));
    } else {
      const tmp = copy(cr);
      add(tmp, sidecars);
      max(initMax, tmp);
    }
  }
  max(reqs, initMax);
  addResourceList(reqs, pod.spec?.overhead as Record<string, unknown> | undefined);
  return reqs;
}
