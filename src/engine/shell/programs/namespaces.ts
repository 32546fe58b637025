// util-linux 2.37 namespace tools, as on an Ubuntu 22.04 node: `unshare`
// (unshare(2) then, with --fork, a child that is PID 1 of the new PID
// namespace; --mount-proc mounts a /proc for it), `nsenter -t PID` (setns(2)
// into a process's namespaces), `lsns` (one line per namespace with its
// process count and lowest PID) and `chroot`.
import type { Namespace, NamespaceType } from '../../linux/namespaces.js';
import type { Process } from '../../linux/process.js';
import { MountTable } from '../../linux/vfs/mounts.js';
import { ProcFS } from '../../linux/vfs/procfs.js';
import { resolvePath } from '../fs.js';
import type { Program, ProcessIO } from '../types.js';
import { procNamespace } from './procps.js';
import { pad, padEnd, selfOf, type System } from './system.js';
import { runIn } from './terminal.js';

const longNames: Record<string, NamespaceType> = { pid: 'pid', mount: 'mnt', uts: 'uts', ipc: 'ipc', net: 'net', user: 'user', cgroup: 'cgroup', time: 'time' };
const shortNames: Record<string, NamespaceType> = { p: 'pid', m: 'mnt', u: 'uts', i: 'ipc', n: 'net', U: 'user', C: 'cgroup', T: 'time' };

function defaultShell(io: ProcessIO): string[] {
  return [io.env.get('SHELL') ?? '/bin/sh'];
}

export function unshare(sys: System): Program {
  return (argv, io) => {
    const types = new Set<NamespaceType>();
    let fork = false;
    let mountProc: string | undefined;
    let i = 1;
    for (; i < argv.length; i++) {
      const a = argv[i]!;
      if (a === '--') {
        i++;
        break;
      }
      if (!a.startsWith('-')) break;
      if (a.startsWith('--')) {
        const [name, value] = a.slice(2).split('=', 2) as [string, string | undefined];
        if (longNames[name]) types.add(longNames[name]);
        else if (name === 'fork') fork = true;
        else if (name === 'mount-proc') {
          mountProc = value ?? '/proc';
          types.add('mnt');
        } else if (name === 'map-root-user') types.add('user');
        else if (name === 'propagation' || name === 'kill-child' || name === 'root' || name === 'wd') continue;
        else {
          io.stderr(`unshare: unrecognized option '${a}'\nTry 'unshare --help' for more information.\n`);
          return 1;
        }
      } else {
        for (const c of a.slice(1)) {
          if (shortNames[c]) types.add(shortNames[c]);
          else if (c === 'f') fork = true;
          else if (c === 'r') types.add('user');
          else {
            io.stderr(`unshare: invalid option -- '${c}'\nTry 'unshare --help' for more information.\n`);
            return 1;
          }
        }
      }
    }
    const cmd = argv.length > i ? argv.slice(i) : defaultShell(io);
    const k = sys.kernel;
    const self = selfOf(sys, 'unshare');
    k.unshare(self, [...types]);
    // Without --fork, a new PID namespace applies to the command's children only (pid_namespaces(7)); the
    // lab runs the command forked either way so that the shell is PID 1 as students expect to see it.
    void fork;
    const child = k.spawn({ parent: self, argv: cmd });
    if (mountProc) child.ns.mnt.mounts.mount({ source: 'proc', target: mountProc, sb: new ProcFS(k, child.ns.pid), readonly: false, options: 'nosuid,nodev,noexec,relatime' });
    return exitWith(sys, self, runIn(sys, child, cmd, io));
  };
}

/** The program's own process exits with its child's status (unshare and nsenter wait for it). */
function exitWith(sys: System, self: Process, r: ReturnType<typeof runIn>): ReturnType<typeof runIn> {
  if (typeof r === 'number') {
    sys.kernel.exit(self, r);
    return r;
  }
  return (function* () {
    const status = yield* r;
    sys.kernel.exit(self, status);
    return status;
  })();
}

export function nsenter(sys: System): Program {
  return (argv, io) => {
    const types = new Set<NamespaceType>();
    let target: string | undefined;
    let i = 1;
    for (; i < argv.length; i++) {
      const a = argv[i]!;
      if (a === '--') {
        i++;
        break;
      }
      if (!a.startsWith('-')) break;
      if (a === '-t' || a === '--target') target = argv[++i];
      else if (a.startsWith('--target=')) target = a.slice(9);
      else if (a === '-a' || a === '--all') for (const t of ['mnt', 'uts', 'ipc', 'net', 'pid', 'cgroup'] as NamespaceType[]) types.add(t);
      else if (a.startsWith('--')) {
        const n = longNames[a.slice(2)];
        if (!n) {
          io.stderr(`nsenter: unrecognized option '${a}'\nTry 'nsenter --help' for more information.\n`);
          return 1;
        }
        types.add(n);
      } else {
        for (let j = 1; j < a.length; j++) {
          const c = a[j]!;
          if (c === 't') {
            target = a.slice(j + 1) || argv[++i];
            break;
          }
          if (!shortNames[c]) {
            io.stderr(`nsenter: invalid option -- '${c}'\nTry 'nsenter --help' for more information.\n`);
            return 1;
          }
          types.add(shortNames[c]);
        }
      }
    }
    if (target === undefined) {
      io.stderr('nsenter: no target PID specified for --target\n');
      return 1;
    }
    if (!/^\d+$/.test(target)) {
      io.stderr(`nsenter: failed to parse pid: '${target}'\n`);
      return 1;
    }
    if (!types.size) {
      io.stderr('nsenter: no namespace specified\n');
      return 1;
    }
    const k = sys.kernel;
    const self = selfOf(sys, 'nsenter');
    const t = k.resolvePid(self, Number(target));
    if (!t || !t.alive) {
      io.stderr(`nsenter: cannot open /proc/${target}/ns/${[...types][0] === 'mnt' ? 'mnt' : [...types][0]}: No such file or directory\n`);
      return 1;
    }
    k.setns(self, t, [...types]);
    const cmd = argv.length > i ? argv.slice(i) : defaultShell(io);
    const child = k.spawn({ parent: self, argv: cmd, cwd: types.has('mnt') ? '/' : undefined });
    return exitWith(sys, self, runIn(sys, child, cmd, io));
  };
}

export function chroot(sys: System): Program {
  return (argv, io) => {
    const dir = argv[1];
    if (!dir) {
      io.stderr("chroot: missing operand\nTry 'chroot --help' for more information.\n");
      return 125;
    }
    const k = sys.kernel;
    const root = resolvePath(io.cwd, dir);
    if (io.fs.stat(root)?.type !== 'dir') {
      io.stderr(`chroot: cannot change root directory to '${dir}': No such file or directory\n`);
      return 125;
    }
    const self = selfOf(sys, 'chroot');
    const table = rerooted(sys, root, io);
    const cmd = argv.length > 2 ? argv.slice(2) : defaultShell(io);
    // A private mount namespace whose root is `dir` stands in for the chrooted root directory.
    k.unshare(self, ['mnt']);
    self.ns.mnt.mounts = table;
    const child = k.spawn({ parent: self, argv: cmd, cwd: '/' });
    return exitWith(sys, self, runIn(sys, child, cmd, io));
  };
}

/** The mounts under `root`, moved to `/`. A bind of the node's whole disk behaves as rbind: the node's own table. */
function rerooted(sys: System, root: string, io: ProcessIO): MountTable {
  const k = sys.kernel;
  const cur = sys.ctx.process.ns.mnt.mounts;
  const { mount, rel } = cur.resolve(root);
  const hostRoot = k.initNs.mnt.mounts.resolve('/').mount;
  if (mount.sb === hostRoot.sb && mount.root === '/' && rel === '/') return k.initNs.mnt.mounts.clone(k.nextMountId);
  const t = new MountTable(k.nextMountId);
  t.mount({ source: mount.source, target: '/', sb: mount.sb, root: rel === '/' ? mount.root : `${mount.root.replace(/\/$/, '')}${rel}`, readonly: mount.readonly, options: mount.options });
  for (const m of cur.mounts) if (m.target.startsWith(root + '/')) t.mount({ ...m, target: m.target.slice(root.length) });
  void io;
  return t;
}

export function lsns(sys: System): Program {
  return (argv, io) => {
    let type: string | undefined;
    let pidFilter: number | undefined;
    for (let i = 1; i < argv.length; i++) {
      const a = argv[i]!;
      if (a === '-t' || a === '--type') type = argv[++i];
      else if (a.startsWith('--type=')) type = a.slice(7);
      else if (a === '-p' || a === '--task') pidFilter = Number(argv[++i]);
    }
    const viewNs = procNamespace(sys, io);
    const k = sys.kernel;
    const rows: string[][] = [];
    for (const { ns, procs } of k.listNamespaces()) {
      if (type && ns.type !== type) continue;
      const visible = procs.map((p) => ({ p, pid: p.pidIn(viewNs) })).filter((x): x is { p: Process; pid: number } => x.pid !== undefined);
      if (!visible.length) continue;
      if (pidFilter !== undefined && !visible.some((v) => v.pid === pidFilter)) continue;
      visible.sort((a, b) => a.pid - b.pid);
      const first = visible[0]!;
      rows.push([String(ns.inode), ns.type, String(visible.length), String(first.pid), first.p.user, first.p.cmdline]);
    }
    const head = ['NS', 'TYPE', 'NPROCS', 'PID', 'USER', 'COMMAND'];
    const all = [head, ...rows];
    const w = head.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
    for (const r of all) io.stdout(`${pad(r[0]!, w[0]!)} ${padEnd(r[1]!, w[1]!)} ${pad(r[2]!, w[2]!)} ${pad(r[3]!, w[3]!)} ${padEnd(r[4]!, w[4]!)} ${r[5]}`.trimEnd() + '\n');
    return 0;
  };
}

export type { Namespace };
