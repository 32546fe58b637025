// Mirrors pkg/controller/volume/persistentvolume/util (v1.32): the annotations
// and helpers the binder, the scheduler's VolumeBinding plugin and provisioners share.
import type { PersistentVolume, PersistentVolumeClaim } from 'kubernetes-types/core/v1';
import type { StorageClass } from 'kubernetes-types/storage/v1';
import { parseQuantity } from '../../api/quantity.js';

export const annBindCompleted = 'pv.kubernetes.io/bind-completed';
export const annBoundByController = 'pv.kubernetes.io/bound-by-controller';
export const annDynamicallyProvisioned = 'pv.kubernetes.io/provisioned-by';
export const annStorageProvisioner = 'volume.kubernetes.io/storage-provisioner';
export const annBetaStorageProvisioner = 'volume.beta.kubernetes.io/storage-provisioner';
export const annSelectedNode = 'volume.kubernetes.io/selected-node';
export const annDefaultStorageClass = 'storageclass.kubernetes.io/is-default-class';
export const pvProtectionFinalizer = 'kubernetes.io/pv-protection';

/** GetPersistentVolumeClaimClass: spec.storageClassName ('' = no class). */
export function claimClass(pvc: PersistentVolumeClaim): string {
  return pvc.spec?.storageClassName ?? '';
}

export function volumeClass(pv: PersistentVolume): string {
  return pv.spec?.storageClassName ?? '';
}

/** IsDelayBindingMode: the class waits for the first consumer Pod to be scheduled. */
export function isDelayBindingMode(sc: StorageClass | undefined): boolean {
  return sc?.volumeBindingMode === 'WaitForFirstConsumer';
}

export function storageBytes(q: string | number | undefined): number {
  if (q === undefined) return 0;
  try {
    return Number(parseQuantity(String(q)).value());
  } catch {
    return 0;
  }
}
