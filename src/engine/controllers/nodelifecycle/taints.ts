// Mirrors pkg/controller/nodelifecycle's taint templates and
// controller_utils.go SwapNodeControllerTaint / AddOrUpdateTaintOnNode /
// RemoveTaintOffNode: the node.kubernetes.io/* taints the controller manages,
// each written with a timeAdded, through a read-modify-write of the Node.
import type { Node, Taint } from 'kubernetes-types/core/v1';
import { isConflict, isNotFound } from '../../api/errors.js';
import type { Client } from '../../client/client.js';
import { clone } from '../../util/object.js';

export const taintNodeNotReady = 'node.kubernetes.io/not-ready';
export const taintNodeUnreachable = 'node.kubernetes.io/unreachable';
export const taintNodeUnschedulable = 'node.kubernetes.io/unschedulable';
export const taintNodeMemoryPressure = 'node.kubernetes.io/memory-pressure';
export const taintNodeDiskPressure = 'node.kubernetes.io/disk-pressure';
export const taintNodePIDPressure = 'node.kubernetes.io/pid-pressure';
export const taintNodeNetworkUnavailable = 'node.kubernetes.io/network-unavailable';

export const unreachableTaintTemplate: Taint = { key: taintNodeUnreachable, effect: 'NoExecute' };
export const notReadyTaintTemplate: Taint = { key: taintNodeNotReady, effect: 'NoExecute' };

/** nodeConditionToTaintKeyStatusMap: which condition status means which NoSchedule taint. */
export const conditionTaints: Record<string, Record<string, string>> = {
  Ready: { False: taintNodeNotReady, Unknown: taintNodeUnreachable },
  MemoryPressure: { True: taintNodeMemoryPressure },
  DiskPressure: { True: taintNodeDiskPressure },
  NetworkUnavailable: { True: taintNodeNetworkUnavailable },
  PIDPressure: { True: taintNodePIDPressure },
};

/** The NoSchedule taint keys this controller owns (taintKeyToNodeConditionMap + unschedulable). */
export const managedNoScheduleKeys = new Set([
  taintNodeNotReady,
  taintNodeUnreachable,
  taintNodeMemoryPressure,
  taintNodeDiskPressure,
  taintNodeNetworkUnavailable,
  taintNodePIDPressure,
  taintNodeUnschedulable,
]);

export function taintMatches(a: Taint, b: Taint): boolean {
  return a.key === b.key && a.effect === b.effect;
}

export function taintExists(taints: readonly Taint[] | undefined, t: Taint): boolean {
  return (taints ?? []).some((x) => taintMatches(x, t));
}

/**
 * SwapNodeControllerTaint: add `add` (stamped with timeAdded = now) and remove `remove`
 * in one update of the Node; returns false when the Node is gone.
 */
export function swapNodeControllerTaint(client: Client, nodeName: string, add: Taint[], remove: Taint[], nowRFC3339: string): boolean {
  for (let attempt = 0; ; attempt++) {
    let node: Node;
    try {
      node = client.get<Node>('', 'nodes', undefined, nodeName);
    } catch (e) {
      if (isNotFound(e)) return false;
      throw e;
    }
    const old = node.spec?.taints ?? [];
    let taints = old.filter((t) => !remove.some((r) => taintMatches(r, t)));
    for (const a of add) {
      if (taints.some((t) => taintMatches(t, a))) continue;
      taints = [...taints, { ...a, timeAdded: nowRFC3339 }];
    }
    if (taints.length === old.length && taints.every((t, i) => t === old[i])) return true;
    const next = clone(node);
    next.spec = { ...next.spec, taints };
    if (!taints.length) delete next.spec.taints;
    try {
      client.update('', 'nodes', undefined, next);
      return true;
    } catch (e) {
      if (isNotFound(e)) return false;
      if (!isConflict(e) || attempt >= 4) throw e;
    }
  }
}
