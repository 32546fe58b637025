// Mirrors pkg/controller/nodelifecycle/node_lifecycle_controller.go (v1.32):
// every node-monitor-period (5 s) decide each node's health from its Lease and
// its Ready condition's heartbeat; a node silent for node-monitor-grace-period
// (50 s since v1.32; 60 s for a node that never posted) gets its conditions set
// to Unknown, the unreachable/not-ready NoExecute taint, and its Pods marked not
// Ready. NoSchedule taints follow the node's conditions and spec.unschedulable.
// Simplification: no zones, so the NoExecute tainter is not rate-limited.
import type { Lease } from 'kubernetes-types/coordination/v1';
import type { Node, NodeCondition, Pod } from 'kubernetes-types/core/v1';
import { isConflict, isNotFound } from '../../api/errors.js';
import { parseRFC3339, type VirtualClock } from '../../clock/clock.js';
import type { Client } from '../../client/client.js';
import { EventRecorder } from '../../client/events.js';
import type { SharedInformer, SharedInformerFactory } from '../../client/informer.js';
import { WorkQueue } from '../../client/workqueue.js';
import { clone } from '../../util/object.js';
import {
  conditionTaints,
  managedNoScheduleKeys,
  notReadyTaintTemplate,
  swapNodeControllerTaint,
  taintExists,
  taintNodeUnschedulable,
  unreachableTaintTemplate,
} from './taints.js';

export const nodeControllerUser = 'node-controller';
export const nodeMonitorPeriodMs = 5_000;
export const nodeMonitorGracePeriodMs = 50_000;
export const nodeStartupGracePeriodMs = 60_000;

const podNodeNameIndex = 'spec.nodeName';

interface NodeHealth {
  probeTimestamp: number;
  readyTransitionTimestamp: number;
  status: Node['status'];
  leaseRenewTime?: number;
}

function readyCondition(node: Node | { status?: Node['status'] }): NodeCondition | undefined {
  return node.status?.conditions?.find((c) => c.type === 'Ready');
}

export class NodeLifecycleController {
  readonly recorder: EventRecorder;
  readonly nodeInformer: SharedInformer<Node>;
  readonly podInformer: SharedInformer<Pod>;
  readonly leaseInformer: SharedInformer<Lease>;
  readonly nodeUpdateQueue: WorkQueue;
  private health = new Map<string, NodeHealth>();
  private known = new Set<string>();

  constructor(
    readonly client: Client,
    informers: SharedInformerFactory,
    readonly clock: VirtualClock,
  ) {
    this.recorder = new EventRecorder(client, clock, { component: 'node-controller' });
    this.nodeInformer = informers.informerFor<Node>('', 'nodes');
    this.podInformer = informers.informerFor<Pod>('', 'pods');
    this.leaseInformer = informers.informerFor<Lease>('coordination.k8s.io', 'leases', { namespace: 'kube-node-lease' });
    this.podInformer.addIndexer(podNodeNameIndex, (p) => (p.spec?.nodeName ? [p.spec.nodeName] : []));
    this.nodeUpdateQueue = new WorkQueue(clock, (name) => this.doNoScheduleTaintingPass(name), { name: 'node_lifecycle_controller' });
    this.nodeInformer.addEventHandler({
      onAdd: (n) => this.nodeUpdateQueue.add(n.metadata!.name!),
      onUpdate: (_o, n) => this.nodeUpdateQueue.add(n.metadata!.name!),
      onDelete: (n) => {
        this.health.delete(n.metadata!.name!);
        this.known.delete(n.metadata!.name!);
      },
    });
    this.clock.setTimeout(() => this.monitorLoop(), nodeMonitorPeriodMs);
  }

  private monitorLoop(): void {
    if (this.nodeInformer.hasSynced()) this.monitorNodeHealth();
    this.clock.setTimeout(() => this.monitorLoop(), nodeMonitorPeriodMs);
  }

  /** monitorNodeHealth: one pass over every node. */
  monitorNodeHealth(): void {
    for (const node of this.nodeInformer.list()) {
      const name = node.metadata!.name!;
      if (!this.known.has(name)) {
        this.known.add(name);
        this.recordNodeEvent(node, 'Normal', 'RegisteredNode', `Node ${name} event: Registered Node ${name} in Controller`);
      }
      let result: { observed: NodeCondition; current?: NodeCondition };
      try {
        result = this.tryUpdateNodeHealth(node);
      } catch (e) {
        if (isNotFound(e) || isConflict(e)) continue;
        throw e;
      }
      const { observed, current } = result;
      if (!current) continue;
      this.processTaintBaseEviction(node, observed);
      if (current.status !== 'True' && observed.status === 'True') {
        this.recordNodeEvent(node, 'Normal', 'NodeNotReady', `Node ${name} status is now: NodeNotReady`);
        this.markPodsNotReady(name);
      }
    }
  }

  /**
   * tryUpdateNodeHealth: the last time we heard from the node is the later of a new
   * Ready heartbeat and a new Lease renewTime; past the grace period its conditions
   * turn Unknown. Example: lease renewed at 09:00:00, kubelet stops at 09:00:05 →
   * the pass at 09:00:55 (or the first after 09:00:50) marks the node Unknown.
   */
  tryUpdateNodeHealth(node: Node): { observed: NodeCondition; current?: NodeCondition } {
    const name = node.metadata!.name!;
    const now = this.clock.now();
    const observedReady = readyCondition(node);
    let gracePeriod = nodeMonitorGracePeriodMs;
    let saved = this.health.get(name);
    let observed: NodeCondition;
    if (!observedReady) {
      // A node whose kubelet never posted status: judged from its creation, with the startup grace.
      observed = { type: 'Ready', status: 'Unknown', lastHeartbeatTime: node.metadata!.creationTimestamp, lastTransitionTime: node.metadata!.creationTimestamp };
      gracePeriod = nodeStartupGracePeriodMs;
      const created = parseRFC3339(node.metadata!.creationTimestamp) ?? now;
      if (!saved) saved = { status: node.status, probeTimestamp: created, readyTransitionTimestamp: created };
    } else {
      observed = observedReady;
      const savedReady = saved && readyCondition(saved);
      if (!saved) saved = { status: node.status, probeTimestamp: now, readyTransitionTimestamp: now };
      else if (!savedReady) saved = { ...saved, status: node.status, probeTimestamp: now, readyTransitionTimestamp: now };
      else if (savedReady.lastHeartbeatTime !== observedReady.lastHeartbeatTime) {
        const transition = savedReady.lastTransitionTime !== observedReady.lastTransitionTime ? now : saved.readyTransitionTimestamp;
        saved = { ...saved, status: node.status, probeTimestamp: now, readyTransitionTimestamp: transition };
      }
    }
    const lease = this.leaseInformer.get('kube-node-lease', name);
    const renew = parseRFC3339(lease?.spec?.renewTime as string | undefined);
    if (renew !== undefined && (saved.leaseRenewTime === undefined || saved.leaseRenewTime < renew)) {
      saved = { ...saved, leaseRenewTime: renew, probeTimestamp: now };
    }
    this.health.set(name, saved);
    if (now <= saved.probeTimestamp + gracePeriod) return { observed, current: observedReady ?? observed };

    // The node went silent: every condition the kubelet owns becomes Unknown.
    const next = clone(node);
    const conditions = [...(node.status?.conditions ?? [])];
    const nowText = this.clock.nowRFC3339();
    let changed = false;
    for (const type of ['Ready', 'MemoryPressure', 'DiskPressure', 'PIDPressure']) {
      const i = conditions.findIndex((c) => c.type === type);
      if (i < 0) {
        conditions.push({
          type,
          status: 'Unknown',
          reason: 'NodeStatusNeverUpdated',
          message: 'Kubelet never posted node status.',
          lastHeartbeatTime: node.metadata!.creationTimestamp,
          lastTransitionTime: nowText,
        });
        changed = true;
      } else if (conditions[i]!.status !== 'Unknown') {
        conditions[i] = { ...conditions[i]!, status: 'Unknown', reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.', lastTransitionTime: nowText };
        changed = true;
      }
    }
    if (!changed) return { observed, current: observedReady ?? observed };
    const updated = this.client.updateStatus<Node>('', 'nodes', undefined, { ...next, status: { ...next.status, conditions } });
    this.health.set(name, { ...saved, status: updated.status, readyTransitionTimestamp: now });
    return { observed, current: readyCondition(updated) };
  }

  /** processTaintBaseEviction: the NoExecute taint follows the Ready condition. */
  private processTaintBaseEviction(node: Node, observed: NodeCondition): void {
    const name = node.metadata!.name!;
    const taints = node.spec?.taints;
    const now = this.clock.nowRFC3339();
    switch (observed.status) {
      case 'False':
        if (!taintExists(taints, notReadyTaintTemplate)) swapNodeControllerTaint(this.client, name, [notReadyTaintTemplate], [unreachableTaintTemplate], now);
        break;
      case 'Unknown':
        if (!taintExists(taints, unreachableTaintTemplate)) swapNodeControllerTaint(this.client, name, [unreachableTaintTemplate], [notReadyTaintTemplate], now);
        break;
      case 'True':
        // markNodeAsReachable: a healthy node loses both NoExecute taints at once.
        if (taintExists(taints, notReadyTaintTemplate) || taintExists(taints, unreachableTaintTemplate)) {
          swapNodeControllerTaint(this.client, name, [], [notReadyTaintTemplate, unreachableTaintTemplate], now);
        }
        break;
    }
  }

  /** doNoScheduleTaintingPass: NoSchedule taints mirror conditions and spec.unschedulable. */
  doNoScheduleTaintingPass(name: string): void {
    const node = this.nodeInformer.get(undefined, name);
    if (!node) return;
    const want = new Set<string>();
    for (const c of node.status?.conditions ?? []) {
      const key = conditionTaints[c.type]?.[c.status];
      if (key) want.add(key);
    }
    if (node.spec?.unschedulable) want.add(taintNodeUnschedulable);
    const have = (node.spec?.taints ?? []).filter((t) => t.effect === 'NoSchedule' && managedNoScheduleKeys.has(t.key));
    const add = [...want].filter((k) => !have.some((t) => t.key === k)).map((key) => ({ key, effect: 'NoSchedule' as const }));
    const remove = have.filter((t) => !want.has(t.key));
    if (!add.length && !remove.length) return;
    swapNodeControllerTaint(this.client, name, add, remove, this.clock.nowRFC3339());
  }

  /** MarkPodsNotReady: the Pods of a node we cannot hear from are no longer Ready. */
  private markPodsNotReady(nodeName: string): void {
    for (const pod of this.podInformer.byIndex(podNodeNameIndex, nodeName)) {
      const conditions = pod.status?.conditions ?? [];
      const i = conditions.findIndex((c) => c.type === 'Ready');
      if (i < 0 || conditions[i]!.status === 'False') continue;
      const next = clone(pod);
      next.status!.conditions![i] = { ...conditions[i]!, status: 'False', lastTransitionTime: this.clock.nowRFC3339() };
      try {
        this.client.updateStatus('', 'pods', pod.metadata!.namespace, next);
      } catch (e) {
        if (isNotFound(e) || isConflict(e)) continue;
        throw e;
      }
      this.recorder.event(pod, 'Warning', 'NodeNotReady', 'Node is not ready');
    }
  }

  /** RecordNodeEvent / RecordNodeStatusChange: events about a Node by name and uid, in the default namespace. */
  private recordNodeEvent(node: Node, type: 'Normal' | 'Warning', reason: string, message: string): void {
    const name = node.metadata!.name!;
    this.recorder.event({ kind: 'Node', metadata: { name, uid: node.metadata!.uid } }, type, reason, message);
  }
}
