// The one module that creates the engine's Worker and calls postMessage.
// Requests get ids and promises; pushes are collected and handed to
// subscribers at most once per animation frame, in order.
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
    this.queued.push(...m.pushes);
    if (!this.frameRequested) {
      this.frameRequested = true;
      this.requestFrame(() => this.deliver());
    }
  }

  private deliver(): void {
    this.frameRequested = false;
    const batch = this.queued;
    this.queued = [];
    if (!batch.length) return;
    for (const l of this.listeners) l(batch);
  }

  private crash(error: WireError): void {
    if (this.crashed) return;
    this.crashed = error;
    for (const p of this.pending.values()) p.reject(new EngineError(error));
    this.pending.clear();
    for (const l of this.crashListeners) l(error);
  }
}
