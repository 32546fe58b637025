// procfs (fs/proc): rendered on every read from kernel state, as seen from the
// PID namespace it was mounted in (a container's /proc lists only its own
// processes) and by the reading process (/proc/self, PPid 0 for a parent
// outside the namespace). Namespace entries are links `net:[4026532201]`.
import { FsError, type Stat } from '../../shell/fs.js';
import type { Cgroup } from '../cgroup.js';
import { namespaceTypes, type MntNamespace, type PidNamespace } from '../namespaces.js';
import type { Process } from '../process.js';
import { splitPath, type FsContext, type Superblock } from './tree.js';

export interface ProcHost {
  process(pid: number): Process | undefined;
  clock: { now(): number };
  bootTime: number;
  memoryBytes: number;
  cpus: number;
  cgroupRoot: Cgroup;
}

const rootEntries = ['cgroups', 'cmdline', 'cpuinfo', 'filesystems', 'loadavg', 'meminfo', 'mounts', 'self', 'stat', 'sys', 'thread-self', 'uptime', 'version'];
const pidEntries = ['cgroup', 'cmdline', 'comm', 'cwd', 'environ', 'exe', 'mounts', 'ns', 'oom_score_adj', 'root', 'stat', 'statm', 'status'];
const links = new Set(['cwd', 'exe', 'root']);
export const kernelRelease = '5.15.0-130-generic';
const sysFiles: Record<string, (p: Process | undefined) => string> = {
  'sys/kernel/hostname': (p) => `${p?.ns.uts.hostname ?? ''}\n`,
  'sys/kernel/osrelease': () => `${kernelRelease}\n`,
  'sys/kernel/pid_max': () => '4194304\n',
  'sys/net/ipv4/ip_forward': () => '1\n',
  'sys/vm/overcommit_memory': () => '1\n',
};

export class ProcFS implements Superblock {
  readonly fsType = 'proc';

  constructor(
    private readonly host: ProcHost,
    readonly pidns: PidNamespace,
  ) {}

  private viewer(ctx: FsContext): Process | undefined {
    return this.host.process(ctx.pid);
  }

  /** `self/x` → `<pid>/x`; returns the process and the rest of the path. */
  private locate(path: string, ctx: FsContext): { proc?: Process; rest: string[] } | undefined {
    const parts = splitPath(path);
    if (!parts.length) return { rest: [] };
    let head = parts[0]!;
    if (head === 'self' || head === 'thread-self') {
      const v = this.viewer(ctx);
      const pid = v?.pidIn(this.pidns);
      if (pid === undefined) return undefined;
      head = String(pid);
    }
    if (/^\d+$/.test(head)) {
      const proc = this.pidns.members.get(Number(head));
      if (!proc) return undefined;
      return { proc, rest: parts.slice(1) };
    }
    return { rest: parts };
  }

  readdir(path: string, ctx: FsContext): string[] {
    const l = this.locate(path, ctx);
    if (!l) throw new FsError('ENOENT', path);
    if (l.proc) {
      if (!l.rest.length) return [...pidEntries];
      if (l.rest.length === 1 && l.rest[0] === 'ns') return [...namespaceTypes, 'pid_for_children', 'time_for_children'].sort();
      throw new FsError('ENOTDIR', path);
    }
    if (!l.rest.length) {
      const pids = [...this.pidns.members.keys()].sort((a, b) => a - b).map(String);
      return [...pids, ...rootEntries];
    }
    const prefix = l.rest.join('/') + '/';
    const names = new Set<string>();
    for (const k of Object.keys(sysFiles)) if (k.startsWith(prefix)) names.add(k.slice(prefix.length).split('/')[0]!);
    if (!names.size) throw new FsError('ENOENT', path);
    return [...names].sort();
  }

  stat(path: string, ctx: FsContext): Stat | undefined {
    const now = this.host.clock.now();
    const dir: Stat = { type: 'dir', size: 0, mtimeMs: now, mode: 0o555 };
    const file: Stat = { type: 'file', size: 0, mtimeMs: now, mode: 0o444 };
    const l = this.locate(path, ctx);
    if (!l) return undefined;
    if (l.proc) {
      if (!l.rest.length || (l.rest.length === 1 && l.rest[0] === 'ns')) return dir;
      if (l.rest.length === 1 && pidEntries.includes(l.rest[0]!)) return file;
      if (l.rest.length === 2 && l.rest[0] === 'ns' && this.nsLink(l.proc, l.rest[1]!)) return { ...file, mode: 0o777 };
      return undefined;
    }
    if (!l.rest.length) return dir;
    const p = l.rest.join('/');
    if (rootEntries.includes(p) || sysFiles[p]) return file;
    if (Object.keys(sysFiles).some((k) => k.startsWith(p + '/'))) return dir;
    return undefined;
  }

  readlink(path: string, ctx: FsContext): string | undefined {
    const parts = splitPath(path);
    if (parts.length === 1 && (parts[0] === 'self' || parts[0] === 'thread-self')) {
      const pid = this.viewer(ctx)?.pidIn(this.pidns);
      return pid === undefined ? undefined : parts[0] === 'self' ? String(pid) : `${pid}/task/${pid}`;
    }
    const l = this.locate(path, ctx);
    if (!l?.proc) return undefined;
    if (l.rest.length === 2 && l.rest[0] === 'ns') return this.nsLink(l.proc, l.rest[1]!);
    if (l.rest.length === 1 && links.has(l.rest[0]!)) {
      if (l.rest[0] === 'cwd') return l.proc.cwd;
      if (l.rest[0] === 'root') return '/';
      return exePath(l.proc);
    }
    return undefined;
  }

  writeFile(path: string, data: string, _opts: { append?: boolean }, ctx: FsContext): void {
    // Only a few knobs are writable; writes to them are accepted and forgotten.
    if (/^(\d+|self)\/oom_score_adj$|^sys\//.test(splitPath(path).join('/')) && this.stat(path, ctx)) return;
    void data;
    throw new FsError(this.stat(path, ctx) ? 'EACCES' : 'ENOENT', path);
  }

  mkdir(path: string): void {
    throw new FsError('ENOENT', path);
  }

  rm(path: string, _opts: { recursive?: boolean }, ctx: FsContext): void {
    throw new FsError(this.stat(path, ctx) ? 'EACCES' : 'ENOENT', path);
  }

  private nsLink(p: Process, name: string): string | undefined {
    const t = name === 'pid_for_children' ? 'pid' : name === 'time_for_children' ? 'time' : name;
    if (!(namespaceTypes as string[]).includes(t)) return undefined;
    const ns = name === 'pid_for_children' ? p.pidForChildren : p.ns[t as keyof typeof p.ns];
    return `${t}:[${ns.inode}]`;
  }

  readFile(path: string, ctx: FsContext): string {
    const l = this.locate(path, ctx);
    if (!l) throw new FsError('ENOENT', path);
    const viewer = this.viewer(ctx);
    if (l.proc) {
      if (!l.rest.length) throw new FsError('EISDIR', path);
      const p = l.proc;
      const [entry, sub] = l.rest;
      if (entry === 'ns') {
        if (!sub) throw new FsError('EISDIR', path);
        if (!this.nsLink(p, sub)) throw new FsError('ENOENT', path);
        throw new FsError('EINVAL', path);
      }
      if (l.rest.length > 1) throw new FsError('ENOTDIR', path);
      return this.pidFile(p, entry!, viewer, path);
    }
    const name = l.rest.join('/');
    if (sysFiles[name]) return sysFiles[name]!(viewer);
    switch (name) {
      case 'meminfo':
        return this.meminfo();
      case 'uptime': {
        const up = (this.host.clock.now() - this.host.bootTime) / 1000;
        return `${up.toFixed(2)} ${(up * this.host.cpus * 0.97).toFixed(2)}\n`;
      }
      case 'loadavg':
        return `0.08 0.05 0.01 1/${[...this.pidns.members.values()].length} ${this.pidns.nextPid - 1}\n`;
      case 'version':
        return `Linux version ${kernelRelease} (buildd@lcy02-amd64-050) (gcc (Ubuntu 11.4.0-1ubuntu1~22.04) 11.4.0, GNU ld (GNU Binutils for Ubuntu) 2.38) #140-Ubuntu SMP Wed Dec 18 17:59:53 UTC 2024\n`;
      case 'cmdline':
        return 'BOOT_IMAGE=/boot/vmlinuz-5.15.0-130-generic root=/dev/sda1 ro console=tty1 console=ttyS0\n';
      case 'mounts':
        return viewer ? viewer.ns.mnt.mounts.render() : '';
      case 'cpuinfo':
        return Array.from({ length: this.host.cpus }, (_, i) => cpuinfo(i)).join('\n');
      case 'filesystems':
        return 'nodev\tsysfs\nnodev\ttmpfs\nnodev\tproc\nnodev\tcgroup2\nnodev\toverlay\n\text4\n';
      case 'cgroups':
        return '#subsys_name\thierarchy\tnum_cgroups\tenabled\ncpu\t0\t1\t1\nmemory\t0\t1\t1\npids\t0\t1\t1\n';
      case 'stat':
        return `cpu  1000 0 500 100000 0 0 0 0 0 0\nbtime ${Math.floor(this.host.bootTime / 1000)}\nprocesses ${this.pidns.nextPid}\nprocs_running 1\nprocs_blocked 0\n`;
      default:
        throw new FsError(rootEntries.includes(name) ? 'EISDIR' : 'ENOENT', path);
    }
  }

  private pidFile(p: Process, entry: string, viewer: Process | undefined, path: string): string {
    const pidHere = p.pidIn(this.pidns) ?? 0;
    const ppid = p.parent?.pidIn(this.pidns) ?? 0;
    switch (entry) {
      case 'cmdline':
        return p.argv.length ? p.argv.join('\0') + '\0' : '';
      case 'comm':
        return `${p.comm}\n`;
      case 'environ':
        return [...p.env].map(([k, v]) => `${k}=${v}\0`).join('');
      case 'cgroup':
        return `0::${p.cgroup.pathFrom(viewer?.ns.cgroup.root ?? this.host.cgroupRoot)}\n`;
      case 'mounts':
        return (p.ns.mnt as MntNamespace).mounts.render();
      case 'oom_score_adj':
        return `${p.cgroup.path.includes('besteffort') ? 1000 : p.cgroup.path.includes('kubepods') ? 999 : 0}\n`;
      case 'stat':
        return `${pidHere} (${p.comm}) ${p.state} ${ppid} ${pidHere} ${pidHere} 0 -1 4194560 0 0 0 0 0 0 0 0 20 0 1 0 ${Math.floor((p.startTime - this.host.bootTime) / 10)} ${p.vsz} ${Math.floor(p.rss / 4096)}\n`;
      case 'statm':
        return `${Math.floor(p.vsz / 4096)} ${Math.floor(p.rss / 4096)} 0 1 0 ${Math.floor(p.rss / 4096)} 0\n`;
      case 'status':
        return this.status(p, pidHere, ppid);
      case 'cwd':
      case 'exe':
      case 'root':
        throw new FsError('EACCES', path);
      default:
        throw new FsError('ENOENT', path);
    }
  }

  private status(p: Process, pid: number, ppid: number): string {
    const nsPids: number[] = [];
    for (let ns: PidNamespace | undefined = p.ns.pid; ns; ns = ns.parent) {
      nsPids.unshift(p.pidIn(ns) ?? 0);
      if (ns === this.pidns) break;
    }
    const state = p.state === 'Z' ? 'Z (zombie)' : p.state === 'R' ? 'R (running)' : 'S (sleeping)';
    const kb = (n: number) => `${String(Math.floor(n / 1024)).padStart(8)} kB`;
    const ns = nsPids.join('\t');
    return [
      `Name:\t${p.comm}`,
      'Umask:\t0022',
      `State:\t${state}`,
      `Tgid:\t${pid}`,
      'Ngid:\t0',
      `Pid:\t${pid}`,
      `PPid:\t${ppid}`,
      'TracerPid:\t0',
      `Uid:\t${p.uid}\t${p.uid}\t${p.uid}\t${p.uid}`,
      `Gid:\t${p.uid}\t${p.uid}\t${p.uid}\t${p.uid}`,
      'FDSize:\t64',
      'Groups:\t0 ',
      `NStgid:\t${ns}`,
      `NSpid:\t${ns}`,
      `NSpgid:\t${ns}`,
      `NSsid:\t${ns}`,
      `VmPeak:\t${kb(Math.max(p.vsz, p.peakRss))}`,
      `VmSize:\t${kb(p.vsz)}`,
      `VmLck:\t${kb(0)}`,
      `VmPin:\t${kb(0)}`,
      `VmHWM:\t${kb(p.peakRss)}`,
      `VmRSS:\t${kb(p.rss)}`,
      `RssAnon:\t${kb(p.rss)}`,
      `RssFile:\t${kb(0)}`,
      `RssShmem:\t${kb(0)}`,
      `VmSwap:\t${kb(0)}`,
      'Threads:\t1',
      'SigQ:\t0/15407',
      'SigPnd:\t0000000000000000',
      'ShdPnd:\t0000000000000000',
      'SigBlk:\t0000000000000000',
      'SigIgn:\t0000000000000000',
      'SigCgt:\t0000000000000000',
      'CapInh:\t0000000000000000',
      'CapPrm:\t00000000a80425fb',
      'CapEff:\t00000000a80425fb',
      'CapBnd:\t00000000a80425fb',
      'CapAmb:\t0000000000000000',
      'NoNewPrivs:\t0',
      'Seccomp:\t0',
      'Cpus_allowed_list:\t0-' + (this.host.cpus - 1),
      'voluntary_ctxt_switches:\t42',
      'nonvoluntary_ctxt_switches:\t3',
      '',
    ].join('\n');
  }

  private meminfo(): string {
    const total = this.host.memoryBytes;
    // The node's own daemons and page cache use about 1.1 GiB besides what cgroups account.
    const used = Math.min(total, this.host.cgroupRoot.memoryCurrent + 1100 * 1024 * 1024);
    const free = total - used;
    const kb = (n: number) => `${String(Math.floor(n / 1024)).padStart(8)} kB`;
    const rows: [string, number][] = [
      ['MemTotal', total],
      ['MemFree', Math.floor(free * 0.6)],
      ['MemAvailable', free],
      ['Buffers', 60 * 1024 * 1024],
      ['Cached', Math.floor(free * 0.35)],
      ['SwapCached', 0],
      ['Active', used],
      ['Inactive', Math.floor(free * 0.3)],
      ['SwapTotal', 0],
      ['SwapFree', 0],
      ['Shmem', 2 * 1024 * 1024],
    ];
    return rows.map(([k, v]) => `${(k + ':').padEnd(16)}${kb(v)}\n`).join('');
  }
}

function exePath(p: Process): string {
  const a = p.argv[0] ?? p.comm;
  if (a.startsWith('/')) return a;
  return `/usr/bin/${a}`;
}

function cpuinfo(i: number): string {
  return `processor\t: ${i}\nvendor_id\t: GenuineIntel\nmodel name\t: Intel(R) Xeon(R) CPU @ 2.20GHz\ncpu MHz\t\t: 2199.998\ncache size\t: 56320 KB\ncpu cores\t: 1\n`;
}
