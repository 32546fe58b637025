// Mirrors framework.NodeInfo (pkg/scheduler/framework/types.go): one Node plus the
// aggregates of the Pods on it (requested and non-zero requested resources, pod count,
// used host ports, image states), updated incrementally as Pods come and go so that
// Filter and Score read numbers instead of walking Pods.
import type { Node, Taint } from 'kubernetes-types/core/v1';
import type { PodInfo } from './podInfo.js';
import { addResourceList, emptyResource, type Resource } from './resources.js';

/** ImageStateSummary: an image's size and how many nodes hold it (cluster-wide). */
export interface ImageState {
  size: number;
  nodes: Set<string>;
  /** Set by the cache: onNode[slot] is 1 when the node in that slot holds the image (ImageLocality reads it). */
  onNode?: Uint8Array;
}

export class NodeInfo {
  node: Node | null = null;
  name: string;
  labels: Readonly<Record<string, string>> = {};
  taints: readonly Taint[] = [];
  unschedulable = false;
  allocatable: Resource = emptyResource();
  requested: Resource = emptyResource();
  /** Requested with the 100m / 200Mi defaults for Pods without requests (scoring). */
  nonZeroRequested = { milliCPU: 0, memory: 0 };
  readonly pods = new Map<string, PodInfo>();
  /** ip → "protocol/port" set (HostPortInfo). */
  readonly usedPorts = new Map<string, Set<string>>();
  /** Image name (as in node.status.images) → cluster-wide state, filled by the cache. */
  imageStates = new Map<string, ImageState>();
  /** Bumped on every change (NodeInfo.Generation). */
  generation = 0;
  /** A small integer the cache gives each NodeInfo, unique among its live NodeInfos (-1 outside a cache). */
  slot = -1;

  // The numbers Filter and Score read for every node of every cycle, kept as plain
  // fields of this object (not behind further objects) so that visiting a node touches
  // one object: with thousands of nodes memory latency, not arithmetic, is the cost.
  allocMilliCPU = 0;
  allocMemory = 0;
  allocPods = 0;
  reqMilliCPU = 0;
  reqMemory = 0;
  nonZeroMilliCPU = 0;
  nonZeroMemory = 0;
  podCount = 0;
  numTaints = 0;
  numImages = 0;

  constructor(name: string) {
    this.name = name;
  }

  setNode(node: Node): void {
    this.node = node;
    this.labels = node.metadata?.labels ?? {};
    this.taints = node.spec?.taints ?? [];
    this.unschedulable = !!node.spec?.unschedulable;
    const a = emptyResource();
    addResourceList(a, node.status?.allocatable as Record<string, unknown> | undefined);
    this.allocatable = a;
    this.allocMilliCPU = a.milliCPU;
    this.allocMemory = a.memory;
    this.allocPods = a.allowedPodNumber;
    this.numTaints = this.taints.length;
    this.generation++;
  }

  setImageStates(states: Map<string, ImageState>): void {
    this.imageStates = states;
    this.numImages = states.size;
  }

  addPod(p: PodInfo): void {
    this.pods.set(p.uid, p);
    this.update(p, 1);
  }

  removePod(uid: string): PodInfo | undefined {
    const p = this.pods.get(uid);
    if (!p) return undefined;
    this.pods.delete(uid);
    this.update(p, -1);
    return p;
  }

  private update(p: PodInfo, sign: 1 | -1): void {
    const r = p.requests;
    this.requested.milliCPU += sign * r.milliCPU;
    this.requested.memory += sign * r.memory;
    this.requested.ephemeralStorage += sign * r.ephemeralStorage;
    if (r.scalar) {
      const s = (this.requested.scalar ??= new Map());
      for (const [k, v] of r.scalar) s.set(k, (s.get(k) ?? 0) + sign * v);
    }
    this.nonZeroRequested.milliCPU += sign * p.nonZero.milliCPU;
    this.nonZeroRequested.memory += sign * p.nonZero.memory;
    this.reqMilliCPU = this.requested.milliCPU;
    this.reqMemory = this.requested.memory;
    this.nonZeroMilliCPU = this.nonZeroRequested.milliCPU;
    this.nonZeroMemory = this.nonZeroRequested.memory;
    this.podCount = this.pods.size;
    for (const hp of p.hostPorts) {
      const k = `${hp.protocol}/${hp.port}`;
      let set = this.usedPorts.get(hp.ip);
      if (sign > 0) {
        if (!set) this.usedPorts.set(hp.ip, (set = new Set()));
        set.add(k);
      } else if (set) {
        set.delete(k);
        if (!set.size) this.usedPorts.delete(hp.ip);
      }
    }
    this.generation++;
  }

  /** HostPortInfo.CheckConflict: 0.0.0.0 conflicts with every IP and every IP with 0.0.0.0. */
  portConflict(ip: string, protocol: string, port: number): boolean {
    const k = `${protocol}/${port}`;
    if (ip === '0.0.0.0') {
      for (const set of this.usedPorts.values()) if (set.has(k)) return true;
      return false;
    }
    return !!this.usedPorts.get('0.0.0.0')?.has(k) || !!this.usedPorts.get(ip)?.has(k);
  }

  /** A copy for preemption's dry run (pods and aggregates; the Node is shared). */
  clone(): NodeInfo {
    const c = new NodeInfo(this.name);
    c.slot = this.slot;
    if (this.node) c.setNode(this.node);
    c.setImageStates(this.imageStates);
    for (const p of this.pods.values()) c.addPod(p);
    return c;
  }
}
