// cgroup2 file system (kernel/cgroup/cgroup.c + mm/memcontrol.c's files), rendered
// from the Cgroup tree as the viewing process sees it: mounted at the cgroup
// namespace's root, pids in cgroup.procs translated into the viewer's PID namespace.
import { FsError, type Stat } from '../../shell/fs.js';
import { Cgroup, formatMax, parseMemory } from '../cgroup.js';
import type { Process } from '../process.js';
import { splitPath, type FsContext, type Superblock } from './tree.js';

/** What cgroupfs needs from the kernel. */
export interface CgroupHost {
  process(pid: number): Process | undefined;
  /** A PID written by `viewer` (in its PID namespace) → the process. */
  resolvePid(viewer: Process, nsPid: number): Process | undefined;
  moveToCgroup(p: Process, cg: Cgroup): void;
  kill(p: Process, sig: number): void;
  /** memory.max was lowered: reclaim or OOM-kill now. */
  enforceMemory(cg: Cgroup): void;
  now(): number;
}

const rootFiles = ['cgroup.controllers', 'cgroup.max.depth', 'cgroup.max.descendants', 'cgroup.procs', 'cgroup.stat', 'cgroup.subtree_control', 'cgroup.threads', 'cpu.stat', 'memory.stat', 'pids.current'];
const childFiles = [
  'cgroup.controllers', 'cgroup.events', 'cgroup.freeze', 'cgroup.kill', 'cgroup.max.depth', 'cgroup.max.descendants', 'cgroup.procs',
  'cgroup.stat', 'cgroup.subtree_control', 'cgroup.threads', 'cgroup.type', 'cpu.idle', 'cpu.max', 'cpu.max.burst', 'cpu.stat', 'cpu.weight',
  'cpu.weight.nice', 'memory.current', 'memory.events', 'memory.events.local', 'memory.high', 'memory.low', 'memory.max', 'memory.min',
  'memory.oom.group', 'memory.peak', 'memory.stat', 'memory.swap.current', 'memory.swap.max', 'pids.current', 'pids.events', 'pids.max', 'pids.peak',
];

export class CgroupFS implements Superblock {
  readonly fsType = 'cgroup2';

  constructor(
    readonly root: Cgroup,
    private readonly host: CgroupHost,
  ) {}

  private locate(path: string): { cg: Cgroup; file?: string } | undefined {
    const parts = splitPath(path);
    let cg = this.root;
    for (let i = 0; i < parts.length; i++) {
      const c = cg.children.get(parts[i]!);
      if (c) {
        cg = c;
        continue;
      }
      if (i === parts.length - 1 && this.files(cg).includes(parts[i]!)) return { cg, file: parts[i] };
      return undefined;
    }
    return { cg };
  }

  private files(cg: Cgroup): string[] {
    return cg.parent ? childFiles : rootFiles;
  }

  readdir(path: string): string[] {
    const l = this.locate(path);
    if (!l) throw new FsError('ENOENT', path);
    if (l.file) throw new FsError('ENOTDIR', path);
    return [...this.files(l.cg), ...l.cg.children.keys()].sort();
  }

  stat(path: string): Stat | undefined {
    const l = this.locate(path);
    if (!l) return undefined;
    if (!l.file) return { type: 'dir', size: 0, mtimeMs: this.host.now(), mode: 0o755 };
    const writable = /^(cgroup\.(procs|subtree_control|freeze|kill|threads|max\.)|memory\.(max|high|low|min|oom\.group|swap\.max)|cpu\.(max|weight|idle)|pids\.max)/.test(l.file);
    return { type: 'file', size: 0, mtimeMs: this.host.now(), mode: writable ? 0o644 : 0o444 };
  }

  readFile(path: string, ctx: FsContext): string {
    const l = this.locate(path);
    if (!l) throw new FsError('ENOENT', path);
    if (!l.file) throw new FsError('EISDIR', path);
    const cg = l.cg;
    const viewer = this.host.process(ctx.pid);
    switch (l.file) {
      case 'cgroup.controllers':
        return cg.parent ? [...cg.parent.subtreeControl].sort().join(' ') + '\n' : 'cpuset cpu io memory hugetlb pids rdma misc\n';
      case 'cgroup.subtree_control':
        return [...cg.subtreeControl].sort().join(' ') + '\n';
      case 'cgroup.procs':
      case 'cgroup.threads': {
        const pids = [...cg.procs].filter((p) => p.alive).map((p) => (viewer ? (p.pidIn(viewer.ns.pid) ?? 0) : p.pid));
        return pids.sort((a, b) => a - b).map((p) => `${p}\n`).join('');
      }
      case 'cgroup.events':
        return `populated ${cg.allProcs().length ? 1 : 0}\nfrozen 0\n`;
      case 'cgroup.type':
        return 'domain\n';
      case 'cgroup.freeze':
      case 'cgroup.kill':
        return '0\n';
      case 'cgroup.max.depth':
      case 'cgroup.max.descendants':
        return 'max\n';
      case 'cgroup.stat':
        return `nr_descendants ${countDescendants(cg)}\nnr_dying_descendants 0\n`;
      case 'cpu.max':
        return `${formatMax(cg.cpuQuota)} ${cg.cpuPeriod}\n`;
      case 'cpu.max.burst':
      case 'cpu.idle':
        return '0\n';
      case 'cpu.weight':
        return `${cg.cpuWeight}\n`;
      case 'cpu.weight.nice':
        return '0\n';
      case 'cpu.stat':
        return `usage_usec ${cg.cpuUsageUsec}\nuser_usec ${Math.floor(cg.cpuUsageUsec * 0.7)}\nsystem_usec ${Math.ceil(cg.cpuUsageUsec * 0.3)}\nnr_periods 0\nnr_throttled 0\nthrottled_usec 0\n`;
      case 'memory.current':
        return `${cg.memoryCurrent}\n`;
      case 'memory.peak':
        return `${cg.memoryPeak}\n`;
      case 'memory.max':
        return `${formatMax(cg.memoryMax)}\n`;
      case 'memory.high':
        return `${formatMax(cg.memoryHigh)}\n`;
      case 'memory.low':
        return `${cg.memoryLow}\n`;
      case 'memory.min':
        return `${cg.memoryMin}\n`;
      case 'memory.oom.group':
        return `${cg.memoryOomGroup}\n`;
      case 'memory.swap.current':
        return '0\n';
      case 'memory.swap.max':
        return 'max\n';
      case 'memory.events':
      case 'memory.events.local': {
        const e = cg.memoryEvents;
        return `low ${e.low}\nhigh ${e.high}\nmax ${e.max}\noom ${e.oom}\noom_kill ${e.oom_kill}\noom_group_kill ${e.oom_group_kill}\n`;
      }
      case 'memory.stat':
        return `anon ${cg.memoryCurrent}\nfile 0\nkernel 0\nsock 0\nshmem 0\nfile_mapped 0\nfile_dirty 0\npgfault 0\npgmajfault 0\noom_kill ${cg.memoryEvents.oom_kill}\n`;
      case 'pids.current':
        return `${cg.pidsCurrent()}\n`;
      case 'pids.peak':
        return `${cg.pidsCurrent()}\n`;
      case 'pids.max':
        return `${formatMax(cg.pidsMax)}\n`;
      case 'pids.events':
        return 'max 0\n';
      default:
        return '';
    }
  }

  writeFile(path: string, data: string, _opts: { append?: boolean }, ctx: FsContext): void {
    const l = this.locate(path);
    if (!l) throw new FsError('EACCES', path);
    if (!l.file) throw new FsError('EISDIR', path);
    const cg = l.cg;
    // The shell's `>` opens with O_TRUNC before echo writes: truncating a cgroup file writes nothing.
    if (data === '') return;
    const value = data.trim();
    const invalid = () => new FsError('EINVAL', path);
    switch (l.file) {
      case 'cgroup.procs':
      case 'cgroup.threads': {
        const viewer = this.host.process(ctx.pid);
        if (!viewer) throw invalid();
        for (const s of value.split(/\s+/).filter(Boolean)) {
          const n = Number(s);
          if (!Number.isInteger(n)) throw invalid();
          const p = n === 0 ? viewer : this.host.resolvePid(viewer, n);
          if (!p) throw new FsError('ESRCH', path);
          this.host.moveToCgroup(p, cg);
        }
        return;
      }
      case 'cgroup.subtree_control':
        for (const tok of value.split(/\s+/).filter(Boolean)) {
          const next = new Set(cg.subtreeControl);
          if (tok.startsWith('+')) next.add(tok.slice(1));
          else if (tok.startsWith('-')) next.delete(tok.slice(1));
          else throw invalid();
          cg.subtreeControl = next;
        }
        return;
      case 'cgroup.kill':
        if (value === '1') for (const p of cg.allProcs()) this.host.kill(p, 9);
        return;
      case 'memory.max':
      case 'memory.high': {
        const n = parseMemory(value);
        if (n === undefined) throw invalid();
        // The kernel rounds down to whole pages.
        const v = n === Infinity ? n : Math.floor(n / 4096) * 4096;
        if (l.file === 'memory.max') cg.memoryMax = v;
        else cg.memoryHigh = v;
        this.host.enforceMemory(cg);
        return;
      }
      case 'memory.low':
      case 'memory.min': {
        const n = parseMemory(value);
        if (n === undefined || n === Infinity) throw invalid();
        if (l.file === 'memory.low') cg.memoryLow = n;
        else cg.memoryMin = n;
        return;
      }
      case 'memory.oom.group':
        cg.memoryOomGroup = value === '1' ? 1 : 0;
        return;
      case 'cpu.max': {
        const [q, p] = value.split(/\s+/);
        const quota = q === 'max' ? Infinity : Number(q);
        const period = p === undefined ? cg.cpuPeriod : Number(p);
        if (!(quota === Infinity || Number.isInteger(quota)) || !Number.isInteger(period)) throw invalid();
        cg.cpuQuota = quota;
        cg.cpuPeriod = period;
        return;
      }
      case 'cpu.weight': {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 1 || n > 10000) throw invalid();
        cg.cpuWeight = n;
        return;
      }
      case 'pids.max': {
        const n = value === 'max' ? Infinity : Number(value);
        if (!(n === Infinity || Number.isInteger(n))) throw invalid();
        cg.pidsMax = n;
        return;
      }
      default:
        throw new FsError('EACCES', path);
    }
  }

  mkdir(path: string): void {
    const parts = splitPath(path);
    const name = parts.pop();
    const parent = this.locate(parts.join('/'));
    if (!name || !parent || parent.file) throw new FsError('ENOENT', path);
    if (parent.cg.children.has(name) || this.files(parent.cg).includes(name)) throw new FsError('EEXIST', path);
    const c = new Cgroup(name, parent.cg);
    parent.cg.addChild(c);
  }

  /** rmdir: only a group without processes or children can go (EBUSY otherwise). */
  rm(path: string): void {
    const l = this.locate(path);
    if (!l) throw new FsError('ENOENT', path);
    if (l.file || !l.cg.parent) throw new FsError('EACCES', path);
    if (l.cg.children.size || [...l.cg.procs].some((p) => p.alive)) throw new FsError('EBUSY', path);
    l.cg.parent.removeChild(l.cg.name);
  }
}

function countDescendants(cg: Cgroup): number {
  let n = 0;
  for (const c of cg.children.values()) n += 1 + countDescendants(c);
  return n;
}
