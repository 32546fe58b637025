// One node's container stack, as a kubeadm node has it: the kernel, containerd
// (CRI runtime + image service) and host-local CNI. The kubelet creates one per
// node with createNodeRuntime and speaks to it only through cri.ts.
import type { VirtualClock } from '../clock/clock.js';
import type { SeededRandom } from '../clock/random.js';
import type { Program } from '../shell/types.js';
import { Kernel, type ProcessContext } from '../linux/kernel.js';
import type { Fabric } from '../linux/net/fabric.js';
import { ImageStore } from './imageService.js';
import { Containerd } from './containerd.js';

export interface NodeRuntimeOptions {
  clock: VirtualClock;
  random: SeededRandom;
  nodeName: string;
  /** InternalIP, on the node's eth0. */
  nodeIP: string;
  /** 10.244.N.0/24: host-local IPAM hands out .2, .3 … */
  podCIDR: string;
  /** The wire between nodes; give every node of a cluster the same one. */
  fabric?: Fabric;
  /** Images present at boot (pause, the control-plane images kubeadm pre-pulls). */
  preloadedImages?: string[];
  memoryBytes?: number;
  cpus?: number;
  /** Shell programs for shells and execs running as `ctx.process` (default: coreutils). */
  programs?: (ctx: ProcessContext) => Map<string, Program>;
}

export interface NodeRuntime {
  nodeName: string;
  kernel: Kernel;
  runtime: Containerd;
  images: ImageStore;
}

export function createNodeRuntime(opts: NodeRuntimeOptions): NodeRuntime {
  const kernel = new Kernel({
    clock: opts.clock,
    hostname: opts.nodeName,
    nodeIP: opts.nodeIP,
    podCIDR: opts.podCIDR,
    fabric: opts.fabric,
    memoryBytes: opts.memoryBytes,
    cpus: opts.cpus,
    programs: opts.programs,
  });
  // The kubelet's container manager creates the QoS slices at start (systemd cgroup driver names).
  for (const qos of ['', '/kubepods-besteffort.slice', '/kubepods-burstable.slice']) kernel.cgroup(`/kubepods.slice${qos}`, true);
  const images = new ImageStore(opts.clock, kernel);
  for (const ref of opts.preloadedImages ?? ['registry.k8s.io/pause:3.10']) images.preload(ref);
  const runtime = new Containerd({ clock: opts.clock, random: opts.random, kernel, images, podCIDR: opts.podCIDR });
  return { nodeName: opts.nodeName, kernel, runtime, images };
}
