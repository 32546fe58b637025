// A task as the kernel keeps it (include/linux/sched.h, much reduced): host PID
// and its PID in every PID namespace it is visible in, parent and children,
// namespaces, cgroup, memory, state (R running, S sleeping, Z zombie) and the
// behaviour ("program") it runs.
import type { Cgroup } from './cgroup.js';
import type { NamespaceSet, PidNamespace } from './namespaces.js';
import type { Behaviour } from './behaviour.js';

export type ProcessState = 'R' | 'S' | 'Z';

export interface Stdio {
  stdout(s: string): void;
  stderr(s: string): void;
}

const noChildren: ReadonlySet<Process> = new Set();

export class Process {
  /** Made on the first child: most processes of a big cluster never fork. */
  private kids: Set<Process> | undefined;
  state: ProcessState = 'S';
  exitStatus: number | undefined;
  /** Signal that ended it (0 when it exited on its own). */
  termSignal = 0;
  /** Set when the OOM killer chose it. */
  oomKilled = false;
  /** Resident memory in bytes (charged to `cgroup`). */
  rss = 0;
  peakRss = 0;
  /** Virtual memory reported by /proc (rss plus a mapping overhead). */
  vsz = 0;
  behaviour: Behaviour | undefined;
  /** PID namespace its next children are created in (unshare --pid changes this, not `ns.pid`). */
  pidForChildren: PidNamespace;
  /** PID as seen from each PID namespace it is in, innermost last. */
  readonly nsPids = new Map<PidNamespace, number>();
  /** Timers owned by the running program, cleared when it exits (made on the first). */
  private timerIds: Set<number> | undefined;
  /** Ports it listens on (closed when it exits). */
  readonly ports: { net: NamespaceSet['net']; port: number }[] = [];
  private exitWaiters: ((p: Process) => void)[] | undefined;
  /** When true, the parent leaves exited children as zombies until `wait`. */
  reapChildren = true;
  /** User name for ps (every process here runs as root unless the image says otherwise). */
  user = 'root';
  uid = 0;
  tty = '?';

  constructor(
    readonly pid: number,
    public parent: Process | undefined,
    public comm: string,
    public argv: string[],
    /** Shared with the parent it was inherited from: nothing changes a process's environment after execve. */
    public env: ReadonlyMap<string, string>,
    public cwd: string,
    public ns: NamespaceSet,
    public cgroup: Cgroup,
    public stdio: Stdio,
    readonly startTime: number,
  ) {
    this.pidForChildren = ns.pid;
  }

  get alive(): boolean {
    return this.state !== 'Z' && this.exitStatus === undefined;
  }

  /** PID as seen from `ns` (undefined when the process is not visible there). */
  pidIn(ns: PidNamespace): number | undefined {
    return this.nsPids.get(ns);
  }

  /** PID inside its own (innermost) namespace: 1 for a container's first process. */
  get nsPid(): number {
    return this.nsPids.get(this.ns.pid)!;
  }

  /** `argv` joined as ps shows it (`[comm]` for a kernel thread with no argv). */
  get cmdline(): string {
    return this.argv.length ? this.argv.join(' ') : `[${this.comm}]`;
  }

  onExit(fn: (p: Process) => void): void {
    if (!this.alive) fn(this);
    else (this.exitWaiters ??= []).push(fn);
  }

  /** Internal: called by the kernel once the process has exited. */
  notifyExit(): void {
    const ws = this.exitWaiters;
    this.exitWaiters = undefined;
    for (const w of ws ?? []) w(this);
  }

  get children(): ReadonlySet<Process> {
    return this.kids ?? noChildren;
  }

  addChild(c: Process): void {
    (this.kids ??= new Set()).add(c);
  }

  removeChild(c: Process): void {
    this.kids?.delete(c);
  }

  /** The children, handed over (the kernel reparents them when this process exits). */
  takeChildren(): Process[] {
    const out = this.kids ? [...this.kids] : [];
    this.kids = undefined;
    return out;
  }

  addTimer(id: number): void {
    (this.timerIds ??= new Set()).add(id);
  }

  removeTimer(id: number): void {
    this.timerIds?.delete(id);
  }

  /** The program's timers, handed over to be cleared at exit. */
  takeTimers(): number[] {
    const out = this.timerIds ? [...this.timerIds] : [];
    this.timerIds = undefined;
    return out;
  }
}
