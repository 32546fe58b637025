// Behaviours of processes that just sit there: the node's systemd services,
// kernel threads, pause. They hold memory and answer SIGTERM as their real
// programs do (exit 0 after a clean shutdown) when told to.
import type { Behaviour } from './behaviour.js';
import { signals } from './signals.js';

export function daemon(baseRss: number, opts: { exitOnTerm?: boolean } = {}): Behaviour {
  return {
    baseRss,
    start() {},
    signal(sig, ctx) {
      if (!opts.exitOnTerm) return false;
      if (sig === signals.SIGTERM || sig === signals.SIGINT || sig === signals.SIGQUIT) {
        ctx.exit(0);
        return true;
      }
      return false;
    },
  };
}

export const MiB = 1024 * 1024;
