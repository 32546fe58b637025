// The mount table of a mount namespace (fs/namespace.c) and path resolution
// across it: the longest mountpoint prefix wins, the latest mount on the same
// target hides earlier ones. ProcessFS is the shell's FileSystem as one
// process sees it (its mount namespace; FsContext carries its PID for /proc).
import { FsError, type FileSystem, type Stat } from '../../shell/fs.js';
import { splitPath, type FsContext, type Superblock } from './tree.js';

export interface Mount {
  id: number;
  /** What /proc/mounts prints first: `overlay`, `proc`, `tmpfs`, `/dev/sda1`, `cgroup2`. */
  source: string;
  target: string;
  sb: Superblock;
  /** Directory of `sb` mounted here ('/' for the whole file system; a bind mount picks a sub-tree). */
  root: string;
  readonly: boolean;
  /** Options as /proc/mounts prints them after rw/ro, e.g. `relatime,lowerdir=…`. */
  options: string;
}

export function joinPath(a: string, b: string): string {
  return '/' + [...splitPath(a), ...splitPath(b)].join('/');
}

/** Whether `path` is absolute and already normal: no empty or '.' component, no trailing '/'. */
function isNormal(path: string): boolean {
  if (path.charCodeAt(0) !== 47) return false;
  if (path.length === 1) return true;
  return path.charCodeAt(path.length - 1) !== 47 && !path.endsWith('/.') && !path.includes('//') && !path.includes('/./');
}

/** `path` as an absolute normal path (joinPath('/', path)), without splitting one that already is. */
function normalize(path: string): string {
  return isNormal(path) ? path : '/' + splitPath(path).join('/');
}

/** The parent directory and last component of a normal path other than '/'. */
function parentAndBase(target: string): [string, string] {
  const i = target.lastIndexOf('/');
  return [i === 0 ? '/' : target.slice(0, i), target.slice(i + 1)];
}

/** A node of the mountpoint trie: one path component, the mounts stacked on it, its subdirectories with mountpoints. */
interface MountNode {
  /** byTarget's stack for this path (empty once all are unmounted). */
  stack: Mount[] | undefined;
  kids: Map<string, MountNode> | undefined;
}

/** Components of a normal absolute path: '/' is 0, '/a/b' is 2. */
function depthOf(target: string): number {
  if (target === '/') return 0;
  let d = 0;
  for (let i = 0; i < target.length; i++) if (target.charCodeAt(i) === 47) d++;
  return d;
}

const newNode = (): MountNode => ({ stack: undefined, kids: undefined });

export class MountTable {
  private readonly list: Mount[] = [];
  /** target → mounts stacked on it (last wins): resolution walks the path's prefixes, O(depth). */
  private readonly byTarget = new Map<string, Mount[]>();
  /** directory → names of mountpoints directly below it, with how many mounts each holds. */
  private readonly children = new Map<string, Map<string, number>>();
  /**
   * Mounts promised but not made yet: a container's /proc, /dev, /sys, … are built the
   * first time something resolves a path under one of `targets` or reads the table
   * (most containers of a big cluster are never looked into). The result is the same
   * table, ids and times included: the caller reserves the ids and freezes the clock.
   */
  private pending: { targets: Set<string>; depths: number[]; build: () => void } | undefined;
  /** Mountpoints by path component: resolution walks the path from '/' while there are mountpoints deeper. */
  private readonly trie: MountNode = newNode();

  constructor(private readonly nextId: () => number) {}

  /** Promise mounts on `targets` (normalized absolute paths), made by `build` on first need. */
  defer(targets: string[], build: () => void): void {
    this.settle();
    // Promised targets stay out of the trie (a container's table is mostly never looked into):
    // resolution checks the path's prefixes at the depths they have.
    const set = new Set(targets);
    this.pending = { targets: set, depths: [...new Set([...set].map(depthOf))].sort((a, b) => b - a), build };
  }

  private settle(): void {
    const p = this.pending;
    if (!p) return;
    this.pending = undefined;
    p.build();
  }

  /** The trie node of a normal path, made on the way. */
  private node(target: string): MountNode {
    let n = this.trie;
    for (let start = 1; start < target.length; ) {
      let end = target.indexOf('/', start);
      if (end < 0) end = target.length;
      const seg = target.slice(start, end);
      let c = n.kids?.get(seg);
      if (!c) (n.kids ??= new Map()).set(seg, (c = newNode()));
      n = c;
      start = end + 1;
    }
    return n;
  }

  get mounts(): readonly Mount[] {
    this.settle();
    return this.list;
  }

  mount(m: Omit<Mount, 'id' | 'target' | 'root'> & { target: string; root?: string; id?: number }): Mount {
    this.settle();
    return this.place(m);
  }

  /** mount(2) without settling promised mounts (the deferred build itself places them). */
  place(m: Omit<Mount, 'id' | 'target' | 'root'> & { target: string; root?: string; id?: number }): Mount {
    const mount: Mount = { ...m, id: m.id ?? this.nextId(), target: normalize(m.target), root: m.root ?? '/' };
    this.add(mount);
    return mount;
  }

  private add(mount: Mount): void {
    this.list.push(mount);
    let stack = this.byTarget.get(mount.target);
    if (!stack) {
      this.byTarget.set(mount.target, (stack = []));
      this.node(mount.target).stack = stack;
    }
    stack.push(mount);
    if (mount.target === '/') return;
    const [parent, base] = parentAndBase(mount.target);
    let names = this.children.get(parent);
    if (!names) this.children.set(parent, (names = new Map()));
    names.set(base, (names.get(base) ?? 0) + 1);
  }

  /** umount: the most recent mount on `target`; false when none. */
  umount(target: string): boolean {
    this.settle();
    const t = normalize(target);
    const stack = this.byTarget.get(t);
    const m = stack?.pop();
    if (!m) return false;
    if (!stack!.length) this.byTarget.delete(t);
    this.list.splice(this.list.lastIndexOf(m), 1);
    if (t !== '/') {
      const [parent, base] = parentAndBase(t);
      const names = this.children.get(parent)!;
      const n = (names.get(base) ?? 1) - 1;
      if (n) names.set(base, n);
      else names.delete(base);
    }
    return true;
  }

  /** A copy for a new mount namespace (CLONE_NEWNS copies the parent's mounts). */
  clone(nextId: () => number): MountTable {
    this.settle();
    const t = new MountTable(nextId);
    for (const m of this.list) t.add({ ...m, id: nextId() });
    return t;
  }

  resolve(path: string): { mount: Mount; rel: string } {
    const norm = normalize(path);
    if (this.pending && this.underPending(norm)) {
      this.settle();
      return this.resolve(path);
    }
    // Walk the path's components down the trie while mountpoints lie deeper; the deepest
    // mountpoint passed (made or promised) is the one the path is under.
    let n = this.trie;
    let best = n.stack?.length ? n : undefined;
    let bestEnd = 0;
    for (let start = 1; n.kids !== undefined && start < norm.length; ) {
      let end = norm.indexOf('/', start);
      if (end < 0) end = norm.length;
      const c = n.kids.get(norm.slice(start, end));
      if (c === undefined) break;
      n = c;
      if (c.stack?.length) {
        best = c;
        bestEnd = end;
      }
      start = end + 1;
    }
    if (!best) throw new FsError('ENOENT', path);
    const mount = best.stack![best.stack!.length - 1]!;
    const below = bestEnd === 0 ? norm : bestEnd === norm.length ? '/' : norm.slice(bestEnd);
    return { mount, rel: mount.root === '/' ? below : joinPath(mount.root, below) };
  }

  /** Whether a promised mount's target is `norm` or one of its parents. */
  private underPending(norm: string): boolean {
    const { targets, depths } = this.pending!;
    let depth = 0;
    if (norm.length > 1) for (let i = 0; i < norm.length; i++) if (norm.charCodeAt(i) === 47) depth++;
    let end = norm.length;
    for (const d of depths) {
      if (d > depth) continue;
      for (; depth > d; depth--) end = norm.lastIndexOf('/', end - 1);
      if (targets.has(d === 0 ? '/' : norm.slice(0, end))) return true;
    }
    return false;
  }

  /** Names of mountpoints directly below `path` (they show in its listing even on an empty rootfs). */
  childMountpoints(path: string): string[] {
    this.settle();
    return [...(this.children.get(normalize(path))?.keys() ?? [])];
  }

  isMountpoint(path: string): boolean {
    const t = normalize(path);
    // A promised mount's target is a mountpoint already; no need to build it to say so.
    return this.pending?.targets.has(t) || this.byTarget.has(t);
  }

  /** /proc/mounts lines. */
  render(): string {
    return this.mounts.map((m) => `${m.source} ${m.target} ${m.sb.fsType} ${m.readonly ? 'ro' : 'rw'}${m.options ? ',' + m.options : ''} 0 0\n`).join('');
  }
}

/** The file system as process `pid` sees it. */
export class ProcessFS implements FileSystem {
  constructor(
    private readonly table: () => MountTable,
    private readonly ctx: FsContext,
  ) {}

  private at(path: string) {
    return this.table().resolve(path);
  }

  private writable(path: string) {
    const r = this.at(path);
    if (r.mount.readonly) throw new FsError('EROFS', path);
    return r;
  }

  private wrap<T>(path: string, fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      // Report the path the program used, not the path inside the file system.
      if (e instanceof FsError && e.path !== path) throw new FsError(e.code, path);
      throw e;
    }
  }

  readFile(path: string): string {
    const { mount, rel } = this.at(path);
    return this.wrap(path, () => mount.sb.readFile(rel, this.ctx));
  }

  writeFile(path: string, data: string, opts: { append?: boolean } = {}): void {
    const { mount, rel } = this.writable(path);
    this.wrap(path, () => mount.sb.writeFile(rel, data, opts, this.ctx));
  }

  readdir(path: string): string[] {
    const { mount, rel } = this.at(path);
    const names = this.wrap(path, () => mount.sb.readdir(rel, this.ctx));
    const extra = this.table().childMountpoints(path).filter((n) => !names.includes(n));
    return extra.length ? [...names, ...extra].sort() : names;
  }

  stat(path: string): Stat | undefined {
    const { mount, rel } = this.at(path);
    const s = mount.sb.stat(rel, this.ctx);
    if (!s && this.table().isMountpoint(path)) return { type: 'dir', size: 4096, mtimeMs: 0, mode: 0o755 };
    return s;
  }

  mkdir(path: string, opts: { recursive?: boolean } = {}): void {
    if (opts.recursive) {
      // Every prefix of `path` deeper than its mount's target lies in that one file system
      // (the longest mountpoint prefix won), so it can make them all in one walk.
      const { mount, rel } = this.at(path);
      if (mount.sb.mkdirAll && !mount.readonly) {
        try {
          mount.sb.mkdir(rel, { recursive: true }, this.ctx);
          return;
        } catch (e) {
          // The component-by-component walk below reports the error exactly (which prefix is not a directory).
          if (!(e instanceof FsError)) throw e;
        }
      }
      const parts = splitPath(path);
      for (let i = 1; i <= parts.length; i++) {
        const p = '/' + parts.slice(0, i).join('/');
        const s = this.stat(p);
        if (s && s.type !== 'dir') throw new FsError('ENOTDIR', p);
        if (!s) this.mkdir(p);
      }
      return;
    }
    const { mount, rel } = this.writable(path);
    this.wrap(path, () => mount.sb.mkdir(rel, {}, this.ctx));
  }

  rm(path: string, opts: { recursive?: boolean } = {}): void {
    if (this.table().isMountpoint(path)) throw new FsError('EBUSY', path);
    const { mount, rel } = this.writable(path);
    this.wrap(path, () => mount.sb.rm(rel, opts, this.ctx));
  }

  /** Target of a symbolic link (`/proc/self`, `/proc/<pid>/ns/net`, `/proc/<pid>/exe`), undefined for anything else. */
  readlink(path: string): string | undefined {
    const { mount, rel } = this.at(path);
    return mount.sb.readlink?.(rel, this.ctx);
  }

  /** The mount holding `path` (for df and mount). */
  mountOf(path: string): { mount: Mount; rel: string } {
    return this.at(path);
  }

  /** mountOf and stat in one resolution (a bind mount's source: where it lives and what it is). */
  statWithMount(path: string): { mount: Mount; rel: string; stat: Stat | undefined } {
    const { mount, rel } = this.at(path);
    const s = mount.sb.stat(rel, this.ctx);
    return { mount, rel, stat: !s && this.table().isMountpoint(path) ? { type: 'dir', size: 4096, mtimeMs: 0, mode: 0o755 } : s };
  }
}
