// The lab's own window on the cluster, built like a client-go informer: list
// each watched resource, then watch from the list's resourceVersion, keeping
// a cache the UI can snapshot and forwarding every change as a push.
// Simplification: one reflector per resource, no resync; a watch ERROR relists.
import type { Client } from '../client/client.js';
import type { WatchEvent, WatchHandle } from '../apiserver/types.js';
import { objectKey, watchedResources, type KubeObject, type ObjectEvent, type WatchedResource } from './messages.js';

/** Who the lab's view acts as in the API (and in the audit log). */
export const labViewUser = 'system:kubelab:lab-view';

export class LabView {
  private readonly caches = new Map<WatchedResource, Map<string, KubeObject>>();
  private readonly handles = new Map<WatchedResource, WatchHandle>();
  private stopped = false;

  constructor(
    private readonly client: Client,
    private readonly onEvent: (e: ObjectEvent) => void,
  ) {
    for (const r of watchedResources) this.listAndWatch(r.group, r.resource);
  }

  /** The cached objects of one resource (any order). */
  items(resource: WatchedResource): KubeObject[] {
    return [...(this.caches.get(resource)?.values() ?? [])];
  }

  /** Every cached object, per resource, in key order. */
  snapshot(): { resource: WatchedResource; items: KubeObject[] }[] {
    return watchedResources.map(({ resource }) => ({
      resource,
      items: [...(this.caches.get(resource)?.entries() ?? [])].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, o]) => o),
    }));
  }

  stop(): void {
    this.stopped = true;
    for (const h of this.handles.values()) h.stop();
    this.handles.clear();
  }

  private listAndWatch(group: string, resource: WatchedResource): void {
    if (this.stopped) return;
    this.handles.get(resource)?.stop();
    const list = this.client.list<KubeObject>(group, resource);
    const cache = new Map<string, KubeObject>();
    const old = this.caches.get(resource);
    for (const o of list.items) cache.set(objectKey(o), o);
    this.caches.set(resource, cache);
    // After a relist, tell the UI what changed while the watch was broken.
    if (old) {
      for (const [k, o] of old) if (!cache.has(k)) this.onEvent({ type: 'DELETED', resource, object: o });
      for (const [k, o] of cache) {
        const before = old.get(k);
        if (!before) this.onEvent({ type: 'ADDED', resource, object: o });
        else if (before.metadata.resourceVersion !== o.metadata.resourceVersion) this.onEvent({ type: 'MODIFIED', resource, object: o });
      }
    }
    const handle = this.client.watch<KubeObject>(group, resource, undefined, { resourceVersion: list.metadata.resourceVersion }, (e: WatchEvent<KubeObject>) => {
      if (this.stopped) return;
      if (e.type === 'ERROR') {
        this.listAndWatch(group, resource);
        return;
      }
      if (e.type === 'BOOKMARK') return;
      const key = objectKey(e.object);
      if (e.type === 'DELETED') cache.delete(key);
      else cache.set(key, e.object);
      this.onEvent({ type: e.type, resource, object: e.object });
    });
    this.handles.set(resource, handle);
  }
}
