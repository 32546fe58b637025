// Which pack the lesson pane starts with: `?pack=<url>`, else the built-in course,
// whose chunk (~74 KiB gzip) is fetched a second after the terminal's first prompt,
// on idle, so it shares neither the network with the engine worker's script nor the
// main thread with the first command; sooner when the pane needs it: the student
// reaches for the pane (pointer or keyboard), or a reload restored a lesson in progress.
import { useEffect } from 'react';
import type { EngineClient } from '../../engine-client/client.js';
import { whenRestored } from '../persistence/persistence.js';
import { whenTerminal } from '../terminal/activeTerminal.js';
import { useLessons } from './lessonStore.js';
import { fromUrl } from './packSources.js';

let wanted = false;

const packUrl = () => new URLSearchParams(location.search).get('pack');

/** Load the built-in course now (once), unless another pack is or will be shown. */
export function wantCourse(): void {
  if (wanted || packUrl() || useLessons.getState().source || useLessons.getState().chosen) return;
  wanted = true;
  void useLessons.getState().setBuiltin(true);
}

/** Starts the pane's first pack; call once from the pane. */
export function usePackSource(engine: EngineClient): void {
  useEffect(() => {
    if (useLessons.getState().source) return;
    const url = packUrl();
    if (url) {
      fromUrl(url)
        .then((files) => useLessons.getState().setFiles(files, url))
        .catch((e: Error) => useLessons.getState().setLoadError(url, e.message));
      return;
    }
    let live = true;
    const idle = (window as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
    const go = () => live && wantCourse();
    void whenTerminal()
      .then((t) => t.whenIdle())
      .then(() => setTimeout(() => (idle ? idle(go, { timeout: 1000 }) : go()), 1000));
    // A lesson in progress before the reload: its text is wanted at once.
    void whenRestored()
      .then(() => engine.request('lesson.state', {}))
      .then((progress) => progress && go(), () => undefined);
    return () => {
      live = false;
    };
  }, [engine]);
}
