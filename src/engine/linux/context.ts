// The system calls of one process, bound to it: timers die with the process,
// listeners close with it, output goes to its stdio (the shim's log pipes for
// a container), memory is charged to its cgroup.
import type { Behaviour, ProcessContext } from './behaviour.js';
import type { Kernel } from './kernel.js';
import type { Process } from './process.js';

export function createContext(k: Kernel, p: Process): ProcessContext {
  let fs: ReturnType<Kernel['fsFor']> | undefined;
  const ctx: ProcessContext = {
    process: p,
    get argv() {
      return p.argv;
    },
    get env() {
      return p.env;
    },
    get fs() {
      return (fs ??= k.fsFor(p));
    },
    stdout: (s) => {
      if (p.alive) p.stdio.stdout(s);
    },
    stderr: (s) => {
      if (p.alive) p.stdio.stderr(s);
    },
    now: () => k.clock.now(),
    after(ms, fn) {
      const id = k.clock.setTimeout(() => {
        p.timers.delete(id);
        if (p.alive) fn();
      }, ms);
      p.timers.add(id);
      return id;
    },
    every(ms, fn) {
      // One id for the whole series: re-arm under the same handle.
      const handle = { id: 0 };
      const arm = () => {
        handle.id = k.clock.setTimeout(() => {
          p.timers.delete(handle.id);
          if (!p.alive) return;
          fn();
          if (p.alive && series.has(first)) arm();
        }, ms);
        p.timers.add(handle.id);
        idOf.set(first, handle);
      };
      const first = nextSeries++;
      series.add(first);
      arm();
      return -first;
    },
    cancel(timer) {
      if (timer < 0) {
        series.delete(-timer);
        const h = idOf.get(-timer);
        if (h) {
          k.clock.clearTimeout(h.id);
          p.timers.delete(h.id);
        }
        return;
      }
      k.clock.clearTimeout(timer);
      p.timers.delete(timer);
    },
    alloc(bytes) {
      k.charge(p, bytes);
      return p.alive;
    },
    free(bytes) {
      k.charge(p, -bytes);
    },
    exit: (code) => k.exit(p, code),
    listen(port, handler, bind = '0.0.0.0') {
      const net = p.ns.net;
      const ok = net.stack.listen({ port, pid: p.pid, bind, handle: handler });
      if (ok) p.ports.push({ net, port });
      return ok;
    },
    connect: (ip, port, req) => k.connect(p, ip, port, req),
    spawn: (argv: string[], behaviour?: Behaviour) => k.spawn({ parent: p, argv, behaviour }),
    hostname: () => p.ns.uts.hostname,
    programs: () => k.programsFor(p),
  };
  const series = new Set<number>();
  const idOf = new Map<number, { id: number }>();
  let nextSeries = 1;
  return ctx;
}
