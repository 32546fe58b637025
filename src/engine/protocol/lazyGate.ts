// Between the worker's message loop and the engine host while the after-the-answer
// chunk (lazy/: kubectl's commands and tables, the shell's programs, the YAML parser)
// is still being fetched. Messages wait in an inbox and no virtual time passes while a
// command waits for the chunk, or while a message that needs it at once (a restore's
// replay, a lesson's setup, a `$(…)` substitution, a Tab, the editor's diagnosis, the
// inspector) comes
// first: every answer, and every later event, then lands at the virtual instant it
// would have had if the chunk had been there from the start.
import { afterAnswerLoaded, afterAnswerPending, loadAfterAnswer } from '../lazy/state.js';
import type { EngineHost } from './dispatch.js';
import type { ToEngine } from './messages.js';

/** Messages answered at once with what may be in the chunk (commands run to the end, completion, diagnosis, inspection). */
function needsChunkAtOnce(m: ToEngine): boolean {
  if (m.method === 'state.restore' || m.method === 'lesson.start' || m.method === 'terminal.complete' || m.method === 'editor.diagnose' || m.method === 'object.inspect') return true;
  return m.method === 'terminal.input' && /\$\(|`/.test(m.params.line);
}

export class LazyDataGate {
  private readonly inbox: ToEngine[] = [];
  private preloading = false;
  /** A command waited for the chunk: the tick that resumes it comes before any other message. */
  private resumeFirst = false;
  private frozenSince: number | undefined;
  private frozenMs = 0;

  constructor(private readonly host: EngineHost) {}

  /** A message from the page. */
  receive(m: ToEngine): void {
    this.inbox.push(m);
    this.drain();
  }

  /** The worker's timer: virtual time follows wall time, minus the time spent held. */
  tick(wallMs: number): void {
    if (this.held()) {
      this.frozenSince ??= wallMs;
      return;
    }
    if (this.frozenSince !== undefined) {
      this.frozenMs += wallMs - this.frozenSince;
      this.frozenSince = undefined;
    }
    this.host.tick(wallMs - this.frozenMs);
    this.resumeFirst = false;
    this.drain();
  }

  /** Whether messages and time wait for the chunk now. */
  held(): boolean {
    return this.preloading || afterAnswerPending();
  }

  private drain(): void {
    while (this.inbox.length && !this.held() && !this.resumeFirst) {
      const m = this.inbox[0]!;
      if (!afterAnswerLoaded() && needsChunkAtOnce(m)) {
        this.preloading = true;
        // On failure the message goes ahead; a command that needs the chunk says so.
        const done = () => {
          this.preloading = false;
          this.drain();
        };
        loadAfterAnswer().then(done, done);
        return;
      }
      this.inbox.shift();
      this.host.dispatch(m);
      if (afterAnswerPending()) this.resumeFirst = true;
    }
  }
}
