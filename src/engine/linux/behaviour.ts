// What a "program" is to the simulated kernel: an object with callbacks, run
// by exec. It acts only through its ProcessContext (the system calls): timers
// on the virtual clock, memory, files, stdout/stderr, sockets, children, exit.
import type { FileSystem } from '../shell/fs.js';
import type { Program } from '../shell/types.js';
import type { Process } from './process.js';
import type { NetRequest, NetResponse } from './net/netns.js';

export interface Behaviour {
  /** Runs once, right after exec. May call ctx.exit at once (a command that has nothing to do). */
  start(ctx: ProcessContext): void;
  /**
   * A signal arrived. Return true when the program has a handler for it (it then
   * decides what to do, e.g. exit 0 after a graceful shutdown); false for the
   * default action (terminate; ignored by a PID-namespace init, see signal(7)).
   * Never called for SIGKILL.
   */
  signal?(sig: number, ctx: ProcessContext): boolean;
  /** Resident memory right after exec, in bytes (default 1 MiB). */
  baseRss?: number;
}

export type ConnectResult =
  | { ok: true; response: NetResponse; srcIP: string; dstIP: string; dstPort: number }
  | { ok: false; error: 'ECONNREFUSED' | 'EHOSTUNREACH' | 'ETIMEDOUT'; message: string };

/** The system calls a running program may make. */
export interface ProcessContext {
  readonly process: Process;
  readonly argv: string[];
  readonly env: ReadonlyMap<string, string>;
  /** The file system as this process sees it. */
  readonly fs: FileSystem;
  stdout(s: string): void;
  stderr(s: string): void;
  now(): number;
  /** Run fn after ms of virtual time, unless the process has exited by then. */
  after(ms: number, fn: () => void): number;
  every(ms: number, fn: () => void): number;
  cancel(timer: number): void;
  /** Allocate and touch `bytes`; charged to the cgroup. Returns false when the process was OOM-killed for it. */
  alloc(bytes: number): boolean;
  free(bytes: number): void;
  exit(code: number): void;
  /** Listen on a TCP port of the process's network namespace; false when the port is taken (EADDRINUSE). */
  listen(port: number, handler: (req: NetRequest) => NetResponse, bind?: string): boolean;
  /** Connect to ip:port and send one request (localhost reaches listeners of the same network namespace). */
  connect(ip: string, port: number, req?: Partial<NetRequest>): ConnectResult;
  /** fork + exec a child running `behaviour`. */
  spawn(argv: string[], behaviour?: Behaviour): Process;
  hostname(): string;
  /** Shell programs available to this process (for sh -c and exec). */
  programs(): Map<string, Program>;
}
