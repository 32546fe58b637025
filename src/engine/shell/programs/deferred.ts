// The shell's programs by name before their code is there: the browser worker loads
// coreutils and the system programs with the after-the-answer chunk (lazy/), so the
// shells it opens before that hold stand-ins that wait for the chunk, then run the real one.
import { afterAnswerProgram } from '../../lazy/program.js';
import { afterAnswer, afterAnswerLoaded } from '../../lazy/state.js';
import type { Program } from '../types.js';
import type { System } from './system.js';

/** The keys of coreutils.ts's table, in its order (deferred.test.ts compares them). */
export const coreutilsNames = ['cat', 'echo', 'sleep', 'ls', 'mkdir', 'rm', 'touch', 'cp', 'mv', 'grep', 'head', 'tail', 'wc', 'env', 'printenv', 'clear', 'date', 'seq', 'timeout', 'sed', 'true', 'false', 'base64', 'printf', 'cut', 'sort', 'uniq', 'tr', 'tee', 'xargs', 'awk'];

/** What system-programs.ts adds to coreutils, in its order (`ls` replaces coreutils' one in place). */
function systemNames(node: boolean): string[] {
  const common = ['ps', 'kill', 'free', 'uptime', 'dmesg', 'hostname', 'uname', 'id', 'whoami', 'df', 'mount', 'which', 'ls', 'ip', 'wget', 'curl', 'ping', 'netstat', 'nslookup', 'unshare', 'nsenter', 'lsns', 'chroot', 'stress', 'sh', 'bash', 'ash', 'dash'];
  return [...common, ...(node ? ['crictl', 'systemctl', 'journalctl'] : []), 'mysql', ...(node ? ['iptables', 'iptables-save'] : [])];
}

/** Binaries a node's disk holds for these programs (Ubuntu's /usr/bin), so that a chroot into it finds them. */
export const nodeBinaries = [...coreutilsNames, 'ps', 'kill', 'free', 'uptime', 'dmesg', 'hostname', 'uname', 'id', 'whoami', 'df', 'mount', 'which', 'ls', 'ip', 'wget', 'curl', 'ping', 'netstat', 'unshare', 'nsenter', 'lsns', 'chroot', 'stress', 'sh', 'bash', 'dash', 'crictl', 'systemctl', 'journalctl', 'iptables', 'iptables-save'];

/** coreutils.ts's table: itself once the chunk is there, else stand-ins. */
export function deferredCoreutils(): Record<string, Program> {
  if (afterAnswerLoaded()) return afterAnswer().coreutils;
  return Object.fromEntries(coreutilsNames.map((n) => [n, afterAnswerProgram(n, () => afterAnswer().coreutils[n]!)]));
}

/** system-programs.ts's systemPrograms(sys): itself once the chunk is there, else stand-ins that build it on first use. */
export function deferredSystemPrograms(sys: System): Map<string, Program> {
  if (afterAnswerLoaded()) return afterAnswer().systemPrograms(sys);
  let real: Map<string, Program> | undefined;
  const m = new Map<string, Program>();
  for (const n of [...coreutilsNames, ...systemNames(Boolean(sys.node))]) m.set(n, afterAnswerProgram(n, () => (real ??= afterAnswer().systemPrograms(sys)).get(n)!));
  return m;
}
