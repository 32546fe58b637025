// Runs a script of terminal lines against a cluster and returns exactly what
// the browser terminal would show: each prompt with the line typed after it,
// then the output. Blocking commands run on virtual time, fast-forwarded;
// a command still running after `maxCommandMs` is interrupted as with Ctrl-C.
import type { Cluster } from './index.js';

export interface TranscriptOptions {
  /** Virtual time a single command may block before it is interrupted (default 10 min). */
  maxCommandMs?: number;
}

export function runTranscript(cluster: Cluster, script: string, opts: TranscriptOptions = {}): string {
  const maxMs = opts.maxCommandMs ?? 600_000;
  let out = '';
  const session = cluster.openShell({ write: (s) => (out += s) });
  const lines = script.replace(/\n$/, '').split('\n');
  for (const line of lines) {
    if (session.hasExited) break;
    out += session.prompt + line + '\n';
    session.input(line);
    cluster.settle();
    const started = cluster.clock.now();
    while (session.busy) {
      const next = cluster.clock.nextTimerAt();
      if (next === undefined || next - started > maxMs) {
        cluster.clock.advanceTo(Math.max(cluster.clock.now(), started + maxMs));
        if (session.busy) session.interrupt();
        break;
      }
      cluster.clock.step();
    }
    cluster.settle();
  }
  return out;
}

/** Run one line (heredoc lines included) and return only its output: for tests. */
export function execLines(cluster: Cluster, script: string, opts: TranscriptOptions = {}): string {
  const full = runTranscript(cluster, script, opts);
  const prompts = script.replace(/\n$/, '').split('\n').length;
  // Drop the echoed input lines, keep what the commands printed.
  const lines = full.split('\n');
  const inputs = new Set(script.replace(/\n$/, '').split('\n'));
  let dropped = 0;
  return lines
    .filter((l) => {
      if (dropped < prompts && /^(controlplane:[^$]*\$ |> )/.test(l) && inputs.has(l.replace(/^(controlplane:[^$]*\$ |> )/, ''))) {
        dropped++;
        return false;
      }
      return true;
    })
    .join('\n');
}
