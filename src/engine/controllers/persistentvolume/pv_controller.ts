// Mirrors pkg/controller/volume/persistentvolume/pv_controller.go (v1.32), the
// "persistent-volume-binder": syncClaim binds a Pending claim to the smallest
// Available volume that fits (class, access modes, capacity, selector) or asks
// the class's provisioner for one (after the scheduler picked a node, under
// WaitForFirstConsumer); syncVolume keeps volume phases (Available, Bound,
// Released) and reclaims released volumes (Retain keeps them; Delete hands
// dynamically provisioned ones back to their provisioner).
import type { PersistentVolume, PersistentVolumeClaim } from 'kubernetes-types/core/v1';
import type { StorageClass } from 'kubernetes-types/storage/v1';
import { isConflict, isNotFound } from '../../api/errors.js';
import { selectorFromLabelSelector } from '../../api/labels.js';
import type { VirtualClock } from '../../clock/clock.js';
import type { Client } from '../../client/client.js';
import { EventRecorder } from '../../client/events.js';
import { keyOf, splitKey, type SharedInformer, type SharedInformerFactory } from '../../client/informer.js';
import { WorkQueue } from '../../client/workqueue.js';
import {
  annBetaStorageProvisioner,
  annBindCompleted,
  annBoundByController,
  annDynamicallyProvisioned,
  annSelectedNode,
  annStorageProvisioner,
  claimClass,
  isDelayBindingMode,
  storageBytes,
  volumeClass,
} from './index.js';

export const pvBinderUser = 'persistent-volume-binder';

export class PersistentVolumeController {
  readonly claimQueue: WorkQueue;
  readonly volumeQueue: WorkQueue;
  readonly recorder: EventRecorder;
  readonly claims: SharedInformer<PersistentVolumeClaim>;
  readonly volumes: SharedInformer<PersistentVolume>;
  readonly classes: SharedInformer<StorageClass>;

  constructor(
    readonly client: Client,
    informers: SharedInformerFactory,
    readonly clock: VirtualClock,
  ) {
    this.recorder = new EventRecorder(client, clock, { component: 'persistentvolume-controller' });
    this.claimQueue = new WorkQueue(clock, (k) => this.syncClaimKey(k), { name: 'claims' });
    this.volumeQueue = new WorkQueue(clock, (k) => this.syncVolumeKey(k), { name: 'volumes' });
    this.claims = informers.informerFor<PersistentVolumeClaim>('', 'persistentvolumeclaims');
    this.volumes = informers.informerFor<PersistentVolume>('', 'persistentvolumes');
    this.classes = informers.informerFor<StorageClass>('storage.k8s.io', 'storageclasses');
    this.claims.addEventHandler({
      onAdd: (c) => this.claimQueue.add(keyOf(c)),
      onUpdate: (_o, c) => this.claimQueue.add(keyOf(c)),
      // A deleted claim releases its volume.
      onDelete: (c) => {
        if (c.spec?.volumeName) this.volumeQueue.add(c.spec.volumeName);
      },
    });
    this.volumes.addEventHandler({
      onAdd: (v) => this.volumeAdded(v),
      onUpdate: (_o, v) => this.volumeAdded(v),
      onDelete: (v) => {
        const ref = v.spec?.claimRef;
        if (ref?.name) this.claimQueue.add(`${ref.namespace}/${ref.name}`);
      },
    });
  }

  private volumeAdded(v: PersistentVolume): void {
    this.volumeQueue.add(v.metadata!.name!);
    // A new Available volume may satisfy a waiting claim; a pre-bound one names its claim.
    const ref = v.spec?.claimRef;
    if (ref?.name) this.claimQueue.add(`${ref.namespace}/${ref.name}`);
    else for (const c of this.claims.list()) if (!c.spec?.volumeName) this.claimQueue.add(keyOf(c));
  }

  private syncClaimKey(key: string): void {
    const { namespace, name } = splitKey(key);
    const claim = this.claims.get(namespace, name);
    if (claim) this.syncClaim(claim);
  }

  private syncVolumeKey(name: string): void {
    const v = this.volumes.get(undefined, name);
    if (v) this.syncVolume(v);
  }

  /** syncClaim: syncUnboundClaim or syncBoundClaim. */
  syncClaim(claim: PersistentVolumeClaim): void {
    if (claim.metadata?.annotations?.[annBindCompleted] !== 'yes') return this.syncUnboundClaim(claim);
    const volume = this.volumes.get(undefined, claim.spec?.volumeName ?? '');
    if (!volume) {
      // The volume is gone: the claim is Lost.
      if (claim.status?.phase !== 'Lost') {
        this.setClaimPhase(claim, 'Lost');
        this.recorder.event(claim, 'Warning', 'ClaimLost', 'Bound claim has lost its PersistentVolume. Data on the volume is lost!');
      }
      return;
    }
    if (claim.status?.phase !== 'Bound') this.bindClaimStatus(claim, volume);
  }

  private syncUnboundClaim(claim: PersistentVolumeClaim): void {
    const ns = claim.metadata!.namespace!;
    if (claim.spec?.volumeName) {
      // Pre-bound to a volume by name: bind if it is free.
      const v = this.volumes.get(undefined, claim.spec.volumeName);
      if (!v || (v.spec?.claimRef && v.spec.claimRef.uid && v.spec.claimRef.uid !== claim.metadata?.uid)) return;
      this.bind(v, claim);
      return;
    }
    const volume = this.findBestMatch(claim);
    if (volume) {
      this.bind(volume, claim);
      return;
    }
    const className = claimClass(claim);
    const sc = className ? this.classes.get(undefined, className) : undefined;
    if (!className || !sc) {
      const msg = className ? `storageclass.storage.k8s.io "${className}" not found` : 'no persistent volumes available for this claim and no storage class is set';
      this.recorder.event(claim, className ? 'Warning' : 'Normal', className ? 'ProvisioningFailed' : 'FailedBinding', msg);
      return;
    }
    if (isDelayBindingMode(sc) && !claim.metadata?.annotations?.[annSelectedNode]) {
      this.recorder.event(claim, 'Normal', 'WaitForFirstConsumer', 'waiting for first consumer to be created before binding');
      return;
    }
    // provisionClaim for an external provisioner: annotate the claim, say who we wait for.
    const anns = claim.metadata?.annotations ?? {};
    if (anns[annStorageProvisioner] !== sc.provisioner) {
      try {
        this.client.update('', 'persistentvolumeclaims', ns, {
          ...claim,
          metadata: { ...claim.metadata, annotations: { ...anns, [annBetaStorageProvisioner]: sc.provisioner, [annStorageProvisioner]: sc.provisioner } },
        });
      } catch (e) {
        if (isConflict(e) || isNotFound(e)) return;
        throw e;
      }
    }
    this.recorder.event(
      claim,
      'Normal',
      'ExternalProvisioning',
      `Waiting for a volume to be created either by the external provisioner '${sc.provisioner}' or manually by the system administrator. If volume creation is delayed, please verify that the provisioner is running and correctly registered.`,
    );
  }

  /** findBestMatchForClaim: the smallest Available volume that satisfies the claim. */
  findBestMatch(claim: PersistentVolumeClaim): PersistentVolume | undefined {
    const want = storageBytes(claim.spec?.resources?.requests?.storage);
    const modes = claim.spec?.accessModes ?? [];
    let sel;
    try {
      sel = claim.spec?.selector ? selectorFromLabelSelector(claim.spec.selector) : undefined;
    } catch {
      return undefined;
    }
    let best: PersistentVolume | undefined;
    let bestSize = Infinity;
    for (const v of this.volumes.list()) {
      if (v.metadata?.deletionTimestamp) continue;
      const ref = v.spec?.claimRef;
      if (ref && !(ref.namespace === claim.metadata?.namespace && ref.name === claim.metadata?.name && (!ref.uid || ref.uid === claim.metadata?.uid))) continue;
      if (!ref && v.status?.phase !== 'Available' && v.status?.phase !== 'Pending') continue;
      if (volumeClass(v) !== claimClass(claim)) continue;
      if ((v.spec?.volumeMode ?? 'Filesystem') !== (claim.spec?.volumeMode ?? 'Filesystem')) continue;
      if (!modes.every((m) => v.spec?.accessModes?.includes(m))) continue;
      if (sel && !sel.matches(v.metadata?.labels ?? {})) continue;
      const size = storageBytes(v.spec?.capacity?.storage);
      if (size < want) continue;
      if (ref) return v; // pre-bound to this claim wins
      if (size < bestSize) {
        best = v;
        bestSize = size;
      }
    }
    return best;
  }

  /** bind: volume → claim (claimRef, Bound), then claim → volume (volumeName, annotations, Bound). */
  private bind(volume: PersistentVolume, claim: PersistentVolumeClaim): void {
    try {
      let v = volume;
      const ref = v.spec?.claimRef;
      if (!ref?.uid) {
        v = this.client.update<PersistentVolume>('', 'persistentvolumes', undefined, {
          ...v,
          metadata: { ...v.metadata, annotations: { ...(v.metadata?.annotations ?? {}), [annBoundByController]: 'yes' } },
          spec: {
            ...v.spec,
            claimRef: { kind: 'PersistentVolumeClaim', namespace: claim.metadata!.namespace, name: claim.metadata!.name, uid: claim.metadata!.uid, apiVersion: 'v1', resourceVersion: claim.metadata!.resourceVersion },
          },
        });
      }
      if (v.status?.phase !== 'Bound') v = this.client.updateStatus<PersistentVolume>('', 'persistentvolumes', undefined, { ...v, status: { ...v.status, phase: 'Bound', lastPhaseTransitionTime: this.clock.nowRFC3339() } });
      const anns: Record<string, string> = { ...(claim.metadata?.annotations ?? {}), [annBindCompleted]: 'yes' };
      if (!claim.spec?.volumeName) anns[annBoundByController] = 'yes';
      const c = this.client.update<PersistentVolumeClaim>('', 'persistentvolumeclaims', claim.metadata!.namespace, {
        ...claim,
        metadata: { ...claim.metadata, annotations: anns },
        spec: { ...claim.spec, volumeName: v.metadata!.name },
      });
      this.bindClaimStatus(c, v);
    } catch (e) {
      if (isConflict(e) || isNotFound(e)) {
        this.claimQueue.addRateLimited(keyOf(claim));
        return;
      }
      throw e;
    }
  }

  private bindClaimStatus(claim: PersistentVolumeClaim, volume: PersistentVolume): void {
    this.client.updateStatus('', 'persistentvolumeclaims', claim.metadata!.namespace, {
      ...claim,
      status: { ...claim.status, phase: 'Bound', accessModes: volume.spec?.accessModes, capacity: volume.spec?.capacity },
    });
  }

  private setClaimPhase(claim: PersistentVolumeClaim, phase: string): void {
    try {
      this.client.updateStatus('', 'persistentvolumeclaims', claim.metadata!.namespace, { ...claim, status: { ...claim.status, phase } });
    } catch (e) {
      if (!isConflict(e) && !isNotFound(e)) throw e;
    }
  }

  private setVolumePhase(v: PersistentVolume, phase: string, message?: string): PersistentVolume | undefined {
    if (v.status?.phase === phase && v.status?.message === message) return v;
    try {
      return this.client.updateStatus<PersistentVolume>('', 'persistentvolumes', undefined, { ...v, status: { phase, ...(message ? { message } : {}), lastPhaseTransitionTime: this.clock.nowRFC3339() } });
    } catch (e) {
      if (isConflict(e) || isNotFound(e)) return undefined;
      throw e;
    }
  }

  /** syncVolume: Available without a claim, Bound with one, Released once the claim is gone. */
  syncVolume(v: PersistentVolume): void {
    const ref = v.spec?.claimRef;
    if (!ref) {
      this.setVolumePhase(v, 'Available');
      return;
    }
    const claim = this.claims.get(ref.namespace, ref.name ?? '');
    if (claim && (!ref.uid || claim.metadata?.uid === ref.uid)) {
      // Bound (or about to be: a provisioned or pre-bound volume waits for syncClaim).
      if (claim.spec?.volumeName === v.metadata?.name) this.setVolumePhase(v, 'Bound');
      else if (!ref.uid) this.setVolumePhase(v, 'Available');
      else this.claimQueue.add(keyOf(claim));
      return;
    }
    if (!ref.uid) {
      this.setVolumePhase(v, 'Available');
      return;
    }
    // The claim is gone: reclaimVolume.
    if (v.status?.phase === 'Failed') return;
    const released = this.setVolumePhase(v, 'Released');
    if (!released) return;
    const policy = v.spec?.persistentVolumeReclaimPolicy ?? 'Retain';
    if (policy === 'Retain') return;
    if (policy === 'Delete' && v.metadata?.annotations?.[annDynamicallyProvisioned]) return; // the provisioner deletes it
    const msg = `error getting deleter volume plugin for volume "${v.metadata!.name}": no deletable volume plugin matched`;
    this.recorder.event(v, 'Warning', 'VolumeFailedDelete', msg);
    this.setVolumePhase(released, 'Failed', msg);
  }
}
