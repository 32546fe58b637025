// Mirrors framework.PodInfo / QueuedPodInfo (pkg/scheduler/framework/types.go): a Pod
// with what every cycle needs precomputed once (requests, host ports, images), and the
// queue's bookkeeping (timestamp, attempts, the plugins that rejected it).
import type { Pod, Toleration } from 'kubernetes-types/core/v1';
import { podRequests, type Resource } from './resources.js';

export interface HostPort {
  ip: string;
  protocol: string;
  port: number;
}

export class PodInfo {
  readonly key: string;
  readonly namespace: string;
  readonly name: string;
  readonly uid: string;
  readonly priority: number;
  readonly requests: Resource;
  /** Requests with the 100m / 200Mi defaults for containers that set none (scoring). */
  readonly nonZero: Resource;
  readonly hostPorts: readonly HostPort[];
  readonly tolerations: readonly Toleration[];
  readonly labels: Readonly<Record<string, string>>;
  readonly terminating: boolean;

  /** `sameSpec`: the PodInfo of this Pod before a change that left its spec alone (a binding). */
  constructor(
    readonly pod: Pod,
    sameSpec?: PodInfo,
  ) {
    const m = pod.metadata ?? {};
    this.namespace = m.namespace ?? '';
    this.name = m.name ?? '';
    this.key = `${this.namespace}/${this.name}`;
    this.uid = m.uid ?? this.key;
    this.priority = pod.spec?.priority ?? 0;
    this.labels = m.labels ?? {};
    this.terminating = !!m.deletionTimestamp;
    this.tolerations = pod.spec?.tolerations ?? [];
    if (sameSpec) {
      this.requests = sameSpec.requests;
      this.nonZero = sameSpec.nonZero;
      this.hostPorts = sameSpec.hostPorts;
      return;
    }
    this.requests = podRequests(pod);
    this.nonZero = podRequests(pod, true);
    const ports: HostPort[] = [];
    for (const c of [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])]) {
      for (const p of c.ports ?? []) {
        if (p.hostPort && p.hostPort > 0) ports.push({ ip: p.hostIP || '0.0.0.0', protocol: p.protocol || 'TCP', port: p.hostPort });
      }
    }
    this.hostPorts = ports;
  }
}

/** QueuedPodInfo: a PodInfo as the scheduling queue tracks it. */
export class QueuedPodInfo {
  /** When the Pod was added to the queue or last failed (orders activeQ, starts back-off). */
  timestamp: number;
  /** Arrival order, to keep activeQ FIFO among equal timestamps. */
  seq = 0;
  /** Scheduling attempts so far (back-off grows with it). */
  attempts = 0;
  initialAttemptTimestamp: number | undefined;
  /** Plugins that rejected the Pod in its last attempt (decide which events re-queue it). */
  unschedulablePlugins = new Set<string>();
  /** Gated by spec.schedulingGates (PreEnqueue of SchedulingGates). */
  gated = false;

  constructor(
    public info: PodInfo,
    now: number,
  ) {
    this.timestamp = now;
  }

  get pod(): Pod {
    return this.info.pod;
  }
}
