// Mirrors pkg/controller/daemon/daemon_controller.go (v1.32): informers on
// DaemonSets, Pods, Nodes and ControllerRevisions whose handlers only enqueue;
// syncDaemonSet(key) claims the DaemonSet's Pods, works out per node whether a
// daemon Pod should run (nodeShouldRunDaemonPod), creates and deletes Pods with
// expectations, runs the rolling update, and writes status.
import type { ControllerRevision, DaemonSet } from 'kubernetes-types/apps/v1';
import type { Node, Pod } from 'kubernetes-types/core/v1';
import { isNotFound } from '../../api/errors.js';
import { selectorFromLabelSelector } from '../../api/labels.js';
import type { VirtualClock } from '../../clock/clock.js';
import type { Client } from '../../client/client.js';
import { EventRecorder } from '../../client/events.js';
import { keyOf, splitKey, type SharedInformer, type SharedInformerFactory } from '../../client/informer.js';
import { WorkQueue } from '../../client/workqueue.js';
import { clone } from '../../util/object.js';
import { constructHistory, rollingUpdate, updateDaemonSetStatus } from './update.js';
import { nodeShouldRunDaemonPod, newDaemonPodTemplate, targetNodeName } from './util.js';

export const daemonSetControllerUser = 'daemon-set-controller';

/** BurstReplicas: at most this many creates per sync; slow start doubles batches from 1. */
export const burstReplicas = 250;

type Ref = { apiVersion?: string; kind?: string; name?: string; uid?: string; controller?: boolean };

function controllerOf(o: { metadata?: { ownerReferences?: readonly Ref[] } }): Ref | undefined {
  return o.metadata?.ownerReferences?.find((r) => r.controller);
}

export class DaemonSetsController {
  readonly queue: WorkQueue;
  readonly recorder: EventRecorder;
  readonly dsInformer: SharedInformer<DaemonSet>;
  readonly podInformer: SharedInformer<Pod>;
  readonly nodeInformer: SharedInformer<Node>;
  readonly historyInformer: SharedInformer<ControllerRevision>;
  /** ControllerExpectations: creates / deletes asked for and not yet observed, per DaemonSet key. */
  private expectations = new Map<string, { add: number; del: Set<string>; at: number }>();
  /** Node names in localeCompare order, kept until a node is added or deleted (a sync sorted all nodes before). */
  private sortedNodeNames: string[] | null = null;
  /**
   * What one sync computes more than once (manage, rolling update, status, history cleanup):
   * the DaemonSet's Pods by node and nodeShouldRunDaemonPod per node. Valid only inside
   * syncDaemonSet: watch events reach the informers deferred, never during a sync.
   */
  private syncMemo: { ds: DaemonSet; byNode?: Map<string, Pod[]>; should: Map<Node, { shouldRun: boolean; shouldContinueRunning: boolean }> } | null = null;

  constructor(
    readonly client: Client,
    informers: SharedInformerFactory,
    readonly clock: VirtualClock,
  ) {
    this.recorder = new EventRecorder(client, clock, { component: 'daemonset-controller' });
    this.queue = new WorkQueue(clock, (key) => this.syncDaemonSet(key), { name: 'daemonset' });
    this.dsInformer = informers.informerFor<DaemonSet>('apps', 'daemonsets');
    this.podInformer = informers.informerFor<Pod>('', 'pods');
    this.nodeInformer = informers.informerFor<Node>('', 'nodes');
    this.historyInformer = informers.informerFor<ControllerRevision>('apps', 'controllerrevisions');
    this.podInformer.addIndexer('daemonset.controllerUID', (p) => {
      const r = controllerOf(p);
      return r?.kind === 'DaemonSet' && r.uid ? [r.uid] : [];
    });
    this.historyInformer.addIndexer('daemonset.controllerUID', (h) => {
      const r = controllerOf(h);
      return r?.kind === 'DaemonSet' && r.uid ? [r.uid] : [];
    });
    this.dsInformer.addEventHandler({
      onAdd: (ds) => this.queue.add(keyOf(ds)),
      onUpdate: (_o, ds) => this.queue.add(keyOf(ds)),
      onDelete: (ds) => this.expectations.delete(keyOf(ds)),
    });
    this.podInformer.addEventHandler({
      onAdd: (p) => this.podEvent(p, 'add'),
      onUpdate: (_o, p) => this.podEvent(p, 'update'),
      onDelete: (p) => this.podEvent(p, 'delete'),
    });
    // A node that appears, changes labels or taints, or goes away may change where daemons run.
    const allDaemonSets = () => {
      for (const ds of this.dsInformer.list()) this.queue.add(keyOf(ds));
    };
    this.nodeInformer.addEventHandler({
      onAdd: () => {
        this.sortedNodeNames = null;
        allDaemonSets();
      },
      onUpdate: (o, n) => {
        if (JSON.stringify([o.metadata?.labels, o.spec?.taints, o.spec?.unschedulable]) !== JSON.stringify([n.metadata?.labels, n.spec?.taints, n.spec?.unschedulable])) allDaemonSets();
      },
      onDelete: () => {
        this.sortedNodeNames = null;
        allDaemonSets();
      },
    });
  }

  private podEvent(pod: Pod, type: 'add' | 'update' | 'delete'): void {
    const ref = controllerOf(pod);
    if (ref?.kind !== 'DaemonSet') return;
    const ds = this.dsInformer.get(pod.metadata?.namespace, ref.name!);
    if (!ds || ds.metadata?.uid !== ref.uid) return;
    const key = keyOf(ds);
    const exp = this.expectations.get(key);
    if (exp) {
      if (type === 'add') exp.add--;
      if (type === 'delete' || pod.metadata?.deletionTimestamp) exp.del.delete(keyOf(pod));
    }
    this.queue.add(key);
  }

  private satisfied(key: string): boolean {
    const e = this.expectations.get(key);
    if (!e) return true;
    if (e.add <= 0 && e.del.size === 0) return true;
    return this.clock.now() - e.at > 5 * 60 * 1000;
  }

  /** getNodesToDaemonPods: the DaemonSet's live Pods by the node they are for. */
  nodesToDaemonPods(ds: DaemonSet): Map<string, Pod[]> {
    const memo = this.syncMemo;
    if (memo?.ds === ds) return (memo.byNode ??= this.listNodesToDaemonPods(ds));
    return this.listNodesToDaemonPods(ds);
  }

  /** nodeShouldRunDaemonPod, remembered for the current sync. */
  shouldRunOn(node: Node, ds: DaemonSet): { shouldRun: boolean; shouldContinueRunning: boolean } {
    const memo = this.syncMemo;
    if (memo?.ds !== ds) return nodeShouldRunDaemonPod(node, ds);
    let r = memo.should.get(node);
    if (!r) memo.should.set(node, (r = nodeShouldRunDaemonPod(node, ds)));
    return r;
  }

  private listNodesToDaemonPods(ds: DaemonSet): Map<string, Pod[]> {
    const out = new Map<string, Pod[]>();
    let sel;
    try {
      sel = selectorFromLabelSelector(ds.spec?.selector);
    } catch {
      return out;
    }
    for (const pod of this.podInformer.byIndex('daemonset.controllerUID', ds.metadata!.uid!)) {
      if (pod.metadata?.deletionTimestamp) continue;
      if (!sel.matches(pod.metadata?.labels ?? {})) continue;
      const node = targetNodeName(pod);
      if (!node) continue;
      const list = out.get(node) ?? [];
      list.push(pod);
      out.set(node, list);
    }
    return out;
  }

  syncDaemonSet(key: string): void {
    const { namespace, name } = splitKey(key);
    const ds = this.dsInformer.get(namespace, name);
    if (!ds) {
      this.expectations.delete(key);
      return;
    }
    if (ds.metadata?.deletionTimestamp) return;
    this.syncMemo = { ds, should: new Map() };
    try {
      this.syncDaemonSetMemo(key, ds);
    } finally {
      this.syncMemo = null;
    }
  }

  private syncDaemonSetMemo(key: string, ds: DaemonSet): void {
    const nodes = this.sortedNodes();
    const { current, hash } = constructHistory(this, ds);
    if (!this.satisfied(key)) {
      updateDaemonSetStatus(this, ds, nodes, hash, false);
      return;
    }
    this.manage(ds, nodes, hash);
    if (this.satisfied(key) && ds.spec?.updateStrategy?.type !== 'OnDelete') rollingUpdate(this, ds, nodes, hash);
    void current;
    updateDaemonSetStatus(this, ds, nodes, hash, true);
  }

  /** Every node in the informer, by name (localeCompare), as the sort of list() gave it. */
  private sortedNodes(): Node[] {
    let names = this.sortedNodeNames;
    if (!names) names = this.sortedNodeNames = this.nodeInformer.keys().sort((a, b) => a.localeCompare(b));
    const out: Node[] = [];
    for (const n of names) {
      const node = this.nodeInformer.getByKey(n);
      if (node) out.push(node);
    }
    return out;
  }

  /** manage: which nodes need a daemon Pod, and which Pods must go. */
  private manage(ds: DaemonSet, nodes: Node[], hash: string): void {
    const byNode = this.nodesToDaemonPods(ds);
    const toCreate: string[] = [];
    const toDelete: Pod[] = [];
    for (const node of nodes) {
      const nodeName = node.metadata!.name!;
      const { shouldRun, shouldContinueRunning } = this.shouldRunOn(node, ds);
      const pods = byNode.get(nodeName) ?? [];
      if (shouldRun && !pods.length) {
        toCreate.push(nodeName);
        continue;
      }
      if (shouldContinueRunning) {
        const alive: Pod[] = [];
        for (const p of pods) {
          if (p.status?.phase === 'Failed') {
            this.recorder.event(ds, 'Warning', 'FailedDaemonPod', `Found failed daemon pod ${keyOf(p)} on node ${nodeName}, will try to kill it`);
            toDelete.push(p);
          } else alive.push(p);
        }
        // More than one daemon Pod on a node: keep the oldest (a surge keeps one new and one old).
        if (alive.length > 1 && !surging(ds)) {
          alive.sort((a, b) => (a.metadata!.creationTimestamp ?? '').localeCompare(b.metadata!.creationTimestamp ?? ''));
          toDelete.push(...alive.slice(1));
        }
      } else toDelete.push(...pods);
    }
    // Pods for nodes that no longer exist.
    const known = new Set(nodes.map((n) => n.metadata!.name!));
    for (const [nodeName, pods] of byNode) if (!known.has(nodeName)) toDelete.push(...pods);
    this.syncNodes(ds, toDelete, toCreate.slice(0, burstReplicas), hash);
  }

  /** syncNodes: creates in slow-start batches (1, 2, 4 …), then deletes; events for each. */
  syncNodes(ds: DaemonSet, podsToDelete: Pod[], nodesNeedingPods: string[], hash: string): void {
    const key = keyOf(ds);
    this.expectations.set(key, { add: nodesNeedingPods.length, del: new Set(podsToDelete.map(keyOf)), at: this.clock.now() });
    const ref = { apiVersion: 'apps/v1', kind: 'DaemonSet', name: ds.metadata!.name!, uid: ds.metadata!.uid!, controller: true, blockOwnerDeletion: true };
    let created = 0;
    for (let batch = 1, i = 0; i < nodesNeedingPods.length; batch *= 2) {
      const slice = nodesNeedingPods.slice(i, i + batch);
      i += slice.length;
      let failed = false;
      for (const nodeName of slice) {
        const tpl = newDaemonPodTemplate(ds, hash, nodeName);
        try {
          const pod = this.client.create<Pod>('', 'pods', ds.metadata!.namespace, {
            apiVersion: 'v1',
            kind: 'Pod',
            metadata: { ...tpl.metadata, generateName: `${ds.metadata!.name}-`, ownerReferences: [ref] },
            spec: tpl.spec,
          });
          created++;
          this.recorder.event(ds, 'Normal', 'SuccessfulCreate', `Created pod: ${pod.metadata!.name}`);
        } catch (e) {
          failed = true;
          this.expectations.get(key)!.add--;
          this.recorder.event(ds, 'Warning', 'FailedCreate', `Error creating: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
      if (failed) {
        // Skip the remaining batches, as upstream does after an error; their expectations are dropped.
        this.expectations.get(key)!.add -= nodesNeedingPods.length - i;
        break;
      }
    }
    void created;
    for (const pod of podsToDelete) {
      try {
        this.client.delete('', 'pods', pod.metadata!.namespace, pod.metadata!.name!);
        this.recorder.event(ds, 'Normal', 'SuccessfulDelete', `Deleted pod: ${pod.metadata!.name}`);
      } catch (e) {
        this.expectations.get(key)?.del.delete(keyOf(pod));
        if (!isNotFound(e)) this.recorder.event(ds, 'Warning', 'FailedDelete', `Error deleting: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  }

  /** A fresh copy of the DaemonSet for a status write. */
  cloneDS(ds: DaemonSet): DaemonSet {
    return clone(ds);
  }
}

function surging(ds: DaemonSet): boolean {
  const s = ds.spec?.updateStrategy;
  const v = s?.rollingUpdate?.maxSurge;
  return s?.type === 'RollingUpdate' && v !== undefined && v !== 0 && v !== '0%' && v !== '0';
}
