// Mirrors pkg/kubelet/kubelet_node_status.go and nodestatus/setters.go: the Node
// a kubelet registers (labels, kubeadm's annotations and control-plane taint,
// capacity and allocatable, conditions, addresses, nodeInfo, images), and the
// status it posts every nodeStatusUpdateFrequency (10 s) when something changed,
// or every nodeStatusReportFrequency (5 min) otherwise.
import type { Node, NodeCondition, NodeStatus } from 'kubernetes-types/core/v1';
import { parseQuantity } from '../api/quantity.js';
import { toRFC3339 } from '../clock/clock.js';
import type { SeededRandom } from '../clock/random.js';
import type { ImageInfo } from '../runtime/cri.js';
import type { NodeConfig } from './types.js';

export const kubeletVersion = 'v1.32.4';
export const containerRuntimeVersion = 'containerd://1.7.24';
export const kernelVersion = '5.15.0-131-generic';
export const osImage = 'Ubuntu 22.04.5 LTS';
export const controlPlaneTaint = { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' as const };

/** Node identity the kubelet reads from the machine (/etc/machine-id, DMI, /proc/sys/kernel/random/boot_id). */
export interface MachineInfo {
  machineID: string;
  systemUUID: string;
  bootID: string;
}

export function machineInfo(random: SeededRandom): MachineInfo {
  const hex = (n: number) => Array.from({ length: n }, () => random.int(16).toString(16)).join('');
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[random.int(4)]}${hex(3)}-${hex(12)}`;
  return { machineID: hex(32), systemUUID: uuid(), bootID: uuid() };
}

/**
 * Capacity as cAdvisor reports it: the VM's memory less what the kernel keeps
 * (4Gi → 4015476Ki); allocatable = capacity − kubeadm's hard eviction thresholds
 * (memory.available<100Mi: 4015476Ki − 102400Ki = 3913076Ki; nodefs.available<10%).
 */
export function capacityFor(node: NodeConfig): { capacity: Record<string, string>; allocatable: Record<string, string> } {
  const memKi = Math.floor(parseQuantity(node.memory).value() / 1024);
  const capKi = Math.floor((memKi * 4015476) / 4194304);
  const storageKi = 20134592;
  const storageBytes = storageKi * 1024;
  const capacity = {
    cpu: node.cpu,
    'ephemeral-storage': `${storageKi}Ki`,
    'hugepages-1Gi': '0',
    'hugepages-2Mi': '0',
    memory: `${capKi}Ki`,
    pods: node.pods,
  };
  const allocatable = {
    ...capacity,
    'ephemeral-storage': String(storageBytes - Math.round(storageBytes * 0.1)),
    memory: `${capKi - 102400}Ki`,
  };
  return { capacity, allocatable };
}

const conditionText: Record<string, [string, string, string, string]> = {
  // type: [status, reason, message]
  MemoryPressure: ['False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available', 'NodeHasSufficientMemory'],
  DiskPressure: ['False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure', 'NodeHasNoDiskPressure'],
  PIDPressure: ['False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available', 'NodeHasSufficientPID'],
  Ready: ['True', 'KubeletReady', 'kubelet is posting ready status', 'NodeReady'],
};

/** The node-status event each condition's reason is announced with (`Node x status is now: …`). */
export function conditionEventReason(type: string): string {
  return conditionText[type]![3];
}

/** setters.go: conditions keep their lastTransitionTime unless their status changes. */
export function conditions(old: NodeCondition[] | undefined, now: number, ready = true): NodeCondition[] {
  const ts = toRFC3339(now);
  return Object.entries(conditionText).map(([type, [status0, reason0, message0]]) => {
    let status = status0;
    let reason = reason0;
    let message = message0;
    if (type === 'Ready' && !ready) {
      status = 'False';
      reason = 'KubeletNotReady';
      message = 'container runtime is down';
    }
    const prev = old?.find((c) => c.type === type);
    const lastTransitionTime = prev && prev.status === status ? prev.lastTransitionTime : ts;
    return { type, status, lastHeartbeatTime: ts, lastTransitionTime, reason, message };
  });
}

/** setters.Images: the node's images, largest first (the scheduler's ImageLocality reads them). */
export function nodeImages(images: ImageInfo[]): NodeStatus['images'] {
  return [...images]
    .sort((a, b) => b.size - a.size)
    .slice(0, 50)
    .map((i) => ({ names: [...i.repoDigests, ...i.repoTags], sizeBytes: i.size }));
}

export function nodeStatus(node: NodeConfig, machine: MachineInfo, images: ImageInfo[], old: NodeStatus | undefined, now: number): NodeStatus {
  const { capacity, allocatable } = capacityFor(node);
  return {
    capacity,
    allocatable,
    conditions: conditions(old?.conditions, now),
    addresses: [
      { type: 'InternalIP', address: node.ip },
      { type: 'Hostname', address: node.name },
    ],
    daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
    nodeInfo: {
      machineID: machine.machineID,
      systemUUID: machine.systemUUID,
      bootID: machine.bootID,
      kernelVersion,
      osImage,
      containerRuntimeVersion,
      kubeletVersion,
      kubeProxyVersion: '',
      operatingSystem: 'linux',
      architecture: 'amd64',
    },
    images: nodeImages(images),
    runtimeHandlers: [
      { name: 'runc', features: { recursiveReadOnlyMounts: true, userNamespaces: true } },
      { name: '', features: { recursiveReadOnlyMounts: true, userNamespaces: true } },
    ],
  } as unknown as NodeStatus;
}

/** initialNode: what the kubelet POSTs (plus what kubeadm adds right after on a control plane). */
export function initialNode(node: NodeConfig, machine: MachineInfo, images: ImageInfo[], now: number): Node {
  const labels: Record<string, string> = {
    'beta.kubernetes.io/arch': 'amd64',
    'beta.kubernetes.io/os': 'linux',
    'kubernetes.io/arch': 'amd64',
    'kubernetes.io/hostname': node.name,
    'kubernetes.io/os': 'linux',
  };
  if (node.controlPlane) {
    labels['node-role.kubernetes.io/control-plane'] = '';
    labels['node.kubernetes.io/exclude-from-external-load-balancers'] = '';
  }
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: node.name,
      labels,
      annotations: {
        'kubeadm.alpha.kubernetes.io/cri-socket': 'unix:///var/run/containerd/containerd.sock',
        'node.alpha.kubernetes.io/ttl': '0',
        'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
      },
    },
    spec: node.controlPlane ? { taints: [{ ...controlPlaneTaint }] } : {},
    status: nodeStatus(node, machine, images, undefined, now),
  };
}

/** Whether two statuses differ in more than heartbeat times (kubelet posts changes at once). */
export function statusChanged(a: NodeStatus | undefined, b: NodeStatus): boolean {
  const strip = (s: NodeStatus | undefined) => JSON.stringify({ ...s, conditions: s?.conditions?.map((c) => ({ ...c, lastHeartbeatTime: '' })) });
  return strip(a) !== strip(b);
}
