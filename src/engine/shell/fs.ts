// The file system a shell sees. The workstation uses MemoryFS; shells inside
// containers and on nodes will see the simulated kernel's VFS through the
// same interface.
import { utf8Length } from '../util/object.js';

export type FsErrorCode = 'ENOENT' | 'EISDIR' | 'ENOTDIR' | 'EEXIST' | 'ENOTEMPTY' | 'EACCES' | 'EROFS' | 'EINVAL' | 'ESRCH' | 'EBUSY';

const messages: Record<FsErrorCode, string> = {
  ENOENT: 'No such file or directory',
  EISDIR: 'Is a directory',
  ENOTDIR: 'Not a directory',
  EEXIST: 'File exists',
  ENOTEMPTY: 'Directory not empty',
  EACCES: 'Permission denied',
  EROFS: 'Read-only file system',
  EINVAL: 'Invalid argument',
  ESRCH: 'No such process',
  EBUSY: 'Device or resource busy',
};

export class FsError extends Error {
  constructor(
    readonly code: FsErrorCode,
    readonly path: string,
  ) {
    super(messages[code]);
    this.name = 'FsError';
  }
}

export interface Stat {
  type: 'file' | 'dir';
  size: number;
  mtimeMs: number;
  mode: number;
}

export interface FileSystem {
  readFile(path: string): string;
  writeFile(path: string, data: string, opts?: { append?: boolean }): void;
  readdir(path: string): string[];
  stat(path: string): Stat | undefined;
  mkdir(path: string, opts?: { recursive?: boolean }): void;
  rm(path: string, opts?: { recursive?: boolean }): void;
}

/** Normalise `path` against `cwd`, with `~` meaning `home`. */
export function resolvePath(cwd: string, path: string, home = '/root'): string {
  let p = path;
  if (p === '~' || p.startsWith('~/')) p = home + p.slice(1);
  if (!p.startsWith('/')) p = `${cwd}/${p}`;
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (!part || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return '/' + out.join('/');
}

interface Node {
  type: 'file' | 'dir';
  data: string;
  children: Map<string, Node>;
  mtimeMs: number;
  mode: number;
}

/** A small in-memory file system (the student's workstation). */
export class MemoryFS implements FileSystem {
  private root: Node = { type: 'dir', data: '', children: new Map(), mtimeMs: 0, mode: 0o755 };

  constructor(private readonly now: () => number = () => 0) {}

  private walk(path: string): Node | undefined {
    let n: Node | undefined = this.root;
    for (const part of path.split('/').filter(Boolean)) {
      if (!n || n.type !== 'dir') return undefined;
      n = n.children.get(part);
    }
    return n;
  }

  private parent(path: string): { dir: Node; base: string } {
    const parts = path.split('/').filter(Boolean);
    const base = parts.pop();
    if (!base) throw new FsError('EEXIST', path);
    const dir = this.walk('/' + parts.join('/'));
    if (!dir) throw new FsError('ENOENT', path);
    if (dir.type !== 'dir') throw new FsError('ENOTDIR', path);
    return { dir, base };
  }

  readFile(path: string): string {
    const n = this.walk(path);
    if (!n) throw new FsError('ENOENT', path);
    if (n.type === 'dir') throw new FsError('EISDIR', path);
    return n.data;
  }

  writeFile(path: string, data: string, opts: { append?: boolean } = {}): void {
    const { dir, base } = this.parent(path);
    const existing = dir.children.get(base);
    if (existing?.type === 'dir') throw new FsError('EISDIR', path);
    if (existing) {
      existing.data = opts.append ? existing.data + data : data;
      existing.mtimeMs = this.now();
    } else dir.children.set(base, { type: 'file', data, children: new Map(), mtimeMs: this.now(), mode: 0o644 });
  }

  readdir(path: string): string[] {
    const n = this.walk(path);
    if (!n) throw new FsError('ENOENT', path);
    if (n.type !== 'dir') throw new FsError('ENOTDIR', path);
    return [...n.children.keys()].sort();
  }

  stat(path: string): Stat | undefined {
    const n = this.walk(path);
    if (!n) return undefined;
    return { type: n.type, size: n.type === 'file' ? utf8Length(n.data) : 4096, mtimeMs: n.mtimeMs, mode: n.mode };
  }

  mkdir(path: string, opts: { recursive?: boolean } = {}): void {
    if (opts.recursive) {
      let cur = '';
      for (const part of path.split('/').filter(Boolean)) {
        cur += '/' + part;
        const n = this.walk(cur);
        if (n && n.type !== 'dir') throw new FsError('ENOTDIR', cur);
        if (!n) this.mkdir(cur);
      }
      return;
    }
    const { dir, base } = this.parent(path);
    if (dir.children.has(base)) throw new FsError('EEXIST', path);
    dir.children.set(base, { type: 'dir', data: '', children: new Map(), mtimeMs: this.now(), mode: 0o755 });
  }

  rm(path: string, opts: { recursive?: boolean } = {}): void {
    const { dir, base } = this.parent(path);
    const n = dir.children.get(base);
    if (!n) throw new FsError('ENOENT', path);
    if (n.type === 'dir' && n.children.size && !opts.recursive) throw new FsError('ENOTEMPTY', path);
    dir.children.delete(base);
  }

  /** Every file below `path` as path → content, for persistence and tests. */
  snapshot(path = '/'): Record<string, string> {
    const out: Record<string, string> = {};
    const visit = (p: string, n: Node) => {
      if (n.type === 'file') out[p] = n.data;
      else for (const [k, c] of n.children) visit(p === '/' ? `/${k}` : `${p}/${k}`, c);
    };
    const start = this.walk(path);
    if (start) visit(path, start);
    return out;
  }
}
