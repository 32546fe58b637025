// Identity and file-system tools: hostname (sethostname(2) in the UTS
// namespace), uname, id, whoami, df and mount (from the mount namespace's
// table, as /proc/self/mounts lists it), which, and an `ls` that shows
// symbolic links (`/proc/<pid>/ns/net -> 'net:[4026531840]'`), as GNU
// coreutils 8.32 and busybox 1.37 print them.
import { kernelRelease } from '../../linux/vfs/procfs.js';
import type { Mount } from '../../linux/vfs/mounts.js';
import { FsError, resolvePath } from '../fs.js';
import { ls as plainLs } from './coreutils.js';
import type { Program, ProcessIO } from '../types.js';
import { human, isBusybox, monthName, pad, padEnd, splitOpts, type System } from './system.js';

const kernelVersion = '#140-Ubuntu SMP Wed Dec 18 17:59:53 UTC 2024';

export function hostname(sys: System): Program {
  return (argv, io) => {
    const uts = sys.ctx.process.ns.uts;
    const name = argv.slice(1).find((a) => !a.startsWith('-'));
    if (name) {
      uts.hostname = name;
      return 0;
    }
    if (argv.includes('-i') || argv.includes('-I')) {
      const ips = sys.ctx.process.ns.net.stack.addresses().filter((a) => !a.startsWith('127.'));
      io.stdout(`${ips.join(' ')}${argv.includes('-I') ? ' ' : ''}\n`);
      return 0;
    }
    io.stdout(`${uts.hostname}\n`);
    return 0;
  };
}

export function uname(sys: System): Program {
  return (argv, io) => {
    const { flags } = splitOpts(argv);
    const host = sys.ctx.process.ns.uts.hostname;
    const bb = isBusybox(io);
    if (flags.has('a') || flags.has('all')) {
      io.stdout(bb ? `Linux ${host} ${kernelRelease} ${kernelVersion} x86_64 GNU/Linux\n` : `Linux ${host} ${kernelRelease} ${kernelVersion} x86_64 x86_64 x86_64 GNU/Linux\n`);
      return 0;
    }
    const parts: string[] = [];
    if (flags.has('s') || flags.size === 0) parts.push('Linux');
    if (flags.has('n')) parts.push(host);
    if (flags.has('r')) parts.push(kernelRelease);
    if (flags.has('v')) parts.push(kernelVersion);
    if (flags.has('m') || flags.has('p') || flags.has('i')) parts.push('x86_64');
    if (flags.has('o')) parts.push('GNU/Linux');
    io.stdout(parts.join(' ') + '\n');
    return 0;
  };
}

export function id(sys: System): Program {
  return (argv, io) => {
    const p = sys.ctx.process;
    if (argv.includes('-u')) io.stdout(`${p.uid}\n`);
    else if (argv.includes('-un') || argv.includes('-nu')) io.stdout(`${p.user}\n`);
    else if (p.uid === 0) io.stdout(isBusybox(io) ? 'uid=0(root) gid=0(root) groups=0(root),1(bin),2(daemon),3(sys),4(adm),6(disk),10(wheel),11(floppy),20(dialout),26(tape),27(video)\n' : 'uid=0(root) gid=0(root) groups=0(root)\n');
    else io.stdout(`uid=${p.uid}(${p.user}) gid=${p.uid}(${p.user}) groups=${p.uid}(${p.user})\n`);
    return 0;
  };
}

export function whoami(sys: System): Program {
  return (_argv, io) => {
    io.stdout(`${sys.ctx.process.user}\n`);
    return 0;
  };
}

function mountsOf(sys: System): readonly Mount[] {
  return sys.ctx.process.ns.mnt.mounts.mounts;
}

export function mount(sys: System): Program {
  return (argv, io) => {
    if (argv.length > 1 && !argv.slice(1).every((a) => a === '-l')) {
      // Mounting needs a file system source this lab cannot make up; `mount -t proc proc /proc` is the one that matters.
      const a = argv.slice(1).filter((x) => !x.startsWith('-'));
      if (argv.includes('proc') && a[a.length - 1]) {
        const target = resolvePath(io.cwd, a[a.length - 1]!);
        const fs = io.fs as unknown as { mountOf(p: string): { mount: Mount } };
        const procMount = fs.mountOf('/proc').mount;
        const table = sys.ctx.process.ns.mnt.mounts;
        const ProcCtor = procMount.sb.constructor as new (k: unknown, ns: unknown) => Mount['sb'];
        table.mount({ source: 'proc', target, sb: new ProcCtor(sys.kernel, sys.ctx.process.pidForChildren), readonly: false, options: 'relatime' });
        return 0;
      }
      io.stderr('mount: only root can use "--options" option (effective UID is 0)\n');
      return 1;
    }
    for (const m of mountsOf(sys)) {
      const opts = `${m.readonly ? 'ro' : 'rw'}${m.options ? ',' + m.options : ''}`;
      io.stdout(`${m.source} on ${m.target} type ${m.sb.fsType} (${opts})\n`);
    }
    return 0;
  };
}

/** Sizes a mount reports: the node's disk, memory-backed tmpfs, the overlay of a container (the node's disk). */
function sizes(m: Mount, sys: System): { fs: string; size: number; used: number } | undefined {
  const t = m.sb.fsType;
  const GiB = 1024 ** 3;
  if (t === 'proc' || t === 'sysfs' || t === 'cgroup2' || t === 'mqueue' || t === 'devpts') return undefined;
  if (t === 'ext4' || t === 'overlay') return { fs: t === 'overlay' ? 'overlay' : m.source, size: 49.9 * GiB, used: 9.6 * GiB };
  if (t === 'tmpfs' || t === 'devtmpfs') {
    const size = /size=(\d+)k/.exec(m.options ?? '')?.[1];
    return { fs: m.source, size: size ? Number(size) * 1024 : Math.floor(sys.kernel.memoryBytes / 2), used: 0 };
  }
  return undefined;
}

export function df(sys: System): Program {
  return (argv, io) => {
    const { flags } = splitOpts(argv);
    const h = flags.has('h');
    const bb = isBusybox(io);
    const seen = new Set<string>();
    const rows: string[][] = [];
    for (const m of mountsOf(sys)) {
      if (seen.has(m.target)) continue;
      seen.add(m.target);
      const s = sizes(m, sys);
      if (!s) continue;
      const avail = s.size - s.used;
      const pct = s.size ? `${Math.ceil((s.used / s.size) * 100)}%` : '-';
      const f = (n: number) => (h ? (n === 0 ? '0' : human(n)) : String(Math.floor(n / 1024)));
      rows.push([s.fs, f(s.size), f(s.used), f(avail), pct, m.target]);
    }
    const head = bb ? ['Filesystem', h ? 'Size' : '1K-blocks', 'Used', 'Available', 'Use%', 'Mounted on'] : ['Filesystem', h ? 'Size' : '1K-blocks', 'Used', h ? 'Avail' : 'Available', 'Use%', 'Mounted on'];
    const all = [head, ...rows];
    // GNU df's minimum widths: 14 for the source, 5 for -h sizes (9 for 1K-blocks), 4 for Use%.
    const min = bb ? [0, 0, 0, 0, 0, 0] : [14, h ? 5 : 9, h ? 5 : 8, h ? 5 : 9, 4, 0];
    const w = head.map((_, i) => Math.max(min[i]!, ...all.map((r) => r[i]!.length)));
    for (const r of all) io.stdout(r.map((c, i) => (i === 0 || i === 5 ? padEnd(c, i === 5 ? 0 : w[0]!) : pad(c, w[i]!))).join(' ').trimEnd() + '\n');
    return 0;
  };
}

export function which(sys: System): Program {
  return (argv, io) => {
    let status = 0;
    const programs = sys.ctx.programs();
    for (const name of argv.slice(1).filter((a) => !a.startsWith('-'))) {
      const path = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'].map((d) => `${d}/${name}`).find((p) => io.fs.stat(p)?.type === 'file');
      if (path || programs.has(name)) io.stdout(`${path ?? `/usr/bin/${name}`}\n`);
      else status = 1;
    }
    return status;
  };
}

/** `ls` that knows symbolic links (readlink) and long listings as coreutils/busybox print them. */
export function ls(sys: System): Program {
  return (argv, io) => {
    const fs = io.fs as ProcessIO['fs'] & { readlink?(p: string): string | undefined };
    const { flags, args } = splitOpts(argv);
    if (!flags.has('l') || !fs.readlink) return columns(plainLs, argv, io);
    const bb = isBusybox(io);
    let status = 0;
    const targets = args.length ? args : ['.'];
    targets.forEach((t, i) => {
      const p = resolvePath(io.cwd, t, io.env.get('HOME') ?? '/root');
      const link = fs.readlink!(p);
      const st = fs.stat(p);
      if (!st && link === undefined) {
        io.stderr(bb ? `ls: ${t}: No such file or directory\n` : `ls: cannot access '${t}': No such file or directory\n`);
        status = 2;
        return;
      }
      if (st?.type !== 'dir' || (link !== undefined && !t.endsWith('/'))) {
        io.stdout(line(t, p) + '\n');
        return;
      }
      if (targets.length > 1) io.stdout(`${i ? '\n' : ''}${t}:\n`);
      let names: string[];
      try {
        names = fs.readdir(p).filter((n) => flags.has('a') || !n.startsWith('.'));
      } catch (e) {
        io.stderr(`ls: cannot open directory '${t}': ${e instanceof FsError ? e.message : String(e)}\n`);
        status = 2;
        return;
      }
      // Blocks in use, in KiB: directories take 4, links and /proc files none.
      const total = names.reduce((sum, n) => {
        const path = `${p === '/' ? '' : p}/${n}`;
        if (fs.readlink!(path) !== undefined) return sum;
        const st = fs.stat(path);
        return sum + (st?.type === 'dir' ? 4 : Math.ceil((st?.size ?? 0) / 4096) * 4);
      }, 0);
      io.stdout(`total ${total}\n`);
      for (const n of names) io.stdout(line(n, `${p === '/' ? '' : p}/${n}`) + '\n');
    });
    return status;

    function line(name: string, path: string): string {
      const link = fs.readlink!(path);
      const st = fs.stat(path);
      const mtime = st?.mtimeMs || io.now();
      const d = new Date(mtime);
      const time = `${monthName(mtime)} ${pad(d.getUTCDate(), 2)} ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
      if (link !== undefined) {
        const shown = bb || !/[[\]: ]/.test(link) ? link : `'${link}'`;
        return `lrwxrwxrwx ${bb ? '   ' : ''}1 root root ${pad(0, bb ? 8 : 1)} ${time} ${name} -> ${shown}`;
      }
      const mode = (st!.type === 'dir' ? 'd' : '-') + rwx(st!.mode);
      return `${mode} ${pad(st!.type === 'dir' ? 2 : 1, bb ? 4 : 1)} root root ${pad(st!.size, bb ? 8 : 5)} ${time} ${name}`;
    }
  };
}

/** GNU/busybox ls on a terminal: names in columns (top to bottom), as many as fit the width. */
function columns(inner: Program, argv: string[], io: ProcessIO): ReturnType<Program> {
  let buf = '';
  const r = inner(argv, { ...io, stdout: (s) => (buf += s) });
  const lines = buf.split('\n');
  const oneLine = io.stdoutIsTerminal === false;
  const out: string[] = [];
  for (const line of lines) {
    // ls sorts by name (C locale: byte order, so /proc lists 1, 11, 4).
    const names = line.split('  ').filter(Boolean).sort();
    if (names.length < 2 || line.endsWith(':')) {
      out.push(line);
      continue;
    }
    out.push(...(oneLine ? names : layout(names, io.columns)));
  }
  io.stdout(out.join('\n'));
  return r;
}

function layout(names: string[], width: number): string[] {
  for (let cols = names.length; cols > 1; cols--) {
    const rows = Math.ceil(names.length / cols);
    const w: number[] = [];
    for (let c = 0; c < cols; c++) w.push(Math.max(0, ...names.slice(c * rows, (c + 1) * rows).map((n) => n.length)));
    if (w.some((x) => x === 0)) continue;
    const total = w.reduce((a, b) => a + b, 0) + 2 * (cols - 1);
    if (total > width) continue;
    const out: string[] = [];
    for (let r = 0; r < rows; r++) {
      const cells: string[] = [];
      for (let c = 0; c < cols; c++) {
        const n = names[c * rows + r];
        if (n !== undefined) cells.push(n.padEnd(w[c]!));
      }
      out.push(cells.join('  ').trimEnd());
    }
    return out;
  }
  return names;
}

function rwx(mode: number): string {
  let s = '';
  for (let shift = 6; shift >= 0; shift -= 3) {
    const b = (mode >> shift) & 7;
    s += (b & 4 ? 'r' : '-') + (b & 2 ? 'w' : '-') + (b & 1 ? 'x' : '-');
  }
  return s;
}
