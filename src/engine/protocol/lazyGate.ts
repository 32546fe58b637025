// Between the worker's message loop and the engine host while kubectl's large tables
// (kubectl/lazyData.ts) are still being fetched. Messages wait in an inbox and no
// virtual time passes while a command waits for the tables, or while a message that
// runs commands without waiting (a restore's replay, a lesson's setup, a `$(…)`
// substitution) needs them first: every answer, and every later event, then lands at
// the virtual instant it would have had if the tables had been there from the start.
import { kubectlDataLoaded, kubectlDataPending, loadKubectlData } from '../kubectl/lazyData.js';
import type { EngineHost } from './dispatch.js';
import type { ToEngine } from './messages.js';

/** Messages whose commands run to the end at once, so the tables must be there before. */
function runsCommandsAtOnce(m: ToEngine): boolean {
  if (m.method === 'state.restore' || m.method === 'lesson.start') return true;
  return m.method === 'terminal.input' && /\$\(|`/.test(m.params.line);
}

export class LazyDataGate {
  private readonly inbox: ToEngine[] = [];
  private preloading = false;
  /** A command waited for the tables: the tick that resumes it comes before any other message. */
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

  /** Whether messages and time wait for the tables now. */
  held(): boolean {
    return this.preloading || kubectlDataPending();
  }

  private drain(): void {
    while (this.inbox.length && !this.held() && !this.resumeFirst) {
      const m = this.inbox[0]!;
      if (!kubectlDataLoaded() && runsCommandsAtOnce(m)) {
        this.preloading = true;
        // On failure the message goes ahead; a command that needs the tables says so.
        const done = () => {
          this.preloading = false;
          this.drain();
        };
        loadKubectlData().then(done, done);
        return;
      }
      this.inbox.shift();
      this.host.dispatch(m);
      if (kubectlDataPending()) this.resumeFirst = true;
    }
  }
}
