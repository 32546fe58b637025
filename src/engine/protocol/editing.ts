// The host's side of the editor: the workstation's files for the editor's
// tabs, and `kubectl edit`'s wait for the student (like $EDITOR: the command
// blocks until the editor is closed). The Job a command gets ends when the
// UI answers `editor.saved` (the file now holds the new text) or
// `editor.closed` (unchanged, so kubectl says "Edit cancelled").
import type { FileSystem } from '../shell/fs.js';
import type { ProcessIO, ProgramResult } from '../shell/types.js';
import type { FileEntry, Push } from './messages.js';

export const homeDir = '/root';

function join(dir: string, name: string): string {
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

export function listFiles(fs: FileSystem, dir = homeDir): { dir: string; files: FileEntry[] } {
  const files: FileEntry[] = [];
  for (const name of fs.readdir(dir).sort()) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    const st = fs.stat(path);
    if (st?.type === 'file') files.push({ path, name, size: st.size });
  }
  return { dir, files };
}

export function writeFile(fs: FileSystem, path: string, content: string): FileEntry {
  fs.writeFile(path, content);
  return { path, name: path.slice(path.lastIndexOf('/') + 1), size: fs.stat(path)?.size ?? content.length };
}

interface EditSession {
  path: string;
  fs: FileSystem;
  done: boolean;
  wake(): void;
}

export class EditSessions {
  private readonly sessions = new Map<number, EditSession>();
  private next = 1;

  constructor(private readonly push: (p: Push) => void) {}

  /** KubectlDeps.edit: open `path` (holding `content`) in the browser's editor and wait. */
  open(path: string, content: string, io: ProcessIO): ProgramResult {
    const id = this.next++;
    const s: EditSession = { path, fs: io.fs, done: false, wake: () => io.wake() };
    this.sessions.set(id, s);
    this.push({ kind: 'editor.open', session: id, path, content });
    const sessions = this.sessions;
    return (function* () {
      try {
        while (!s.done) yield { kind: 'wake' as const };
        return 0;
      } finally {
        sessions.delete(id);
      }
    })();
  }

  saved(id: number, content: string): void {
    const s = this.get(id);
    s.fs.writeFile(s.path, content);
    this.finish(s);
  }

  closed(id: number): void {
    this.finish(this.get(id));
  }

  /** A reset cluster forgets its waiting commands. */
  clear(): void {
    this.sessions.clear();
    this.next = 1;
  }

  isOpen(id: number): boolean {
    return this.sessions.has(id);
  }

  private get(id: number): EditSession {
    const s = this.sessions.get(id);
    if (!s) throw new Error(`no edit session ${id} (the command that opened it has ended)`);
    return s;
  }

  private finish(s: EditSession): void {
    s.done = true;
    s.wake();
  }
}
