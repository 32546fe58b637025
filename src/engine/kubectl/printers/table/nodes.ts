// Mirrors printNode, findNodeRoles and getNodeInternalIP/ExternalIP in
// pkg/printers/internalversion/printers.go (v1.32).

import type { Node } from 'kubernetes-types/core/v1';
import { translateTimestampSince } from '../../../api/duration.js';
import { byteCompare } from './format.js';
import { ageCol, col, nameCol, type TableHandler } from './types.js';

const LABEL_NODE_ROLE_PREFIX = 'node-role.kubernetes.io/';
const NODE_LABEL_ROLE = 'kubernetes.io/role';

/**
 * Roles from `node-role.kubernetes.io/<role>` label keys (any value) and the
 * legacy `kubernetes.io/role=<role>` label; de-duplicated and sorted.
 */
export function findNodeRoles(node: Node): string[] {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(node.metadata?.labels ?? {})) {
    if (k.startsWith(LABEL_NODE_ROLE_PREFIX)) {
      const role = k.slice(LABEL_NODE_ROLE_PREFIX.length);
      if (role) roles.add(role);
    } else if (k === NODE_LABEL_ROLE && v !== '') {
      roles.add(v);
    }
  }
  return [...roles].sort(byteCompare);
}

/** "Ready", "NotReady", "Unknown" (no Ready condition), plus ",SchedulingDisabled" when cordoned. */
export function nodeStatus(node: Node): string {
  const status: string[] = [];
  // Upstream keeps the last condition of each type; only Ready is reported.
  const ready = [...(node.status?.conditions ?? [])].reverse().find((c) => c.type === 'Ready');
  if (ready) status.push(ready.status === 'True' ? 'Ready' : 'NotReady');
  if (status.length === 0) status.push('Unknown');
  if (node.spec?.unschedulable) status.push('SchedulingDisabled');
  return status.join(',');
}

function nodeAddress(node: Node, type: string): string {
  return (node.status?.addresses ?? []).find((a) => a.type === type)?.address ?? '<none>';
}

export const nodeTable: TableHandler<Node> = {
  columns: [
    nameCol,
    col('Status'),
    col('Roles'),
    ageCol,
    col('Version'),
    col('Internal-IP', 1),
    col('External-IP', 1),
    col('OS-Image', 1),
    col('Kernel-Version', 1),
    col('Container-Runtime', 1),
  ],
  row(node, nowMs) {
    const info = node.status?.nodeInfo;
    return [
      node.metadata?.name ?? '',
      nodeStatus(node),
      findNodeRoles(node).join(',') || '<none>',
      translateTimestampSince(node.metadata?.creationTimestamp, nowMs),
      info?.kubeletVersion ?? '',
      nodeAddress(node, 'InternalIP'),
      nodeAddress(node, 'ExternalIP'),
      info?.osImage || '<unknown>',
      info?.kernelVersion || '<unknown>',
      info?.containerRuntimeVersion || '<unknown>',
    ];
  },
};
