import { describe, expect, it } from 'vitest';
import { MountTable } from './mounts.js';
import { TreeFS } from './tree.js';

describe('MountTable.resolve', () => {
  const table = () => {
    let id = 1;
    const t = new MountTable(() => id++);
    const fs = (name: string) => new TreeFS(name);
    t.mount({ source: '/dev/sda1', target: '/', sb: fs('ext4'), readonly: false, options: '' });
    t.mount({ source: 'proc', target: '/proc', sb: fs('proc'), readonly: false, options: '' });
    t.mount({ source: 'overlay', target: '/run/containerd/task/k8s.io/abc/rootfs', sb: fs('overlay'), readonly: false, options: '' });
    return t;
  };
  const at = (t: MountTable, p: string) => {
    const r = t.resolve(p);
    return `${r.mount.source} ${r.rel}`;
  };

  it('picks the deepest mountpoint on the path, at any depth, and the path inside it', () => {
    const t = table();
    expect(at(t, '/')).toBe('/dev/sda1 /');
    expect(at(t, '/etc/hosts')).toBe('/dev/sda1 /etc/hosts');
    expect(at(t, '/proc/1/status')).toBe('proc /1/status');
    expect(at(t, '/run/containerd/task/k8s.io/abc/rootfs/etc/nginx/nginx.conf')).toBe('overlay /etc/nginx/nginx.conf');
    expect(at(t, '/run/containerd/task/k8s.io/abc/rootfs')).toBe('overlay /');
    expect(at(t, '/run/containerd/task/k8s.io/abc')).toBe('/dev/sda1 /run/containerd/task/k8s.io/abc');
    expect(at(t, '//run/./containerd/task/k8s.io/abc/rootfs/x')).toBe('overlay /x');
  });

  it('normalises only what needs it: trailing slashes, dots, doubled slashes, relative paths, mount targets', () => {
    const t = table();
    const cases: [string, string][] = [
      ['/proc/', 'proc /'],
      ['/proc/.', 'proc /'],
      ['proc/1', 'proc /1'],
      ['/proc//1/', 'proc /1'],
      ['/run/containerd/task/k8s.io/abc/rootfs/', 'overlay /'],
      ['/run/containerd/task/k8s.io/abc/rootfsx', '/dev/sda1 /run/containerd/task/k8s.io/abc/rootfsx'],
      ['/pro', '/dev/sda1 /pro'],
    ];
    for (const [path, want] of cases) expect(at(t, path)).toBe(want);
    t.mount({ source: 'tmpfs', target: 'mnt//x/', sb: new TreeFS('tmpfs'), readonly: false, options: '' });
    expect(at(t, '/mnt/x/y')).toBe('tmpfs /y');
    expect(t.childMountpoints('/mnt/')).toEqual(['x']);
    expect(t.isMountpoint('/mnt/x/')).toBe(true);
    expect(t.umount('mnt/x')).toBe(true);
    expect(t.childMountpoints('/mnt')).toEqual([]);
  });

  it('falls back to the mount below after umount, and sees new mounts at new depths', () => {
    const t = table();
    t.umount('/run/containerd/task/k8s.io/abc/rootfs');
    expect(at(t, '/run/containerd/task/k8s.io/abc/rootfs/x')).toBe('/dev/sda1 /run/containerd/task/k8s.io/abc/rootfs/x');
    t.mount({ source: 'tmpfs', target: '/a/b/c/d/e/f/g/h', sb: new TreeFS('tmpfs'), readonly: false, options: '', root: '/sub' });
    expect(at(t, '/a/b/c/d/e/f/g/h/i')).toBe('tmpfs /sub/i');
    expect(at(t, '/a/b/c/d/e/f/g')).toBe('/dev/sda1 /a/b/c/d/e/f/g');
  });

  it('builds promised mounts when a path under one of them is resolved', () => {
    const t = table();
    let built = 0;
    t.defer(['/data/deep/volume'], () => {
      built++;
      t.place({ source: 'bind', target: '/data/deep/volume', sb: new TreeFS('ext4'), readonly: true, options: '', root: '/srv' });
    });
    expect(at(t, '/data/other')).toBe('/dev/sda1 /data/other');
    expect(built).toBe(0);
    expect(t.isMountpoint('/data/deep/volume')).toBe(true);
    expect(built).toBe(0);
    expect(at(t, '/data/deep/volume/f')).toBe('bind /srv/f');
    expect(built).toBe(1);
    expect(t.mounts.map((m) => m.target)).toEqual(['/', '/proc', '/run/containerd/task/k8s.io/abc/rootfs', '/data/deep/volume']);
  });
});
