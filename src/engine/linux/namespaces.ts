// Linux namespaces (namespaces(7)): each has an inode number in nsfs, shown by
// `ls -l /proc/<pid>/ns` as `pid:[4026532198]` and by lsns. The initial
// namespaces have the fixed numbers of a real boot (proc_ns.h: PROC_*_INIT_INO);
// new ones are numbered upwards as the kernel's proc_inum allocator does.
import type { Cgroup } from './cgroup.js';
import type { MountTable } from './vfs/mounts.js';
import type { NetStack } from './net/netns.js';
import type { Process } from './process.js';

export type NamespaceType = 'cgroup' | 'ipc' | 'mnt' | 'net' | 'pid' | 'user' | 'uts' | 'time';

/** The order `ls /proc/<pid>/ns` lists them in (pid_for_children and time_for_children are links). */
export const namespaceTypes: NamespaceType[] = ['cgroup', 'ipc', 'mnt', 'net', 'pid', 'time', 'user', 'uts'];

export const initialInodes: Record<NamespaceType, number> = {
  time: 4026531834,
  cgroup: 4026531835,
  pid: 4026531836,
  user: 4026531837,
  uts: 4026531838,
  ipc: 4026531839,
  mnt: 4026531841,
  net: 4026531840,
};

interface Base {
  inode: number;
  /** Host PID of the process that created it (lsns's PID column picks the lowest member instead). */
  creator: number;
}

export interface PidNamespace extends Base {
  type: 'pid';
  parent: PidNamespace | undefined;
  level: number;
  nextPid: number;
  /** PID in this namespace → process. */
  members: Map<number, Process>;
  /** The namespace's PID 1 (its "init"); when it dies every member gets SIGKILL. */
  init: Process | undefined;
}

export interface UtsNamespace extends Base {
  type: 'uts';
  hostname: string;
  domainname: string;
}

export interface MntNamespace extends Base {
  type: 'mnt';
  mounts: MountTable;
}

export interface NetNamespace extends Base {
  type: 'net';
  stack: NetStack;
}

export interface CgroupNamespace extends Base {
  type: 'cgroup';
  /** The cgroup that appears as `/` inside. */
  root: Cgroup;
}

export interface SimpleNamespace extends Base {
  type: 'ipc' | 'user' | 'time';
}

export type Namespace = PidNamespace | UtsNamespace | MntNamespace | NetNamespace | CgroupNamespace | SimpleNamespace;

export interface NamespaceSet {
  cgroup: CgroupNamespace;
  ipc: SimpleNamespace;
  mnt: MntNamespace;
  net: NetNamespace;
  /** The namespace the process itself is in (fixed for its life). */
  pid: PidNamespace;
  time: SimpleNamespace;
  user: SimpleNamespace;
  uts: UtsNamespace;
}

/** Hands out nsfs inode numbers after the initial ones. */
export class InodeAllocator {
  private next = 4026532193;
  alloc(): number {
    return this.next++;
  }
}
