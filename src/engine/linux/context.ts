// The system calls of one process, bound to it: timers die with the process,
// listeners close with it, output goes to its stdio (the shim's log pipes for
// a container), memory is charged to its cgroup. One small object per process,
// its calls on the prototype (a cluster runs tens of thousands of processes).
import type { Behaviour, ProcessContext } from './behaviour.js';
import type { NetRequest, NetResponse } from './net/netns.js';
import type { Kernel } from './kernel.js';
import type { Process } from './process.js';

class Context implements ProcessContext {
  private fsView: ReturnType<Kernel['fsFor']> | undefined;
  /** Live `every` series (negative handles), each with the timer currently armed. */
  private series: Map<number, { id: number }> | undefined;
  private nextSeries = 1;

  constructor(
    private readonly k: Kernel,
    readonly process: Process,
  ) {}

  get argv() {
    return this.process.argv;
  }

  get env() {
    return this.process.env;
  }

  get fs() {
    return (this.fsView ??= this.k.fsFor(this.process));
  }

  // Bound: programs hand them on as plain callbacks (`{ stdout: ctx.stdout }`).
  readonly stdout = (s: string): void => {
    if (this.process.alive) this.process.stdio.stdout(s);
  };

  readonly stderr = (s: string): void => {
    if (this.process.alive) this.process.stdio.stderr(s);
  };

  now(): number {
    return this.k.clock.now();
  }

  after(ms: number, fn: () => void): number {
    const p = this.process;
    const id = this.k.clock.setTimeout(() => {
      p.removeTimer(id);
      if (p.alive) fn();
    }, ms);
    p.addTimer(id);
    return id;
  }

  every(ms: number, fn: () => void): number {
    // One id for the whole series: re-arm under the same handle.
    const p = this.process;
    const clock = this.k.clock;
    const series = (this.series ??= new Map());
    const first = this.nextSeries++;
    const handle = { id: 0 };
    series.set(first, handle);
    const arm = () => {
      handle.id = clock.setTimeout(() => {
        p.removeTimer(handle.id);
        if (!p.alive) return;
        fn();
        if (p.alive && series.has(first)) arm();
      }, ms);
      p.addTimer(handle.id);
    };
    arm();
    return -first;
  }

  cancel(timer: number): void {
    const p = this.process;
    if (timer < 0) {
      const h = this.series?.get(-timer);
      this.series?.delete(-timer);
      if (h) {
        this.k.clock.clearTimeout(h.id);
        p.removeTimer(h.id);
      }
      return;
    }
    this.k.clock.clearTimeout(timer);
    p.removeTimer(timer);
  }

  alloc(bytes: number): boolean {
    this.k.charge(this.process, bytes);
    return this.process.alive;
  }

  free(bytes: number): void {
    this.k.charge(this.process, -bytes);
  }

  exit(code: number): void {
    this.k.exit(this.process, code);
  }

  listen(port: number, handler: (req: NetRequest) => NetResponse, bind = '0.0.0.0'): boolean {
    const p = this.process;
    const net = p.ns.net;
    const ok = net.stack.listen({ port, pid: p.pid, bind, handle: handler });
    if (ok) p.ports.push({ net, port });
    return ok;
  }

  connect(ip: string, port: number, req?: Partial<NetRequest>) {
    return this.k.connect(this.process, ip, port, req);
  }

  spawn(argv: string[], behaviour?: Behaviour): Process {
    return this.k.spawn({ parent: this.process, argv, behaviour });
  }

  hostname(): string {
    return this.process.ns.uts.hostname;
  }

  programs() {
    return this.k.programsFor(this.process);
  }
}

export function createContext(k: Kernel, p: Process): ProcessContext {
  return new Context(k, p);
}
