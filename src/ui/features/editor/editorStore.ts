// The editor's state: the workstation's files as tabs, each with the text on
// disk (as last read) and the student's draft, the active tab, API-error
// markers per file and `kubectl edit` sessions waiting on a file; whether the
// editor is shown or folded to its tab strip (the terminal then has the room).
import { create } from 'zustand';
import type { EditorMarker, FileEntry } from '../../../engine/protocol/index.js';

export interface OpenFile {
  path: string;
  name: string;
  /** The text on disk as last read or written; undefined until read. */
  saved?: string;
  /** The student's text, when it differs from `saved`. */
  draft?: string;
  /** A `kubectl edit` waiting for this file. */
  editSession?: number;
}

export interface EditorState {
  files: OpenFile[];
  active?: string;
  markers: Record<string, EditorMarker[]>;
  /** The editor is shown; else only its tab strip (kept across reloads, read before the first paint). */
  expanded: boolean;
  setExpanded(expanded: boolean): void;
  /** Make `path` the active tab and show the editor (a tab clicked, a new file, `kubectl edit`, a lesson's file). */
  openFile(path: string): void;
  setListing(entries: FileEntry[]): void;
  upsert(f: OpenFile): void;
  remove(path: string): void;
  setActive(path: string | undefined): void;
  setDraft(path: string, text: string): void;
  setSaved(path: string, text: string): void;
  setMarkers(path: string, markers: EditorMarker[]): void;
}

const expandedKey = 'kubelab.editor.expanded';

function readExpanded(): boolean {
  try {
    return localStorage.getItem(expandedKey) === 'true';
  } catch {
    return false;
  }
}

function writeExpanded(expanded: boolean): void {
  try {
    localStorage.setItem(expandedKey, String(expanded));
  } catch {
    // not kept; this page still follows it
  }
}

export function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export const useEditor = create<EditorState>()((set) => ({
  files: [],
  markers: {},
  expanded: readExpanded(),
  setExpanded: (expanded) => {
    writeExpanded(expanded);
    set({ expanded });
  },
  openFile: (path) => {
    writeExpanded(true);
    set({ active: path, expanded: true });
  },
  setListing: (entries) =>
    set((s) => {
      const paths = new Set(entries.map((e) => e.path));
      // Files deleted on disk go, unless the student has unsaved work or an edit waits on them.
      const kept = s.files.filter((f) => paths.has(f.path) || f.draft !== undefined || f.editSession !== undefined);
      const known = new Set(kept.map((f) => f.path));
      const added = entries.filter((e) => !known.has(e.path)).map((e) => ({ path: e.path, name: e.name }));
      const files = [...kept, ...added];
      const active = s.active && files.some((f) => f.path === s.active) ? s.active : files[0]?.path;
      return { files, active };
    }),
  upsert: (f) =>
    set((s) => {
      const i = s.files.findIndex((x) => x.path === f.path);
      const files = i < 0 ? [...s.files, f] : s.files.map((x, j) => (j === i ? { ...x, ...f } : x));
      return { files };
    }),
  remove: (path) =>
    set((s) => {
      const files = s.files.filter((f) => f.path !== path);
      return { files, active: s.active === path ? files[0]?.path : s.active };
    }),
  setActive: (active) => set({ active }),
  setDraft: (path, text) => set((s) => ({ files: s.files.map((f) => (f.path === path ? { ...f, draft: text === f.saved ? undefined : text } : f)) })),
  setSaved: (path, text) => set((s) => ({ files: s.files.map((f) => (f.path === path ? { ...f, saved: text, draft: undefined } : f)) })),
  setMarkers: (path, markers) => set((s) => ({ markers: { ...s.markers, [path]: markers } })),
}));
