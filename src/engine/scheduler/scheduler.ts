// Mirrors pkg/scheduler/scheduler.go and schedule_one.go (ScheduleOne, bind,
// handleSchedulingFailure): pop a Pod, run the algorithm, assume it on the chosen
// node, POST pods/binding, record `Scheduled`; or record `FailedScheduling`, set
// PodScheduled=False/Unschedulable with the FitError message and park the Pod.
// The loop runs one Pod per clock task so that watch deliveries interleave with it.
import type { Node, PersistentVolume, PersistentVolumeClaim, Pod } from 'kubernetes-types/core/v1';
import type { StorageClass } from 'kubernetes-types/storage/v1';
import type { VirtualClock } from '../clock/clock.js';
import { toRFC3339 } from '../clock/clock.js';
import type { SeededRandom } from '../clock/random.js';
import type { Client } from '../client/client.js';
import { SharedInformerFactory, type SharedInformer } from '../client/informer.js';
import { Cache } from './cache/cache.js';
import { addAllEventHandlers } from './eventHandlers.js';
import { SchedulerEventRecorder } from './events.js';
import { DecisionLog, expand, type ExplainRecord } from './explain.js';
import type { QueuedPodInfo } from './framework/podInfo.js';
import { Framework } from './framework/runtime.js';
import type { ActionType, ClusterEventResource, VolumeListers, WorkloadListers } from './framework/types.js';
import { SchedulingQueue, type EventRegistry } from './queue/schedulingQueue.js';
import { defaultProfile, type Profile } from './registry.js';
import { Algorithm } from './scheduleOne.js';

export interface SchedulerOptions {
  client: Client;
  clock: VirtualClock;
  random: SeededRandom;
  /** The host the scheduler runs on (reportingInstance "default-scheduler-<host>"). */
  hostname?: string;
  /** How many Pods' last decisions explain() keeps. */
  decisionLimit?: number;
  profile?: Profile;
}

/** truncateMessage: events and conditions carry at most 1024 characters. */
export function truncateMessage(msg: string): string {
  const max = 1024;
  if (msg.length <= max) return msg;
  const suffix = ' ...';
  return msg.slice(0, max - suffix.length) + suffix;
}

function eventRegistry(profile: Profile): EventRegistry {
  const reg = new Map<string, Map<ClusterEventResource, Set<ActionType>>>();
  for (const p of [...profile.filter, ...profile.preFilter]) {
    const m = new Map<ClusterEventResource, Set<ActionType>>();
    for (const e of p.events) {
      const s = m.get(e.resource) ?? new Set<ActionType>();
      for (const a of e.actions) s.add(a);
      m.set(e.resource, s);
    }
    reg.set(p.name, m);
  }
  return reg;
}

export class Scheduler {
  readonly cache = new Cache();
  readonly queue: SchedulingQueue;
  readonly decisions: DecisionLog;
  readonly profile: Profile;
  private readonly algo: Algorithm;
  private readonly recorder: SchedulerEventRecorder;
  private readonly factory: SharedInformerFactory;
  private readonly pods: SharedInformer<Pod>;
  private readonly volumeListers: VolumeListers;
  private loopScheduled = false;
  private stopped = false;

  constructor(private readonly opts: SchedulerOptions) {
    const { client, clock } = opts;
    this.profile = opts.profile ?? defaultProfile();
    this.decisions = new DecisionLog(opts.decisionLimit ?? 1000);
    this.queue = new SchedulingQueue(clock, eventRegistry(this.profile), () => this.kick());
    this.recorder = new SchedulerEventRecorder(client, clock, this.profile.schedulerName, `${this.profile.schedulerName}-${opts.hostname ?? 'controlplane'}`);
    this.factory = new SharedInformerFactory(client, clock);
    // The scheduler's Pod informer leaves out finished Pods, as upstream's does.
    this.pods = this.factory.informerFor<Pod>('', 'pods', { fieldSelector: 'status.phase!=Succeeded,status.phase!=Failed' });
    const nodes = this.factory.informerFor<Node>('', 'nodes');
    const services = this.factory.informerFor('', 'services');
    const rss = this.factory.informerFor('apps', 'replicasets');
    const sss = this.factory.informerFor('apps', 'statefulsets');
    const pvcs = this.factory.informerFor<PersistentVolumeClaim>('', 'persistentvolumeclaims');
    const pvs = this.factory.informerFor<PersistentVolume>('', 'persistentvolumes');
    const classes = this.factory.informerFor<StorageClass>('storage.k8s.io', 'storageclasses');
    const listers: WorkloadListers = {
      services: (ns) => services.list(ns),
      replicaSets: (ns) => rss.list(ns),
      statefulSets: (ns) => sss.list(ns),
      replicationControllers: () => [],
      replicaSet: (ns, n) => rss.get(ns, n),
      statefulSet: (ns, n) => sss.get(ns, n),
      volumes: { claim: (ns, n) => pvcs.get(ns, n), volume: (n) => pvs.get(undefined, n), storageClass: (n) => classes.get(undefined, n) },
    };
    this.volumeListers = listers.volumes!;
    this.algo = new Algorithm(new Framework(this.profile), this.cache, listers, opts.random, () => clock.now());
    addAllEventHandlers(this.profile.schedulerName, this.cache, this.queue, this.pods, nodes);
  }

  start(): void {
    this.stopped = false;
    this.factory.start();
  }

  stop(): void {
    this.stopped = true;
    this.factory.stop();
  }

  /** The last decision about a Pod, expanded: per-node Filter verdicts and per-plugin scores. */
  explain(namespace: string, podName: string): ExplainRecord | undefined {
    const d = this.decisions.get(namespace, podName);
    return d && expand(d, toRFC3339);
  }

  private kick(): void {
    if (this.loopScheduled || this.stopped) return;
    this.loopScheduled = true;
    this.opts.clock.defer(() => {
      this.loopScheduled = false;
      this.scheduleOne();
      if (this.queue.activeLen()) this.kick();
    });
  }

  /** ScheduleOne: one Pod through a scheduling cycle and its binding. */
  scheduleOne(): void {
    const q = this.queue.pop();
    if (!q) return;
    const info = q.info;
    // skipPodSchedule: deleted, terminating, already bound, or already assumed.
    const cur = this.pods.get(info.namespace, info.name);
    if (!cur || cur.metadata?.uid !== info.pod.metadata?.uid || cur.metadata?.deletionTimestamp || cur.spec?.nodeName || this.cache.isAssumed(info.uid)) {
      this.queue.done(info.key);
      return;
    }
    const out = this.algo.schedulePod(q);
    const d = out.decision;
    this.decisions.record(d);
    if (!d.node) {
      for (const v of out.postFilter?.victims ?? []) this.preempt(v, cur, out.postFilter!.nominatedNode!);
      const nominated = out.postFilter ? (out.postFilter.nominatedNode ?? '') : undefined;
      this.handleFailure(q, cur, d.message, 'Unschedulable', out.rejectors, nominated);
      return;
    }
    this.cache.assumePod(info, d.node);
    try {
      this.preBindVolumes(cur, d.node);
      this.opts.client.bind(info.namespace, info.name, d.node);
    } catch (e) {
      if (!(e instanceof Error)) throw e;
      this.cache.forgetPod(info.uid);
      d.result = 'Error';
      d.message = `running Bind plugin "DefaultBinder": ${e.message}`;
      this.handleFailure(q, cur, d.message, 'SchedulerError', [], '');
      return;
    }
    this.queue.done(info.key);
    this.recorder.eventf(cur, 'Normal', 'Scheduled', 'Binding', `Successfully assigned ${info.namespace}/${info.name} to ${d.node}`);
  }

  /**
   * VolumeBinding's PreBind, reduced: unbound WaitForFirstConsumer claims get the chosen
   * node as volume.kubernetes.io/selected-node, which starts their provisioning.
   */
  private preBindVolumes(pod: Pod, node: string): void {
    for (const v of pod.spec?.volumes ?? []) {
      if (!v.persistentVolumeClaim) continue;
      const pvc = this.volumeListers.claim(pod.metadata!.namespace!, v.persistentVolumeClaim.claimName);
      if (!pvc || pvc.spec?.volumeName || pvc.metadata?.annotations?.['volume.kubernetes.io/selected-node'] === node) continue;
      this.opts.client.patch('', 'persistentvolumeclaims', pvc.metadata!.namespace, pvc.metadata!.name!, 'merge', {
        metadata: { annotations: { 'volume.kubernetes.io/selected-node': node } },
      });
    }
  }

  /** handleSchedulingFailure: park the Pod, record FailedScheduling, update PodScheduled. */
  private handleFailure(q: QueuedPodInfo, pod: Pod, message: string, reason: string, rejectors: Iterable<string>, nominated: string | undefined): void {
    this.queue.addUnschedulable(q, rejectors);
    const msg = truncateMessage(message);
    this.recorder.eventf(pod, 'Warning', 'FailedScheduling', 'Scheduling', msg);
    const conds = pod.status?.conditions ?? [];
    const old = conds.find((c) => c.type === 'PodScheduled');
    const condChanged = !old || old.status !== 'False' || old.reason !== reason || old.message !== msg;
    const nnnChanged = nominated !== undefined && (pod.status?.nominatedNodeName ?? '') !== nominated;
    if (!condChanged && !nnnChanged) return;
    // A JSON patch keeps lastProbeTime: null, which a merge patch would delete.
    const ops: { op: string; path: string; value?: unknown }[] = [];
    if (condChanged) {
      const lastTransitionTime = old && old.status === 'False' ? old.lastTransitionTime : this.opts.clock.nowRFC3339();
      const cond = { type: 'PodScheduled', status: 'False', lastProbeTime: null, lastTransitionTime, reason, message: msg };
      const next = old ? conds.map((c) => (c === old ? cond : c)) : [...conds, cond];
      ops.push({ op: 'add', path: '/status/conditions', value: next });
    }
    if (nnnChanged) ops.push(nominated ? { op: 'add', path: '/status/nominatedNodeName', value: nominated } : { op: 'remove', path: '/status/nominatedNodeName' });
    this.patchStatus(pod, ops);
  }

  private patchStatus(pod: Pod, ops: { op: string; path: string; value?: unknown }[]): void {
    try {
      this.opts.client.patch('', 'pods', pod.metadata?.namespace, pod.metadata!.name!, 'json', ops, { subresource: 'status' });
    } catch (e) {
      if (!(e instanceof Error)) throw e;
    }
  }

  /** prepareCandidate: mark the victim DisruptionTarget, delete it, record Preempted. */
  private preempt(victim: Pod, preemptor: Pod, node: string): void {
    const { namespace, name } = victim.metadata ?? {};
    const c = this.opts.client;
    const cond = {
      type: 'DisruptionTarget',
      status: 'True',
      lastProbeTime: null,
      lastTransitionTime: this.opts.clock.nowRFC3339(),
      reason: 'PreemptionByScheduler',
      message: `${preemptor.spec?.schedulerName ?? this.profile.schedulerName}: preempting to accommodate a higher priority pod`,
    };
    this.patchStatus(victim, [{ op: 'add', path: '/status/conditions', value: [...(victim.status?.conditions ?? []).filter((x) => x.type !== 'DisruptionTarget'), cond] }]);
    try {
      c.delete('', 'pods', namespace, name!);
    } catch (e) {
      if (!(e instanceof Error)) throw e;
      return;
    }
    this.recorder.eventf(victim, 'Normal', 'Preempted', 'Preempting', `Preempted by pod ${preemptor.metadata?.uid} on node ${node}`, preemptor);
  }
}

const running = new WeakMap<object, Scheduler>();

/** Start the default scheduler of a cluster (kube-scheduler on the control plane). */
export function startScheduler(opts: SchedulerOptions): Scheduler {
  const s = new Scheduler(opts);
  running.set(opts.client.api, s);
  s.start();
  return s;
}

/** The scheduler started against this API server (for the UI's "why node02?"). */
export function schedulerFor(api: object): Scheduler | undefined {
  return running.get(api);
}
