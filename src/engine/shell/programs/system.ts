// What the programs of a simulated machine (a node, a container) reach besides
// their ProcessIO: the process running the shell, its kernel and, on a node,
// containerd. Programs are built per shell process (the kernel's `programs`
// option), so each closes over the process it serves.
import type { Kernel, ProcessContext } from '../../linux/kernel.js';
import type { Process } from '../../linux/process.js';
import type { Containerd } from '../../runtime/containerd.js';
import type { ImageStore } from '../../runtime/imageService.js';
import type { ProcessIO } from '../types.js';

/** One line of the node's journal (journalctl). */
export interface JournalEntry {
  time: number;
  unit: string;
  text: string;
}

export interface NodeServices {
  runtime: Containerd;
  images: ImageStore;
  /** journald: the units' log lines, oldest first. */
  journal?(): readonly JournalEntry[];
}

export interface System {
  kernel: Kernel;
  /** The process whose shell runs the programs. */
  ctx: ProcessContext;
  /** Present on a node's own file system (crictl, journalctl, systemctl need them). */
  node?: NodeServices;
}

/** The process a program runs as: the wrapper in linux/shell.ts spawned it as the shell's newest child. */
export function selfOf(sys: System, name: string): Process {
  let found: Process | undefined;
  for (const c of sys.ctx.process.children) if (c.alive && c.comm === name.slice(0, 15) && (!found || c.pid > found.pid)) found = c;
  return found ?? sys.ctx.process;
}

/** Whether the machine's userland is busybox (alpine, busybox): output formats differ from procps/coreutils. */
export function isBusybox(io: ProcessIO): boolean {
  return io.fs.stat('/bin/busybox')?.type === 'file';
}

export function splitOpts(argv: string[]): { flags: Set<string>; args: string[] } {
  const flags = new Set<string>();
  const args: string[] = [];
  let dashdash = false;
  for (const a of argv.slice(1)) {
    if (dashdash || !a.startsWith('-') || a === '-') args.push(a);
    else if (a === '--') dashdash = true;
    else if (a.startsWith('--')) flags.add(a.slice(2));
    else for (const c of a.slice(1)) flags.add(c);
  }
  return { flags, args };
}

export const pad = (s: string | number, n: number) => String(s).padStart(n, ' ');
export const padEnd = (s: string | number, n: number) => String(s).padEnd(n, ' ');

/** HH:MM of a virtual time (UTC, as the lab's machines run). */
export function hhmm(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
export const monthName = (ms: number) => months[new Date(ms).getUTCMonth()]!;
export const dayName = (ms: number) => days[new Date(ms).getUTCDay()]!;

/** `1.5G`, `200M`, `100Mi`, `512k`, plain bytes. */
export function parseSize(s: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)([kKmMgGtT]?)(i?[bB]?)$/.exec(s.trim());
  if (!m) return undefined;
  const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g' | 't'];
  return Math.floor(Number(m[1]) * mult);
}

/** df -h / free -h style: 1 decimal below 10, `K M G T`. */
export function human(bytes: number, units = ['B', 'K', 'M', 'G', 'T'], space = false): string {
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  if (i === 0) return `${v}${units[0] === 'B' ? '' : units[0]}`;
  const s = v < 10 ? (Math.ceil(v * 10) / 10).toFixed(1) : String(Math.ceil(v));
  return `${s}${space ? ' ' : ''}${units[i]}`;
}
