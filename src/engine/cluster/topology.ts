// The default cluster, as kubeadm would leave it: a tainted control-plane node
// `controlplane` and workers `node01`, `node02`…, each 2 CPU / 4Gi / 110 Pods,
// on one 192.168.0.0/24 network, with Pod CIDRs 10.244.N.0/24.

export interface NodeSpec {
  name: string;
  /** InternalIP of the node. */
  ip: string;
  /** 10.244.N.0/24, assigned in registration order as the nodeipam controller would. */
  podCIDR: string;
  controlPlane: boolean;
  cpu: string;
  memory: string;
  pods: string;
}

export function defaultTopology(workers = 2): NodeSpec[] {
  const nodes: NodeSpec[] = [];
  for (let i = 0; i <= workers; i++) {
    nodes.push({
      name: i === 0 ? 'controlplane' : `node${String(i).padStart(2, '0')}`,
      ip: `192.168.0.${10 + i}`,
      podCIDR: `10.244.${i}.0/24`,
      controlPlane: i === 0,
      cpu: '2',
      memory: '4Gi',
      pods: '110',
    });
  }
  return nodes;
}
