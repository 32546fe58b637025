// The lesson pane's state: the pack (or its problems), the lesson and the step
// being read, the engine's progress pushes, hints and answers (kept in IndexedDB).
import { create } from 'zustand';
import type { LessonProgressState, SetupFailure } from '../../../engine/protocol/index.js';
import { lessonSpec } from '../../../lessons/spec.js';
import type { Pack, PackProblem } from '../../../lessons/types.js';
import type { EngineClient } from '../../engine-client/client.js';
import { useLab } from '../../state/labStore.js';
import { loadBuiltinPack } from './builtinPack.js';
import { loadRecord, recordKey, saveRecord, type LessonRecord } from './progressDb.js';

export interface LessonPaneState {
  source: string;
  pack?: Pack;
  problems: PackProblem[];
  loadError?: string;
  lesson?: number;
  view: number;
  progress?: LessonProgressState;
  setupFailures: SetupFailure[];
  record?: LessonRecord;
  starting: boolean;
  /** A pack was asked for (files, a URL, the picker): the default course no longer comes by itself. */
  chosen: boolean;
  /** A pack from files (a folder, a .zip, a URL): the loader (yaml, ajv) is fetched on first use. */
  setFiles(files: Record<string, string>, source: string): Promise<void>;
  /** The built-in course, compiled at build time; its chunk is fetched on first use. `asDefault`: only if no pack was asked for. */
  setBuiltin(asDefault?: boolean): Promise<void>;
  setLoadError(source: string, message: string): void;
  start(engine: EngineClient, lesson: number): Promise<void>;
  /** Pick up the lesson the engine is already checking (after a reload restored the lab). */
  adopt(engine: EngineClient): Promise<void>;
  leave(engine: EngineClient): Promise<void>;
  goTo(engine: EngineClient, step: number): Promise<void>;
  setView(step: number): void;
  onProgress(p: LessonProgressState): void;
  revealHint(stepId: string): void;
  answer(stepId: string, choice: number): void;
}

function emptyRecord(pack: Pack, lesson: string): LessonRecord {
  return { key: recordKey(pack.id, lesson), pack: pack.id, packVersion: pack.version, lesson, completed: [], hints: {}, answers: {}, updatedAt: new Date().toISOString() };
}

export const useLessons = create<LessonPaneState>()((set, get) => {
  // The latest choice of pack wins: one that arrives after a later choice is dropped.
  let choice = 0;
  const persist = (r: LessonRecord) => {
    const next = { ...r, updatedAt: new Date().toISOString() };
    set({ record: next });
    void saveRecord(next);
  };
  return {
    source: '',
    problems: [],
    view: 0,
    setupFailures: [],
    starting: false,
    chosen: false,

    setFiles: async (files, source) => {
      const mine = ++choice;
      set({ chosen: true });
      const { loadPack } = await import('../../../lessons/load.js');
      const { pack, problems } = loadPack(files);
      if (mine === choice) set({ source, pack, problems, loadError: undefined, lesson: undefined, view: 0, progress: undefined, record: undefined });
    },

    setBuiltin: async (asDefault = false) => {
      // The default course never replaces a pack the student asked for, even one still loading.
      if (asDefault && get().chosen) return;
      const mine = ++choice;
      if (!asDefault) set({ chosen: true });
      let course;
      try {
        course = await loadBuiltinPack();
      } catch (e) {
        if (mine === choice) get().setLoadError('builtin', (e as Error).message);
        return;
      }
      const { pack, problems } = course;
      if (mine === choice) set({ source: 'builtin', pack, problems, loadError: undefined, lesson: undefined, view: 0, progress: undefined, record: undefined });
    },

    setLoadError: (source, message) => {
      choice++;
      set({ chosen: true, source, pack: undefined, problems: [], loadError: message, lesson: undefined, progress: undefined });
    },

    start: async (engine, index) => {
      const pack = get().pack;
      const lesson = pack?.lessons[index];
      if (!pack || !lesson) return;
      set({ lesson: index, view: 0, progress: undefined, setupFailures: [], starting: true });
      const record = (await loadRecord(pack.id, lesson.id)) ?? emptyRecord(pack, lesson.id);
      set({ record });
      try {
        const r = await engine.request('lesson.start', { spec: lessonSpec(lesson) });
        useLab.getState().applySnapshot(await engine.request('state.snapshot', {}));
        set({ progress: r.progress, setupFailures: r.setupFailures, starting: false });
      } catch (e) {
        set({ starting: false, setupFailures: [{ what: lesson.id, output: (e as Error).message, exitCode: 1 }] });
      }
    },

    adopt: async (engine) => {
      const { pack, lesson: selected } = get();
      if (!pack || selected !== undefined) return;
      const progress = await engine.request('lesson.state', {}).catch(() => null);
      const index = progress ? pack.lessons.findIndex((l) => l.id === progress.lesson) : -1;
      if (!progress || index < 0 || get().lesson !== undefined) return;
      const lesson = pack.lessons[index]!;
      const record = (await loadRecord(pack.id, lesson.id)) ?? emptyRecord(pack, lesson.id);
      set({ lesson: index, progress, view: Math.min(progress.current, lesson.steps.length - 1), record, setupFailures: [] });
    },

    leave: async (engine) => {
      set({ lesson: undefined, progress: undefined, view: 0 });
      await engine.request('lesson.stop', {}).catch(() => null);
    },

    goTo: async (engine, step) => {
      const progress = await engine.request('lesson.goto', { step });
      set({ progress, view: step });
    },

    setView: (view) => set({ view }),

    onProgress: (p) => {
      const { pack, lesson, record, view, progress: before } = get();
      const l = lesson !== undefined ? pack?.lessons[lesson] : undefined;
      if (!l || l.id !== p.lesson) return;
      // Follow the student to the next step when the one being read is done.
      const follow = before && view === before.current && p.current > before.current && p.current < p.steps.length;
      set({ progress: p, ...(follow ? { view: p.current } : {}) });
      const done = p.steps.filter((s) => s.done).map((s) => s.id);
      if (record && done.some((id) => !record.completed.includes(id))) persist({ ...record, completed: [...new Set([...record.completed, ...done])] });
    },

    revealHint: (stepId) => {
      const r = get().record;
      if (r) persist({ ...r, hints: { ...r.hints, [stepId]: (r.hints[stepId] ?? 0) + 1 } });
    },

    answer: (stepId, choice) => {
      const r = get().record;
      if (r) persist({ ...r, answers: { ...r.answers, [stepId]: choice } });
    },
  };
});
