// Mirrors describe.go describeNode (v1.32): roles, taints, the node Lease, conditions,
// capacity, system info, and describeNodeResource with component-helpers' PodRequests /
// PodLimits (init containers as a max, sidecars added, overhead added).

import type { Lease } from 'kubernetes-types/coordination/v1';
import type { Container, Event, Node, Pod } from 'kubernetes-types/core/v1';
import { parseQuantity, type Quantity } from '../../api/quantity.js';
import { describeEvents } from './events.js';
import { byteCompare, printAnnotationsMultiline, printLabelsMultiline, printTaintsMultiline, quantityString, rfc1123z, since, sortedKeys, toQuantity } from './format.js';
import { LEVEL_0, LEVEL_1, type PrefixWriter, tabbedString } from './writer.js';

type ResourceMap = Map<string, Quantity>;

export function describeNode(node: Node, pods: readonly Pod[], lease: Lease | undefined, events: readonly Event[] | undefined, nowMs: number): string {
  return tabbedString((w) => {
    const meta = node.metadata ?? {};
    const spec = node.spec ?? {};
    const status = node.status ?? {};
    w.write(LEVEL_0, `Name:\t${meta.name ?? ''}\n`);
    const roles = findNodeRoles(meta.labels);
    w.write(LEVEL_0, `Roles:\t${roles.length > 0 ? roles.join(',') : '<none>'}\n`);
    printLabelsMultiline(w, 'Labels', meta.labels);
    printAnnotationsMultiline(w, 'Annotations', meta.annotations);
    w.write(LEVEL_0, `CreationTimestamp:\t${rfc1123z(meta.creationTimestamp)}\n`);
    printTaintsMultiline(w, 'Taints', spec.taints);
    w.write(LEVEL_0, `Unschedulable:\t${spec.unschedulable === true}\n`);
    if (lease) {
      w.write(LEVEL_0, 'Lease:\n');
      w.write(LEVEL_1, `HolderIdentity:\t${lease.spec?.holderIdentity ?? '<unset>'}\n`);
      w.write(LEVEL_1, `AcquireTime:\t${lease.spec?.acquireTime ? rfc1123z(lease.spec.acquireTime) : '<unset>'}\n`);
      w.write(LEVEL_1, `RenewTime:\t${lease.spec?.renewTime ? rfc1123z(lease.spec.renewTime) : '<unset>'}\n`);
    } else {
      w.write(LEVEL_0, `Lease:\tFailed to get lease: leases.coordination.k8s.io "${meta.name}" not found\n`);
    }
    const conds = status.conditions ?? [];
    if (conds.length > 0) {
      w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n');
      w.write(LEVEL_1, '----\t------\t-----------------\t------------------\t------\t-------\n');
      for (const c of conds) {
        w.write(LEVEL_1, `${c.type} \t${c.status} \t${rfc1123z(c.lastHeartbeatTime)} \t${rfc1123z(c.lastTransitionTime)} \t${c.reason ?? ''} \t${c.message ?? ''}\n`);
      }
    }
    w.write(LEVEL_0, 'Addresses:\n');
    for (const a of status.addresses ?? []) w.write(LEVEL_1, `${a.type}:\t${a.address}\n`);
    const printResourceList = (list: { [k: string]: string | number }) => {
      for (const r of sortedKeys(list)) w.write(LEVEL_0, `  ${r}:\t${quantityString(list[r])}\n`);
    };
    if (Object.keys(status.capacity ?? {}).length > 0) {
      w.write(LEVEL_0, 'Capacity:\n');
      printResourceList(status.capacity!);
    }
    if (Object.keys(status.allocatable ?? {}).length > 0) {
      w.write(LEVEL_0, 'Allocatable:\n');
      printResourceList(status.allocatable!);
    }
    const info = status.nodeInfo;
    w.write(LEVEL_0, 'System Info:\n');
    w.write(LEVEL_0, `  Machine ID:\t${info?.machineID ?? ''}\n`);
    w.write(LEVEL_0, `  System UUID:\t${info?.systemUUID ?? ''}\n`);
    w.write(LEVEL_0, `  Boot ID:\t${info?.bootID ?? ''}\n`);
    w.write(LEVEL_0, `  Kernel Version:\t${info?.kernelVersion ?? ''}\n`);
    w.write(LEVEL_0, `  OS Image:\t${info?.osImage ?? ''}\n`);
    w.write(LEVEL_0, `  Operating System:\t${info?.operatingSystem ?? ''}\n`);
    w.write(LEVEL_0, `  Architecture:\t${info?.architecture ?? ''}\n`);
    w.write(LEVEL_0, `  Container Runtime Version:\t${info?.containerRuntimeVersion ?? ''}\n`);
    w.write(LEVEL_0, `  Kubelet Version:\t${info?.kubeletVersion ?? ''}\n`);
    // v1.32 still prints the deprecated field, empty now that kubelets stopped setting it.
    w.write(LEVEL_0, `  Kube-Proxy Version:\t${info?.kubeProxyVersion ?? ''}\n`);
    if (spec.podCIDR) w.write(LEVEL_0, `PodCIDR:\t${spec.podCIDR}\n`);
    if (spec.podCIDRs && spec.podCIDRs.length > 0) w.write(LEVEL_0, `PodCIDRs:\t${spec.podCIDRs.join(',')}\n`);
    if (spec.providerID) w.write(LEVEL_0, `ProviderID:\t${spec.providerID}\n`);
    const nonTerminated = pods
      .filter((p) => p.spec?.nodeName === meta.name && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed')
      .sort((a, b) => byteCompare(a.metadata?.namespace ?? '', b.metadata?.namespace ?? '') || byteCompare(a.metadata?.name ?? '', b.metadata?.name ?? ''));
    describeNodeResource(nonTerminated, node, w, nowMs);
    if (events) describeEvents(events, w, nowMs);
  });
}

/** findNodeRoles: node-role.kubernetes.io/<role> labels and kubernetes.io/role=<role>, sorted. */
function findNodeRoles(labels: { [k: string]: string } | undefined): string[] {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(labels ?? {})) {
    if (k.startsWith('node-role.kubernetes.io/')) {
      const role = k.slice('node-role.kubernetes.io/'.length);
      if (role) roles.add(role);
    } else if (k === 'kubernetes.io/role' && v !== '') roles.add(v);
  }
  return [...roles].sort(byteCompare);
}

const ZERO = parseQuantity('0');
const get = (m: ResourceMap, k: string) => m.get(k) ?? ZERO;
/** Go's int64(float64): the fraction is truncated. */
const pct = (num: number, den: number) => Math.trunc((num / den) * 100);

function describeNodeResource(pods: readonly Pod[], node: Node, w: PrefixWriter, nowMs: number): void {
  w.write(LEVEL_0, `Non-terminated Pods:\t(${pods.length} in total)\n`);
  w.write(LEVEL_1, 'Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n');
  w.write(LEVEL_1, '---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n');
  const allocList = Object.keys(node.status?.allocatable ?? {}).length > 0 ? node.status!.allocatable! : node.status?.capacity ?? {};
  const alloc: ResourceMap = new Map(Object.entries(allocList).map(([k, v]) => [k, toQuantity(v) ?? ZERO]));
  const allocCPU = get(alloc, 'cpu').milliValue();
  const allocMem = get(alloc, 'memory').value();
  const reqs: ResourceMap = new Map();
  const limits: ResourceMap = new Map();
  for (const pod of pods) {
    const req = podResources(pod, 'requests');
    const lim = podResources(pod, 'limits');
    const cpuReq = get(req, 'cpu');
    const cpuLim = get(lim, 'cpu');
    const memReq = get(req, 'memory');
    const memLim = get(lim, 'memory');
    w.write(LEVEL_1, `${pod.metadata?.namespace ?? ''}\t${pod.metadata?.name ?? ''}\t\t` +
      `${cpuReq} (${pct(cpuReq.milliValue(), allocCPU)}%)\t${cpuLim} (${pct(cpuLim.milliValue(), allocCPU)}%)\t` +
      `${memReq} (${pct(memReq.value(), allocMem)}%)\t${memLim} (${pct(memLim.value(), allocMem)}%)\t${since(pod.metadata?.creationTimestamp, nowMs)}\n`);
    addResources(reqs, req);
    addResources(limits, lim);
  }
  w.write(LEVEL_0, 'Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n');
  w.write(LEVEL_1, 'Resource\tRequests\tLimits\n');
  w.write(LEVEL_1, '--------\t--------\t------\n');
  const row = (name: string, r: Quantity, l: Quantity, scale: (q: Quantity) => number, total: number) => {
    const fr = total !== 0 ? pct(scale(r), total) : 0;
    const fl = total !== 0 ? pct(scale(l), total) : 0;
    w.write(LEVEL_1, `${name}\t${r} (${fr}%)\t${l} (${fl}%)\n`);
  };
  row('cpu', get(reqs, 'cpu'), get(limits, 'cpu'), (q) => q.milliValue(), allocCPU);
  row('memory', get(reqs, 'memory'), get(limits, 'memory'), (q) => q.value(), allocMem);
  row('ephemeral-storage', get(reqs, 'ephemeral-storage'), get(limits, 'ephemeral-storage'), (q) => q.value(), get(alloc, 'ephemeral-storage').value());
  const names = [...alloc.keys()];
  for (const r of names.filter((n) => n.startsWith('hugepages-')).sort(byteCompare)) {
    row(r, get(reqs, r), get(limits, r), (q) => q.value(), get(alloc, r).value());
  }
  const standard = new Set(['cpu', 'memory', 'ephemeral-storage', 'pods']);
  for (const r of names.filter((n) => !n.startsWith('hugepages-') && !standard.has(n)).sort(byteCompare)) {
    w.write(LEVEL_1, `${r}\t${get(reqs, r)}\t${get(limits, r)}\n`);
  }
}

function addResources(into: ResourceMap, from: ResourceMap): void {
  for (const [k, v] of from) into.set(k, into.has(k) ? into.get(k)!.add(v) : v);
}

function maxResources(into: ResourceMap, from: ResourceMap): void {
  for (const [k, v] of from) if (!into.has(k) || v.cmp(into.get(k)!) > 0) into.set(k, v);
}

function containerResources(c: Container, kind: 'requests' | 'limits'): ResourceMap {
  const m: ResourceMap = new Map();
  for (const [k, v] of Object.entries(c.resources?.[kind] ?? {})) {
    const q = toQuantity(v);
    if (q) m.set(k, q);
  }
  return m;
}

/**
 * resourcehelper.PodRequests / PodLimits: sum of containers; restartable (sidecar) init
 * containers add to it; each other init container needs its own amount plus the sidecars
 * started before it, and the pod needs the max of that and the sum; overhead on top.
 * Example: containers 250m + 100m, init 500m → max(350m, 500m) = 500m.
 */
export function podResources(pod: Pod, kind: 'requests' | 'limits'): ResourceMap {
  const total: ResourceMap = new Map();
  for (const c of pod.spec?.containers ?? []) addResources(total, containerResources(c, kind));
  const sidecars: ResourceMap = new Map();
  const initMax: ResourceMap = new Map();
  for (const ic of pod.spec?.initContainers ?? []) {
    let r = containerResources(ic, kind);
    if (ic.restartPolicy === 'Always') {
      addResources(total, r);
      addResources(sidecars, r);
      r = new Map(sidecars);
    } else {
      const tmp = new Map(r);
      addResources(tmp, sidecars);
      r = tmp;
    }
    maxResources(initMax, r);
  }
  maxResources(total, initMax);
  const overhead: ResourceMap = new Map();
  for (const [k, v] of Object.entries(pod.spec?.overhead ?? {})) {
    const q = toQuantity(v);
    if (q) overhead.set(k, q);
  }
  if (kind === 'requests' || total.size > 0) addResources(total, overhead);
  return total;
}
