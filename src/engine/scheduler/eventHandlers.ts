// Mirrors pkg/scheduler/eventhandlers.go: assigned Pods feed the cache, unassigned
// Pods for this scheduler feed the queue, and Node and Pod changes are turned into
// cluster events (NodeAdd, UpdateNodeTaint, AssignedPodDelete …) that move parked Pods.
import type { Node, Pod } from 'kubernetes-types/core/v1';
import type { SharedInformer } from '../client/informer.js';
import { deepEqual } from '../util/object.js';
import type { Cache } from './cache/cache.js';
import type { ActionType } from './framework/types.js';
import type { SchedulingQueue } from './queue/schedulingQueue.js';

const assigned = (p: Pod) => !!p.spec?.nodeName;

/** nodeSchedulingPropertiesChange: which scheduling-relevant parts of a Node changed. */
export function nodeUpdateActions(a: Node, b: Node): ActionType[] {
  const out: ActionType[] = [];
  if (!deepEqual(a.status?.allocatable ?? {}, b.status?.allocatable ?? {})) out.push('UpdateNodeAllocatable');
  if (!deepEqual(a.metadata?.labels ?? {}, b.metadata?.labels ?? {})) out.push('UpdateNodeLabel');
  if (!deepEqual(a.spec?.taints ?? [], b.spec?.taints ?? []) || !!a.spec?.unschedulable !== !!b.spec?.unschedulable) out.push('UpdateNodeTaint');
  const conds = (n: Node) => (n.status?.conditions ?? []).map((c) => `${c.type}=${c.status}`).join(',');
  if (conds(a) !== conds(b)) out.push('UpdateNodeCondition');
  if (!deepEqual(a.metadata?.annotations ?? {}, b.metadata?.annotations ?? {})) out.push('UpdateNodeAnnotation');
  return out;
}

export function addAllEventHandlers(
  schedulerName: string,
  cache: Cache,
  queue: SchedulingQueue,
  pods: SharedInformer<Pod>,
  nodes: SharedInformer<Node>,
): void {
  const responsible = (p: Pod) => (p.spec?.schedulerName ?? 'default-scheduler') === schedulerName;
  pods.addEventHandler({
    onAdd(p) {
      if (assigned(p)) {
        cache.addPod(p);
        queue.moveAllToActiveOrBackoffQueue('AssignedPod', ['Add']);
      } else if (responsible(p) && !p.metadata?.deletionTimestamp) queue.add(p);
    },
    onUpdate(old, p) {
      if (assigned(p)) {
        if (!assigned(old)) {
          queue.delete(old);
          cache.addPod(p);
          queue.moveAllToActiveOrBackoffQueue('AssignedPod', ['Add']);
          return;
        }
        cache.updatePod(old, p);
        const actions: ActionType[] = ['Update'];
        if (!deepEqual(old.metadata?.labels ?? {}, p.metadata?.labels ?? {})) actions.push('UpdatePodLabel');
        queue.moveAllToActiveOrBackoffQueue('AssignedPod', actions);
      } else if (responsible(p)) {
        if (p.metadata?.deletionTimestamp) queue.delete(p);
        else queue.update(old, p);
      }
    },
    onDelete(p) {
      if (assigned(p)) {
        cache.removePod(p);
        queue.moveAllToActiveOrBackoffQueue('AssignedPod', ['Delete']);
      } else queue.delete(p);
    },
  });
  nodes.addEventHandler({
    onAdd(n) {
      cache.addNode(n);
      queue.moveAllToActiveOrBackoffQueue('Node', ['Add']);
    },
    onUpdate(old, n) {
      cache.updateNode(old, n);
      const actions = nodeUpdateActions(old, n);
      if (actions.length) queue.moveAllToActiveOrBackoffQueue('Node', actions);
    },
    onDelete(n) {
      cache.removeNode(n);
      queue.moveAllToActiveOrBackoffQueue('Node', ['Delete']);
    },
  });
}
