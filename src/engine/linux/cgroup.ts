// cgroup v2 (Documentation/admin-guide/cgroup-v2.rst): a tree of groups with
// the memory, cpu and pids controllers. Memory a process allocates is charged
// to its group and every ancestor; crossing memory.max anywhere up the tree
// invokes the OOM killer for that group (see kernel.ts).
import type { Process } from './process.js';

export interface MemoryEvents {
  low: number;
  high: number;
  max: number;
  oom: number;
  oom_kill: number;
  oom_group_kill: number;
}

/** cgroup.subtree_control as the kubelet's systemd driver leaves it: shared until a group's is written. */
const defaultControllers: ReadonlySet<string> = new Set(['cpu', 'memory', 'pids']);
const noChildren: ReadonlyMap<string, Cgroup> = new Map();

export class Cgroup {
  /** Made on the first child: a container's group never has one. */
  private kids: Map<string, Cgroup> | undefined;
  readonly procs = new Set<Process>();
  /** Bytes; Infinity = "max". */
  memoryMax = Infinity;
  memoryHigh = Infinity;
  memoryMin = 0;
  memoryLow = 0;
  memoryCurrent = 0;
  memoryPeak = 0;
  memoryEvents: MemoryEvents = { low: 0, high: 0, max: 0, oom: 0, oom_kill: 0, oom_group_kill: 0 };
  memoryOomGroup = 0;
  /** cpu.max: quota µs per period µs; quota Infinity = "max". */
  cpuQuota = Infinity;
  cpuPeriod = 100000;
  cpuWeight = 100;
  /** cpu.stat usage_usec, advanced by busy behaviours. */
  cpuUsageUsec = 0;
  pidsMax = Infinity;
  /** Replaced, never changed in place (groups share the default one). */
  subtreeControl: ReadonlySet<string> = new Set<string>();

  constructor(
    readonly name: string,
    readonly parent: Cgroup | undefined,
  ) {}

  /** Absolute path from the root cgroup: `/kubepods.slice/…`, `/` for the root. */
  get path(): string {
    if (!this.parent) return '/';
    const p = this.parent.path;
    return p === '/' ? `/${this.name}` : `${p}/${this.name}`;
  }

  /** Path relative to `root` (a cgroup namespace's root), `/` for itself. */
  pathFrom(root: Cgroup): string {
    const parts: string[] = [];
    for (let c: Cgroup | undefined = this; c && c !== root; c = c.parent) {
      if (!c.parent) return this.path;
      parts.unshift(c.name);
    }
    return '/' + parts.join('/');
  }

  isAncestorOf(c: Cgroup): boolean {
    for (let x: Cgroup | undefined = c; x; x = x.parent) if (x === this) return true;
    return false;
  }

  /** Processes in this group and every descendant. */
  allProcs(): Process[] {
    const out: Process[] = [...this.procs];
    for (const c of this.children.values()) out.push(...c.allProcs());
    return out;
  }

  pidsCurrent(): number {
    let n = this.procs.size;
    for (const c of this.children.values()) n += c.pidsCurrent();
    return n;
  }

  charge(bytes: number): void {
    for (let c: Cgroup | undefined = this; c; c = c.parent) {
      c.memoryCurrent = Math.max(0, c.memoryCurrent + bytes);
      if (c.memoryCurrent > c.memoryPeak) c.memoryPeak = c.memoryCurrent;
    }
  }

  /** The nearest group (self or ancestor) whose memory.max is exceeded. */
  overLimit(): Cgroup | undefined {
    for (let c: Cgroup | undefined = this; c; c = c.parent) if (c.memoryCurrent > c.memoryMax) return c;
    return undefined;
  }

  get children(): ReadonlyMap<string, Cgroup> {
    return this.kids ?? noChildren;
  }

  addChild(c: Cgroup): void {
    (this.kids ??= new Map()).set(c.name, c);
  }

  removeChild(name: string): void {
    this.kids?.delete(name);
  }

  child(name: string): Cgroup | undefined {
    return this.children.get(name);
  }

  /** Walk `path` (absolute from this group), creating groups on the way when `create`. */
  walk(path: string, create = false): Cgroup | undefined {
    let c: Cgroup = this;
    for (const part of path.split('/').filter(Boolean)) {
      let n = c.children.get(part);
      if (!n) {
        if (!create) return undefined;
        n = new Cgroup(part, c);
        n.subtreeControl = defaultControllers;
        c.addChild(n);
      }
      c = n;
    }
    return c;
  }
}

/** `max` or a number, as cgroup files print limits. */
export function formatMax(n: number): string {
  return n === Infinity ? 'max' : String(n);
}

const units: Record<string, number> = { '': 1, k: 1024, K: 1024, m: 1024 ** 2, M: 1024 ** 2, g: 1024 ** 3, G: 1024 ** 3 };

/** Parse what `echo 100M > memory.max` writes: `max`, bytes, or a K/M/G suffix (memparse). */
export function parseMemory(s: string): number | undefined {
  const t = s.trim();
  if (t === 'max') return Infinity;
  const m = /^(\d+)([kKmMgG]?)$/.exec(t);
  if (!m) return undefined;
  return Number(m[1]) * units[m[2]!]!;
}
