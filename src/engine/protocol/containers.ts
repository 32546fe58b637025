// The inspector's container view of a Pod, read from its node's kernel the way
// `lsns`, `/sys/fs/cgroup` and `/proc/mounts` show it: per container, each
// namespace's inode and whether it is the pause container's (a Pod's containers
// share net, ipc and uts with pause; each has its own mnt and pid), the cgroup
// with its limits and usage, and the overlay rootfs (image layers + upper dir).
import type { Cluster } from '../cluster/index.js';
import { clusterNodes } from '../cluster/nodes.js';
import { namespaceTypes } from '../linux/namespaces.js';
import type { Process } from '../linux/process.js';
import type { KubeObject } from './messages.js';

const runtimeTaskDir = '/run/containerd/io.containerd.runtime.v2.task/k8s.io';

export interface ContainerView {
  node: string;
  sandbox: { id: string; pausePid: number; ip: string; state: string };
  containers: {
    name: string;
    id: string;
    state: string;
    pid: number;
    image: string;
    namespaces: { type: string; inode: number; sharedWithPause: boolean }[];
    cgroup?: { path: string; memoryMax: number | null; memoryCurrent: number; cpuMax: string; cpuUsageUsec: number; pids: number };
    rootfs?: { lower: string[]; upper: string };
  }[];
}

function cgroupOf(p: Process): NonNullable<ContainerView['containers'][number]['cgroup']> {
  const cg = p.cgroup;
  return {
    path: cg.path,
    memoryMax: Number.isFinite(cg.memoryMax) ? cg.memoryMax : null,
    memoryCurrent: cg.memoryCurrent,
    cpuMax: `${Number.isFinite(cg.cpuQuota) ? cg.cpuQuota : 'max'} ${cg.cpuPeriod}`,
    cpuUsageUsec: cg.cpuUsageUsec,
    pids: cg.procs.size,
  };
}

export function containerView(cluster: Cluster, pod: KubeObject): ContainerView | undefined {
  const nodeName: string | undefined = pod.spec?.nodeName;
  const node = nodeName ? clusterNodes.get(cluster)?.get(nodeName) : undefined;
  if (!node || !nodeName) return undefined;
  const { runtime, kernel } = node.runtime;
  const sandboxes = runtime.listPodSandbox().filter((s) => s.metadata.uid === pod.metadata.uid);
  const sandbox = sandboxes.find((s) => s.state === 'SANDBOX_READY') ?? sandboxes[sandboxes.length - 1];
  if (!sandbox) return undefined;
  const pause = kernel.process(sandbox.pausePid);
  const mounts = kernel.initNs.mnt.mounts.mounts;
  const containers = runtime
    .listContainers()
    .filter((c) => c.sandboxId === sandbox.id)
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((c) => {
      const p = c.pid ? kernel.process(c.pid) : undefined;
      const mount = mounts.find((m) => m.target === `${runtimeTaskDir}/${c.id}/rootfs`);
      const opts = Object.fromEntries((mount?.options ?? '').split(',').map((o) => o.split('=') as [string, string | undefined]));
      return {
        name: c.metadata.name,
        id: c.id,
        state: c.state,
        pid: c.pid,
        image: c.image,
        namespaces: p ? namespaceTypes.map((t) => ({ type: t, inode: p.ns[t].inode, sharedWithPause: !!pause && pause.ns[t] === p.ns[t] })) : [],
        cgroup: p ? cgroupOf(p) : undefined,
        rootfs: mount ? { lower: (opts.lowerdir ?? '').split(':').filter(Boolean), upper: opts.upperdir ?? '' } : undefined,
      };
    });
  return { node: nodeName, sandbox: { id: sandbox.id, pausePid: sandbox.pausePid, ip: sandbox.ip, state: sandbox.state }, containers };
}
