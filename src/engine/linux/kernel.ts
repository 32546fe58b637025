// The simulated Linux kernel of one node: the task list with nested PID
// namespaces (kernel/fork.c, kernel/pid.c), signals and exit (kernel/signal.c,
// kernel/exit.c: 128+N statuses, init protection, reparenting), namespaces
// (unshare/setns), cgroup v2 memory charging with the memcg OOM killer
// (mm/oom_kill.c: the largest task in the group gets SIGKILL), the VFS and the
// network stacks. Boot-time state (host processes, disk, devices) is in boot.ts.
import type { VirtualClock } from '../clock/clock.js';
import type { Program } from '../shell/types.js';
import type { Behaviour, ConnectResult, ProcessContext } from './behaviour.js';
import { Cgroup } from './cgroup.js';
import { createContext } from './context.js';
import { InodeAllocator, type Namespace, type NamespaceSet, type NamespaceType, type PidNamespace } from './namespaces.js';
import type { Fabric } from './net/fabric.js';
import { NetStack, type NetRequest } from './net/netns.js';
import { Process, type Stdio } from './process.js';
import { ignoredByDefault, signals } from './signals.js';
import { bootHost } from './boot.js';
import { MountTable, ProcessFS } from './vfs/mounts.js';
import { defaultPrograms, wrapPrograms } from './shell.js';
import type { TreeFS } from './vfs/tree.js';

export type { ProcessContext } from './behaviour.js';

export interface KernelOptions {
  clock: VirtualClock;
  hostname: string;
  nodeIP: string;
  podCIDR: string;
  fabric?: Fabric;
  memoryBytes?: number;
  cpus?: number;
  /** Shell programs for a shell or exec running as ctx.process (default: coreutils). */
  programs?: (ctx: ProcessContext) => Map<string, Program>;
}

export interface SpawnOptions {
  parent: Process;
  argv: string[];
  comm?: string;
  behaviour?: Behaviour;
  env?: ReadonlyMap<string, string> | Record<string, string>;
  cwd?: string;
  /** clone(2) flags: namespaces the child gets new ones of. */
  newNamespaces?: NamespaceType[];
  /** setns(2) before the clone: namespaces to join instead of the parent's. */
  join?: Partial<NamespaceSet>;
  cgroup?: Cgroup;
  stdio?: Stdio;
  user?: string;
  /** A new mount namespace starts empty instead of copying the parent's (the runtime fills it, as pivot_root leaves it). */
  emptyMountTable?: boolean;
}

const nullStdio: Stdio = { stdout: () => {}, stderr: () => {} };

export class Kernel {
  readonly clock: VirtualClock;
  readonly hostname: string;
  readonly nodeIP: string;
  readonly podCIDR: string;
  readonly memoryBytes: number;
  readonly cpus: number;
  readonly bootTime: number;
  readonly inodes = new InodeAllocator();
  readonly cgroupRoot = new Cgroup('', undefined);
  /** Every live namespace (lsns); dropped when no process holds it and nothing pins it. */
  readonly namespaces = new Set<Namespace>();
  /** Namespaces kept alive without a process (a bind-mounted netns, as CNI's /var/run/netns). */
  readonly pinned = new Set<Namespace>();
  readonly init: Process;
  readonly initNs: NamespaceSet;
  /** The node's root disk. */
  readonly disk: TreeFS;
  /** Kernel ring buffer (dmesg). */
  readonly dmesg: { time: number; text: string }[] = [];
  private readonly procs = new Map<number, Process>();
  private mountIds = 20;
  private readonly contexts = new Map<Process, ProcessContext>();

  constructor(readonly options: KernelOptions) {
    this.clock = options.clock;
    this.hostname = options.hostname;
    this.nodeIP = options.nodeIP;
    this.podCIDR = options.podCIDR;
    this.memoryBytes = options.memoryBytes ?? 4 * 1024 ** 3;
    this.cpus = options.cpus ?? 2;
    this.bootTime = this.clock.now() - 86_400_000 * 3;
    this.cgroupRoot.subtreeControl = new Set(['cpu', 'memory', 'pids']);
    const booted = bootHost(this);
    this.init = booted.init;
    this.initNs = booted.ns;
    this.disk = booted.disk;
    options.fabric?.attach(this);
  }

  // ---- process table ----

  process(pid: number): Process | undefined {
    return this.procs.get(pid);
  }

  /** Every process (zombies included), by host PID. */
  processes(): Process[] {
    return [...this.procs.values()].sort((a, b) => a.pid - b.pid);
  }

  /** Processes `viewer` can see (those in its PID namespace or below), in PID order as seen from there. */
  visibleFrom(viewer: Process | PidNamespace): { pid: number; process: Process }[] {
    const ns = viewer instanceof Process ? viewer.ns.pid : viewer;
    return [...ns.members].map(([pid, process]) => ({ pid, process })).sort((a, b) => a.pid - b.pid);
  }

  /** Find a process by the PID `viewer` knows it under. */
  resolvePid(viewer: Process, nsPid: number): Process | undefined {
    return viewer.ns.pid.members.get(nsPid);
  }

  nextMountId = (): number => this.mountIds++;

  now(): number {
    return this.clock.now();
  }

  /** Registers a process; internal to boot and spawn. */
  register(p: Process, pidns: PidNamespace, hostPid?: number): void {
    const chain: PidNamespace[] = [];
    for (let n: PidNamespace | undefined = pidns; n; n = n.parent) chain.unshift(n);
    for (const n of chain) {
      const pid = n.parent === undefined && hostPid !== undefined ? hostPid : n.nextPid;
      n.nextPid = Math.max(n.nextPid, pid + 1);
      n.members.set(pid, p);
      p.nsPids.set(n, pid);
      if (pid === 1 && n.level > 0) n.init = p;
    }
    this.procs.set(p.pid, p);
    p.cgroup.procs.add(p);
    for (const ns of Object.values(p.ns)) this.namespaces.add(ns as Namespace);
  }

  /** Next host PID (what the child will be called on the node). */
  peekHostPid(): number {
    return this.initNs.pid.nextPid;
  }

  /** clone(2) + execve(2). */
  spawn(o: SpawnOptions): Process {
    const parent = o.parent;
    const ns: NamespaceSet = { ...parent.ns, pid: parent.pidForChildren, ...o.join };
    if (o.join?.pid) ns.pid = o.join.pid;
    for (const t of o.newNamespaces ?? []) this.newNamespace(ns, t, parent.pid, o.cgroup ?? parent.cgroup, o.emptyMountTable);
    const env = o.env instanceof Map ? new Map(o.env) : o.env ? new Map(Object.entries(o.env)) : parent.env;
    const hostPid = this.initNs.pid.nextPid;
    const p = new Process(hostPid, parent, o.comm ?? commOf(o.argv), o.argv, env, o.cwd ?? parent.cwd, ns, o.cgroup ?? parent.cgroup, o.stdio ?? parent.stdio, this.clock.now());
    if (o.user) p.user = o.user;
    this.register(p, ns.pid);
    parent.addChild(p);
    if (o.behaviour) this.exec(p, o.argv, o.behaviour, o.comm);
    return p;
  }

  /** execve(2): replace the program of `p`. */
  exec(p: Process, argv: string[], behaviour: Behaviour, comm?: string): void {
    p.argv = argv;
    p.comm = comm ?? commOf(argv);
    p.behaviour = behaviour;
    p.state = 'S';
    this.charge(p, behaviour.baseRss ?? 1024 * 1024);
    if (!p.alive) return;
    behaviour.start(this.context(p));
  }

  /** The system-call surface of `p` (one per process). */
  context(p: Process): ProcessContext {
    let c = this.contexts.get(p);
    if (!c) {
      c = createContext(this, p);
      this.contexts.set(p, c);
    }
    return c;
  }

  /** The file system as `p` sees it. */
  fsFor(p: Process): ProcessFS {
    return new ProcessFS(() => p.ns.mnt.mounts, { pid: p.pid });
  }

  /** The node's own view (PID 1's mount namespace). */
  get hostFS(): ProcessFS {
    return this.fsFor(this.init);
  }

  /** Shell programs `p` can run (those whose binary its file system has), each run as a child process. */
  programsFor(p: Process): Map<string, Program> {
    const base = this.options.programs?.(this.context(p)) ?? defaultPrograms();
    return wrapPrograms(this, p, base, p.ns.mnt === this.initNs.mnt);
  }

  // ---- namespaces ----

  private newNamespace(ns: NamespaceSet, t: NamespaceType, creator: number, cgroup: Cgroup, emptyMounts = false): void {
    const inode = this.inodes.alloc();
    switch (t) {
      case 'pid':
        ns.pid = { type: 'pid', inode, creator, parent: ns.pid, level: ns.pid.level + 1, nextPid: 1, members: new Map(), init: undefined };
        break;
      case 'mnt':
        ns.mnt = { type: 'mnt', inode, creator, mounts: emptyMounts ? new MountTable(this.nextMountId) : ns.mnt.mounts.clone(this.nextMountId) };
        break;
      case 'uts':
        ns.uts = { type: 'uts', inode, creator, hostname: ns.uts.hostname, domainname: ns.uts.domainname };
        break;
      case 'net':
        ns.net = { type: 'net', inode, creator, stack: new NetStack() };
        break;
      case 'cgroup':
        ns.cgroup = { type: 'cgroup', inode, creator, root: cgroup };
        break;
      default:
        ns[t] = { type: t, inode, creator };
    }
    this.namespaces.add(ns[t] as Namespace);
  }

  /** Namespaces made without a process (a CNI netns, before any process joins). */
  createNamespace<T extends NamespaceType>(t: T, creator = 0): NamespaceSet[T] {
    const ns = { ...this.initNs };
    this.newNamespace(ns, t, creator, this.cgroupRoot);
    this.pinned.add(ns[t] as Namespace);
    return ns[t];
  }

  /** unshare(2): `p` gets new namespaces (a new PID namespace applies to its next children). */
  unshare(p: Process, types: NamespaceType[]): void {
    const ns = { ...p.ns };
    for (const t of types) {
      if (t === 'pid') {
        const tmp = { ...p.ns, pid: p.pidForChildren };
        this.newNamespace(tmp, 'pid', p.pid, p.cgroup);
        p.pidForChildren = tmp.pid;
      } else this.newNamespace(ns, t, p.pid, p.cgroup);
    }
    p.ns = { ...ns, pid: p.ns.pid };
  }

  /** setns(2) for each type: `p` joins `target`'s namespaces (pid applies to its next children). */
  setns(p: Process, target: Process, types: NamespaceType[]): void {
    const ns = { ...p.ns };
    for (const t of types) {
      if (t === 'pid') p.pidForChildren = target.ns.pid;
      else (ns as Record<NamespaceType, Namespace>)[t] = target.ns[t];
    }
    p.ns = ns;
  }

  /** lsns: each namespace with the processes in it. */
  listNamespaces(): { ns: Namespace; procs: Process[] }[] {
    const by = new Map<Namespace, Process[]>();
    for (const p of this.procs.values()) {
      if (!p.alive) continue;
      for (const ns of Object.values(p.ns) as Namespace[]) {
        let l = by.get(ns);
        if (!l) by.set(ns, (l = []));
        l.push(p);
      }
    }
    return [...by].map(([ns, procs]) => ({ ns, procs })).sort((a, b) => a.ns.inode - b.ns.inode);
  }

  releaseNamespace(ns: Namespace): void {
    this.pinned.delete(ns);
    this.namespaces.delete(ns);
  }

  // ---- cgroups ----

  cgroup(path: string, create = false): Cgroup | undefined {
    return this.cgroupRoot.walk(path, create);
  }

  moveToCgroup(p: Process, cg: Cgroup): void {
    if (p.cgroup === cg) return;
    p.cgroup.procs.delete(p);
    p.cgroup.charge(-p.rss);
    p.cgroup = cg;
    cg.procs.add(p);
    cg.charge(p.rss);
    this.enforceMemory(cg);
  }

  // ---- memory and the OOM killer ----

  /** Charge `bytes` of resident memory to `p` (negative frees). */
  charge(p: Process, bytes: number): void {
    if (!p.alive) return;
    const delta = bytes < 0 ? -Math.min(p.rss, -bytes) : bytes;
    p.rss += delta;
    p.vsz = Math.max(p.vsz, p.rss + 4 * 1024 * 1024);
    if (p.rss > p.peakRss) p.peakRss = p.rss;
    p.cgroup.charge(delta);
    if (delta > 0) this.enforceMemory(p.cgroup, p);
  }

  /** While a group (or an ancestor) is over memory.max, kill its largest task (mem_cgroup_out_of_memory). */
  enforceMemory(cg: Cgroup, trigger?: Process): void {
    for (let guard = 0; guard < 1000; guard++) {
      const over = cg.overLimit();
      if (!over) return;
      const victims = over.allProcs().filter((p) => p.alive && p.rss > 0);
      for (let c: Cgroup | undefined = over; c; c = c.parent) {
        c.memoryEvents.max++;
        c.memoryEvents.oom++;
      }
      if (!victims.length) return;
      victims.sort((a, b) => b.rss - a.rss || b.pid - a.pid);
      const v = victims[0]!;
      const who = trigger ?? v;
      this.log(`${who.comm} invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=${oomScoreAdj(who)}`);
      this.log(`memory: usage ${kb(over.memoryCurrent)}kB, limit ${kb(over.memoryMax)}kB, failcnt ${over.memoryEvents.max}`);
      this.log(
        `Memory cgroup out of memory: Killed process ${v.pid} (${v.comm}) total-vm:${kb(v.vsz)}kB, anon-rss:${kb(v.rss)}kB, file-rss:0kB, shmem-rss:0kB, UID:${v.uid} pgtables:${Math.max(4, Math.floor(v.rss / 1024 / 1024) * 2)}kB oom_score_adj:${oomScoreAdj(v)}`,
      );
      for (let c: Cgroup | undefined = over; c; c = c.parent) c.memoryEvents.oom_kill++;
      // memory.oom.group: the highest group between the victim's and the OOMing one that asks for it dies whole.
      let group: Cgroup | undefined;
      for (let c: Cgroup | undefined = v.cgroup; c; c = c.parent) {
        if (c.memoryOomGroup) group = c;
        if (c === over) break;
      }
      const doomed = group ? group.allProcs().filter((p) => p.alive) : [v];
      if (group) for (let c: Cgroup | undefined = group; c; c = c.parent) c.memoryEvents.oom_group_kill++;
      for (const d of doomed) d.oomKilled = true;
      for (const d of doomed) this.terminate(d, 0, signals.SIGKILL);
    }
  }

  log(text: string): void {
    this.dmesg.push({ time: this.clock.now(), text });
    if (this.dmesg.length > 2000) this.dmesg.splice(0, 500);
  }

  // ---- signals and exit ----

  /** kill(2). `sender` undefined = the kernel or a host tool acting from the initial namespaces. */
  kill(target: Process, sig: number, sender?: Process): void {
    if (!target.alive || sig === 0) return;
    const isInit = target.ns.pid.level > 0 && target.ns.pid.init === target;
    const fromInside = sender !== undefined && sender.ns.pid === target.ns.pid;
    if (sig === signals.SIGKILL) {
      // The init of a PID namespace cannot be killed from inside it.
      if (isInit && fromInside) return;
      this.terminate(target, 0, sig);
      return;
    }
    if (target.behaviour?.signal?.(sig, this.context(target))) return;
    if (ignoredByDefault(sig) || sig === signals.SIGSTOP) return;
    // signal(7)/pid_namespaces(7): an init only receives signals it has a handler for.
    if (isInit || target === this.init) return;
    this.terminate(target, 0, sig);
  }

  /** exit(2) of the program itself. */
  exit(p: Process, code: number): void {
    this.terminate(p, code & 255, 0);
  }

  private terminate(p: Process, code: number, sig: number): void {
    if (!p.alive) return;
    p.exitStatus = sig ? 128 + sig : code;
    p.termSignal = sig;
    p.state = 'Z';
    for (const t of p.takeTimers()) this.clock.clearTimeout(t);
    for (const { net, port } of p.ports) net.stack.close(port, p.pid);
    p.cgroup.charge(-p.rss);
    p.rss = 0;
    p.cgroup.procs.delete(p);
    // The death of a namespace's init takes every other member with it (zap_pid_ns_processes).
    const ns = p.ns.pid;
    if (ns.level > 0 && ns.init === p) {
      for (const m of [...ns.members.values()]) if (m !== p) this.terminate(m, 0, signals.SIGKILL);
    }
    // Orphans go to the init of their PID namespace, or to the host's PID 1.
    for (const c of p.takeChildren()) {
      const reaper = c.ns.pid.init && c.ns.pid.init.alive && c.ns.pid.init !== p ? c.ns.pid.init : this.init;
      c.parent = reaper;
      reaper.addChild(c);
      if (!c.alive && reaper.reapChildren) this.reap(c);
    }
    this.contexts.delete(p);
    p.notifyExit();
    const parent = p.parent;
    if (!parent || parent.reapChildren) this.reap(p);
  }

  /** wait(2) by the parent: the zombie disappears from the process table. */
  reap(p: Process): void {
    if (p.alive) return;
    for (const [ns, pid] of p.nsPids) if (ns.members.get(pid) === p) ns.members.delete(pid);
    p.parent?.removeChild(p);
    this.procs.delete(p.pid);
    for (const ns of Object.values(p.ns) as Namespace[]) this.maybeRelease(ns);
  }

  private maybeRelease(ns: Namespace): void {
    if (this.pinned.has(ns) || Object.values(this.initNs).includes(ns)) return;
    for (const p of this.procs.values()) if (p.alive && (Object.values(p.ns) as Namespace[]).includes(ns)) return;
    this.namespaces.delete(ns);
  }

  // ---- network ----

  /** Network stacks of this node with their namespaces (for routing to a local Pod IP). */
  private stackFor(ip: string): NetStack | undefined {
    for (const ns of this.namespaces) if (ns.type === 'net' && ns.stack.hasAddress(ip)) return ns.stack;
    return undefined;
  }

  /** Listener lookup for a connection from another node (the fabric calls this). */
  acceptRemote(ip: string): NetStack | undefined {
    return this.stackFor(ip);
  }

  connect(from: Process, host: string, port: number, req: Partial<NetRequest> = {}): ConnectResult {
    const own = from.ns.net.stack;
    let ip = host === 'localhost' ? '127.0.0.1' : host;
    let dport = port;
    let dst: NetStack | undefined;
    // nat OUTPUT runs before routing: a Service address (or a NodePort on a local address) is translated first.
    const t = ip.startsWith('127.') ? undefined : this.options.fabric?.translate(ip, port, this);
    if (!t && (ip.startsWith('127.') || own.hasAddress(ip))) dst = own;
    else {
      if (t === 'reject') return { ok: false, error: 'ECONNREFUSED', message: 'Connection refused' };
      if (t) {
        ip = t.ip;
        dport = t.port;
      }
      dst = own.hasAddress(ip) ? own : this.stackFor(ip);
      if (!dst) {
        const remote = this.options.fabric?.hostFor(ip) as Kernel | undefined;
        dst = remote?.acceptRemote(ip);
      }
    }
    if (!dst) return { ok: false, error: 'EHOSTUNREACH', message: 'No route to host' };
    const l = dst.listeners.get(dport);
    if (!l || (l.bind !== '0.0.0.0' && l.bind !== ip && !(l.bind.startsWith('127.') && ip.startsWith('127.')))) {
      return { ok: false, error: 'ECONNREFUSED', message: 'Connection refused' };
    }
    const srcIP = dst === own ? (ip.startsWith('127.') ? '127.0.0.1' : ip) : own.sourceFor(ip);
    const request: NetRequest = { protocol: 'tcp', ...req, srcIP, srcPort: own.nextEphemeralPort(), dstIP: ip, dstPort: dport };
    const response = l.handle(request);
    if (response.hang) return { ok: false, error: 'ETIMEDOUT', message: 'Connection timed out' };
    return { ok: true, response, srcIP, dstIP: ip, dstPort: dport };
  }

  /** A fresh net namespace's stack with only `lo` (CNI fills it in). */
  newNetStack(): NetStack {
    return new NetStack();
  }
}

function commOf(argv: string[]): string {
  const a = argv[0] ?? '';
  return (a.split('/').pop() ?? a).slice(0, 15);
}

function kb(n: number): number {
  return n === Infinity ? 9007199254740991 : Math.floor(n / 1024);
}

function oomScoreAdj(p: Process): number {
  // The kubelet sets 1000 for BestEffort containers, -997 for its node-critical daemons.
  return p.cgroup.path.includes('besteffort') ? 1000 : p.cgroup.path.includes('burstable') ? 999 : p.cgroup.path.includes('kubepods') ? -997 : 0;
}

export { nullStdio };
