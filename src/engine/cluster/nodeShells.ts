// Shells on the cluster's machines: every node's kernel gets the shell
// programs of shell/programs (busybox/procps/util-linux/crictl …, bound to the
// process that runs them), the node's disk gets their binaries, journald
// keeps the kubelet's PLEG lines, and `lab ssh NODE` opens a root login
// shell on a node (sshd → `sshd: root@pts/N` → `-bash`, prompt `root@node01:~# `).
import type { Kernel } from '../linux/kernel.js';
import type { Process } from '../linux/process.js';
import { spawnShell } from '../linux/shell.js';
import type { NodeRuntime } from '../runtime/node.js';
import { deferredSystemPrograms, nodeBinaries } from '../shell/programs/deferred.js';
import type { JournalEntry } from '../shell/programs/system.js';
import type { Job, ProcessIO, ProgramResult } from '../shell/types.js';
import type { Cluster } from './index.js';
import { clusterNodes } from './nodes.js';

const p2 = (n: number, w = 2) => String(n).padStart(w, '0');

/** klog's header: `I0106 09:05:01.000000    1043 file.go:123] `. */
function klog(ms: number, pid: number, where: string, msg: string): string {
  const d = new Date(ms);
  return `I${p2(d.getUTCMonth() + 1)}${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}.${p2(d.getUTCMilliseconds() * 1000, 6)} ${String(pid).padStart(7)} ${where}] ${msg}`;
}

/** What the kubelet writes to journald as its Pods' containers start and die (kubelet.go syncLoop, PLEG). */
function recordJournal(cluster: Cluster, node: NodeRuntime): () => readonly JournalEntry[] {
  const journal: JournalEntry[] = [];
  const kubeletPid = node.kernel.processes().find((p) => p.comm === 'kubelet')?.pid ?? 1043;
  const add = (where: string, msg: string) => {
    const now = cluster.clock.now();
    journal.push({ time: now, unit: 'kubelet', text: klog(now, kubeletPid, where, msg) });
    if (journal.length > 5000) journal.splice(0, 1000);
  };
  add('server.go:486', `"Kubelet version" kubeletVersion="v1.32.4"`);
  add('kubelet_node_status.go:75', `"Attempting to register node" node="${node.nodeName}"`);
  add('kubelet_node_status.go:78', `"Successfully registered node" node="${node.nodeName}"`);
  const seen = new Set<string>();
  // containerd's logrus lines: time="RFC3339Nano" level=info msg="…".
  const ctrd = (msg: string) => {
    const now = cluster.clock.now();
    const t = new Date(now).toISOString().replace(/\.(\d{3})Z$/, (_, ms: string) => `.${ms}${p2((now * 7919) % 1_000_000, 6)}Z`);
    journal.push({ time: now, unit: 'containerd', text: `time="${t}" level=info msg="${msg.replace(/"/g, '\\"')}"` });
  };
  node.runtime.onEvent((e) => {
    const c = node.runtime.containerStatus(e.containerId);
    if (!c) return;
    if (e.type === 'CONTAINER_CREATED') ctrd(`CreateContainer within sandbox "${e.sandboxId}" for &ContainerMetadata{Name:${c.metadata.name},Attempt:${c.metadata.attempt},} returns container id "${e.containerId}"`);
    if (e.type === 'CONTAINER_STARTED') ctrd(`StartContainer for "${e.containerId}" returns successfully`);
    if (e.type === 'CONTAINER_STOPPED') ctrd(`TaskExit event container_id:"${e.containerId}" id:"${e.containerId}" pid:${c.pid} exit_status:${c.exitCode}`);
    const pod = `${c.labels['io.kubernetes.pod.namespace']}/${c.labels['io.kubernetes.pod.name']}`;
    const uid = c.labels['io.kubernetes.pod.uid'] ?? '';
    if (e.type === 'CONTAINER_CREATED' && !seen.has(e.sandboxId)) {
      seen.add(e.sandboxId);
      add('kubelet.go:2468', `"SyncLoop (PLEG): event for pod" pod="${pod}" event={"ID":"${uid}","Type":"ContainerStarted","Data":"${e.sandboxId}"}`);
    }
    if (e.type === 'CONTAINER_STARTED') add('kubelet.go:2468', `"SyncLoop (PLEG): event for pod" pod="${pod}" event={"ID":"${uid}","Type":"ContainerStarted","Data":"${e.containerId}"}`);
    if (e.type === 'CONTAINER_STOPPED') add('kubelet.go:2468', `"SyncLoop (PLEG): event for pod" pod="${pod}" event={"ID":"${uid}","Type":"ContainerDied","Data":"${e.containerId}"}`);
  });
  return () => journal;
}

function installPrograms(cluster: Cluster, node: NodeRuntime): void {
  const kernel = node.kernel;
  const journal = recordJournal(cluster, node);
  const services = { runtime: node.runtime, images: node.images, journal };
  // The kernel's `programs` option is read on every shell and exec (linux/kernel.ts programsFor).
  kernel.options.programs = (ctx) => deferredSystemPrograms({ kernel, ctx, node: services });
  const disk = kernel.hostFS;
  for (const b of nodeBinaries) {
    if (disk.stat(`/usr/bin/${b}`) || disk.stat(`/bin/${b}`)) continue;
    disk.writeFile(`/usr/bin/${b}`, '');
  }
}

let sessions = 0;

/** `lab ssh NODE`: a root login shell on the node, attached to the terminal until `exit`. */
export function sshInto(cluster: Cluster, name: string, io: ProcessIO): ProgramResult | undefined {
  const node = clusterNodes.get(cluster)?.get(name);
  if (!node) return undefined;
  const k: Kernel = node.runtime.kernel;
  const sshd = k.processes().find((p) => p.comm === 'sshd' && p.parent === k.init) ?? k.init;
  const pts = `pts/${sessions++ % 4}`;
  const scope = k.cgroup(`/user.slice/user-0.slice/session-${sessions}.scope`, true);
  const conn = k.spawn({ parent: sshd, argv: [`sshd: root@${pts}`], comm: 'sshd', cgroup: scope });
  const env = new Map([
    ['HOME', '/root'],
    ['USER', 'root'],
    ['LOGNAME', 'root'],
    ['SHELL', '/bin/bash'],
    ['TERM', 'xterm'],
    ['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
  ]);
  return (function* (): Job {
    let shell: Process | undefined;
    yield {
      kind: 'attach',
      open(out, done) {
        const { process, session } = spawnShell(k, {
          target: k.init,
          parent: conn,
          argv: ['-bash'],
          env,
          cwd: '/root',
          cgroup: scope,
          out,
          shellName: 'bash',
          columns: io.columns,
          prompt: (s) => `root@${process.ns.uts.hostname}:${s.cwd === s.home ? '~' : s.cwd}# `,
        });
        shell = process;
        process.tty = pts;
        // A login shell: argv[0] is "-bash", the command name stays "bash".
        process.comm = 'bash';
        const exit = session.state.onExit;
        session.state.onExit = (code) => {
          out.write('logout\n');
          exit?.(code);
        };
        process.onExit(() => {
          k.exit(conn, 0);
          done(process.exitStatus ?? 0);
        });
        return session;
      },
    };
    io.stdout(`Connection to ${name} closed.\n`);
    return shell?.exitStatus ?? 0;
  })();
}

export function startNodeShells(cluster: Cluster): void {
  for (const node of clusterNodes.get(cluster)?.values() ?? []) installPrograms(cluster, node.runtime);
  cluster.nodeShell = (name, io) => sshInto(cluster, name, io);
}
