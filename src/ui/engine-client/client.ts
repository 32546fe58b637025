// The one module that creates the engine's Worker and calls postMessage.
// Requests get ids and promises; pushes are collected and handed to
// subscribers once per animation frame, in order. A large batch (500 Pods
// created at once) is handed over in slices across frames (pacing below),
// so no frame carries all of it.
import { isReply, type FromEngine, type Method, type Params, type Push, type Result, type ToEngine, type WireError } from '../../engine/protocol/index.js';

export type PushListener = (pushes: Push[]) => void;
export type CrashListener = (error: WireError) => void;

/** What the client needs from a Worker (a fake one in unit tests). */
export interface WorkerLike {
  postMessage(m: ToEngine): void;
  onmessage: ((e: MessageEvent<FromEngine>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  terminate(): void;
}

interface Pending {
  method: Method;
  resolve(v: unknown): void;
  reject(e: Error): void;
}

export class EngineError extends Error {
  constructor(wire: WireError) {
    super(wire.message);
    this.name = wire.name;
  }
}

/** How many watch events a frame hands to subscribers, and in slices of how many. */
export interface Pacing {
  /** Watch events per slice: subscribers are called once per slice. */
  sliceEvents: number;
  /** Watch events per frame at most; the rest waits for the next frame. */
  frameEvents: number;
  /** Subscriber time per frame (ms) after which the rest waits for the next frame. */
  budgetMs: number;
  now(): number;
}

export const defaultPacing: Pacing = { sliceEvents: 50, frameEvents: 200, budgetMs: 4, now: () => performance.now() };

/** Replies that replace the UI's whole view of the cluster. */
const snapshotMethods = new Set<Method>(['state.snapshot', 'cluster.reset', 'state.restore']);

export class EngineClient {
  private readonly worker: WorkerLike;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private queued: Push[] = [];
  private frameRequested = false;
  private readonly listeners = new Set<PushListener>();
  private readonly crashListeners = new Set<CrashListener>();
  private crashed: WireError | undefined;

  constructor(
    createWorker: () => WorkerLike = () =>
      new Worker(new URL('../../engine/worker.ts', import.meta.url), { type: 'module', name: 'kubelab-engine' }) as unknown as WorkerLike,
    private readonly requestFrame: (fn: () => void) => void = (fn) => requestAnimationFrame(() => fn()),
    private readonly pacing: Pacing = defaultPacing,
  ) {
    this.worker = createWorker();
    this.worker.onmessage = (e) => this.receive(e.data);
    this.worker.onerror = (e) => {
      e.preventDefault?.();
      this.crash({ name: 'WorkerError', message: e.message || 'the worker failed to load' });
    };
  }

  request<M extends Method>(method: M, params: Params<M>): Promise<Result<M>> {
    if (this.crashed) return Promise.reject(new EngineError(this.crashed));
    const id = this.nextId++;
    return new Promise<Result<M>>((resolve, reject) => {
      this.pending.set(id, { method, resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ type: 'request', id, method, params } as ToEngine);
    });
  }

  subscribe(l: PushListener): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  onCrash(l: CrashListener): () => void {
    this.crashListeners.add(l);
    if (this.crashed) l(this.crashed);
    return () => this.crashListeners.delete(l);
  }

  terminate(): void {
    this.worker.terminate();
  }

  private receive(m: FromEngine): void {
    if (isReply(m)) {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (!m.ok) {
        p.reject(new EngineError(m.error));
        return;
      }
      // A snapshot already contains every object and audit change queued before it.
      if (snapshotMethods.has(p.method)) this.queued = this.queued.filter((x) => x.kind !== 'objects' && x.kind !== 'audit');
      p.resolve(m.result);
      return;
    }
    for (const p of m.pushes) this.queued.push(p);
    this.schedule();
  }

  private schedule(): void {
    if (this.frameRequested || !this.queued.length) return;
    this.frameRequested = true;
    this.requestFrame(() => this.deliver());
  }

  private deliver(): void {
    this.frameRequested = false;
    const { sliceEvents, frameEvents, budgetMs, now } = this.pacing;
    const start = now();
    let events = 0;
    while (this.queued.length && events < frameEvents) {
      const slice = this.takeSlice(Math.min(sliceEvents, frameEvents - events));
      events += slice.events;
      for (const l of this.listeners) l(slice.pushes);
      if (now() - start >= budgetMs) break;
    }
    this.schedule();
  }

  /** Pushes from the head of the queue carrying at most `room` watch events (an `objects` push is split if need be). */
  private takeSlice(room: number): { pushes: Push[]; events: number } {
    const pushes: Push[] = [];
    let events = 0;
    let taken = 0;
    for (; taken < this.queued.length; taken++) {
      const p = this.queued[taken]!;
      if (p.kind === 'objects' && events + p.events.length > room) {
        const fits = room - events;
        if (fits > 0) {
          pushes.push({ kind: 'objects', events: p.events.slice(0, fits) });
          this.queued[taken] = { kind: 'objects', events: p.events.slice(fits) };
          events = room;
        }
        break;
      }
      pushes.push(p);
      if (p.kind === 'objects') events += p.events.length;
    }
    this.queued.splice(0, taken);
    return { pushes, events };
  }

  private crash(error: WireError): void {
    if (this.crashed) return;
    this.crashed = error;
    for (const p of this.pending.values()) p.reject(new EngineError(error));
    this.pending.clear();
    for (const l of this.crashListeners) l(error);
  }
}
