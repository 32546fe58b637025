// Signal numbers of x86-64 Linux (signal(7)) and the shell's exit-status rule:
// a process killed by signal N exits with status 128+N (SIGTERM → 143, SIGKILL → 137, SIGINT → 130).

export const signals = {
  SIGHUP: 1,
  SIGINT: 2,
  SIGQUIT: 3,
  SIGKILL: 9,
  SIGUSR1: 10,
  SIGUSR2: 12,
  SIGPIPE: 13,
  SIGTERM: 15,
  SIGCHLD: 17,
  SIGCONT: 18,
  SIGSTOP: 19,
  SIGWINCH: 28,
} as const;

export type SignalName = keyof typeof signals;

/** Accepts `TERM`, `SIGTERM`, `15`; undefined for an unknown signal. */
export function parseSignal(s: string): number | undefined {
  if (/^\d+$/.test(s)) {
    const n = Number(s);
    return n >= 0 && n <= 64 ? n : undefined;
  }
  const name = (s.toUpperCase().startsWith('SIG') ? s.toUpperCase() : `SIG${s.toUpperCase()}`) as SignalName;
  return signals[name];
}

export function signalName(n: number): string {
  for (const [k, v] of Object.entries(signals)) if (v === n) return k;
  return `SIG${n}`;
}

/** Signals whose default action is to ignore (SIGCHLD, SIGWINCH, SIGCONT). */
export function ignoredByDefault(sig: number): boolean {
  return sig === signals.SIGCHLD || sig === signals.SIGWINCH || sig === signals.SIGCONT || sig === 0;
}
