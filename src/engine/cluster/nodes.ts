// The nodes of the cluster as kubeadm leaves them: on every machine of the
// topology, containerd over the simulated kernel (createNodeRuntime) and a
// kubelet (user system:node:<name>) that registers the Node; the API server
// reaches each kubelet for logs and exec through its NodeConnector, and
// `lab node stop|start` through its controls. One Fabric joins the nodes' networks.
import type { NodeConnector } from '../kubelet/connector.js';
import { afterAnswer } from '../lazy/state.js';
import { Kubelet } from '../kubelet/kubelet.js';
import { controlPlaneImages } from '../kubelet/staticpods.js';
import type { ProbeNetwork, VolumeHost } from '../kubelet/types.js';
import { parseQuantity } from '../api/quantity.js';
import type { Kernel } from '../linux/kernel.js';
import { Fabric } from '../linux/net/fabric.js';
import { createNodeRuntime, type NodeRuntime } from '../runtime/node.js';
import type { Cluster } from './index.js';

/** Each cluster's node stacks by node name (node shells, crictl and the diagram read them). */
export const clusterNodes = new WeakMap<Cluster, Map<string, { runtime: NodeRuntime; kubelet: Kubelet }>>();

/** The kubelet writes volume directories into the node's own file system. */
function volumeHost(kernel: Kernel): VolumeHost {
  const fs = kernel.hostFS;
  return {
    mkdirAll: (path) => fs.mkdir(path, { recursive: true }),
    writeFile: (path, data) => fs.writeFile(path, data),
    removeAll: (path) => {
      if (fs.stat(path)) fs.rm(path, { recursive: true });
    },
  };
}

/** Probes leave from the node's network namespace, as the kubelet's own connections do. */
function probeNetwork(kernel: Kernel): ProbeNetwork {
  return {
    httpGet(host, port, path) {
      const r = kernel.connect(kernel.init, host, port, { protocol: 'http', method: 'GET', path, headers: { 'User-Agent': 'kube-probe/1.32' } });
      if (!r.ok) {
        const why = r.error === 'ECONNREFUSED' ? 'connect: connection refused' : r.error === 'ETIMEDOUT' ? 'i/o timeout' : 'connect: no route to host';
        const what = r.error === 'ETIMEDOUT' ? `context deadline exceeded (Client.Timeout exceeded while awaiting headers)` : `dial tcp ${host}:${port}: ${why}`;
        return { error: `Get "http://${host}:${port}${path}": ${what}` };
      }
      return { statusCode: r.response.status ?? 200, body: r.response.body };
    },
    tcpConnect(host, port) {
      const r = kernel.connect(kernel.init, host, port, { protocol: 'tcp' });
      if (r.ok) return undefined;
      return r.error === 'ETIMEDOUT' ? `dial tcp ${host}:${port}: i/o timeout` : `dial tcp ${host}:${port}: connect: ${r.error === 'ECONNREFUSED' ? 'connection refused' : 'no route to host'}`;
    },
  };
}

export function startNodes(cluster: Cluster): void {
  const fabric = new Fabric();
  const nodes = new Map<string, { runtime: NodeRuntime; kubelet: Kubelet }>();
  clusterNodes.set(cluster, nodes);
  for (const spec of cluster.topology) {
    const runtime = createNodeRuntime({
      clock: cluster.clock,
      random: cluster.random,
      nodeName: spec.name,
      nodeIP: spec.ip,
      podCIDR: spec.podCIDR,
      fabric,
      // `kubeadm init` pre-pulls the control plane's images (kubeadm config images list); every node has pause.
      preloadedImages: ['registry.k8s.io/pause:3.10', ...(spec.controlPlane ? [...Object.values(controlPlaneImages), 'registry.k8s.io/kube-proxy:v1.32.4', 'registry.k8s.io/coredns/coredns:v1.11.3'] : [])],
      memoryBytes: parseQuantity(spec.memory).value(),
      cpus: Number(spec.cpu),
    });
    const kubelet = new Kubelet({
      client: cluster.client(`system:node:${spec.name}`),
      clock: cluster.clock,
      random: cluster.random,
      node: { name: spec.name, ip: spec.ip, controlPlane: spec.controlPlane, cpu: spec.cpu, memory: spec.memory, pods: spec.pods },
      runtime: runtime.runtime,
      images: runtime.images,
      volumeHost: volumeHost(runtime.kernel),
      network: probeNetwork(runtime.kernel),
    });
    kubelet.start();
    // Only logs and exec (kubectl, lesson checks) reach it: its code comes with the after-the-answer chunk.
    let connector: NodeConnector | undefined;
    const kubeletConnector = () => (connector ??= new (afterAnswer().KubeletConnector)(kubelet));
    cluster.api.registerNodeConnector(spec.name, { logs: (...a) => kubeletConnector().logs(...a), exec: (...a) => kubeletConnector().exec(...a) });
    cluster.nodeControls.set(spec.name, kubelet);
    nodes.set(spec.name, { runtime, kubelet });
  }
}
