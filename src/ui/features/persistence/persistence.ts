// Keeps the lab across reloads: the engine's journal (what the student did, at
// which virtual time) is saved as it grows, with the virtual time and a digest
// of the store; on load the engine replays it headlessly and the page resumes.
// A saved lab that cannot be read or replayed is thrown away with a notice —
// the student gets a fresh lab, never a blank page.
import { create } from 'zustand';
import type { JournalEntry, Push, SavedLab } from '../../../engine/protocol/index.js';
import type { EngineClient } from '../../engine-client/client.js';
import { useLab } from '../../state/labStore.js';
import { useEditor } from '../editor/editorStore.js';
import { clearAll, getRecord, putRecord } from './labDb.js';

export type Notice = { kind: 'restored'; count: number } | { kind: 'discarded'; reason: string } | { kind: 'mismatch' };

export const usePersistence = create<{ notice?: Notice; dismiss(): void }>()((set) => ({
  dismiss: () => set({ notice: undefined }),
}));

interface EditorRecord {
  active?: string;
  drafts: Record<string, string>;
}

let restored: Promise<void> = Promise.resolve();

/** Resolves when a saved lab has been replayed (or there was none): terminals open after it. */
export function whenRestored(): Promise<void> {
  return restored;
}

function isSavedLab(x: unknown): x is SavedLab {
  const l = x as SavedLab | undefined;
  return !!l && l.version === 1 && typeof l.seed === 'number' && typeof l.now === 'number' && Array.isArray(l.entries) && l.entries.every((e) => typeof e?.at === 'number' && typeof e?.op === 'string');
}

async function restore(client: EngineClient): Promise<void> {
  let lab: unknown;
  let editor: EditorRecord | undefined;
  try {
    if ((await getRecord<boolean>('restoring')) === true) throw new Error('the last restore did not finish');
    lab = await getRecord('lab');
    editor = await getRecord<EditorRecord>('editor');
  } catch (e) {
    await discard(`${(e as Error).message}`);
    return;
  }
  if (lab === undefined) return;
  if (!isSavedLab(lab)) {
    await discard('the saved data is not a kubelab lab');
    return;
  }
  if (lab.entries.length === 0 && !editor) return;
  try {
    await putRecord('restoring', true);
    const r = await client.request('state.restore', { lab });
    await putRecord('restoring', false);
    useLab.getState().applySnapshot(r.snapshot);
    if (typeof lab.speed === 'number' && lab.speed !== r.snapshot.clock.speed) {
      const clock = await client.request('clock.setSpeed', { speed: lab.speed });
      useLab.setState({ clock });
    }
    if (editor && typeof editor.drafts === 'object') {
      for (const [path, draft] of Object.entries(editor.drafts)) {
        if (typeof draft === 'string') useEditor.getState().upsert({ path, name: path.slice(path.lastIndexOf('/') + 1), draft });
      }
      if (editor.active) useEditor.getState().setActive(editor.active);
    }
    usePersistence.setState({ notice: r.matches === false ? { kind: 'mismatch' } : { kind: 'restored', count: lab.entries.filter((e) => e.op === 'input').length } });
    journal = { ...lab, entries: [...lab.entries] };
  } catch (e) {
    await discard((e as Error).message);
    // The engine may hold a half-replayed cluster: start over from a fresh one.
    const s = await client.request('cluster.reset', {});
    useLab.getState().applySnapshot(s);
  }
}

async function discard(reason: string): Promise<void> {
  usePersistence.setState({ notice: { kind: 'discarded', reason } });
  try {
    await clearAll();
  } catch {
    // storage unusable: the lab works, unsaved
  }
}

let journal: SavedLab = { version: 1, seed: 1, entries: [], now: 0 };
let saveTimer: ReturnType<typeof setTimeout> | undefined;
let lastDigestAt = 0;

function scheduleSave(client: EngineClient, withDigest: boolean): void {
  if (saveTimer) return;
  saveTimer = setTimeout(() => {
    saveTimer = undefined;
    void save(client, withDigest);
  }, 300);
}

async function save(client: EngineClient, withDigest: boolean): Promise<void> {
  try {
    if (withDigest || Date.now() - lastDigestAt > 2000) {
      const { now, digest } = await client.request('state.digest', {});
      lastDigestAt = Date.now();
      journal.now = now;
      journal.digest = digest;
    } else {
      journal.now = useLab.getState().clock.now;
      journal.digest = undefined;
    }
    journal.speed = useLab.getState().clock.speed;
    await putRecord('lab', journal);
  } catch {
    // not saved this time; the next change tries again
  }
}

function onPushes(client: EngineClient, pushes: Push[]): void {
  let changed = false;
  for (const p of pushes) {
    if (p.kind === 'journal') {
      if (p.reset) {
        journal = { version: 1, seed: p.seed, workers: p.workers, entries: [], now: 0 };
        useEditor.setState({ files: [], active: undefined, markers: {} });
      }
      journal.seed = p.seed;
      journal.workers = p.workers;
      journal.entries.push(...(p.entries as JournalEntry[]));
      changed = true;
    } else if (p.kind === 'clock') changed = true;
  }
  if (changed) scheduleSave(client, false);
}

/** Restore the saved lab (if any), then keep saving. Call once, before the terminal opens. */
export function startPersistence(client: EngineClient): void {
  if (typeof indexedDB === 'undefined') return;
  restored = restore(client).catch(() => {});
  void restored.then(() => {
    client.subscribe((ps) => onPushes(client, ps));
    let editorTimer: ReturnType<typeof setTimeout> | undefined;
    useEditor.subscribe((s) => {
      clearTimeout(editorTimer);
      editorTimer = setTimeout(() => {
        const drafts: Record<string, string> = {};
        for (const f of s.files) if (f.draft !== undefined && f.editSession === undefined) drafts[f.path] = f.draft;
        void putRecord('editor', { active: s.active, drafts } satisfies EditorRecord).catch(() => {});
      }, 500);
    });
    // Save the clock once more when the tab goes away (best effort).
    addEventListener('pagehide', () => void save(client, false));
  });
}
