// Mirrors pkg/controller/nodeipam (ipam/range_allocator.go), as kubeadm runs it
// with --allocate-node-cidrs=true --cluster-cidr=10.244.0.0/16: every Node
// without spec.podCIDR gets the lowest free /24 of the cluster CIDR, in the
// order Nodes register; a deleted Node's range is released.
import type { Node } from 'kubernetes-types/core/v1';
import { isNotFound } from '../../api/errors.js';
import type { VirtualClock } from '../../clock/clock.js';
import type { Client } from '../../client/client.js';
import { EventRecorder } from '../../client/events.js';
import type { SharedInformer, SharedInformerFactory } from '../../client/informer.js';
import { WorkQueue } from '../../client/workqueue.js';

export interface RangeAllocatorOptions {
  /** e.g. 10.244.0.0/16 */
  clusterCIDR: string;
  /** Prefix length of each Node's range (24 → 256 addresses). */
  nodeCIDRMaskSize: number;
}

function ipToInt(ip: string): number {
  return ip.split('.').reduce((a, o) => a * 256 + Number(o), 0);
}

function intToIP(n: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
}

/** The range allocator's bitmap: index i ↔ the i-th /mask subnet of the cluster CIDR. */
export class CIDRSet {
  private readonly base: number;
  private readonly size: number;
  private readonly used = new Set<number>();
  readonly max: number;

  constructor(clusterCIDR: string, readonly mask: number) {
    const [ip, bits] = clusterCIDR.split('/');
    this.base = ipToInt(ip!);
    this.size = 2 ** (32 - mask);
    this.max = 2 ** (mask - Number(bits));
  }

  cidr(i: number): string {
    return `${intToIP(this.base + i * this.size)}/${this.mask}`;
  }

  indexOf(cidr: string): number | undefined {
    const [ip, bits] = cidr.split('/');
    if (Number(bits) !== this.mask) return undefined;
    const i = (ipToInt(ip!) - this.base) / this.size;
    return Number.isInteger(i) && i >= 0 && i < this.max ? i : undefined;
  }

  occupy(cidr: string): void {
    const i = this.indexOf(cidr);
    if (i !== undefined) this.used.add(i);
  }

  release(cidr: string): void {
    const i = this.indexOf(cidr);
    if (i !== undefined) this.used.delete(i);
  }

  allocateNext(): string | undefined {
    for (let i = 0; i < this.max; i++) {
      if (!this.used.has(i)) {
        this.used.add(i);
        return this.cidr(i);
      }
    }
    return undefined;
  }
}

export class NodeIpamController {
  readonly queue: WorkQueue;
  readonly nodeInformer: SharedInformer<Node>;
  readonly cidrs: CIDRSet;
  private readonly recorder: EventRecorder;

  constructor(
    readonly client: Client,
    informers: SharedInformerFactory,
    clock: VirtualClock,
    opts: RangeAllocatorOptions = { clusterCIDR: '10.244.0.0/16', nodeCIDRMaskSize: 24 },
  ) {
    this.cidrs = new CIDRSet(opts.clusterCIDR, opts.nodeCIDRMaskSize);
    this.recorder = new EventRecorder(client, clock, { component: 'cidrAllocator' });
    this.queue = new WorkQueue(clock, (key) => this.sync(key), { name: 'nodeipam' });
    this.nodeInformer = informers.informerFor<Node>('', 'nodes');
    this.nodeInformer.addEventHandler({
      onAdd: (n) => {
        if (n.spec?.podCIDR) this.cidrs.occupy(n.spec.podCIDR);
        this.queue.add(n.metadata!.name!);
      },
      onUpdate: (_, n) => {
        if (!n.spec?.podCIDR) this.queue.add(n.metadata!.name!);
      },
      onDelete: (n) => {
        if (n.spec?.podCIDR) this.cidrs.release(n.spec.podCIDR);
      },
    });
  }

  /** AllocateOrOccupyCIDR for one Node. */
  sync(name: string): void {
    const node = this.nodeInformer.get(undefined, name);
    if (!node || node.spec?.podCIDR) return;
    const cidr = this.cidrs.allocateNext();
    if (!cidr) {
      this.recorder.event({ kind: 'Node', apiVersion: 'v1', metadata: { name, uid: name } }, 'Normal', 'CIDRNotAvailable', `Node ${name} status is now: CIDRNotAvailable`);
      return;
    }
    try {
      this.client.patch('', 'nodes', undefined, name, 'merge', { spec: { podCIDR: cidr, podCIDRs: [cidr] } });
    } catch (e) {
      this.cidrs.release(cidr);
      if (!isNotFound(e)) throw e;
    }
  }
}
