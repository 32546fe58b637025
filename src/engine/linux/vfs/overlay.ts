// overlayfs (fs/overlayfs): read-only lower layers (the image's, shared by every
// container of that image) under a writable upper dir that belongs to one
// container. Writes copy the file up; deletes leave a whiteout in the upper dir;
// a directory made over a whiteout is opaque. Lower layers are never modified.
import { FsError, type Stat } from '../../shell/fs.js';
import { newDir, newFile, splitPath, statOf, type Superblock, type TreeFS, type TreeNode } from './tree.js';

export class OverlayFS implements Superblock {
  readonly fsType = 'overlay';
  readonly mkdirAll = true;
  private readonly layers: TreeFS[];

  /** `lowers` top-most first, as in `lowerdir=l3:l2:l1`. */
  constructor(
    readonly lowers: TreeFS[],
    readonly upper: TreeFS,
    private readonly now: () => number,
  ) {
    this.layers = [upper, ...lowers];
  }

  /** The nodes that make up `path`, top layer first; empty when it does not exist. */
  private resolve(path: string): TreeNode[] {
    let cur: TreeNode[] = this.layers.map((l) => l.root);
    for (const part of splitPath(path)) {
      cur = this.step(cur, part);
      if (!cur.length) return cur;
    }
    return cur;
  }

  /** One component down the merged view: the nodes named `part` under `dirs` (top layer first). */
  private step(dirs: TreeNode[], part: string): TreeNode[] {
    const next: TreeNode[] = [];
    for (const dir of dirs) {
      if (dir.type !== 'dir') continue;
      const c = dir.children!.get(part);
      if (!c) {
        if (dir.opaque) break;
        continue;
      }
      if (c.type === 'whiteout') break;
      if (next.length && c.type !== 'dir') continue;
      next.push(c);
      if (c.type !== 'dir' || c.opaque) break;
    }
    return next;
  }

  private top(path: string): TreeNode | undefined {
    return this.resolve(path)[0];
  }

  readFile(path: string): string {
    const n = this.top(path);
    if (!n) throw new FsError('ENOENT', path);
    if (n.type === 'dir') throw new FsError('EISDIR', path);
    return n.data;
  }

  readdir(path: string): string[] {
    const nodes = this.resolve(path);
    if (!nodes.length) throw new FsError('ENOENT', path);
    if (nodes[0]!.type !== 'dir') throw new FsError('ENOTDIR', path);
    const seen = new Set<string>();
    const hidden = new Set<string>();
    for (const dir of nodes) {
      for (const [k, c] of dir.children!) {
        if (seen.has(k) || hidden.has(k)) continue;
        if (c.type === 'whiteout') hidden.add(k);
        else seen.add(k);
      }
    }
    return [...seen].sort();
  }

  stat(path: string): Stat | undefined {
    const n = this.top(path);
    return n ? statOf(n) : undefined;
  }

  /** Make sure every directory above `path` exists in the upper layer (copy-up of directories). */
  private copyUpParents(path: string): TreeNode {
    const parts = splitPath(path);
    parts.pop();
    let up = this.upper.root;
    // The merged view walked one component at a time (as resolve does), beside the upper dir.
    let cur: TreeNode[] = this.layers.map((l) => l.root);
    for (const part of parts) {
      cur = this.step(cur, part);
      const merged = cur[0];
      if (!merged) throw new FsError('ENOENT', path);
      if (merged.type !== 'dir') throw new FsError('ENOTDIR', path);
      let c = up.children!.get(part);
      if (!c || c.type === 'whiteout') {
        c = newDir(merged.mtimeMs, merged.mode);
        up.children!.set(part, c);
      }
      up = c;
    }
    return up;
  }

  private inLowers(path: string): boolean {
    const nodes = this.resolve(path);
    return nodes.some((n) => !this.isUpperNode(path, n));
  }

  private isUpperNode(path: string, n: TreeNode): boolean {
    return this.upper.lookupRaw(path) === n;
  }

  writeFile(path: string, data: string, opts: { append?: boolean } = {}): void {
    const existing = this.top(path);
    if (existing?.type === 'dir') throw new FsError('EISDIR', path);
    const dir = this.copyUpParents(path);
    const base = splitPath(path).pop()!;
    const up = dir.children!.get(base);
    if (up && up.type === 'file') {
      up.data = opts.append ? up.data + data : data;
      up.mtimeMs = this.now();
      return;
    }
    // Copy-up: the lower file's content comes along when appending.
    const prior = opts.append && existing ? existing.data : '';
    dir.children!.set(base, newFile(prior + data, this.now(), existing?.mode ?? 0o644));
  }

  mkdir(path: string, opts: { recursive?: boolean } = {}): void {
    if (opts.recursive) {
      const parts = splitPath(path);
      let cur: TreeNode[] = this.layers.map((l) => l.root);
      for (let i = 1; i <= parts.length; i++) {
        const next = this.step(cur, parts[i - 1]!);
        const n = next[0];
        if (n && n.type !== 'dir') throw new FsError('ENOTDIR', '/' + parts.slice(0, i).join('/'));
        if (n) {
          cur = next;
          continue;
        }
        // From the first missing directory down, everything is new (and only in the upper layer).
        const p = parts.slice(0, i).join('/');
        this.mkdir(p);
        cur = [this.upper.lookupRaw(p)!];
      }
      return;
    }
    if (this.top(path)) throw new FsError('EEXIST', path);
    const dir = this.copyUpParents(path);
    const base = splitPath(path).pop()!;
    const wasWhiteout = dir.children!.get(base)?.type === 'whiteout';
    const d = newDir(this.now());
    if (wasWhiteout) d.opaque = true;
    dir.children!.set(base, d);
  }

  rm(path: string, opts: { recursive?: boolean } = {}): void {
    const n = this.top(path);
    if (!n) throw new FsError('ENOENT', path);
    if (n.type === 'dir' && this.readdir(path).length && !opts.recursive) throw new FsError('ENOTEMPTY', path);
    const lower = this.inLowers(path);
    const dir = this.copyUpParents(path);
    const base = splitPath(path).pop()!;
    if (lower) dir.children!.set(base, { type: 'whiteout', data: '', children: undefined, mtimeMs: this.now(), mode: 0 });
    else dir.children!.delete(base);
  }

  usedBytes(): number {
    return this.upper.usedBytes();
  }
}
