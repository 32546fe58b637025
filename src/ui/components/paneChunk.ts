// A pane whose code is a chunk of its own (issue 5: the page's JavaScript before
// the terminal's first answer). The chunk is imported once, by whichever comes
// first: the schedule after the first answer, the student reaching for the pane,
// or a restored lab that shows it. A failed import is kept as the pane's state
// (its PaneBoundary shows it) until someone asks again, which imports anew.

export type ChunkState<T> =
  | { status: 'waiting' }
  | { status: 'loading' }
  | { status: 'ready'; module: T }
  | { status: 'failed'; error: Error };

export interface PaneChunk<T> {
  /** The state now (a stable object between changes, for useSyncExternalStore). */
  get(): ChunkState<T>;
  /** Import the chunk (once; after a failure, again). */
  load(): Promise<T>;
  subscribe(listener: () => void): () => void;
}

export function paneChunk<T>(importer: () => Promise<T>): PaneChunk<T> {
  let state: ChunkState<T> = { status: 'waiting' };
  let pending: Promise<T> | undefined;
  const listeners = new Set<() => void>();
  const set = (s: ChunkState<T>) => {
    state = s;
    for (const l of [...listeners]) l();
  };
  return {
    get: () => state,
    load() {
      if (state.status === 'ready') return Promise.resolve(state.module);
      pending ??= importer().then(
        (module) => {
          set({ status: 'ready', module });
          return module;
        },
        (e: unknown) => {
          pending = undefined;
          set({ status: 'failed', error: e instanceof Error ? e : new Error(String(e)) });
          throw e;
        },
      );
      if (state.status !== 'loading') set({ status: 'loading' });
      return pending;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
