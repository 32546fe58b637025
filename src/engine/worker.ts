// The Web Worker adapter: the only engine file that touches worker globals.
// It decodes messages into dispatch(), posts what the host posts, and drives
// the virtual clock from the worker's own timer at about 60 Hz. What the first answer
// does not need (lazy/afterAnswer.ts) is fetched a second after the first line (or
// 10 s in); until then LazyDataGate holds messages and time while a command waits for it.
import { createEngineHost } from './protocol/dispatch.js';
import { LazyDataGate } from './protocol/lazyGate.js';
import { loadAfterAnswer } from './lazy/state.js';
import type { FromEngine, ToEngine } from './protocol/messages.js';

interface WorkerScope {
  onmessage: ((e: { data: ToEngine }) => void) | null;
  postMessage(m: FromEngine): void;
  setTimeout(fn: () => void, ms: number): unknown;
  performance: { now(): number };
}

const scope = globalThis as unknown as WorkerScope;
const host = createEngineHost((m) => scope.postMessage(m));
const gate = new LazyDataGate(host);

/** Fetch the after-the-answer chunk; not needed for the first answer. */
const prefetch = () => void loadAfterAnswer().catch(() => {}); // a command that needs it tries again
scope.setTimeout(prefetch, 10_000);
let typed = false;

scope.onmessage = (e) => {
  gate.receive(e.data);
  // A second after the first line, so its answer is on screen first (a command that needs them fetches at once).
  if (!typed && e.data.method === 'terminal.input') scope.setTimeout(prefetch, 1000);
  typed ||= e.data.method === 'terminal.input';
};

const frameMs = 1000 / 60;
function loop(): void {
  gate.tick(scope.performance.now()); // allowed: worker adapter drives the virtual clock
  scope.setTimeout(loop, frameMs); // allowed: worker adapter drives the virtual clock
}
loop();
