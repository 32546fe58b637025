// Mirrors pkg/controller/tainteviction/taint_eviction.go (v1.32, the
// NoExecuteTaintManager run as `taint-eviction-controller`): a Pod on a node
// with NoExecute taints it does not tolerate is deleted at once; one that
// tolerates them for tolerationSeconds is deleted when the shortest runs out
// (the DefaultTolerationSeconds admission gives every Pod 300 s for not-ready
// and unreachable). Deleting: the DisruptionTarget condition, then a delete.
import type { Node, Pod, Taint, Toleration } from 'kubernetes-types/core/v1';
import { isNotFound } from '../../api/errors.js';
import type { VirtualClock } from '../../clock/clock.js';
import type { Client } from '../../client/client.js';
import { EventRecorder } from '../../client/events.js';
import { keyOf, splitKey, type SharedInformer, type SharedInformerFactory } from '../../client/informer.js';
import { TimedWorkerQueue } from './timed_workers.js';

export const taintEvictionUser = 'taint-eviction-controller';
const podNodeNameIndex = 'spec.nodeName';

/** ToleratesTaint (core/v1 helper): key/operator/value/effect matching. */
export function toleratesTaint(tol: Toleration, taint: Taint): boolean {
  if (tol.effect && tol.effect !== taint.effect) return false;
  if (tol.key && tol.key !== taint.key) return false;
  if (!tol.key && tol.operator !== 'Exists') return false;
  switch (tol.operator ?? 'Equal') {
    case 'Exists':
      return true;
    case 'Equal':
      return (tol.value ?? '') === (taint.value ?? '');
    default:
      return false;
  }
}

/** GetMatchingTolerations: every taint tolerated, and the tolerations used. */
export function getMatchingTolerations(taints: readonly Taint[], tolerations: readonly Toleration[]): { all: boolean; used: Toleration[] } {
  const used: Toleration[] = [];
  for (const t of taints) {
    const tol = tolerations.find((x) => toleratesTaint(x, t));
    if (!tol) return { all: false, used: [] };
    used.push(tol);
  }
  return { all: true, used };
}

/** getMinTolerationTime: ms until eviction, or -1 for never (a toleration without tolerationSeconds). */
export function getMinTolerationTime(tolerations: readonly Toleration[]): number {
  let min = -1;
  for (const t of tolerations) {
    if (t.tolerationSeconds === undefined || t.tolerationSeconds === null) continue;
    const ms = Math.max(0, t.tolerationSeconds) * 1000;
    if (min < 0 || ms < min) min = ms;
  }
  return min;
}

export class TaintEvictionController {
  readonly recorder: EventRecorder;
  readonly podInformer: SharedInformer<Pod>;
  readonly nodeInformer: SharedInformer<Node>;
  readonly queue: TimedWorkerQueue;

  constructor(
    readonly client: Client,
    informers: SharedInformerFactory,
    readonly clock: VirtualClock,
  ) {
    this.recorder = new EventRecorder(client, clock, { component: 'taint-eviction-controller' });
    this.queue = new TimedWorkerQueue(clock, (key) => this.deletePodHandler(key));
    this.podInformer = informers.informerFor<Pod>('', 'pods');
    this.nodeInformer = informers.informerFor<Node>('', 'nodes');
    this.podInformer.addIndexer(podNodeNameIndex, (p) => (p.spec?.nodeName ? [p.spec.nodeName] : []));
    this.podInformer.addEventHandler({
      onAdd: (p) => this.podUpdated(undefined, p),
      onUpdate: (o, p) => this.podUpdated(o, p),
      onDelete: (p) => this.queue.cancelWork(keyOf(p)),
    });
    this.nodeInformer.addEventHandler({
      onAdd: (n) => this.nodeUpdated(undefined, n),
      onUpdate: (o, n) => this.nodeUpdated(o, n),
    });
  }

  private podUpdated(old: Pod | undefined, pod: Pod): void {
    const nodeName = pod.spec?.nodeName;
    if (!nodeName) return;
    if (old?.spec?.nodeName === nodeName && old.spec?.tolerations === pod.spec?.tolerations) return;
    const node = this.nodeInformer.get(undefined, nodeName);
    if (!node) return;
    this.processPodOnNode(pod, noExecuteTaints(node));
  }

  private nodeUpdated(old: Node | undefined, node: Node): void {
    const taints = noExecuteTaints(node);
    if (old && sameTaints(noExecuteTaints(old), taints)) return;
    for (const pod of this.podInformer.byIndex(podNodeNameIndex, node.metadata!.name!)) this.processPodOnNode(pod, taints);
  }

  /** processPodOnNode: schedule, keep or cancel the Pod's eviction. */
  processPodOnNode(pod: Pod, taints: Taint[]): void {
    const key = keyOf(pod);
    if (!taints.length) {
      this.cancelWorkWithEvent(pod);
      return;
    }
    const now = this.clock.now();
    const { all, used } = getMatchingTolerations(taints, pod.spec?.tolerations ?? []);
    if (!all) {
      this.cancelWorkWithEvent(pod);
      this.queue.addWork(key, now, now);
      return;
    }
    const min = getMinTolerationTime(used);
    if (min < 0) {
      this.cancelWorkWithEvent(pod);
      return;
    }
    let start = now;
    const scheduled = this.queue.getWorker(key);
    if (scheduled) {
      start = scheduled.createdAt;
      if (start + min < now + min) return;
      this.cancelWorkWithEvent(pod);
    }
    this.queue.addWork(key, start, now + min);
  }

  private cancelWorkWithEvent(pod: Pod): void {
    if (this.queue.cancelWork(keyOf(pod))) {
      this.recorder.event(podRef(pod), 'Normal', 'TaintManagerEviction', `Cancelling deletion of Pod ${keyOf(pod)}`);
    }
  }

  /** deletePodHandler: the event, the DisruptionTarget condition, then a graceful delete. */
  private deletePodHandler(key: string): boolean {
    const { namespace, name } = splitKey(key);
    const pod = this.podInformer.get(namespace, name);
    if (!pod) return true;
    this.recorder.event(podRef(pod), 'Normal', 'TaintManagerEviction', `Marking for deletion Pod ${key}`);
    try {
      this.addConditionAndDeletePod(pod);
    } catch (e) {
      if (isNotFound(e)) return true;
      return false;
    }
    return true;
  }

  private addConditionAndDeletePod(pod: Pod): void {
    const ns = pod.metadata!.namespace!;
    const name = pod.metadata!.name!;
    const cur = this.client.get<Pod>('', 'pods', ns, name);
    const conditions = (cur.status?.conditions ?? []).filter((c) => c.type !== 'DisruptionTarget');
    conditions.push({
      type: 'DisruptionTarget',
      status: 'True',
      reason: 'DeletionByTaintManager',
      message: 'Taint manager: deleting due to NoExecute taint',
      lastProbeTime: null as unknown as undefined,
      lastTransitionTime: this.clock.nowRFC3339(),
    });
    this.client.updateStatus('', 'pods', ns, { ...cur, status: { ...cur.status, conditions } });
    this.client.delete('', 'pods', ns, name);
  }
}

function noExecuteTaints(node: Node): Taint[] {
  return (node.spec?.taints ?? []).filter((t) => t.effect === 'NoExecute');
}

function sameTaints(a: Taint[], b: Taint[]): boolean {
  return a.length === b.length && a.every((t, i) => t.key === b[i]!.key && t.value === b[i]!.value && t.effect === b[i]!.effect);
}

function podRef(pod: Pod) {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name: pod.metadata!.name, namespace: pod.metadata!.namespace } };
}
