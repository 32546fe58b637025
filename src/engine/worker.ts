// The Web Worker adapter: the only engine file that touches worker globals.
// It decodes messages into dispatch(), posts what the host posts, and drives
// the virtual clock from the worker's own timer at about 60 Hz.
import { createEngineHost } from './protocol/dispatch.js';
import type { FromEngine, ToEngine } from './protocol/messages.js';

interface WorkerScope {
  onmessage: ((e: { data: ToEngine }) => void) | null;
  postMessage(m: FromEngine): void;
  setTimeout(fn: () => void, ms: number): unknown;
  performance: { now(): number };
}

const scope = globalThis as unknown as WorkerScope;
const host = createEngineHost((m) => scope.postMessage(m));

scope.onmessage = (e) => {
  host.dispatch(e.data);
};

const frameMs = 1000 / 60;
function loop(): void {
  host.tick(scope.performance.now()); // allowed: worker adapter drives the virtual clock
  scope.setTimeout(loop, frameMs); // allowed: worker adapter drives the virtual clock
}
loop();
