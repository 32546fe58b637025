// A plain in-memory file tree: what ext4 on the node's disk, a tmpfs, or one
// image layer is here. Paths are relative to the tree's root ('/' = root).
// Overlay whiteouts are recorded as `whiteout` nodes (char device 0/0 upstream).
import { FsError } from '../../shell/fs.js';
import type { Stat } from '../../shell/fs.js';
import { utf8Length } from '../../util/object.js';

export interface TreeNode {
  type: 'file' | 'dir' | 'whiteout';
  data: string;
  children: Map<string, TreeNode> | undefined;
  mtimeMs: number;
  mode: number;
  /** overlayfs "trusted.overlay.opaque": lower directories are hidden below this one. */
  opaque?: boolean;
}

export function splitPath(path: string): string[] {
  const parts = path.split('/');
  // Most paths are already clean ("/var/lib/x"): drop the leading "" without a second array.
  let clean = true;
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i]!;
    if (p === '' || p === '.') {
      clean = false;
      break;
    }
  }
  if (clean && parts[0] === '') {
    parts.shift();
    return parts;
  }
  return parts.filter((p) => p && p !== '.');
}

export function newDir(mtimeMs = 0, mode = 0o755): TreeNode {
  return { type: 'dir', data: '', children: new Map(), mtimeMs, mode };
}

export function newFile(data: string, mtimeMs = 0, mode = 0o644): TreeNode {
  return { type: 'file', data, children: undefined, mtimeMs, mode };
}

/** Context of a file operation: which host process asks (procfs and cgroupfs answer per viewer). */
export interface FsContext {
  pid: number;
}

/** A mounted file system's operations, on paths relative to its own root. */
export interface Superblock {
  readonly fsType: string;
  readFile(path: string, ctx: FsContext): string;
  writeFile(path: string, data: string, opts: { append?: boolean }, ctx: FsContext): void;
  readdir(path: string, ctx: FsContext): string[];
  stat(path: string, ctx: FsContext): Stat | undefined;
  mkdir(path: string, opts: { recursive?: boolean }, ctx: FsContext): void;
  rm(path: string, opts: { recursive?: boolean }, ctx: FsContext): void;
  /** Symlink target, for /proc/<pid>/ns/* and /proc/self. */
  readlink?(path: string, ctx: FsContext): string | undefined;
  /** Total bytes stored, for df. */
  usedBytes?(): number;
  /** mkdir(…, {recursive: true}) creates the missing directories top-down, failing at the first non-directory. */
  readonly mkdirAll?: boolean;
}

export function statOf(n: TreeNode): Stat {
  return { type: n.type === 'dir' ? 'dir' : 'file', size: n.type === 'file' ? utf8Length(n.data) : 4096, mtimeMs: n.mtimeMs, mode: n.mode };
}

/** tmpfs / ext4 / a layer: a tree of nodes. */
export class TreeFS implements Superblock {
  readonly root: TreeNode;
  readonly mkdirAll = true;

  constructor(
    readonly fsType: string,
    private readonly now: () => number = () => 0,
    root?: TreeNode,
  ) {
    this.root = root ?? newDir(now());
  }

  lookup(path: string): TreeNode | undefined {
    const parts = splitPath(path);
    const n = this.walk(parts, parts.length);
    return n && n.type !== 'whiteout' ? n : undefined;
  }

  /** The node `parts[0..end)` leads to, whiteouts included. */
  private walk(parts: readonly string[], end: number): TreeNode | undefined {
    let n: TreeNode | undefined = this.root;
    for (let i = 0; i < end; i++) {
      if (!n || n.type !== 'dir') return undefined;
      n = n.children!.get(parts[i]!);
    }
    return n;
  }

  /** The raw node, whiteouts included (overlay needs to see them). */
  lookupRaw(path: string): TreeNode | undefined {
    const parts = splitPath(path);
    return this.walk(parts, parts.length);
  }

  private parentOf(path: string): { dir: TreeNode; base: string } {
    const parts = splitPath(path);
    const base = parts[parts.length - 1];
    if (base === undefined) throw new FsError('EEXIST', path);
    const dir = this.walk(parts, parts.length - 1);
    if (!dir || dir.type === 'whiteout') throw new FsError('ENOENT', path);
    if (dir.type !== 'dir') throw new FsError('ENOTDIR', path);
    return { dir, base };
  }

  readFile(path: string): string {
    const n = this.lookup(path);
    if (!n) throw new FsError('ENOENT', path);
    if (n.type === 'dir') throw new FsError('EISDIR', path);
    return n.data;
  }

  writeFile(path: string, data: string, opts: { append?: boolean } = {}): void {
    const { dir, base } = this.parentOf(path);
    const existing = dir.children!.get(base);
    if (existing?.type === 'dir') throw new FsError('EISDIR', path);
    if (existing && existing.type === 'file') {
      existing.data = opts.append ? existing.data + data : data;
      existing.mtimeMs = this.now();
    } else dir.children!.set(base, newFile(data, this.now()));
  }

  readdir(path: string): string[] {
    const n = this.lookup(path);
    if (!n) throw new FsError('ENOENT', path);
    if (n.type !== 'dir') throw new FsError('ENOTDIR', path);
    const out: string[] = [];
    for (const [k, c] of n.children!) if (c.type !== 'whiteout') out.push(k);
    return out.sort();
  }

  stat(path: string): Stat | undefined {
    const n = this.lookup(path);
    return n ? statOf(n) : undefined;
  }

  mkdir(path: string, opts: { recursive?: boolean } = {}): void {
    if (opts.recursive) {
      let n = this.root;
      let cur = '';
      for (const part of splitPath(path)) {
        cur += '/' + part;
        let c = n.children!.get(part);
        if (c && c.type === 'file') throw new FsError('ENOTDIR', cur);
        if (!c || c.type === 'whiteout') {
          c = newDir(this.now());
          n.children!.set(part, c);
        }
        n = c;
      }
      return;
    }
    const { dir, base } = this.parentOf(path);
    const c = dir.children!.get(base);
    if (c && c.type !== 'whiteout') throw new FsError('EEXIST', path);
    dir.children!.set(base, newDir(this.now()));
  }

  rm(path: string, opts: { recursive?: boolean } = {}): void {
    const { dir, base } = this.parentOf(path);
    const n = dir.children!.get(base);
    if (!n || n.type === 'whiteout') throw new FsError('ENOENT', path);
    if (n.type === 'dir' && [...n.children!.values()].some((c) => c.type !== 'whiteout') && !opts.recursive) {
      throw new FsError('ENOTEMPTY', path);
    }
    dir.children!.delete(base);
  }

  usedBytes(): number {
    let total = 0;
    const visit = (n: TreeNode) => {
      if (n.type === 'file') total += n.data.length;
      else if (n.children) for (const c of n.children.values()) visit(c);
    };
    visit(this.root);
    return total;
  }
}

/** Build a tree from path → content (directories are created as needed; a path ending in '/' is a directory). */
export function treeFromFiles(files: Record<string, string>, mtimeMs = 0): TreeFS {
  const fs = new TreeFS('layer', () => mtimeMs);
  for (const [path, data] of Object.entries(files)) {
    const parts = splitPath(path);
    if (path.endsWith('/')) {
      fs.mkdir(parts.join('/'), { recursive: true });
      continue;
    }
    if (parts.length > 1) fs.mkdir(parts.slice(0, -1).join('/'), { recursive: true });
    fs.writeFile(parts.join('/'), data);
    if (/^(usr\/)?s?bin\/|\/bin\//.test(parts.join('/')) || path.endsWith('.sh')) fs.lookup(parts.join('/'))!.mode = 0o755;
  }
  return fs;
}
