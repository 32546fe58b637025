// Mirrors pkg/kubelet/kubelet_node_status.go registerWithAPIServer + the node
// status loop, and component-helpers/apimachinery/lease (the node lease
// controller): register the Node, renew kube-node-lease/<node> every 10 s
// (leaseDurationSeconds 40 as v1.32 defaults), post status every 10 s when it
// changed and every 5 minutes regardless.
import type { Lease } from 'kubernetes-types/coordination/v1';
import type { Node } from 'kubernetes-types/core/v1';
import { isAlreadyExists, isNotFound } from '../api/errors.js';
import { toRFC3339Micro } from '../clock/clock.js';
import type { Client } from '../client/client.js';
import type { EventRecorder } from '../client/events.js';
import type { VirtualClock } from '../clock/clock.js';
import type { ImageService } from '../runtime/cri.js';
import { conditionEventReason, initialNode, nodeStatus, statusChanged, type MachineInfo } from './nodestatus.js';
import type { NodeConfig } from './types.js';

export const nodeStatusUpdateFrequencyMs = 10_000;
export const nodeStatusReportFrequencyMs = 300_000;
export const leaseDurationSeconds = 40;
export const leaseRenewIntervalMs = 10_000;

export class NodeStatusManager {
  private lastReport = 0;
  private node: Node | undefined;
  private leaseTimer: number | undefined;
  private statusTimer: number | undefined;
  private stopped = false;

  constructor(
    private readonly client: Client,
    private readonly clock: VirtualClock,
    private readonly config: NodeConfig,
    private readonly machine: MachineInfo,
    private readonly images: ImageService,
    private readonly recorder: EventRecorder,
  ) {}

  /** The object events about this node refer to (the kubelet's nodeRef: uid = node name). */
  get nodeRef() {
    return { kind: 'Node', apiVersion: 'v1', metadata: { name: this.config.name, uid: this.config.name } };
  }

  start(): void {
    this.stopped = false;
    this.recorder.event(this.nodeRef, 'Normal', 'Starting', 'Starting kubelet.');
    this.register();
    this.tickLease();
    this.statusTimer = this.clock.setTimeout(() => this.tickStatus(), nodeStatusUpdateFrequencyMs);
  }

  stop(): void {
    this.stopped = true;
    this.clock.clearTimeout(this.leaseTimer);
    this.clock.clearTimeout(this.statusTimer);
  }

  nodeUID(): string | undefined {
    return this.node?.metadata?.uid;
  }

  private register(): void {
    const now = this.clock.now();
    try {
      this.node = this.client.create<Node>('', 'nodes', undefined, initialNode(this.config, this.machine, this.images.listImages(), now));
      for (const c of this.node.status?.conditions ?? []) {
        if (c.type === 'Ready') continue;
        this.recorder.event(this.nodeRef, 'Normal', conditionEventReason(c.type!), `Node ${this.config.name} status is now: ${conditionEventReason(c.type!)}`);
      }
      this.recorder.event(this.nodeRef, 'Normal', 'NodeAllocatableEnforced', 'Updated Node Allocatable limit across pods');
    } catch (e) {
      if (!isAlreadyExists(e)) throw e;
      this.node = this.client.get<Node>('', 'nodes', undefined, this.config.name);
      this.postStatus(true);
    }
    this.lastReport = now;
  }

  private tickStatus(): void {
    if (this.stopped) return;
    this.postStatus(false);
    this.statusTimer = this.clock.setTimeout(() => this.tickStatus(), nodeStatusUpdateFrequencyMs);
  }

  private postStatus(force: boolean): void {
    const now = this.clock.now();
    let cur: Node;
    try {
      cur = this.client.get<Node>('', 'nodes', undefined, this.config.name);
    } catch (e) {
      if (!isNotFound(e)) throw e;
      // The Node was deleted: register again, as the kubelet does on its next sync.
      this.register();
      return;
    }
    const status = nodeStatus(this.config, this.machine, this.images.listImages(), cur.status, now);
    if (!force && !statusChanged(cur.status, status) && now - this.lastReport < nodeStatusReportFrequencyMs) return;
    const wasReady = cur.status?.conditions?.find((c) => c.type === 'Ready')?.status === 'True';
    this.node = this.client.updateStatus<Node>('', 'nodes', undefined, { ...cur, status });
    this.lastReport = now;
    if (!wasReady) this.recorder.event(this.nodeRef, 'Normal', 'NodeReady', `Node ${this.config.name} status is now: NodeReady`);
  }

  /** nodelease controller: create or renew the Lease; retry in 200 ms … 7 s on failure as upstream. */
  private tickLease(): void {
    if (this.stopped) return;
    const name = this.config.name;
    const now = toRFC3339Micro(this.clock.now());
    try {
      const cur = this.client.get<Lease>('coordination.k8s.io', 'leases', 'kube-node-lease', name);
      this.client.update<Lease>('coordination.k8s.io', 'leases', 'kube-node-lease', { ...cur, spec: { ...cur.spec, holderIdentity: name, leaseDurationSeconds, renewTime: now } });
    } catch (e) {
      if (!isNotFound(e)) throw e;
      const uid = this.node?.metadata?.uid;
      this.client.create<Lease>('coordination.k8s.io', 'leases', 'kube-node-lease', {
        apiVersion: 'coordination.k8s.io/v1',
        kind: 'Lease',
        metadata: {
          name,
          namespace: 'kube-node-lease',
          ownerReferences: uid ? [{ apiVersion: 'v1', kind: 'Node', name, uid }] : undefined,
        },
        spec: { holderIdentity: name, leaseDurationSeconds, renewTime: now },
      });
    }
    this.leaseTimer = this.clock.setTimeout(() => this.tickLease(), leaseRenewIntervalMs);
  }
}
