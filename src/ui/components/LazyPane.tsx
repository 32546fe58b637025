// A pane drawn from a chunk of its own: its placeholder (same box, same place)
// until the chunk is in, then the pane. The chunk is imported when `after`
// resolves or when the placeholder calls `want` (the student reached for it);
// a failed import is thrown to the pane's PaneBoundary, which says so in the
// pane and can try again. The keyboard focus on a control of the placeholder
// (its root marked `data-lazy-placeholder`) moves to the pane's control with
// the same data-testid, so a student tabbing there does not lose it.
import { useCallback, useEffect, useLayoutEffect, useRef, useSyncExternalStore, type ReactNode } from 'react';
import type { PaneChunk } from './paneChunk.js';

/** What the boundary gets when a pane's chunk did not load. */
export class ChunkLoadError extends Error {
  constructor(
    error: Error,
    /** Import the chunk again. */
    readonly retry: () => void,
  ) {
    super(error.message, { cause: error });
    this.name = 'ChunkLoadError';
  }
}

interface Props<T> {
  chunk: PaneChunk<T>;
  /** When to import the chunk without being asked (e.g. right after the terminal's first answer). */
  after: () => Promise<unknown>;
  /** The placeholder; it calls `want` when the student reaches for the pane. */
  placeholder: (want: () => void) => ReactNode;
  children: (module: T) => ReactNode;
}

export function LazyPane<T>({ chunk, after, placeholder, children }: Props<T>) {
  const refocus = useRef<string | undefined>(undefined);
  const subscribe = useCallback(
    (changed: () => void) =>
      chunk.subscribe(() => {
        // Before React swaps the placeholder out: which of its controls has the focus.
        const focused = document.activeElement;
        if (chunk.get().status === 'ready' && focused?.closest('[data-lazy-placeholder]')) refocus.current = focused.getAttribute('data-testid') ?? undefined;
        changed();
      }),
    [chunk],
  );
  const state = useSyncExternalStore(subscribe, chunk.get, chunk.get);
  const want = useCallback(() => void chunk.load().catch(() => {}), [chunk]);

  useLayoutEffect(() => {
    const id = refocus.current;
    if (state.status !== 'ready' || !id) return;
    refocus.current = undefined;
    document.querySelector<HTMLElement>(`[data-testid="${id}"]`)?.focus();
  }, [state.status]);

  useEffect(() => {
    void after().then(want, () => {});
  }, [after, want]);

  if (state.status === 'ready') return children(state.module);
  if (state.status === 'failed') {
    throw new ChunkLoadError(state.error, want);
  }
  return placeholder(want);
}
