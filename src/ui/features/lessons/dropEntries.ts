// A folder dropped on the lesson pane: its files, found by walking the
// File and Directory Entries API (DataTransferItem.webkitGetAsEntry()), with
// their paths inside the drop (`my-pack/lessons/01/step.md`), for packSources.

/** The parts of FileSystemEntry used here (tests pass fakes). */
export interface DropEntry {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  /** `/my-pack/pack.yaml`: from the root of the drop. */
  fullPath: string;
  file?(ok: (f: File) => void, fail?: (e: unknown) => void): void;
  createReader?(): { readEntries(ok: (batch: DropEntry[]) => void, fail?: (e: unknown) => void): void };
}

export interface PathFile {
  path: string;
  file: File;
}

/** A pack has tens of files; a dropped home directory must not hang the page. */
export const maxDropFiles = 2000;

/**
 * The entries of a drop, taken while the drop event runs (the browser empties
 * the DataTransfer afterwards). Undefined when the browser has no entries API.
 */
export function dropEntries(dt: DataTransfer): DropEntry[] | undefined {
  const items = [...dt.items].filter((i) => i.kind === 'file');
  if (!items.length || typeof items[0]!.webkitGetAsEntry !== 'function') return undefined;
  return items.map((i) => i.webkitGetAsEntry() as DropEntry | null).filter((e): e is DropEntry => e !== null);
}

function fileOf(entry: DropEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file!(resolve, reject));
}

/** All of a folder's entries: readEntries gives them in batches (100 in Chromium) until an empty one. */
async function children(dir: DropEntry): Promise<DropEntry[]> {
  const reader = dir.createReader!();
  const all: DropEntry[] = [];
  for (;;) {
    const batch = await new Promise<DropEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (!batch.length) return all;
    all.push(...batch);
    if (all.length > maxDropFiles) return all;
  }
}

/** The files under the dropped entries, depth first; hidden files and folders (`.git`) are left out. */
export async function walkEntries(entries: DropEntry[]): Promise<PathFile[]> {
  const out: PathFile[] = [];
  const visit = async (e: DropEntry): Promise<void> => {
    if (out.length >= maxDropFiles || e.name.startsWith('.')) return;
    if (e.isDirectory && e.createReader) {
      for (const c of await children(e)) await visit(c);
    } else if (e.isFile && e.file) {
      out.push({ path: e.fullPath.replace(/^\/+/, '') || e.name, file: await fileOf(e) });
    }
  };
  for (const e of entries) await visit(e);
  return out;
}
