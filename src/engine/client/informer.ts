// Mirrors client-go's SharedIndexInformer (tools/cache): list, then watch from
// the list's resourceVersion, keep a local cache with indexers, and tell every
// registered handler about adds, updates and deletes. A 410 Gone relists.
import { StatusError } from '../api/errors.js';
import type { VirtualClock } from '../clock/clock.js';
import type { WatchEvent, WatchHandle } from '../apiserver/types.js';
import type { Client } from './client.js';

type Obj = { metadata?: { name?: string; namespace?: string; resourceVersion?: string } };

export interface EventHandler<T> {
  onAdd?(obj: T): void;
  onUpdate?(oldObj: T, newObj: T): void;
  onDelete?(obj: T): void;
}

export type IndexFunc<T> = (obj: T) => string[];

/** cache.MetaNamespaceKeyFunc: `namespace/name`, or `name` when cluster-scoped. */
export function keyOf(obj: Obj): string {
  const m = obj.metadata ?? {};
  return m.namespace ? `${m.namespace}/${m.name}` : (m.name ?? '');
}

export function splitKey(key: string): { namespace?: string; name: string } {
  const i = key.indexOf('/');
  return i < 0 ? { name: key } : { namespace: key.slice(0, i), name: key.slice(i + 1) };
}

export const namespaceIndex = 'namespace';

export class SharedInformer<T extends Obj = any> {
  private items = new Map<string, T>();
  private handlers: EventHandler<T>[] = [];
  private indexers = new Map<string, IndexFunc<T>>();
  private indices = new Map<string, Map<string, Set<string>>>();
  private handle: WatchHandle | undefined;
  private started = false;
  private synced = false;

  constructor(
    private readonly client: Client,
    private readonly clock: VirtualClock,
    readonly group: string,
    readonly resource: string,
    private readonly opts: { namespace?: string; fieldSelector?: string; labelSelector?: string } = {},
  ) {
    this.addIndexer(namespaceIndex, (o) => (o.metadata?.namespace ? [o.metadata.namespace] : []));
  }

  addEventHandler(h: EventHandler<T>): void {
    this.handlers.push(h);
    // A late handler is told about what is already cached, as client-go does.
    if (this.synced) for (const o of this.items.values()) h.onAdd?.(o);
  }

  addIndexer(name: string, fn: IndexFunc<T>): void {
    this.indexers.set(name, fn);
    const idx = new Map<string, Set<string>>();
    this.indices.set(name, idx);
    for (const [k, o] of this.items) for (const v of fn(o)) addTo(idx, v, k);
  }

  hasSynced(): boolean {
    return this.synced;
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    this.clock.defer(() => this.listAndWatch());
  }

  stop(): void {
    this.handle?.stop();
    this.handle = undefined;
    this.started = false;
  }

  // ---- lister ----
  get(namespace: string | undefined, name: string): T | undefined {
    return this.items.get(namespace ? `${namespace}/${name}` : name);
  }

  getByKey(key: string): T | undefined {
    return this.items.get(key);
  }

  list(namespace?: string): T[] {
    if (!namespace) return [...this.items.values()];
    return this.byIndex(namespaceIndex, namespace);
  }

  byIndex(indexName: string, value: string): T[] {
    const keys = this.indices.get(indexName)?.get(value);
    if (!keys) return [];
    const out: T[] = [];
    for (const k of keys) out.push(this.items.get(k)!);
    return out;
  }

  keys(): string[] {
    return [...this.items.keys()];
  }

  private listAndWatch(): void {
    if (!this.started) return;
    const list = this.client.list<T>(this.group, this.resource, this.opts.namespace, {
      fieldSelector: this.opts.fieldSelector,
      labelSelector: this.opts.labelSelector,
    });
    const seen = new Set<string>();
    for (const o of list.items) {
      const k = keyOf(o);
      seen.add(k);
      this.apply(k, o);
    }
    for (const [k, o] of [...this.items]) if (!seen.has(k)) this.remove(k, o);
    this.synced = true;
    this.handle = this.client.watch<T>(
      this.group,
      this.resource,
      this.opts.namespace,
      { fieldSelector: this.opts.fieldSelector, labelSelector: this.opts.labelSelector, resourceVersion: list.metadata.resourceVersion },
      (e) => this.onWatch(e),
    );
  }

  private onWatch(e: WatchEvent<T>): void {
    if (e.type === 'ERROR') {
      const s = e.object as unknown as { code?: number };
      if (s.code === 410) this.relist();
      return;
    }
    const k = keyOf(e.object);
    if (e.type === 'DELETED') {
      const old = this.items.get(k);
      if (old) this.remove(k, e.object);
    } else this.apply(k, e.object);
  }

  private relist(): void {
    this.handle?.stop();
    try {
      this.listAndWatch();
    } catch (err) {
      if (!(err instanceof StatusError)) throw err;
      this.clock.setTimeout(() => this.relist(), 1000);
    }
  }

  private apply(k: string, o: T): void {
    const old = this.items.get(k);
    if (old && old.metadata?.resourceVersion === o.metadata?.resourceVersion) return;
    this.items.set(k, o);
    this.reindex(k, old, o);
    for (const h of this.handlers) {
      if (old) h.onUpdate?.(old, o);
      else h.onAdd?.(o);
    }
  }

  private remove(k: string, last: T): void {
    const old = this.items.get(k);
    this.items.delete(k);
    this.reindex(k, old, undefined);
    for (const h of this.handlers) h.onDelete?.(last);
  }

  private reindex(k: string, old: T | undefined, cur: T | undefined): void {
    for (const [name, fn] of this.indexers) {
      const idx = this.indices.get(name)!;
      const was = old ? fn(old) : none;
      const now = cur ? fn(cur) : none;
      // Most updates (status writes) leave every index value as it was.
      if (was.length === now.length && was.every((v, i) => v === now[i])) continue;
      for (const v of was) idx.get(v)?.delete(k);
      for (const v of now) addTo(idx, v, k);
    }
  }
}

const none: readonly string[] = [];

function addTo(idx: Map<string, Set<string>>, v: string, k: string): void {
  let s = idx.get(v);
  if (!s) idx.set(v, (s = new Set()));
  s.add(k);
}

/** One informer per resource (and filter) shared by every component of one process. */
export class SharedInformerFactory {
  private informers = new Map<string, SharedInformer>();

  constructor(
    private readonly client: Client,
    private readonly clock: VirtualClock,
  ) {}

  informerFor<T extends Obj = any>(
    group: string,
    resource: string,
    opts: { namespace?: string; fieldSelector?: string; labelSelector?: string } = {},
  ): SharedInformer<T> {
    const key = `${group}/${resource}?${opts.namespace ?? ''}&${opts.fieldSelector ?? ''}&${opts.labelSelector ?? ''}`;
    let inf = this.informers.get(key);
    if (!inf) {
      inf = new SharedInformer<T>(this.client, this.clock, group, resource, opts);
      this.informers.set(key, inf);
    }
    return inf as SharedInformer<T>;
  }

  start(): void {
    for (const inf of this.informers.values()) inf.start();
  }

  stop(): void {
    for (const inf of this.informers.values()) inf.stop();
  }

  hasSynced(): boolean {
    return [...this.informers.values()].every((i) => i.hasSynced());
  }
}
