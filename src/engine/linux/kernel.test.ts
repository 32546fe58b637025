import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../clock/clock.js';
import { Kernel } from './kernel.js';
import { daemon, MiB } from './daemon.js';
import { signals } from './signals.js';
import { OverlayFS } from './vfs/overlay.js';
import { TreeFS, treeFromFiles } from './vfs/tree.js';

function boot() {
  const clock = new VirtualClock(Date.UTC(2025, 0, 6, 9));
  const k = new Kernel({ clock, hostname: 'node01', nodeIP: '192.168.0.11', podCIDR: '10.244.1.0/24' });
  return { clock, k };
}

describe('processes and PID namespaces', () => {
  it('nests PID namespaces: PID 1 inside, a large PID on the host, NSpid lists every level', () => {
    const { k } = boot();
    const outer = k.spawn({ parent: k.init, argv: ['sleep', 'infinity'], newNamespaces: ['pid'], behaviour: daemon(MiB) });
    const inner = k.spawn({ parent: outer, argv: ['sh'], newNamespaces: ['pid'], behaviour: daemon(MiB) });
    expect(outer.nsPid).toBe(1);
    expect(outer.pid).toBeGreaterThan(2000);
    expect(inner.nsPid).toBe(1);
    expect(inner.pidIn(outer.ns.pid)).toBe(2);
    expect(k.hostFS.readFile(`/proc/${inner.pid}/status`)).toMatch(new RegExp(`NSpid:\\t${inner.pid}\\t2\\t1\\n`));
    expect(k.hostFS.readlink(`/proc/${inner.pid}/ns/pid`)).toBe(`pid:[${inner.ns.pid.inode}]`);
    expect(k.hostFS.readlink('/proc/1/ns/net')).toBe('net:[4026531840]');
  });

  it('signals: 143 after TERM, 137 after KILL, 130 after INT; a namespace init ignores TERM without a handler', () => {
    const { k } = boot();
    const table: [number, number][] = [[signals.SIGTERM, 143], [signals.SIGKILL, 137], [signals.SIGINT, 130]];
    for (const [sig, code] of table) {
      const p = k.spawn({ parent: k.init, argv: ['sleep', '100'], behaviour: daemon(MiB) });
      k.kill(p, sig);
      expect(p.exitStatus).toBe(code);
      expect(k.process(p.pid)).toBeUndefined();
    }
    const init = k.spawn({ parent: k.init, argv: ['sleep', '3600'], newNamespaces: ['pid'], behaviour: daemon(MiB) });
    const child = k.spawn({ parent: init, argv: ['sleep', '1'], behaviour: daemon(MiB) });
    k.kill(init, signals.SIGTERM);
    expect(init.alive).toBe(true);
    k.kill(init, signals.SIGKILL);
    expect(init.exitStatus).toBe(137);
    expect(child.exitStatus).toBe(137);
  });

  it('keeps a zombie until its parent waits, when the parent does not reap', () => {
    const { k } = boot();
    const parent = k.spawn({ parent: k.init, argv: ['sh'], behaviour: daemon(MiB) });
    parent.reapChildren = false;
    const child = k.spawn({ parent, argv: ['true'], behaviour: daemon(MiB) });
    k.exit(child, 0);
    expect(k.process(child.pid)?.state).toBe('Z');
    k.reap(child);
    expect(k.process(child.pid)).toBeUndefined();
  });

  it('unshare and setns change the namespaces a process holds', () => {
    const { k } = boot();
    const p = k.spawn({ parent: k.init, argv: ['bash'], behaviour: daemon(MiB) });
    k.unshare(p, ['uts', 'net']);
    p.ns.uts.hostname = 'demo';
    expect(k.init.ns.uts.hostname).toBe('node01');
    expect(p.ns.net.stack.devices.map((d) => d.name)).toEqual(['lo']);
    const q = k.spawn({ parent: k.init, argv: ['nsenter'], behaviour: daemon(MiB) });
    k.setns(q, p, ['uts']);
    expect(q.ns.uts.hostname).toBe('demo');
    const types = k.listNamespaces().filter((n) => n.procs.includes(p)).map((n) => n.ns.type);
    expect(types.sort()).toEqual(['cgroup', 'ipc', 'mnt', 'net', 'pid', 'time', 'user', 'uts']);
  });
});

describe('cgroups v2', () => {
  it('OOM-kills the largest process past memory.max and counts it in memory.events', () => {
    const { k } = boot();
    const fs = k.hostFS;
    fs.mkdir('/sys/fs/cgroup/demo');
    fs.writeFile('/sys/fs/cgroup/demo/memory.max', '100M\n');
    expect(fs.readFile('/sys/fs/cgroup/demo/memory.max')).toBe('104857600\n');
    const small = k.spawn({ parent: k.init, argv: ['sh'], behaviour: daemon(MiB) });
    const hog = k.spawn({ parent: k.init, argv: ['stress'], behaviour: daemon(MiB) });
    fs.writeFile('/sys/fs/cgroup/demo/cgroup.procs', `${small.pid}\n`);
    fs.writeFile('/sys/fs/cgroup/demo/cgroup.procs', `${hog.pid}\n`);
    expect(fs.readFile('/sys/fs/cgroup/demo/cgroup.procs')).toBe(`${small.pid}\n${hog.pid}\n`);
    expect(fs.readFile('/sys/fs/cgroup/demo/memory.current')).toBe(`${2 * MiB}\n`);
    const ctx = k.context(hog);
    expect(ctx.alloc(50 * MiB)).toBe(true);
    expect(ctx.alloc(200 * MiB)).toBe(false);
    expect(hog.exitStatus).toBe(137);
    expect(hog.oomKilled).toBe(true);
    expect(small.alive).toBe(true);
    expect(fs.readFile('/sys/fs/cgroup/demo/memory.events')).toContain('oom_kill 1\n');
    expect(fs.readFile('/sys/fs/cgroup/demo/memory.peak')).toBe(`${252 * MiB}\n`);
    expect(fs.readFile('/sys/fs/cgroup/demo/memory.current')).toBe(`${MiB}\n`);
    expect(k.dmesg.at(-1)!.text).toMatch(/^Memory cgroup out of memory: Killed process \d+ \(stress\)/);
    expect(() => fs.writeFile('/sys/fs/cgroup/demo/memory.max', 'lots')).toThrow('Invalid argument');
  });

  it('lowering memory.max below usage kills at once', () => {
    const { k } = boot();
    const p = k.spawn({ parent: k.init, argv: ['app'], behaviour: daemon(30 * MiB) });
    const cg = k.cgroup('/app', true)!;
    k.moveToCgroup(p, cg);
    k.hostFS.writeFile('/sys/fs/cgroup/app/memory.max', '10M');
    expect(p.exitStatus).toBe(137);
  });
});

describe('VFS', () => {
  it('overlay: copy-up on write, whiteout on delete, lower layers untouched', () => {
    const lower = treeFromFiles({ 'etc/os-release': 'ID=debian\n', 'etc/motd': 'hi\n', 'usr/share/a/b': 'x' });
    const upper = new TreeFS('tmpfs');
    const o = new OverlayFS([lower], upper, () => 0);
    o.writeFile('/etc/os-release', 'ID=custom\n', { append: true });
    expect(o.readFile('/etc/os-release')).toBe('ID=debian\nID=custom\n');
    expect(lower.readFile('etc/os-release')).toBe('ID=debian\n');
    o.rm('/etc/motd');
    expect(o.readdir('/etc')).toEqual(['os-release']);
    expect(upper.lookupRaw('etc/motd')?.type).toBe('whiteout');
    expect(lower.readFile('etc/motd')).toBe('hi\n');
    o.rm('/usr/share/a', { recursive: true });
    o.mkdir('/usr/share/a');
    expect(o.readdir('/usr/share/a')).toEqual([]);
    expect(lower.readFile('usr/share/a/b')).toBe('x');
  });

  it('renders /proc/meminfo, /proc/mounts and the node network', () => {
    const { k } = boot();
    expect(k.hostFS.readFile('/proc/meminfo')).toMatch(/^MemTotal: +4194304 kB\n/);
    expect(k.hostFS.readFile('/proc/mounts')).toContain('cgroup2 /sys/fs/cgroup cgroup2 rw,nosuid,nodev,noexec,relatime,nsdelegate,memory_recursiveprot 0 0\n');
    expect(k.hostFS.readFile('/proc/self/status')).toContain('Name:\tsystemd\n');
    expect(k.init.ns.net.stack.devices.map((d) => `${d.name} ${d.addrs.map((a) => `${a.ip}/${a.prefix}`).join(',')}`)).toEqual(['lo 127.0.0.1/8', 'eth0 192.168.0.11/24', 'cni0 10.244.1.1/24']);
  });
});

describe('sockets', () => {
  it('localhost reaches listeners of the same network namespace only', () => {
    const { k } = boot();
    const srv = k.spawn({ parent: k.init, argv: ['srv'], newNamespaces: ['net'], behaviour: daemon(MiB) });
    k.context(srv).listen(8080, (req) => ({ body: `hello ${req.srcIP}` }));
    const sibling = k.spawn({ parent: k.init, argv: ['cli'], join: { net: srv.ns.net }, behaviour: daemon(MiB) });
    const r = k.connect(sibling, 'localhost', 8080);
    expect(r.ok && r.response.body).toBe('hello 127.0.0.1');
    expect(k.connect(k.init, 'localhost', 8080)).toMatchObject({ ok: false, error: 'ECONNREFUSED' });
    k.exit(srv, 0);
    expect(k.connect(sibling, '127.0.0.1', 8080)).toMatchObject({ ok: false, error: 'ECONNREFUSED' });
  });
});
