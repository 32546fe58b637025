// Mirrors client-go's dynamic client: every call is an API request made as one
// user. Components hold a Client, never the APIServer, so every read and write
// they make is audited and goes through admission and validation.
import type { APIServer } from '../apiserver/server.js';
import type {
  DeleteOptions,
  ListOptions,
  ObjectList,
  PatchType,
  WatchEvent,
  WatchHandle,
  WriteOptions,
} from '../apiserver/types.js';
import type { ExecRequest, ExecResult, LogStream, PodLogOptions } from '../apiserver/nodeproxy.js';

export class Client {
  private readonly ctx: { user: string };

  constructor(
    readonly api: APIServer,
    readonly user: string,
  ) {
    this.ctx = { user };
  }

  /** The same server as another user (e.g. kubectl --as). */
  as(user: string): Client {
    return new Client(this.api, user);
  }

  get<T = any>(group: string, resource: string, namespace: string | undefined, name: string, subresource?: string): T {
    return this.api.get<T>(this.ctx, group, resource, namespace, name, subresource);
  }

  list<T = any>(group: string, resource: string, namespace?: string, opts?: ListOptions): ObjectList<T> {
    return this.api.list<T>(this.ctx, group, resource, namespace, opts);
  }

  watch<T = any>(
    group: string,
    resource: string,
    namespace: string | undefined,
    opts: ListOptions,
    handler: (e: WatchEvent<T>) => void,
  ): WatchHandle {
    return this.api.watch<T>(this.ctx, group, resource, namespace, opts, handler);
  }

  create<T = any>(group: string, resource: string, namespace: string | undefined, obj: object, opts?: WriteOptions): T {
    return this.api.create<T>(this.ctx, group, resource, namespace, obj, opts);
  }

  /** POST pods/<name>/binding, as the scheduler binds a Pod to a node. */
  bind(namespace: string, podName: string, nodeName: string): void {
    this.api.create(
      this.ctx,
      '',
      'pods',
      namespace,
      { apiVersion: 'v1', kind: 'Binding', metadata: { name: podName, namespace }, target: { apiVersion: 'v1', kind: 'Node', name: nodeName } },
      { subresource: 'binding', name: podName },
    );
  }

  /** POST pods/<name>/eviction (policy/v1 Eviction), as kubectl drain evicts. */
  evict(namespace: string, podName: string, deleteOptions?: DeleteOptions): void {
    this.api.create(
      this.ctx,
      '',
      'pods',
      namespace,
      { apiVersion: 'policy/v1', kind: 'Eviction', metadata: { name: podName, namespace }, deleteOptions },
      { subresource: 'eviction', name: podName },
    );
  }

  /** GET pods/<name>/log (the API server proxies it to the Pod's kubelet). */
  podLogs(namespace: string, name: string, opts: PodLogOptions = {}): LogStream {
    return this.api.podLogs(this.ctx, namespace, name, opts);
  }

  /** POST pods/<name>/exec, without a terminal: the command's output and exit code. */
  podExec(namespace: string, name: string, container: string | undefined, req: ExecRequest): ExecResult {
    return this.api.podExec(this.ctx, namespace, name, container, req);
  }

  getScale(group: string, resource: string, namespace: string, name: string): any {
    return this.api.get(this.ctx, group, resource, namespace, name, 'scale');
  }

  updateScale(group: string, resource: string, namespace: string, name: string, replicas: number, resourceVersion?: string): any {
    return this.api.update(
      this.ctx,
      group,
      resource,
      namespace,
      { apiVersion: 'autoscaling/v1', kind: 'Scale', metadata: { name, namespace, resourceVersion }, spec: { replicas } },
      { subresource: 'scale' },
    );
  }

  update<T = any>(group: string, resource: string, namespace: string | undefined, obj: object, opts?: WriteOptions & { subresource?: string }): T {
    return this.api.update<T>(this.ctx, group, resource, namespace, obj, opts);
  }

  updateStatus<T = any>(group: string, resource: string, namespace: string | undefined, obj: object, opts?: WriteOptions): T {
    return this.api.update<T>(this.ctx, group, resource, namespace, obj, { ...opts, subresource: 'status' });
  }

  patch<T = any>(
    group: string,
    resource: string,
    namespace: string | undefined,
    name: string,
    type: PatchType,
    patch: unknown,
    opts?: WriteOptions & { subresource?: string },
  ): T {
    return this.api.patch<T>(this.ctx, group, resource, namespace, name, type, patch, opts);
  }

  delete<T = any>(group: string, resource: string, namespace: string | undefined, name: string, opts?: DeleteOptions): T {
    return this.api.delete<T>(this.ctx, group, resource, namespace, name, opts);
  }

  deleteCollection(group: string, resource: string, namespace: string | undefined, listOpts: ListOptions, opts?: DeleteOptions): any[] {
    return this.api.deleteCollection(this.ctx, group, resource, namespace, listOpts, opts);
  }
}
