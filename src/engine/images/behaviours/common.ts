// Helpers shared by the image behaviours: timestamps in each program's log
// format, and a program run as a process's main program (`sleep 3600` as PID 1).
import type { Behaviour } from '../../linux/behaviour.js';
import type { Kernel } from '../../linux/kernel.js';
import { Interpreter } from '../../shell/interp.js';
import { driveJob, defaultPrograms, shellState } from '../../linux/shell.js';

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const p2 = (n: number) => String(n).padStart(2, '0');

/** nginx error log: `2025/01/06 09:00:05` */
export function nginxTime(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}/${p2(d.getUTCMonth() + 1)}/${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
}

/** Common/combined log format: `06/Jan/2025:09:00:05 +0000` */
export function clfTime(ms: number): string {
  const d = new Date(ms);
  return `${p2(d.getUTCDate())}/${months[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} +0000`;
}

/** Apache error log: `Mon Jan 06 09:00:05.123456 2025` */
export function apacheTime(ms: number): string {
  const d = new Date(ms);
  return `${days[d.getUTCDay()]} ${months[d.getUTCMonth()]} ${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}.${String(d.getUTCMilliseconds() * 1000).padStart(6, '0')} ${d.getUTCFullYear()}`;
}

/** Redis: `06 Jan 2025 09:00:05.123` */
export function redisTime(ms: number): string {
  const d = new Date(ms);
  return `${p2(d.getUTCDate())} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}.${String(d.getUTCMilliseconds()).padStart(3, '0')}`;
}

/** ISO with microseconds, MySQL's error log: `2025-01-06T09:00:05.123456Z` */
export function isoMicro(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

/** A shell program (`sleep`, `echo`) as the process's own program: PID 1 is `sleep`, not a child of a shell. */
export function programMain(k: Kernel, argv: string[]): Behaviour {
  return {
    baseRss: 400 * 1024,
    start(ctx) {
      const name = (argv[0] ?? '').split('/').pop()!;
      const prog = (k.options.programs?.(ctx) ?? defaultPrograms()).get(name);
      if (!prog) {
        ctx.exit(127);
        return;
      }
      const state = shellState(k, ctx.process);
      // PID 1 is the program itself (`sleep 3600`), not a shell's child running it.
      state.programs.set(name, prog);
      const interp = new Interpreter(state);
      driveJob(
        k,
        ctx,
        (wake) =>
          (function* () {
            const r = interp.runArgv([name, ...argv.slice(1)], '', { stdout: ctx.stdout, stderr: ctx.stderr, wake });
            if (typeof r === 'number') return r;
            return yield* r;
          })(),
        (status) => ctx.exit(status),
      );
    },
  };
}

export function httpResponse(status: number, body: string, headers: Record<string, string> = {}) {
  return { status, body, headers: { 'Content-Type': 'text/html', 'Content-Length': String(body.length), ...headers } };
}
