// Mirrors pkg/controller/statefulset/stateful_pod_control.go (v1.32): a Pod is
// created after its PersistentVolumeClaims, and every write is recorded as an
// event on the set in upstream's words (`create Pod web-0 in StatefulSet web
// successful`, `create Claim www-web-0 Pod web-0 in StatefulSet web success`).
import type { StatefulSet } from 'kubernetes-types/apps/v1';
import type { PersistentVolumeClaim, Pod } from 'kubernetes-types/core/v1';
import type { OwnerReference } from 'kubernetes-types/meta/v1';
import { isAlreadyExists, isNotFound } from '../../api/errors.js';
import type { Client } from '../../client/client.js';
import type { EventRecorder } from '../../client/events.js';
import type { SharedInformer } from '../../client/informer.js';
import { errorText } from '../util/errors.js';
import { getOrdinal, getPersistentVolumeClaims } from './stateful_set_utils.js';

export class StatefulPodControl {
  constructor(
    private readonly client: Client,
    private readonly recorder: EventRecorder,
    private readonly claims: SharedInformer<PersistentVolumeClaim>,
  ) {}

  /** CreateStatefulPod: claims first (a claim that exists is reused), then the Pod. */
  createStatefulPod(set: StatefulSet, pod: Pod): void {
    this.createPersistentVolumeClaims(set, pod);
    try {
      this.client.create('', 'pods', set.metadata!.namespace, pod);
    } catch (e) {
      if (isAlreadyExists(e)) return;
      this.recordPodEvent('create', set, pod, e);
      throw e;
    }
    this.recordPodEvent('create', set, pod);
  }

  deleteStatefulPod(set: StatefulSet, pod: Pod): void {
    try {
      this.client.delete('', 'pods', pod.metadata!.namespace, pod.metadata!.name!);
    } catch (e) {
      if (isNotFound(e)) return;
      this.recordPodEvent('delete', set, pod, e);
      throw e;
    }
    this.recordPodEvent('delete', set, pod);
  }

  /** createPersistentVolumeClaims: the claims of the Pod's ordinal that do not exist yet. */
  private createPersistentVolumeClaims(set: StatefulSet, pod: Pod): void {
    for (const claim of getPersistentVolumeClaims(set, pod).values()) {
      if (this.claims.get(claim.metadata!.namespace, claim.metadata!.name!)) continue;
      const refs = claimOwnerRefs(set, pod, undefined);
      if (refs.length) claim.metadata!.ownerReferences = refs;
      try {
        this.client.create('', 'persistentvolumeclaims', claim.metadata!.namespace, claim);
      } catch (e) {
        if (isAlreadyExists(e)) continue;
        this.recordClaimEvent('create', set, pod, claim, e);
        throw e;
      }
      this.recordClaimEvent('create', set, pod, claim);
    }
  }

  /**
   * updatePodClaimForRetentionPolicy: a claim's ownerReferences follow the set's
   * persistentVolumeClaimRetentionPolicy (whenDeleted: Delete → owned by the set;
   * whenScaled: Delete → owned by a condemned Pod), so the garbage collector removes it.
   */
  updatePodClaimForRetentionPolicy(set: StatefulSet, pod: Pod, replicas: number): void {
    for (const want of getPersistentVolumeClaims(set, pod).values()) {
      const claim = this.claims.get(want.metadata!.namespace, want.metadata!.name!);
      if (!claim) continue;
      const refs = claimOwnerRefs(set, pod, replicas, claim.metadata?.ownerReferences);
      const cur = claim.metadata?.ownerReferences ?? [];
      if (JSON.stringify(refs) === JSON.stringify(cur)) continue;
      try {
        this.client.update('', 'persistentvolumeclaims', claim.metadata!.namespace, { ...claim, metadata: { ...claim.metadata, ownerReferences: refs.length ? refs : undefined } });
      } catch (e) {
        if (!isNotFound(e)) throw e;
      }
    }
  }

  private recordPodEvent(verb: string, set: StatefulSet, pod: Pod, err?: unknown): void {
    const Verb = verb[0]!.toUpperCase() + verb.slice(1);
    if (!err) this.recorder.event(set, 'Normal', `Successful${Verb}`, `${verb} Pod ${pod.metadata!.name} in StatefulSet ${set.metadata!.name} successful`);
    else this.recorder.event(set, 'Warning', `Failed${Verb}`, `${verb} Pod ${pod.metadata!.name} in StatefulSet ${set.metadata!.name} failed error: ${errorText(err)}`);
  }

  private recordClaimEvent(verb: string, set: StatefulSet, pod: Pod, claim: PersistentVolumeClaim, err?: unknown): void {
    const Verb = verb[0]!.toUpperCase() + verb.slice(1);
    if (!err) this.recorder.event(set, 'Normal', `Successful${Verb}`, `${verb} Claim ${claim.metadata!.name} Pod ${pod.metadata!.name} in StatefulSet ${set.metadata!.name} success`);
    else this.recorder.event(set, 'Warning', `Failed${Verb}`, `${verb} Claim ${claim.metadata!.name} for Pod ${pod.metadata!.name} in StatefulSet ${set.metadata!.name} failed error: ${errorText(err)}`);
  }
}

/** The claim's owners under the retention policy; references to anything else are kept. */
function claimOwnerRefs(set: StatefulSet, pod: Pod, replicas: number | undefined, current: readonly OwnerReference[] = []): OwnerReference[] {
  const policy = set.spec?.persistentVolumeClaimRetentionPolicy;
  const out = current.filter((r) => r.uid !== set.metadata?.uid && !(r.kind === 'Pod' && r.name === pod.metadata?.name));
  if (policy?.whenDeleted === 'Delete') out.push({ apiVersion: 'apps/v1', kind: 'StatefulSet', name: set.metadata!.name!, uid: set.metadata!.uid!, controller: true, blockOwnerDeletion: true });
  const condemned = replicas !== undefined && getOrdinal(pod) >= (set.spec?.ordinals?.start ?? 0) + replicas;
  if (policy?.whenScaled === 'Delete' && condemned && pod.metadata?.uid) {
    out.push({ apiVersion: 'v1', kind: 'Pod', name: pod.metadata.name!, uid: pod.metadata.uid });
  }
  return out;
}
