// What a kubelet is given by whoever starts it (cmd/kubelet's Dependencies):
// its API client, the clock, the node it runs on, the CRI runtime and image
// service, and the node-side hooks (file system for volumes, network for probes)
// the composition root wires to the simulated kernel.
import type { VirtualClock } from '../clock/clock.js';
import type { SeededRandom } from '../clock/random.js';
import type { Client } from '../client/client.js';
import type { ImageService, RuntimeService } from '../runtime/cri.js';

export interface NodeConfig {
  name: string;
  /** InternalIP. */
  ip: string;
  controlPlane: boolean;
  cpu: string;
  memory: string;
  pods: string;
}

/** The node's file system as the volume manager needs it (volumes live under /var/lib/kubelet/pods). */
export interface VolumeHost {
  mkdirAll(path: string): void;
  writeFile(path: string, data: string): void;
  removeAll(path: string): void;
}

/** The node's network as the prober needs it: an HTTP GET and a TCP connect from the node. */
export interface ProbeNetwork {
  httpGet(host: string, port: number, path: string, timeoutMs: number): { statusCode: number; body: string } | { error: string };
  /** undefined when the connection was accepted, else the dial error. */
  tcpConnect(host: string, port: number, timeoutMs: number): string | undefined;
}

export interface KubeletDeps {
  client: Client;
  clock: VirtualClock;
  random: SeededRandom;
  node: NodeConfig;
  runtime: RuntimeService;
  images: ImageService;
  volumeHost?: VolumeHost;
  network?: ProbeNetwork;
  /** Static Pod manifests (/etc/kubernetes/manifests on a kubeadm control plane). */
  staticPods?: unknown[];
}
