// Test and benchmark support: Node objects shaped like a kubeadm cluster's (allocatable
// cpu 2, memory 3.8Gi, 110 pods, Ready), until the kubelets register real ones.
import type { Node } from 'kubernetes-types/core/v1';

export interface TestNodeOptions {
  controlPlane?: boolean;
  cpu?: string;
  memory?: string;
  pods?: string;
  labels?: Record<string, string>;
  taints?: Node['spec'] extends infer S ? (S extends { taints?: infer T } ? T : never) : never;
  unschedulable?: boolean;
  images?: { names: string[]; sizeBytes: number }[];
}

export function kubeadmNode(name: string, o: TestNodeOptions = {}): Node {
  const labels: Record<string, string> = {
    'beta.kubernetes.io/arch': 'amd64',
    'beta.kubernetes.io/os': 'linux',
    'kubernetes.io/arch': 'amd64',
    'kubernetes.io/hostname': name,
    'kubernetes.io/os': 'linux',
    ...(o.controlPlane ? { 'node-role.kubernetes.io/control-plane': '', 'node.kubernetes.io/exclude-from-external-load-balancers': '' } : {}),
    ...o.labels,
  };
  const allocatable = { cpu: o.cpu ?? '2', memory: o.memory ?? '3961476Ki', pods: o.pods ?? '110', 'ephemeral-storage': '18698430040', 'hugepages-2Mi': '0' };
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name, labels },
    spec: {
      ...(o.controlPlane ? { taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] } : {}),
      ...(o.taints ? { taints: o.taints } : {}),
      ...(o.unschedulable ? { unschedulable: true } : {}),
    },
    status: {
      capacity: { ...allocatable, memory: '4063876Ki', 'ephemeral-storage': '20134592Ki' },
      allocatable,
      conditions: [{ type: 'Ready', status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status' }],
      ...(o.images ? { images: o.images } : {}),
    },
  };
}
