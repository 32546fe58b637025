// Mirrors pkg/kubelet/kubelet.go (syncLoop, HandlePodAdditions/Updates/Removes),
// pod_workers.go (one pass at a time per Pod; a newer update waits for the
// running pass) and pleg/generic.go (runtime events are noticed at the next
// one-second relist). The kubelet watches only the Pods bound to its node
// (field selector spec.nodeName=<node>) and writes their status as system:node:<node>.
import type { ConfigMap, PersistentVolume, PersistentVolumeClaim, Pod, PodStatus, Secret, Service } from 'kubernetes-types/core/v1';
import { isConflict, isNotFound, isStatusError } from '../api/errors.js';
import { parseRFC3339 } from '../clock/clock.js';
import type { EventRecorder } from '../client/events.js';
import { SharedInformer } from '../client/informer.js';
import type { ContainerStatus } from '../runtime/cri.js';
import { clone, deepEqual } from '../util/object.js';
import { Backoff } from './backoff.js';
import { cgroupParent } from './cgroups.js';
import { ImageManager } from './images.js';
import { NodeStatusManager } from './nodelease.js';
import { machineInfo } from './nodestatus.js';
import { ProbeManager } from './prober.js';
import type { PodState, SyncHost } from './podstate.js';
import { syncPod, type SyncPass } from './podsync.js';
import { generatePodStatus, type WaitingReason } from './status.js';
import { KubeletEventRecorder, mirrorKey, staticPodManifests } from './staticpods.js';
import { newVolumeMemo, tearDownVolumes } from './volumes.js';
import type { KubeletDeps } from './types.js';

/** PLEG's relist period: a container's exit is noticed within a second. */
export const plegRelistMs = 1000;

export class Kubelet implements SyncHost {
  readonly clock;
  readonly node;
  readonly runtime;
  readonly images: ImageManager;
  readonly prober: ProbeManager;
  readonly recorder: EventRecorder;
  readonly crashBackOff: Backoff;
  readonly volumeHost;
  readonly nodeStatus: NodeStatusManager;
  readonly pods = new Map<string, PodState>();
  private readonly byName = new Map<string, PodState>();
  private readonly bySandbox = new Map<string, PodState>();
  private podInformer: SharedInformer<Pod>;
  private serviceInformer: SharedInformer<Service>;
  private stopRuntimeEvents: (() => void) | undefined;
  private active = false;
  private readonly staticPods: Pod[];

  constructor(private readonly deps: KubeletDeps) {
    this.clock = deps.clock;
    this.node = deps.node;
    this.runtime = deps.runtime;
    this.volumeHost = deps.volumeHost;
    this.recorder = new KubeletEventRecorder(deps.client, deps.clock, { component: 'kubelet', host: deps.node.name });
    this.images = new ImageManager(deps.clock, deps.images, this.recorder);
    this.crashBackOff = new Backoff(deps.clock);
    this.prober = new ProbeManager(deps.clock, deps.runtime, deps.network, this.recorder, (key) => {
      const st = this.pods.get(key);
      if (st) this.requeue(st, 0);
    });
    this.nodeStatus = new NodeStatusManager(deps.client, deps.clock, deps.node, machineInfo(deps.random), deps.images, this.recorder);
    this.podInformer = new SharedInformer<Pod>(deps.client, deps.clock, '', 'pods', { fieldSelector: `spec.nodeName=${deps.node.name}` });
    this.serviceInformer = new SharedInformer<Service>(deps.client, deps.clock, '', 'services');
    this.staticPods = (deps.staticPods as Pod[] | undefined) ?? (deps.node.controlPlane ? staticPodManifests(deps.node) : []);
    this.podInformer.addEventHandler({
      onAdd: (p) => this.handlePod(p),
      onUpdate: (old, p) => {
        // Status-only updates (our own writes) need no pass: as the kubelet's config source, compare spec and metadata.
        if (deepEqual(old.spec, p.spec) && sameMeta(old, p)) {
          const st = this.pods.get(this.workerKey(p));
          if (st) st.pod = p;
          return;
        }
        this.handlePod(p);
      },
      onDelete: (p) => this.handleRemove(p),
    });
  }

  get sources() {
    return {
      getConfigMap: (ns: string, name: string) => this.getOptional<ConfigMap>('configmaps', ns, name),
      getSecret: (ns: string, name: string) => this.getOptional<Secret>('secrets', ns, name),
      getPersistentVolumeClaim: (ns: string, name: string) => this.getOptional<PersistentVolumeClaim>('persistentvolumeclaims', ns, name),
      getPersistentVolume: (name: string) => this.getOptional<PersistentVolume>('persistentvolumes', undefined, name),
      services: (ns: string) => this.serviceInformer.list(ns),
    };
  }

  start(): void {
    if (this.active) return;
    this.active = true;
    this.nodeStatus.start();
    this.stopRuntimeEvents = this.runtime.onEvent((e) => {
      const st = this.bySandbox.get(e.sandboxId);
      if (!st) return;
      if (e.type === 'CONTAINER_STOPPED') this.prober.removeContainer(e.containerId);
      this.requeue(st, plegRelistMs);
    });
    for (const sp of this.staticPods) this.createMirror(sp);
    this.serviceInformer.start();
    this.podInformer.start();
  }

  running(): boolean {
    return this.active;
  }

  /** `lab node stop`: the kubelet stops (its lease expires); containers keep running. */
  stop(): void {
    if (!this.active) return;
    this.active = false;
    this.nodeStatus.stop();
    this.podInformer.stop();
    this.serviceInformer.stop();
    this.stopRuntimeEvents?.();
    for (const st of this.pods.values()) this.clock.clearTimeout(st.timer);
  }

  /** The worker of a Pod, by namespace and name (for logs and exec). */
  podByName(namespace: string, name: string): PodState | undefined {
    return this.byName.get(`${namespace}/${name}`);
  }

  // ---- Pod config source ----

  private workerKey(p: Pod): string {
    return mirrorKey(p) ?? p.metadata!.uid!;
  }

  private handlePod(p: Pod): void {
    const key = this.workerKey(p);
    let st = this.pods.get(key);
    if (!st) {
      // A finished Pod from before (or a stranger's): nothing to run.
      const phase = p.status?.phase;
      if ((phase === 'Succeeded' || phase === 'Failed') && !p.metadata?.deletionTimestamp) return;
      st = {
        key,
        pod: p,
        mirror: mirrorKey(p) !== undefined,
        reasons: new Map(),
        volumes: newVolumeMemo(),
        startTime: parseRFC3339(p.status?.startTime) ?? this.clock.now(),
        removed: false,
        syncing: false,
        dirty: false,
      };
      this.pods.set(key, st);
    }
    st.pod = p;
    st.removed = false;
    this.byName.set(`${p.metadata!.namespace}/${p.metadata!.name}`, st);
    this.requeue(st, 0);
  }

  private handleRemove(p: Pod): void {
    const st = this.pods.get(this.workerKey(p));
    if (!st) return;
    if (st.mirror) {
      // The mirror is recreated; the static Pod never stopped.
      if (st.pod.metadata?.uid === p.metadata?.uid) this.createMirror(this.staticPods.find((s) => mirrorKey(s) === st.key) ?? p);
      return;
    }
    st.removed = true;
    this.requeue(st, 0);
  }

  // ---- pod workers ----

  requeue(st: PodState, ms: number): void {
    if (!this.active) return;
    ms = Math.max(0, ms);
    const at = this.clock.now() + ms;
    if (st.timer !== undefined && st.timerAt !== undefined && st.timerAt <= at) return;
    this.clock.clearTimeout(st.timer);
    st.timerAt = at;
    st.timer = this.clock.setTimeout(() => {
      st.timer = undefined;
      st.timerAt = undefined;
      this.runPass(st);
    }, ms);
  }

  private runPass(st: PodState): void {
    if (st.syncing) {
      st.dirty = true;
      return;
    }
    if (!this.pods.has(st.key)) return;
    st.syncing = true;
    const pass: SyncPass = syncPod(this, st);
    const done = () => {
      st.syncing = false;
      if (st.dirty && this.pods.has(st.key)) {
        st.dirty = false;
        this.requeue(st, 0);
      }
    };
    const step = (input?: unknown) => {
      let r: IteratorResult<unknown, void>;
      try {
        r = pass.next(input);
      } catch (e) {
        done();
        throw e;
      }
      if (r.done) return done();
      (r.value as (resume: (v?: unknown) => void) => void)(step);
    };
    step();
  }

  // ---- what a pass needs (SyncHost) ----

  podContainers(st: PodState): Map<string, ContainerStatus[]> {
    const out = new Map<string, ContainerStatus[]>();
    for (const c of this.runtime.listContainers({ labelSelector: { 'io.kubernetes.pod.uid': st.key } })) {
      const list = out.get(c.metadata.name) ?? [];
      list.push(c);
      out.set(c.metadata.name, list);
    }
    for (const list of out.values()) list.sort((a, b) => b.metadata.attempt - a.metadata.attempt);
    return out;
  }

  private generate(st: PodState, terminating = false): PodStatus {
    const base = st.lastStatus ? { ...st.pod, status: { ...st.pod.status, conditions: st.lastStatus.conditions } } : st.pod;
    const status = generatePodStatus({
      pod: base,
      nodeIP: this.node.ip,
      containers: this.podContainers(st),
      sandbox: st.sandboxId ? this.runtime.podSandboxStatus(st.sandboxId) : undefined,
      reasons: st.reasons,
      ready: (id) => this.prober.ready(id),
      started: (id) => this.prober.started(id),
      startTime: st.startTime,
      now: this.clock.now(),
    });
    if (terminating) {
      const all = [...(status.containerStatuses ?? [])];
      status.phase = all.every((c) => c.state?.terminated?.exitCode === 0) ? 'Succeeded' : 'Failed';
    }
    return status;
  }

  statusChanged(st: PodState, before: PodStatus): boolean {
    return !deepEqual(this.generate(st), before);
  }

  writeStatus(st: PodState, terminating = false): { status: PodStatus; phase: string } {
    const status = this.generate(st, terminating);
    if (!st.lastStatus || !deepEqual(status, st.lastStatus)) {
      try {
        const cur = st.pod;
        const updated = this.deps.client.updateStatus<Pod>('', 'pods', cur.metadata!.namespace, { ...cur, metadata: { ...cur.metadata, resourceVersion: undefined }, status });
        st.pod = updated;
        st.lastStatus = status;
      } catch (e) {
        // A Pod gone or finished meanwhile: the next pass sees it.
        if (!isNotFound(e) && !isConflict(e) && !(isStatusError(e) && e.status.reason === 'Invalid')) throw e;
      }
    }
    return { status, phase: status.phase ?? 'Pending' };
  }

  setReason(st: PodState, container: string, r: WaitingReason | undefined): void {
    if (r) st.reasons.set(container, r);
    else st.reasons.delete(container);
  }

  cgroupParent(pod: Pod): string {
    return cgroupParent(pod, pod.metadata?.uid ?? '');
  }

  /** ClusterFirst: the cluster DNS Service and the namespace's search path (hostNetwork Pods use the node's). */
  dnsConfig(pod: Pod) {
    if (pod.spec?.hostNetwork && pod.spec.dnsPolicy !== 'ClusterFirstWithHostNet') return undefined;
    if (pod.spec?.dnsPolicy === 'Default') return undefined;
    const ns = pod.metadata?.namespace ?? 'default';
    return { servers: ['10.96.0.10'], searches: [`${ns}.svc.cluster.local`, 'svc.cluster.local', 'cluster.local'], options: ['ndots:5'] };
  }

  indexSandbox(id: string, st: PodState): void {
    this.bySandbox.set(id, st);
  }

  pruneContainers(st: PodState, name: string, attempt: number): void {
    // Attempts are numbered 0, 1, 2 … per name: before the third there is nothing to prune.
    if (attempt < 2) return;
    const list = this.podContainers(st).get(name) ?? [];
    for (const old of list.slice(2)) if (old.state === 'CONTAINER_EXITED') this.runtime.removeContainer(old.id);
  }

  podTerminated(st: PodState): void {
    const pod = st.pod;
    if (!st.removed) {
      this.writeStatus(st, true);
      try {
        this.deps.client.delete('', 'pods', pod.metadata!.namespace, pod.metadata!.name!, { gracePeriodSeconds: 0, preconditions: { uid: pod.metadata!.uid } });
      } catch (e) {
        if (!isNotFound(e) && !isConflict(e)) throw e;
      }
    }
    this.forget(st);
  }

  resetMirror(st: PodState): void {
    const p = st.pod;
    if (!st.removed) {
      try {
        this.deps.client.delete('', 'pods', p.metadata!.namespace, p.metadata!.name!, { gracePeriodSeconds: 0, preconditions: { uid: p.metadata!.uid } });
      } catch (e) {
        if (!isNotFound(e) && !isConflict(e)) throw e;
      }
    }
  }

  private forget(st: PodState): void {
    this.clock.clearTimeout(st.timer);
    if (st.sandboxId) {
      this.bySandbox.delete(st.sandboxId);
      this.runtime.removePodSandbox(st.sandboxId);
    }
    tearDownVolumes(st.pod, this.volumeHost);
    this.images.forgetPod(st.pod.metadata?.uid ?? '');
    this.crashBackOff.resetPrefix(`${st.key}/`);
    this.pods.delete(st.key);
    const nameKey = `${st.pod.metadata!.namespace}/${st.pod.metadata!.name}`;
    if (this.byName.get(nameKey) === st) this.byName.delete(nameKey);
  }

  // ---- static Pods ----

  private createMirror(sp: Pod): void {
    const pod = clone(sp);
    const uid = this.nodeStatus.nodeUID();
    if (uid) pod.metadata!.ownerReferences = [{ apiVersion: 'v1', kind: 'Node', name: this.node.name, uid, controller: true }];
    try {
      this.deps.client.create('', 'pods', pod.metadata!.namespace, pod);
    } catch (e) {
      if (!(e instanceof Error)) throw e;
    }
  }

  private getOptional<T>(resource: string, ns: string | undefined, name: string): T | undefined {
    try {
      return this.deps.client.get<T>('', resource, ns, name);
    } catch (e) {
      if (isNotFound(e)) return undefined;
      throw e;
    }
  }
}

function sameMeta(a: Pod, b: Pod): boolean {
  const strip = (p: Pod) => ({ ...p.metadata, resourceVersion: undefined, managedFields: undefined });
  return deepEqual(strip(a), strip(b));
}
