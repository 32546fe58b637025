// Mirrors pkg/kubelet/cm (the systemd cgroup driver kubeadm configures) and
// kuberuntime_container_linux.go: where a Pod's cgroup lives by QoS class, and
// the CPU/memory settings a container's limits and requests become.
import type { Container, Pod } from 'kubernetes-types/core/v1';
import { parseQuantity } from '../api/quantity.js';
import type { ContainerConfig } from '../runtime/cri.js';

/** /kubepods.slice/kubepods-besteffort.slice/kubepods-besteffort-pod<uid_with_underscores>.slice */
export function cgroupParent(pod: Pod, uid: string): string {
  const id = uid.replace(/-/g, '_');
  const qos = pod.status?.qosClass ?? 'BestEffort';
  if (qos === 'Guaranteed') return `/kubepods.slice/kubepods-pod${id}.slice`;
  const q = qos.toLowerCase();
  return `/kubepods.slice/kubepods-${q}.slice/kubepods-${q}-pod${id}.slice`;
}

function milli(v: unknown): number {
  if (v === undefined) return 0;
  try {
    return parseQuantity(String(v)).milliValue();
  } catch {
    return 0;
  }
}

/**
 * Limits → cgroup values. Example: limits.cpu 500m → cpu.max "50000 100000"
 * (quota = milli × 100 per 100 ms period); requests.cpu 250m → shares 256
 * (milli × 1024 / 1000, at least 2); limits.memory 100Mi → 104857600 bytes.
 */
export function linuxResources(c: Container): ContainerConfig['linux'] {
  const lim = c.resources?.limits ?? {};
  const req = c.resources?.requests ?? {};
  const cpuLimit = milli(lim.cpu);
  const cpuRequest = req.cpu !== undefined ? milli(req.cpu) : cpuLimit;
  let memoryLimitBytes = 0;
  if (lim.memory !== undefined) {
    try {
      memoryLimitBytes = parseQuantity(String(lim.memory)).value();
    } catch {
      memoryLimitBytes = 0;
    }
  }
  return {
    memoryLimitBytes,
    cpuQuota: cpuLimit ? cpuLimit * 100 : 0,
    cpuPeriod: 100000,
    cpuShares: Math.max(2, Math.floor((cpuRequest * 1024) / 1000)),
  };
}
