// When the panes the first answer does not need (diagram, lessons, inspector,
// the editor's glue) fetch their chunks: right after the terminal's first
// answer. The first prompt is the engine's first answer; a command typed at
// once (a quick student, the bench's `kubectl get nodes`) gets its own answer
// before them, so their scripts never compete with it for the network or the
// main thread — but a command still running after `capMs` (a watch, a sleep)
// does not keep the panes empty.
import { whenTerminal } from './activeTerminal.js';

export interface TerminalIdle {
  readonly idle: boolean;
  whenIdle(): Promise<void>;
}

/** Resolves `quietMs` after the first prompt, or later when a command typed by then is still running (at most `capMs` after the prompt). */
export async function afterFirstAnswer(term: TerminalIdle, wait: (ms: number) => Promise<void>, quietMs = 150, capMs = 1500): Promise<void> {
  await term.whenIdle();
  await wait(quietMs);
  if (!term.idle) await Promise.race([term.whenIdle(), wait(capMs - quietMs)]);
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
/** After the next paint (the answer on screen first); a hidden tab's timer still fires. */
const afterPaint = () => new Promise<void>((r) => {
  const go = () => setTimeout(r, 0);
  requestAnimationFrame(go);
  setTimeout(go, 100);
});

/** Should the terminal never answer (it failed), the panes come anyway. */
const fallbackMs = 8000;

let first: Promise<void> | undefined;

/** Resolves once for the page: right after the terminal's first answer (see afterFirstAnswer). */
export function whenFirstAnswer(): Promise<void> {
  first ??= Promise.race([whenTerminal().then((t) => afterFirstAnswer(t, sleep)), sleep(fallbackMs)]).then(afterPaint);
  return first;
}
