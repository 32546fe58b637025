// Mirrors pkg/controller/statefulset/stateful_set.go (v1.32): informers on
// StatefulSets, Pods, PersistentVolumeClaims and ControllerRevisions whose
// handlers only enqueue the owning set; sync(key) claims the set's Pods (name
// and selector must both match), then runs the StatefulSetControl pass and
// writes status.
import type { ControllerRevision, StatefulSet } from 'kubernetes-types/apps/v1';
import type { PersistentVolumeClaim, Pod } from 'kubernetes-types/core/v1';
import { selectorFromLabelSelector } from '../../api/labels.js';
import type { VirtualClock } from '../../clock/clock.js';
import type { Client } from '../../client/client.js';
import { EventRecorder } from '../../client/events.js';
import { keyOf, splitKey, type SharedInformer, type SharedInformerFactory } from '../../client/informer.js';
import { WorkQueue } from '../../client/workqueue.js';
import { claimObjects, getControllerOf, recheckController } from '../util/controllerref.js';
import { StatefulPodControl } from './stateful_pod_control.js';
import { getStatefulSetRevisions, truncateHistory, updateStatefulSet, updateStatefulSetStatus } from './stateful_set_control.js';
import { isMemberOf } from './stateful_set_utils.js';

export const statefulSetControllerUser = 'statefulset-controller';
const byOwner = 'statefulset.controllerUID';

export class StatefulSetController {
  readonly queue: WorkQueue;
  readonly recorder: EventRecorder;
  readonly podControl: StatefulPodControl;
  readonly setInformer: SharedInformer<StatefulSet>;
  readonly podInformer: SharedInformer<Pod>;
  readonly claimInformer: SharedInformer<PersistentVolumeClaim>;
  readonly revisionInformer: SharedInformer<ControllerRevision>;

  constructor(
    readonly client: Client,
    informers: SharedInformerFactory,
    readonly clock: VirtualClock,
  ) {
    this.recorder = new EventRecorder(client, clock, { component: 'statefulset-controller' });
    this.queue = new WorkQueue(clock, (key) => this.sync(key), { name: 'statefulset' });
    this.setInformer = informers.informerFor<StatefulSet>('apps', 'statefulsets');
    this.podInformer = informers.informerFor<Pod>('', 'pods');
    this.claimInformer = informers.informerFor<PersistentVolumeClaim>('', 'persistentvolumeclaims');
    this.revisionInformer = informers.informerFor<ControllerRevision>('apps', 'controllerrevisions');
    this.podControl = new StatefulPodControl(client, this.recorder, this.claimInformer);
    const ownerIndex = (o: Pod | ControllerRevision) => {
      const r = getControllerOf(o);
      return r?.kind === 'StatefulSet' && r.uid ? [r.uid] : [];
    };
    this.podInformer.addIndexer(byOwner, ownerIndex);
    this.revisionInformer.addIndexer(byOwner, ownerIndex);
    this.setInformer.addEventHandler({
      onAdd: (s) => this.queue.add(keyOf(s)),
      onUpdate: (_o, s) => this.queue.add(keyOf(s)),
    });
    this.podInformer.addEventHandler({
      onAdd: (p) => this.enqueueOwner(p),
      onUpdate: (o, p) => {
        this.enqueueOwner(p);
        if (getControllerOf(o)?.uid !== getControllerOf(p)?.uid) this.enqueueOwner(o);
      },
      onDelete: (p) => this.enqueueOwner(p),
    });
  }

  keyOf(set: StatefulSet): string {
    return keyOf(set);
  }

  /** The owning set of a Pod (or, for an orphan, every set whose selector matches it). */
  private enqueueOwner(pod: Pod): void {
    const ref = getControllerOf(pod);
    if (ref) {
      if (ref.kind !== 'StatefulSet') return;
      const set = this.setInformer.get(pod.metadata?.namespace, ref.name);
      if (set && set.metadata?.uid === ref.uid) this.queue.add(keyOf(set));
      return;
    }
    if (pod.metadata?.deletionTimestamp) return;
    for (const set of this.setInformer.list(pod.metadata?.namespace)) {
      try {
        if (selectorFromLabelSelector(set.spec?.selector).matches(pod.metadata?.labels ?? {})) this.queue.add(keyOf(set));
      } catch {
        // An invalid selector matches nothing.
      }
    }
  }

  /** getPodsForStatefulSet: owned Pods plus adoptable orphans; the name must be `<set>-<ordinal>`. */
  private podsFor(set: StatefulSet): Pod[] {
    const sel = selectorFromLabelSelector(set.spec?.selector);
    const ns = set.metadata!.namespace;
    const candidates = [...this.podInformer.byIndex(byOwner, set.metadata!.uid!), ...this.podInformer.list(ns).filter((p) => !getControllerOf(p) && isMemberOf(set, p))];
    const { claimed, errors } = claimObjects(
      {
        client: this.client,
        controller: set,
        controllerAPIVersion: 'apps/v1',
        controllerKind: 'StatefulSet',
        selector: sel,
        childGroup: '',
        childResource: 'pods',
        childKind: 'Pod',
        canAdopt: () => recheckController(this.client.get('apps', 'statefulsets', ns, set.metadata!.name!), set),
      },
      candidates,
    );
    if (errors.length) throw errors[0];
    return claimed.filter((p) => isMemberOf(set, p));
  }

  sync(key: string): void {
    const { namespace, name } = splitKey(key);
    const set = this.setInformer.get(namespace, name);
    if (!set || set.metadata?.deletionTimestamp) return;
    const pods = this.podsFor(set);
    const revisions = this.revisionInformer.byIndex(byOwner, set.metadata!.uid!);
    const { current, update, collisionCount } = getStatefulSetRevisions(this, set, [...revisions]);
    const status = updateStatefulSet(this, set, current, update, collisionCount, pods);
    updateStatefulSetStatus(this, set, status);
    truncateHistory(this, set, pods, [...revisions], current, update);
  }
}
