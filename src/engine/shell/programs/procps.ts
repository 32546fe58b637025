// Process tools as a node's procps-ng 4.0 and busybox 1.37 print them: `ps`
// (busybox `PID   USER     TIME  COMMAND`; procps `ps`, `ps aux`, `ps -ef`),
// `kill`, `free`, `uptime`, `dmesg`. ps reads the PID namespace of the /proc
// the process has mounted, as the real one reads /proc: after
// `unshare --pid --fork` without --mount-proc it still lists the host's processes.
import type { PidNamespace } from '../../linux/namespaces.js';
import type { Process } from '../../linux/process.js';
import { parseSignal, signalName, signals } from '../../linux/signals.js';
import { ProcFS } from '../../linux/vfs/procfs.js';
import type { Program, ProcessIO } from '../types.js';
import { hhmm, human, isBusybox, monthName, pad, padEnd, selfOf, type System } from './system.js';

/** The PID namespace `ps` sees: that of the /proc mounted in the process's mount namespace. */
export function procNamespace(sys: System, io: ProcessIO): PidNamespace {
  try {
    const { mount } = (io.fs as unknown as { mountOf(p: string): { mount: { sb: unknown } } }).mountOf('/proc');
    if (mount.sb instanceof ProcFS) return mount.sb.pidns;
  } catch {
    // no /proc: fall through to the process's own namespace
  }
  return sys.ctx.process.ns.pid;
}

function listed(ns: PidNamespace): { pid: number; p: Process }[] {
  return [...ns.members]
    .filter(([, p]) => p.alive)
    .map(([pid, p]) => ({ pid, p }))
    .sort((a, b) => a.pid - b.pid);
}

/** A process's terminal: its own, or the one of the interactive shell it descends from. */
export function ttyOf(p: Process): string {
  for (let q: Process | undefined = p; q; q = q.parent) if (q.tty !== '?') return q.tty;
  return '?';
}

const isKernelThread = (p: Process) => p.argv.length === 0;

function stat(p: Process, viewerTty: string): string {
  let s: string = p.state;
  if (isKernelThread(p)) s = p.comm.startsWith('kworker') || p.comm.startsWith('rcu_') || p.comm === 'mm_percpu_wq' ? 'I<' : 'S';
  // Session leaders: daemons systemd started, a container's PID 1 (runc calls setsid), a login shell.
  if ((p.ns.pid.init === p && ttyOf(p) === '?') || (p.parent?.pid === 1 && p.tty === '?' && !isKernelThread(p)) || p.tty !== '?') s += 's';
  if (/^(containerd|kubelet|containerd-shim|kube-|etcd|coredns)/.test(p.comm)) s += 'l';
  const tty = ttyOf(p);
  if (tty !== '?' && tty === viewerTty && p.tty === '?') s += '+';
  return s;
}

function startCol(p: Process, now: number): string {
  // procps: HH:MM within the last 24 hours, else MonDD.
  if (now - p.startTime < 86_400_000) return hhmm(p.startTime);
  return `${monthName(p.startTime)}${String(new Date(p.startTime).getUTCDate()).padStart(2, '0')}`;
}

function psBusybox(rows: { pid: number; p: Process }[], io: ProcessIO): void {
  io.stdout('PID   USER     TIME  COMMAND\n');
  for (const { pid, p } of rows) io.stdout(`${pad(pid, 5)} ${padEnd(p.user, 8)} ${pad('0:00', 5)} ${p.cmdline}\n`);
}

/**
 * The commands after ps in its pipeline exist while ps reads /proc (the shell forks every
 * stage first): `ps aux | grep nginx` lists the grep too. They get the PIDs the kernel
 * hands out next, which is what they are called when they run.
 */
function pipelinePeers(sys: System, ns: PidNamespace, io: ProcessIO, self: Process): { pid: number; p: Process }[] {
  return (io.pipelineRest ?? []).map((argv, i) => {
    const name = (argv[0] ?? '').split('/').pop() ?? '';
    const p = Object.create(self) as Process;
    Object.assign(p, { argv, comm: name.slice(0, 15), rss: 2304 * 1024, vsz: 6480 * 1024, state: 'S', parent: sys.ctx.process, tty: '?' });
    return { pid: ns.nextPid + i, p };
  });
}

export function ps(sys: System): Program {
  return (argv, io) => {
    const ns = procNamespace(sys, io);
    const self = selfOf(sys, 'ps');
    const rows = [...listed(ns), ...pipelinePeers(sys, ns, io, self)];
    if (isBusybox(io)) {
      psBusybox(rows, io);
      return 0;
    }
    const opts = argv.slice(1).join(' ');
    const now = io.now();
    const mem = sys.kernel.memoryBytes;
    const ppidOf = (p: Process) => (p.parent ? (p.parent.pidIn(ns) ?? 0) : 0);
    const myTty = ttyOf(self);
    if (/^-?a?u?x|aux|-e[f]?|-A/.test(opts) && opts !== '') {
      if (/f/.test(opts) && opts.startsWith('-')) {
        io.stdout('UID          PID    PPID  C STIME TTY          TIME CMD\n');
        for (const { pid, p } of rows) io.stdout(`${padEnd(p.user, 8)} ${pad(pid, 7)} ${pad(ppidOf(p), 7)} ${pad(0, 2)} ${padEnd(startCol(p, now), 5)} ${padEnd(ttyOf(p), 8)} 00:00:00 ${p.cmdline}\n`);
        return 0;
      }
      if (/u/.test(opts)) {
        io.stdout('USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n');
        for (const { pid, p } of rows) {
          const rss = Math.floor(p.rss / 1024);
          const vsz = isKernelThread(p) ? 0 : Math.floor(Math.max(p.vsz, p.rss) / 1024);
          const pmem = ((p.rss / mem) * 100).toFixed(1);
          io.stdout(`${padEnd(p.user, 8)} ${pad(pid, 7)} ${pad('0.0', 4)} ${pad(pmem, 4)} ${pad(vsz, 6)} ${pad(rss, 5)} ${padEnd(ttyOf(p), 8)} ${padEnd(stat(p, myTty), 4)} ${pad(startCol(p, now), 5)} ${pad('0:00', 6)} ${p.cmdline}\n`);
        }
        return 0;
      }
      io.stdout('    PID TTY          TIME CMD\n');
      for (const { pid, p } of rows) io.stdout(`${pad(pid, 7)} ${padEnd(ttyOf(p), 8)} 00:00:00 ${p.comm}\n`);
      return 0;
    }
    // Plain `ps`: the processes of this terminal.
    io.stdout('    PID TTY          TIME CMD\n');
    for (const { pid, p } of rows) if (ttyOf(p) === myTty && myTty !== '?') io.stdout(`${pad(pid, 7)} ${padEnd(myTty, 8)} 00:00:00 ${p.comm}\n`);
    if (myTty === '?') for (const { pid, p } of rows) if (p === self || p === sys.ctx.process) io.stdout(`${pad(pid, 7)} ?        00:00:00 ${p.comm}\n`);
    return 0;
  };
}

export function kill(sys: System): Program {
  return (argv, io) => {
    const bb = isBusybox(io);
    let sig: number = signals.SIGTERM;
    const targets: string[] = [];
    const args = argv.slice(1);
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a === '-l' || a === '-L') {
        io.stdout(bb ? ' 1) HUP\n 2) INT\n 3) QUIT\n 9) KILL\n10) USR1\n12) USR2\n13) PIPE\n15) TERM\n17) CHLD\n18) CONT\n19) STOP\n' : ' 1) SIGHUP\t 2) SIGINT\t 3) SIGQUIT\t 9) SIGKILL\t10) SIGUSR1\n12) SIGUSR2\t13) SIGPIPE\t15) SIGTERM\t17) SIGCHLD\t18) SIGCONT\n19) SIGSTOP\n');
        return 0;
      }
      if (a === '-s' || a === '-n') {
        const s = parseSignal(args[++i] ?? '');
        if (s === undefined) return bad(args[i] ?? '');
        sig = s;
      } else if (/^-\w+$/.test(a) && targets.length === 0) {
        const s = parseSignal(a.slice(1));
        if (s === undefined) return bad(a.slice(1));
        sig = s;
      } else targets.push(a);
    }
    function bad(s: string): number {
      io.stderr(bb ? `kill: bad signal name '${s}'\n` : `bash: kill: ${s}: invalid signal specification\n`);
      return 1;
    }
    if (!targets.length) {
      io.stderr(bb ? 'BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: kill [-l] [-SIG] PID...\n' : 'kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n');
      return bb ? 1 : 2;
    }
    const self = selfOf(sys, 'kill');
    let status = 0;
    for (const t of targets) {
      const n = Number(t);
      const target = Number.isInteger(n) ? sys.kernel.resolvePid(self, n) : undefined;
      if (!Number.isInteger(n)) {
        io.stderr(bb ? `kill: invalid number '${t}'\n` : `bash: kill: ${t}: arguments must be process or job IDs\n`);
        status = 1;
        continue;
      }
      if (!target || !target.alive) {
        io.stderr(bb ? `sh: can't kill pid ${t}: No such process\n` : `bash: kill: (${t}) - No such process\n`);
        status = 1;
        continue;
      }
      sys.kernel.kill(target, sig, self);
    }
    void signalName;
    return status;
  };
}

export function free(sys: System): Program {
  return (argv, io) => {
    const k = sys.kernel;
    const flags = argv.slice(1).join(' ');
    const total = k.memoryBytes;
    const used = k.cgroupRoot.memoryCurrent + 310 * 1024 * 1024;
    const buffCache = Math.floor(total * 0.3);
    const shared = 1_300_000;
    const freeB = Math.max(0, total - used - buffCache);
    const avail = total - used;
    const swap = [0, 0, 0];
    if (isBusybox(io)) {
      const kb = (n: number) => Math.floor(n / 1024);
      io.stdout('              total        used        free      shared  buff/cache   available\n');
      io.stdout(`Mem:   ${[total, used, freeB, shared, buffCache, avail].map((n) => pad(kb(n), 11)).join(' ')}\n`);
      io.stdout(`Swap:  ${swap.map((n) => pad(n, 11)).join(' ')}\n`);
      return 0;
    }
    const fmt = /-h/.test(flags) ? (n: number) => (n === 0 ? '0B' : human(n, ['B', 'Ki', 'Mi', 'Gi', 'Ti'])) : /-m/.test(flags) ? (n: number) => String(Math.floor(n / 1024 / 1024)) : /-g/.test(flags) ? (n: number) => String(Math.floor(n / 1024 ** 3)) : (n: number) => String(Math.floor(n / 1024));
    io.stdout('               total        used        free      shared  buff/cache   available\n');
    io.stdout(`Mem:    ${[total, used, freeB, shared, buffCache, avail].map((n) => pad(fmt(n), 11)).join(' ')}\n`);
    io.stdout(`Swap:   ${swap.map((n) => pad(fmt(n), 11)).join(' ')}\n`);
    return 0;
  };
}

export function uptime(sys: System): Program {
  return (_argv, io) => {
    const now = io.now();
    const up = now - sys.kernel.bootTime;
    const days = Math.floor(up / 86_400_000);
    const h = Math.floor((up % 86_400_000) / 3_600_000);
    const m = Math.floor((up % 3_600_000) / 60_000);
    const d = new Date(now);
    const t = `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}:${String(d.getUTCSeconds()).padStart(2, '0')}`;
    io.stdout(` ${t} up ${days} days, ${String(h).padStart(2, ' ')}:${String(m).padStart(2, '0')},  1 user,  load average: 0.08, 0.05, 0.01\n`);
    return 0;
  };
}

/** dmesg: the kernel ring buffer with seconds since boot (`[259200.123456] …`). */
export function dmesg(sys: System): Program {
  return (_argv, io) => {
    const k = sys.kernel;
    for (const { time, text } of k.dmesg) {
      const s = (time - k.bootTime) / 1000;
      io.stdout(`[${pad(s.toFixed(6), 12)}] ${text}\n`);
    }
    return 0;
  };
}
