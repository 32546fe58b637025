// Mirrors printPersistentVolume, printPersistentVolumeClaim and printStorageClass in
// pkg/printers/internalversion/printers.go (v1.32), with GetAccessModesAsString and
// GetPersistentVolume(Claim)Class from pkg/apis/core/helper. Quantities are printed
// as stored (the API server keeps them in canonical form, e.g. "1Gi").

import type { PersistentVolume, PersistentVolumeClaim } from 'kubernetes-types/core/v1';
import type { StorageClass } from 'kubernetes-types/storage/v1';
import { parseTimestamp, translateTimestampSince } from '../../../api/duration.js';
import { boolCell } from './format.js';
import { ageCol, col, nameCol, type TableHandler } from './types.js';

const BETA_STORAGE_CLASS_ANNOTATION = 'volume.beta.kubernetes.io/storage-class';

/** "RWO,ROX,RWX,RWOP" in that fixed order, duplicates ignored. */
export function accessModesString(modes: readonly string[] | undefined): string {
  const set = new Set(modes ?? []);
  const out: string[] = [];
  if (set.has('ReadWriteOnce')) out.push('RWO');
  if (set.has('ReadOnlyMany')) out.push('ROX');
  if (set.has('ReadWriteMany')) out.push('RWX');
  if (set.has('ReadWriteOncePod')) out.push('RWOP');
  return out.join(',');
}

/** A zero resource.Quantity prints as "0". */
function quantity(q: string | number | undefined): string {
  return q === undefined ? '0' : String(q);
}

export const persistentVolumeTable: TableHandler<PersistentVolume> = {
  columns: [
    nameCol,
    col('Capacity'),
    col('Access Modes'),
    col('Reclaim Policy'),
    col('Status'),
    col('Claim'),
    col('StorageClass'),
    col('VolumeAttributesClass'),
    col('Reason'),
    ageCol,
    col('VolumeMode', 1),
  ],
  row(pv, nowMs) {
    const ref = pv.spec?.claimRef;
    const claim = ref ? `${ref.namespace ?? ''}/${ref.name ?? ''}` : '';
    const deleting = parseTimestamp(pv.metadata?.deletionTimestamp) !== undefined;
    const storageClass = pv.metadata?.annotations?.[BETA_STORAGE_CLASS_ANNOTATION] ?? pv.spec?.storageClassName ?? '';
    return [
      pv.metadata?.name ?? '',
      quantity(pv.spec?.capacity?.storage),
      accessModesString(pv.spec?.accessModes),
      pv.spec?.persistentVolumeReclaimPolicy ?? '',
      deleting ? 'Terminating' : (pv.status?.phase ?? ''),
      claim,
      storageClass,
      pv.spec?.volumeAttributesClassName ?? '<unset>',
      pv.status?.reason ?? '',
      translateTimestampSince(pv.metadata?.creationTimestamp, nowMs),
      pv.spec?.volumeMode ?? '<unset>',
    ];
  },
};

export const persistentVolumeClaimTable: TableHandler<PersistentVolumeClaim> = {
  columns: [
    nameCol,
    col('Status'),
    col('Volume'),
    col('Capacity'),
    col('Access Modes'),
    col('StorageClass'),
    col('VolumeAttributesClass'),
    ageCol,
    col('VolumeMode', 1),
  ],
  row(pvc, nowMs) {
    const deleting = parseTimestamp(pvc.metadata?.deletionTimestamp) !== undefined;
    // Capacity and access modes are those of the bound volume, so blank until bound.
    const bound = !!pvc.spec?.volumeName;
    const storageClass =
      pvc.metadata?.annotations?.[BETA_STORAGE_CLASS_ANNOTATION] ?? pvc.spec?.storageClassName ?? '';
    return [
      pvc.metadata?.name ?? '',
      deleting ? 'Terminating' : (pvc.status?.phase ?? ''),
      pvc.spec?.volumeName ?? '',
      bound ? quantity(pvc.status?.capacity?.storage) : '',
      bound ? accessModesString(pvc.status?.accessModes) : '',
      storageClass,
      pvc.spec?.volumeAttributesClassName ?? '<unset>',
      translateTimestampSince(pvc.metadata?.creationTimestamp, nowMs),
      pvc.spec?.volumeMode ?? '<unset>',
    ];
  },
};

const DEFAULT_CLASS_ANNOTATIONS = [
  'storageclass.kubernetes.io/is-default-class',
  'storageclass.beta.kubernetes.io/is-default-class',
];

export const storageClassTable: TableHandler<StorageClass> = {
  columns: [
    nameCol,
    col('Provisioner'),
    col('ReclaimPolicy'),
    col('VolumeBindingMode'),
    col('AllowVolumeExpansion'),
    ageCol,
  ],
  row(sc, nowMs) {
    const isDefault = DEFAULT_CLASS_ANNOTATIONS.some((a) => sc.metadata?.annotations?.[a] === 'true');
    return [
      (sc.metadata?.name ?? '') + (isDefault ? ' (default)' : ''),
      sc.provisioner ?? '',
      sc.reclaimPolicy ?? 'Delete',
      sc.volumeBindingMode ?? 'Immediate',
      boolCell(sc.allowVolumeExpansion),
      translateTimestampSince(sc.metadata?.creationTimestamp, nowMs),
    ];
  },
};
