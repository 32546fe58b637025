// Mirrors rancher/local-path-provisioner (the `standard` StorageClass of kind) on
// sig-storage-lib-external-provisioner: for a claim annotated with its name and
// a selected node, it creates a hostPath volume `pvc-<claim uid>` under
// /opt/local-path-provisioner on that node, pinned there by nodeAffinity and
// pre-bound to the claim; it deletes released volumes whose policy is Delete.
// Simplification: the directory on the node is not removed (upstream runs a helper Pod).
import type { PersistentVolume, PersistentVolumeClaim } from 'kubernetes-types/core/v1';
import type { StorageClass } from 'kubernetes-types/storage/v1';
import { isAlreadyExists, isNotFound } from '../../api/errors.js';
import type { VirtualClock } from '../../clock/clock.js';
import type { Client } from '../../client/client.js';
import { EventRecorder } from '../../client/events.js';
import { keyOf, splitKey, type SharedInformer, type SharedInformerFactory } from '../../client/informer.js';
import { WorkQueue } from '../../client/workqueue.js';
import { annDynamicallyProvisioned, annSelectedNode, annStorageProvisioner, claimClass } from './index.js';

export const localPathProvisionerName = 'rancher.io/local-path';
export const localPathProvisionerUser = 'system:serviceaccount:local-path-storage:local-path-provisioner-service-account';
export const localPathRoot = '/opt/local-path-provisioner';

export class LocalPathProvisioner {
  readonly queue: WorkQueue;
  readonly recorder: EventRecorder;
  readonly claims: SharedInformer<PersistentVolumeClaim>;
  readonly volumes: SharedInformer<PersistentVolume>;
  readonly classes: SharedInformer<StorageClass>;

  constructor(
    readonly client: Client,
    informers: SharedInformerFactory,
    readonly clock: VirtualClock,
  ) {
    this.recorder = new EventRecorder(client, clock, { component: `${localPathProvisionerName}_local-path-provisioner` });
    this.queue = new WorkQueue(clock, (k) => this.sync(k), { name: 'local-path-provisioner' });
    this.claims = informers.informerFor<PersistentVolumeClaim>('', 'persistentvolumeclaims');
    this.volumes = informers.informerFor<PersistentVolume>('', 'persistentvolumes');
    this.classes = informers.informerFor<StorageClass>('storage.k8s.io', 'storageclasses');
    this.claims.addEventHandler({ onAdd: (c) => this.queue.add(`claim:${keyOf(c)}`), onUpdate: (_o, c) => this.queue.add(`claim:${keyOf(c)}`) });
    this.volumes.addEventHandler({ onAdd: (v) => this.queue.add(`volume:${v.metadata!.name}`), onUpdate: (_o, v) => this.queue.add(`volume:${v.metadata!.name}`) });
  }

  private sync(key: string): void {
    if (key.startsWith('volume:')) return this.syncVolume(key.slice(7));
    const { namespace, name } = splitKey(key.slice(6));
    const claim = this.claims.get(namespace, name);
    if (claim) this.provisionClaim(claim);
  }

  /** shouldProvision + provisionClaimOperation. */
  private provisionClaim(claim: PersistentVolumeClaim): void {
    const anns = claim.metadata?.annotations ?? {};
    if (claim.spec?.volumeName || anns[annStorageProvisioner] !== localPathProvisionerName || claim.metadata?.deletionTimestamp) return;
    const pvName = `pvc-${claim.metadata!.uid}`;
    if (this.volumes.get(undefined, pvName)) return;
    const node = anns[annSelectedNode];
    const sc = this.classes.get(undefined, claimClass(claim));
    if (!node || !sc) return;
    const ns = claim.metadata!.namespace!;
    this.recorder.event(claim, 'Normal', 'Provisioning', `External provisioner is provisioning volume for claim "${ns}/${claim.metadata!.name}"`);
    const modes = claim.spec?.accessModes ?? ['ReadWriteOnce'];
    if (modes.some((m) => m !== 'ReadWriteOnce' && m !== 'ReadWriteOncePod')) {
      this.recorder.event(claim, 'Warning', 'ProvisioningFailed', `failed to provision volume with StorageClass "${sc.metadata!.name}": Only support ReadWriteOnce, ReadWriteOncePod access mode`);
      return;
    }
    const pv: PersistentVolume = {
      apiVersion: 'v1',
      kind: 'PersistentVolume',
      metadata: {
        name: pvName,
        annotations: { 'local.path.provisioner/selected-node': node, [annDynamicallyProvisioned]: localPathProvisionerName },
      },
      spec: {
        accessModes: modes,
        capacity: { storage: claim.spec?.resources?.requests?.storage ?? '0' },
        claimRef: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', name: claim.metadata!.name, namespace: ns, resourceVersion: claim.metadata!.resourceVersion, uid: claim.metadata!.uid },
        hostPath: { path: `${localPathRoot}/${pvName}_${ns}_${claim.metadata!.name}`, type: 'DirectoryOrCreate' },
        nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: [node] }] }] } },
        persistentVolumeReclaimPolicy: sc.reclaimPolicy ?? 'Delete',
        storageClassName: sc.metadata!.name,
        volumeMode: claim.spec?.volumeMode ?? 'Filesystem',
      },
    };
    try {
      this.client.create('', 'persistentvolumes', undefined, pv);
    } catch (e) {
      if (isAlreadyExists(e)) return;
      this.recorder.event(claim, 'Warning', 'ProvisioningFailed', `failed to provision volume with StorageClass "${sc.metadata!.name}": ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    this.recorder.event(claim, 'Normal', 'ProvisioningSucceeded', `Successfully provisioned volume ${pvName}`);
  }

  /** deleteVolumeOperation: a released volume we provisioned, reclaim policy Delete. */
  private syncVolume(name: string): void {
    const v = this.volumes.get(undefined, name);
    if (!v || v.status?.phase !== 'Released' || v.spec?.persistentVolumeReclaimPolicy !== 'Delete') return;
    if (v.metadata?.annotations?.[annDynamicallyProvisioned] !== localPathProvisionerName || v.metadata?.deletionTimestamp) return;
    try {
      this.client.delete('', 'persistentvolumes', undefined, name);
    } catch (e) {
      if (!isNotFound(e)) throw e;
    }
  }
}
