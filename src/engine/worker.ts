// The Web Worker adapter: the only engine file that touches worker globals.
// It decodes messages into dispatch(), posts what the host posts, and drives
// the virtual clock from the worker's own timer at about 60 Hz. kubectl's large
// tables are fetched once the first command has answered (or a few seconds in);
// until then LazyDataGate holds messages and time while a command waits for them.
import { createEngineHost } from './protocol/dispatch.js';
import { LazyDataGate } from './protocol/lazyGate.js';
import { loadKubectlData } from './kubectl/lazyData.js';
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

/** Fetch kubectl's help texts and explain schema; not needed for the first answer. */
const prefetch = () => void loadKubectlData().catch(() => {}); // a command that needs them tries again
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
