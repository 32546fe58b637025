// The control-plane and node components started by createCluster, in order.
// Each entry is one component's wiring; the component itself knows nothing of
// the cluster facade, only its Client, informers and the clock.
import type { Cluster } from './index.js';
import { startControllerManager } from '../controllers/manager.js';
import { startScheduler } from '../scheduler/index.js';
import { clusterNodes, startNodes } from './nodes.js';
import { kubeProxyUser, startKubeProxy } from '../network/kubeproxy/proxier.js';
import { corednsUser, startClusterDNS } from '../network/dns/server.js';
import { startNodeShells } from './nodeShells.js';

export type ComponentStarter = (cluster: Cluster) => void;

export const components: ComponentStarter[] = [
  (c) => void startControllerManager({ clock: c.clock, client: (u) => c.client(u) }),
  (c) => void startScheduler({ client: c.client('system:kube-scheduler'), clock: c.clock, random: c.random, hostname: 'controlplane' }),
  (c) => startNodes(c),
  (c) => startNodeShells(c),
  (c) => clusterNodes.get(c)?.forEach((n, nodeName) => startKubeProxy({ client: c.client(kubeProxyUser), clock: c.clock, random: c.random, nodeName, host: n.runtime.kernel, fabric: n.runtime.kernel.options.fabric })),
  (c) => void startClusterDNS(c.client(corednsUser), c.clock, [...(clusterNodes.get(c)?.values() ?? [])][0]?.runtime.kernel.options.fabric),
];
