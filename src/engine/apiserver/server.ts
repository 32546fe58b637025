// Mirrors kube-apiserver's generic registry (k8s.io/apiserver/pkg/registry/generic/registry/store.go)
// and its request pipeline: decode → default → admission → validate → store, for every verb.
// Requests are synchronous function calls; watch events reach watchers on the next clock tick.
import type { Binding, Namespace, Pod } from 'kubernetes-types/core/v1';
import type { ObjectMeta } from 'kubernetes-types/meta/v1';
import {
  StatusError,
  newAlreadyExists,
  newBadRequest,
  newConflict,
  newInternalError,
  newInvalid,
  newMethodNotSupported,
  newNotFound,
  newResourceExpired,
  optimisticLockErrorMsg,
  type FieldError,
} from '../api/errors.js';
import { apiVersionOf, resourceFor, type ResourceInfo } from '../api/resources.js';
import { toRFC3339, type VirtualClock } from '../clock/clock.js';
import type { SeededRandom } from '../clock/random.js';
import { generateName, newUID } from '../clock/names.js';
import { MemoryStore, StoreError, type KeyValue } from '../store/index.js';
import { clone, deepEqual, deepFreeze, type Mutable } from '../util/object.js';
import type { AuditRecord, AuditSink, Verb } from './audit.js';
import { listPrefix, objectKey } from './keys.js';
import { compileSelectors, watchTrigger, type ObjectFilter } from './filter.js';
import { strategies } from './registry/index.js';
import type { Strategy, StrategyContext } from './registry/strategy.js';
import { admitCreate } from './admission/index.js';
import { applyPatch } from './patch.js';
import { bindPod, fromScale, supportsScale, toScale } from './subresources.js';
import { kubeletUnreachable, resolveContainer, type ExecRequest, type ExecResult, type LogStream, type NodeConnector, type PodLogOptions } from './nodeproxy.js';
import type {
  DeleteOptions,
  ListOptions,
  ObjectList,
  PatchType,
  RequestContext,
  WatchEvent,
  WatchHandle,
  WriteOptions,
} from './types.js';

type Obj = { apiVersion?: string; kind?: string; metadata?: Mutable<ObjectMeta>; [k: string]: any };

const noStrategy: Strategy = { validate: () => [] };

export interface APIServerDeps {
  store: MemoryStore;
  clock: VirtualClock;
  random: SeededRandom;
}

export class APIServer {
  readonly store: MemoryStore;
  readonly clock: VirtualClock;
  readonly random: SeededRandom;
  private auditSeq = 0;
  private auditSinks: AuditSink[] = [];
  private readonly strategyContext: StrategyContext;
  private readonly nodeConnectors = new Map<string, NodeConnector>();

  constructor(deps: APIServerDeps) {
    this.store = deps.store;
    this.clock = deps.clock;
    this.random = deps.random;
    this.strategyContext = {
      random: () => this.random.next(),
      now: () => this.clock.nowRFC3339(),
      list: (group, resource, namespace) => {
        const info = resourceFor(group, resource);
        return info ? this.store.list(listPrefix(info, namespace)).items.map((kv) => kv.value) : [];
      },
    };
  }

  onAudit(sink: AuditSink): () => void {
    this.auditSinks.push(sink);
    return () => {
      this.auditSinks = this.auditSinks.filter((s) => s !== sink);
    };
  }

  /** Look a resource up as the router would; unknown resources answer 404 like an unregistered path. */
  resource(group: string, resource: string): ResourceInfo {
    const info = resourceFor(group, resource);
    if (!info) {
      throw new StatusError({
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Failure',
        message: 'the server could not find the requested resource',
        reason: 'NotFound',
        code: 404,
      });
    }
    return info;
  }

  // ---- node proxy (pods/log, pods/exec) ----------------------------------

  /** The kubelet of `nodeName` answers logs and exec for its Pods (wired by the composition root). */
  registerNodeConnector(nodeName: string, c: NodeConnector): () => void {
    this.nodeConnectors.set(nodeName, c);
    return () => {
      if (this.nodeConnectors.get(nodeName) === c) this.nodeConnectors.delete(nodeName);
    };
  }

  /** GET pods/<name>/log: find the container, then ask the Pod's kubelet. */
  podLogs(ctx: RequestContext, namespace: string, name: string, opts: PodLogOptions): LogStream {
    return this.audited(ctx, 'get', '', 'pods', namespace, name, 'log', false, () => {
      const { pod, container, connector } = this.proxyTarget(namespace, name, opts.container, 'containerLogs');
      // A Pod not yet on a node has no logs: an empty answer, as LogLocation's nil location.
      if (!connector) return { text: '' };
      return connector.logs(pod, container, opts);
    });
  }

  /** POST pods/<name>/exec. */
  podExec(ctx: RequestContext, namespace: string, name: string, container: string | undefined, req: ExecRequest): ExecResult {
    return this.audited(ctx, 'create', '', 'pods', namespace, name, 'exec', false, () => {
      const { pod, container: c, connector } = this.proxyTarget(namespace, name, container, 'exec');
      if (!connector) throw newBadRequest(`pod ${name} does not have a host assigned`);
      return connector.exec(pod, c, req);
    });
  }

  private proxyTarget(namespace: string, name: string, container: string | undefined, path: string) {
    const kv = this.store.get(objectKey(this.resource('', 'pods'), namespace, name));
    if (!kv) throw newNotFound('', 'pods', name);
    const pod = kv.value as Pod;
    const c = resolveContainer(pod, container);
    const node = pod.spec?.nodeName;
    if (!node) return { pod, container: c, connector: undefined };
    const connector = this.nodeConnectors.get(node);
    if (!connector) {
      const ip = pod.status?.hostIP ?? node;
      throw kubeletUnreachable(ip, `/${path}/${namespace}/${name}/${c}`);
    }
    return { pod, container: c, connector };
  }

  // ---- reads -------------------------------------------------------------

  get<T = any>(ctx: RequestContext, group: string, resource: string, namespace: string | undefined, name: string, subresource?: string): T {
    return this.audited(ctx, 'get', group, resource, namespace, name, subresource, false, () => {
      const info = this.resource(group, resource);
      const kv = this.store.get(objectKey(info, this.ns(info, namespace), name));
      if (!kv) throw newNotFound(info.group, info.name, name);
      if (subresource === 'scale') {
        if (!supportsScale(info)) throw this.noSubresource(info, subresource);
        return toScale(kv.value as Obj) as T;
      }
      if (subresource && subresource !== 'status') throw this.noSubresource(info, subresource);
      return kv.value as T;
    });
  }

  list<T = any>(ctx: RequestContext, group: string, resource: string, namespace: string | undefined, opts: ListOptions = {}): ObjectList<T> {
    return this.audited(ctx, 'list', group, resource, namespace, undefined, undefined, false, () => {
      const info = this.resource(group, resource);
      const filter = this.filterFor(info, opts);
      const rv = opts.resourceVersion && opts.resourceVersion !== '0' ? Number(opts.resourceVersion) : undefined;
      if (rv !== undefined && !Number.isFinite(rv)) throw newBadRequest(`invalid resource version: ${opts.resourceVersion}`);
      let listed: { items: KeyValue[]; revision: number };
      try {
        listed = this.store.list(listPrefix(info, this.ns(info, namespace)), rv !== undefined ? { revision: rv } : undefined);
      } catch (e) {
        throw this.storeError(e, info, '', opts.resourceVersion);
      }
      const items: T[] = [];
      for (const kv of listed.items) if (filter(kv.value as Obj)) items.push(kv.value as T);
      return {
        apiVersion: apiVersionOf(info),
        kind: `${info.kind}List`,
        metadata: { resourceVersion: String(listed.revision) },
        items,
      };
    });
  }

  /**
   * Watch changes after `opts.resourceVersion` (or from now). Events are
   * delivered in revision order on later clock ticks, never inside the write
   * that caused them, as a real watch delivers them over the network.
   */
  watch<T = any>(
    ctx: RequestContext,
    group: string,
    resource: string,
    namespace: string | undefined,
    opts: ListOptions,
    handler: (e: WatchEvent<T>) => void,
  ): WatchHandle {
    return this.audited(ctx, 'watch', group, resource, namespace, undefined, undefined, false, () => {
      const info = this.resource(group, resource);
      const filter = this.filterFor(info, opts);
      const from = opts.resourceVersion && opts.resourceVersion !== '0' ? Number(opts.resourceVersion) : undefined;
      let stopped = false;
      let queue: WatchEvent<T>[] = [];
      let scheduled = false;
      const flush = () => {
        scheduled = false;
        const batch = queue;
        queue = [];
        for (const e of batch) {
          if (stopped) return;
          handler(e);
        }
      };
      const push = (e: WatchEvent<T>) => {
        queue.push(e);
        if (!scheduled) {
          scheduled = true;
          this.clock.defer(flush);
        }
      };
      let w: { stop(): void };
      try {
        w = this.store.watch(listPrefix(info, this.ns(info, namespace)), from, (ev) => {
          const cur = ev.type === 'PUT' ? (ev.kv.value as Obj) : undefined;
          const prev = ev.prevKv?.value as Obj | undefined;
          const curOk = cur !== undefined && filter(cur);
          const prevOk = prev !== undefined && filter(prev);
          if (ev.type === 'DELETE') {
            const last = (ev.prevKv?.value ?? ev.kv.value) as Obj;
            if (filter(last)) push({ type: 'DELETED', object: this.withRevision(last, ev.revision) as T });
          } else if (curOk && prevOk) push({ type: 'MODIFIED', object: cur as T });
          else if (curOk) push({ type: 'ADDED', object: cur as T });
          else if (prevOk) push({ type: 'DELETED', object: cur as T });
        }, watchTrigger(opts, strategies[`${info.group}/${info.name}`] ?? noStrategy));
      } catch (e) {
        throw this.storeError(e, info, '', opts.resourceVersion);
      }
      return {
        stop: () => {
          stopped = true;
          w.stop();
        },
      };
    });
  }

  // ---- writes ------------------------------------------------------------

  create<T = any>(
    ctx: RequestContext,
    group: string,
    resource: string,
    namespace: string | undefined,
    body: object,
    opts: WriteOptions & { subresource?: string; name?: string } = {},
  ): T {
    const given = body as Obj;
    const reqName = opts.name ?? given?.metadata?.name;
    return this.audited(ctx, 'create', group, resource, namespace, reqName, opts.subresource, !!opts.dryRun, () => {
      const info = this.resource(group, resource);
      if (opts.subresource === 'binding' && info.group === '' && info.name === 'pods') {
        const ns = this.ns(info, namespace);
        const kv = this.store.get(objectKey(info, ns, reqName ?? ''));
        if (!kv) throw newNotFound('', 'pods', reqName ?? '');
        const next = bindPod(kv.value as Obj, given as Binding, this.clock.nowRFC3339());
        if (opts.dryRun) return deepFreeze(next) as T;
        next.metadata!.resourceVersion = String(this.store.revision + 1);
        this.store.update(kv.key, deepFreeze(next), kv.modRevision);
        return given as T;
      }
      if (opts.subresource === 'eviction' && info.group === '' && info.name === 'pods') {
        // EvictionREST without PodDisruptionBudgets (not served): an eviction is a graceful delete.
        const ns = this.ns(info, namespace);
        const deleteOptions = (given as { deleteOptions?: DeleteOptions }).deleteOptions ?? {};
        this.deleteObject(info, ns, reqName ?? '', { ...deleteOptions, dryRun: opts.dryRun || deleteOptions.dryRun });
        return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success' } as T;
      }
      if (opts.subresource) throw this.noSubresource(info, opts.subresource);
      if (!info.verbs.includes('create')) throw newMethodNotSupported(info.group, info.name, 'create');
      const ns = this.ns(info, namespace ?? given?.metadata?.namespace);
      const obj = this.decode(info, given, ns);
      const strategy = strategies[`${info.group}/${info.name}`] ?? noStrategy;
      const meta = obj.metadata!;
      if (!meta.name && meta.generateName) meta.name = generateName(meta.generateName, this.random);
      meta.uid = newUID(this.random);
      meta.creationTimestamp = this.clock.nowRFC3339();
      delete meta.resourceVersion;
      delete meta.deletionTimestamp;
      delete meta.deletionGracePeriodSeconds;
      delete (meta as { selfLink?: string }).selfLink;
      strategy.default?.(obj);
      strategy.prepareForCreate?.(obj);
      const errs: FieldError[] = strategy.validate(obj);
      if (errs.length) throw newInvalid(info.group, info.kind, meta.name ?? '', dedupe(errs));
      admitCreate(this.admissionView(), info, obj, ctx);
      const allocErrs = strategy.beforeCreate?.(obj, this.strategyContext) ?? [];
      if (allocErrs.length) throw newInvalid(info.group, info.kind, meta.name ?? '', allocErrs);
      const key = objectKey(info, ns, meta.name!);
      if (this.store.get(key)) throw newAlreadyExists(info.group, info.name, meta.name!);
      if (opts.dryRun) return deepFreeze(obj) as T;
      meta.resourceVersion = String(this.store.revision + 1);
      deepFreeze(obj);
      try {
        this.store.create(key, obj);
      } catch (e) {
        throw this.storeError(e, info, meta.name!);
      }
      return obj as T;
    });
  }

  update<T = any>(
    ctx: RequestContext,
    group: string,
    resource: string,
    namespace: string | undefined,
    body: object,
    opts: WriteOptions & { subresource?: string } = {},
  ): T {
    const given = body as Obj;
    const name = given?.metadata?.name ?? '';
    return this.audited(ctx, 'update', group, resource, namespace, name, opts.subresource, !!opts.dryRun, () => {
      const info = this.resource(group, resource);
      const ns = this.ns(info, namespace ?? given?.metadata?.namespace);
      if (opts.subresource === 'scale') return this.updateScale(info, ns, name, given, opts) as T;
      const finalize = opts.subresource === 'finalize' && info.group === '' && info.name === 'namespaces';
      if (opts.subresource && opts.subresource !== 'status' && !finalize) throw this.noSubresource(info, opts.subresource);
      // /status reads only metadata and status from the body (and finalize only spec.finalizers): decode just those.
      const part = opts.subresource === 'status' && given && typeof given === 'object' && !Array.isArray(given) ? { apiVersion: given.apiVersion, kind: given.kind, metadata: given.metadata, status: given.status } : given;
      const obj = this.decode(info, part, ns);
      return this.updateObject(info, ns, name, obj, opts) as T;
    });
  }

  patch<T = any>(
    ctx: RequestContext,
    group: string,
    resource: string,
    namespace: string | undefined,
    name: string,
    type: PatchType,
    patch: unknown,
    opts: WriteOptions & { subresource?: string } = {},
  ): T {
    return this.audited(ctx, 'patch', group, resource, namespace, name, opts.subresource, !!opts.dryRun, () => {
      const info = this.resource(group, resource);
      const ns = this.ns(info, namespace);
      const current = this.store.get(objectKey(info, ns, name));
      if (!current) throw newNotFound(info.group, info.name, name);
      if (opts.subresource === 'scale') {
        if (!supportsScale(info)) throw this.noSubresource(info, opts.subresource);
        const scale = applyPatch(type === 'strategic' ? 'merge' : type, toScale(current.value as Obj), patch, 'Scale') as Obj;
        return this.updateScale(info, ns, name, scale, opts) as T;
      }
      if (opts.subresource && opts.subresource !== 'status') throw this.noSubresource(info, opts.subresource);
      const patched = applyPatch(type, current.value, patch, info.kind) as Obj;
      const obj = this.decode(info, patched, ns);
      if (!obj.metadata!.resourceVersion) obj.metadata!.resourceVersion = (current.value as Obj).metadata!.resourceVersion;
      return this.updateObject(info, ns, name, obj, opts) as T;
    });
  }

  delete<T = any>(
    ctx: RequestContext,
    group: string,
    resource: string,
    namespace: string | undefined,
    name: string,
    opts: DeleteOptions = {},
  ): T {
    return this.audited(ctx, 'delete', group, resource, namespace, name, undefined, !!opts.dryRun, () => {
      const info = this.resource(group, resource);
      return this.deleteObject(info, this.ns(info, namespace), name, opts) as T;
    });
  }

  deleteCollection(
    ctx: RequestContext,
    group: string,
    resource: string,
    namespace: string | undefined,
    listOpts: ListOptions,
    opts: DeleteOptions = {},
  ): any[] {
    return this.audited(ctx, 'deletecollection', group, resource, namespace, undefined, undefined, !!opts.dryRun, () => {
      const info = this.resource(group, resource);
      const filter = this.filterFor(info, listOpts);
      const out: any[] = [];
      for (const kv of this.store.list(listPrefix(info, this.ns(info, namespace))).items) {
        const o = kv.value as Obj;
        if (!filter(o)) continue;
        try {
          out.push(this.deleteObject(info, o.metadata!.namespace, o.metadata!.name!, opts));
        } catch (e) {
          if (!(e instanceof StatusError && e.code === 404)) throw e;
        }
      }
      return out;
    });
  }

  // ---- shared machinery --------------------------------------------------

  private updateScale(info: ResourceInfo, ns: string | undefined, name: string, scale: Obj, opts: WriteOptions): Obj {
    if (!supportsScale(info)) throw this.noSubresource(info, 'scale');
    const kv = this.store.get(objectKey(info, ns, name));
    if (!kv) throw newNotFound(info.group, info.name, name);
    const next = fromScale(info, kv.value as Obj, scale);
    next.metadata!.resourceVersion = (kv.value as Obj).metadata!.resourceVersion;
    return toScale(this.updateObject(info, ns, name, next, opts));
  }

  private noSubresource(info: ResourceInfo, sub: string): StatusError {
    return newNotFound(info.group, `${info.name}/${sub}`, '');
  }

  /** GuaranteedUpdate: CAS on the revision the object was read at; no write when nothing changed. */
  updateObject(info: ResourceInfo, ns: string | undefined, name: string, obj: Obj, opts: WriteOptions & { subresource?: string }): Obj {
    const strategy = strategies[`${info.group}/${info.name}`] ?? noStrategy;
    const meta = obj.metadata!;
    if (meta.name && meta.name !== name) {
      throw newBadRequest(`the name of the object (${meta.name}) does not match the name on the URL (${name})`);
    }
    meta.name = name;
    const key = objectKey(info, ns, name);
    const currentKV = this.store.get(key);
    if (!currentKV) throw newNotFound(info.group, info.name, name);
    const old = currentKV.value as Obj;
    if (meta.resourceVersion && meta.resourceVersion !== old.metadata!.resourceVersion) {
      throw newConflict(info.group, info.name, name, optimisticLockErrorMsg);
    }
    let next: Obj;
    let errs: FieldError[];
    if (opts.subresource === 'finalize') {
      // namespace FinalizeREST: only spec.finalizers may change.
      next = clone(old);
      next.spec = { ...next.spec, finalizers: [...(obj.spec?.finalizers ?? [])] };
      errs = [];
    } else if (opts.subresource === 'status') {
      // ResetObjectMetaForStatus + the strategy's status reset: only status may change.
      // Everything but status and metadata is the stored object's own, deep-frozen, shared.
      next = { ...old, metadata: { ...old.metadata }, status: clone(obj.status) };
      strategy.prepareForStatusUpdate?.(next, old, obj);
      errs = strategy.validateStatusUpdate?.(next, old) ?? [];
    } else {
      next = obj;
      const m = next.metadata!;
      m.uid = old.metadata!.uid;
      m.creationTimestamp = old.metadata!.creationTimestamp;
      if (old.metadata!.deletionTimestamp) {
        m.deletionTimestamp = old.metadata!.deletionTimestamp;
        m.deletionGracePeriodSeconds = old.metadata!.deletionGracePeriodSeconds;
      } else {
        delete m.deletionTimestamp;
        delete m.deletionGracePeriodSeconds;
      }
      if (m.generateName === undefined && old.metadata!.generateName !== undefined) m.generateName = old.metadata!.generateName;
      strategy.default?.(next);
      strategy.prepareForUpdate?.(next, old);
      errs = [...strategy.validate(next), ...(strategy.validateUpdate?.(next, old) ?? [])];
      if (!errs.length) errs = strategy.beforeUpdate?.(next, old, this.strategyContext) ?? [];
    }
    if (errs.length) throw newInvalid(info.group, info.kind, name, dedupe(errs));
    next.metadata!.resourceVersion = old.metadata!.resourceVersion;
    if (deepEqual(next, old)) return old;
    // An object being deleted goes once its last finalizer is removed.
    if (next.metadata!.deletionTimestamp && !(next.metadata!.finalizers?.length) && !namespaceFinalizers(info, next).length) {
      if (opts.dryRun) return deepFreeze(next);
      this.store.delete(key, currentKV.modRevision);
      return deepFreeze(next);
    }
    if (opts.dryRun) return deepFreeze(next);
    next.metadata!.resourceVersion = String(this.store.revision + 1);
    deepFreeze(next);
    try {
      this.store.update(key, next, currentKV.modRevision);
    } catch (e) {
      throw this.storeError(e, info, name);
    }
    return next;
  }

  /**
   * Store.Delete: preconditions, graceful deletion (pods), finalizers and the
   * propagation policy's finalizer (orphan / foregroundDeletion), then removal.
   */
  private deleteObject(info: ResourceInfo, ns: string | undefined, name: string, opts: DeleteOptions): Obj {
    const key = objectKey(info, ns, name);
    const kv = this.store.get(key);
    if (!kv) throw newNotFound(info.group, info.name, name);
    const cur = kv.value as Obj;
    const pre = opts.preconditions;
    if (pre?.uid && pre.uid !== cur.metadata!.uid) {
      throw newConflict(info.group, info.name, name, `Precondition failed: UID in precondition: ${pre.uid}, UID in object meta: ${cur.metadata!.uid}`);
    }
    if (pre?.resourceVersion && pre.resourceVersion !== cur.metadata!.resourceVersion) {
      throw newConflict(
        info.group,
        info.name,
        name,
        `Precondition failed: ResourceVersion in precondition: ${pre.resourceVersion}, ResourceVersion in object meta: ${cur.metadata!.resourceVersion}`,
      );
    }
    const nsFinalizers = namespaceFinalizers(info, cur);
    if (nsFinalizers.length && cur.metadata!.deletionTimestamp) {
      throw newConflict(
        info.group,
        info.name,
        name,
        'The system is ensuring all content is removed from this namespace.  Upon completion, this namespace will automatically be purged by the system.',
      );
    }
    const grace = this.gracePeriod(info, cur, opts);
    const finalizers = new Set(cur.metadata!.finalizers ?? []);
    if (opts.propagationPolicy === 'Orphan') finalizers.add('orphan');
    if (opts.propagationPolicy === 'Foreground') finalizers.add('foregroundDeletion');
    if (opts.propagationPolicy === 'Background') {
      finalizers.delete('orphan');
      finalizers.delete('foregroundDeletion');
    }
    if (grace > 0 || finalizers.size > 0 || nsFinalizers.length) {
      const next = clone(cur);
      const m = next.metadata!;
      // namespace REST Delete: a namespace with spec.finalizers turns Terminating until they are removed.
      if (nsFinalizers.length) next.status = { ...next.status, phase: 'Terminating' };
      const deadline = this.clock.now() + grace * 1000;
      const existing = m.deletionTimestamp ? Date.parse(m.deletionTimestamp) : undefined;
      // A second delete may shorten the grace period, never lengthen it.
      if (existing === undefined || deadline < existing) {
        m.deletionTimestamp = toRFC3339(deadline);
        m.deletionGracePeriodSeconds = grace;
      }
      if (finalizers.size) m.finalizers = [...finalizers];
      if (deepEqual(next, cur)) return cur;
      if (opts.dryRun) return deepFreeze(next);
      next.metadata!.resourceVersion = String(this.store.revision + 1);
      deepFreeze(next);
      this.store.update(key, next, kv.modRevision);
      return next;
    }
    if (opts.dryRun) return cur;
    this.store.delete(key, kv.modRevision);
    return cur;
  }

  /** rest.BeforeDelete / pod strategy CheckGracefulDelete. */
  private gracePeriod(info: ResourceInfo, obj: Obj, opts: DeleteOptions): number {
    if (info.group !== '' || info.name !== 'pods') return 0;
    let grace = opts.gracePeriodSeconds ?? obj.spec?.terminationGracePeriodSeconds ?? 30;
    if (grace < 0) grace = 1;
    // Pods that never reached a node, or already finished, have nothing to stop.
    if (!obj.spec?.nodeName) return 0;
    const phase = obj.status?.phase;
    if (phase === 'Failed' || phase === 'Succeeded') return 0;
    return grace;
  }

  /** Decode a request body: kind/apiVersion checked, metadata present, namespace matched. */
  private decode(info: ResourceInfo, body: Obj | undefined, ns: string | undefined): Obj {
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw newBadRequest('the body of the request was in an unknown format');
    const obj = clone(body);
    const want = apiVersionOf(info);
    if (obj.kind && obj.kind !== info.kind) {
      throw newBadRequest(`the API version in the data (${obj.apiVersion ?? ''}) does not match the expected API version (${want})`);
    }
    obj.apiVersion = want;
    obj.kind = info.kind;
    obj.metadata = obj.metadata ?? {};
    if (info.namespaced) {
      if (obj.metadata.namespace && ns && obj.metadata.namespace !== ns) {
        throw newBadRequest('the namespace of the provided object does not match the namespace sent on the request');
      }
      obj.metadata.namespace = ns;
    } else {
      delete obj.metadata.namespace;
    }
    return obj;
  }

  private ns(info: ResourceInfo, namespace: string | undefined): string | undefined {
    return info.namespaced ? namespace || undefined : undefined;
  }

  private filterFor(info: ResourceInfo, opts: ListOptions): ObjectFilter {
    const strategy = strategies[`${info.group}/${info.name}`] ?? noStrategy;
    return compileSelectors(info, opts, strategy);
  }

  private withRevision(obj: Obj, revision: number): Obj {
    return { ...obj, metadata: { ...obj.metadata, resourceVersion: String(revision) } };
  }

  private admissionView() {
    return {
      getNamespace: (name: string) => this.store.get(`/registry/namespaces/${name}`)?.value as Namespace | undefined,
    };
  }

  private storeError(e: unknown, info: ResourceInfo, name: string, rv?: string): unknown {
    if (!(e instanceof StoreError)) return e;
    switch (e.code) {
      case 'KeyExists':
        return newAlreadyExists(info.group, info.name, name);
      case 'KeyNotFound':
        return newNotFound(info.group, info.name, name);
      case 'Conflict':
        return newConflict(info.group, info.name, name, optimisticLockErrorMsg);
      case 'Compacted':
        return newResourceExpired(`too old resource version: ${rv} (${this.store.compactRevision})`);
      case 'FutureRevision':
        return newInternalError(`resource version ${rv} is in the future`);
      default:
        return e;
    }
  }

  private audited<R>(
    ctx: RequestContext,
    verb: Verb,
    group: string,
    resource: string,
    namespace: string | undefined,
    name: string | undefined,
    subresource: string | undefined,
    dryRun: boolean,
    fn: () => R,
  ): R {
    let code = verb === 'create' ? 201 : 200;
    try {
      const result = fn();
      // A create with generateName is audited under the name the server gave it.
      if (verb === 'create' && !name && !subresource) name = (result as { metadata?: { name?: string } })?.metadata?.name;
      return result;
    } catch (e) {
      code = e instanceof StatusError ? e.code : 500;
      if (!(e instanceof StatusError)) throw newInternalError(e instanceof Error ? e.message : String(e));
      throw e;
    } finally {
      if (this.auditSinks.length) {
        const rec: AuditRecord = {
          seq: ++this.auditSeq,
          time: this.clock.now(),
          user: ctx.user,
          verb,
          group,
          resource,
          code,
          revision: this.store.revision,
        };
        if (subresource) rec.subresource = subresource;
        if (namespace) rec.namespace = namespace;
        if (name) rec.name = name;
        if (dryRun) rec.dryRun = true;
        for (const s of this.auditSinks) s(rec);
      }
    }
  }
}

/** A namespace's spec.finalizers (`kubernetes`): the namespace controller's, removed through /finalize. */
function namespaceFinalizers(info: ResourceInfo, obj: Obj): string[] {
  if (info.group !== '' || info.name !== 'namespaces') return [];
  return obj.spec?.finalizers ?? [];
}

function dedupe(errs: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errs.filter((e) => {
    const k = `${e.type}|${e.field}|${e.detail ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
