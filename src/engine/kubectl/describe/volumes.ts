// Mirrors describe.go describeVolumes and the print*VolumeSource helpers for the volume
// types the lab uses (hostPath, emptyDir, secret, configMap, PVC, projected, downwardAPI,
// NFS, CSI, ephemeral, local); others print upstream's "<unknown>".

import type { HostPathVolumeSource, PersistentVolumeClaim, Volume } from 'kubernetes-types/core/v1';
import { goSlice, printAnnotationsMultiline, printLabelsMultiline, quantityString, since, toQuantity } from './format.js';
import { LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3, nestedPrefixWriter, type PrefixWriter } from './writer.js';

export function describeVolumes(volumes: readonly Volume[] | undefined, w: PrefixWriter, space: string): void {
  if (!volumes || volumes.length === 0) {
    w.write(LEVEL_0, `${space}Volumes:\t<none>\n`);
    return;
  }
  w.write(LEVEL_0, `${space}Volumes:\n`);
  for (const v of volumes) {
    w.write(LEVEL_1, `${space ? ' ' : ''}${v.name}:\n`);
    if (v.hostPath) printHostPath(v.hostPath, w);
    else if (v.emptyDir) {
      const limit = toQuantity(v.emptyDir.sizeLimit);
      const sizeLimit = limit && limit.sign() > 0 ? limit.toString() : '<unset>';
      w.write(LEVEL_2, `Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t${v.emptyDir.medium ?? ''}\n    SizeLimit:\t${sizeLimit}\n`);
    } else if (v.secret) {
      w.write(LEVEL_2, `Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t${v.secret.secretName ?? ''}\n    Optional:\t${v.secret.optional === true}\n`);
    } else if (v.configMap) {
      w.write(LEVEL_2, `Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t${v.configMap.name ?? ''}\n    Optional:\t${v.configMap.optional === true}\n`);
    } else if (v.nfs) {
      w.write(LEVEL_2, `Type:\tNFS (an NFS mount that lasts the lifetime of a pod)\n    Server:\t${v.nfs.server}\n    Path:\t${v.nfs.path}\n    ReadOnly:\t${v.nfs.readOnly === true}\n`);
    } else if (v.persistentVolumeClaim) {
      w.write(LEVEL_2, `Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n    ClaimName:\t${v.persistentVolumeClaim.claimName}\n    ReadOnly:\t${v.persistentVolumeClaim.readOnly === true}\n`);
    } else if (v.ephemeral) {
      w.write(LEVEL_2, 'Type:\tEphemeralVolume (an inline specification for a volume that gets created and deleted with the pod)\n');
      const t = v.ephemeral.volumeClaimTemplate;
      if (t) printPersistentVolumeClaim(nestedPrefixWriter(w, LEVEL_2), { metadata: t.metadata, spec: t.spec }, false);
    } else if (v.downwardAPI) {
      w.write(LEVEL_2, 'Type:\tDownwardAPI (a volume populated by information about the pod)\n    Items:\n');
      for (const item of v.downwardAPI.items ?? []) {
        if (item.fieldRef) w.write(LEVEL_3, `${item.fieldRef.fieldPath} -> ${item.path}\n`);
        if (item.resourceFieldRef) w.write(LEVEL_3, `${item.resourceFieldRef.resource} -> ${item.path}\n`);
      }
    } else if (v.projected) {
      w.write(LEVEL_2, 'Type:\tProjected (a volume that contains injected data from multiple sources)\n');
      for (const s of v.projected.sources ?? []) {
        // v1.32 prints the Optional *bool with %v: "<nil>" when unset (a set pointer would
        // print its address; the lab prints the value instead).
        if (s.secret) w.write(LEVEL_2, `SecretName:\t${s.secret.name ?? ''}\n    SecretOptionalName:\t${optionalPtr(s.secret.optional)}\n`);
        else if (s.downwardAPI) w.write(LEVEL_2, 'DownwardAPI:\ttrue\n');
        else if (s.configMap) w.write(LEVEL_2, `ConfigMapName:\t${s.configMap.name ?? ''}\n    ConfigMapOptional:\t${optionalPtr(s.configMap.optional)}\n`);
        else if (s.serviceAccountToken) w.write(LEVEL_2, `TokenExpirationSeconds:\t${s.serviceAccountToken.expirationSeconds ?? 0}\n`);
      }
    } else if (v.csi) {
      w.write(LEVEL_2, `Type:\tCSI (a Container Storage Interface (CSI) volume source)\n    Driver:\t${v.csi.driver}\n    FSType:\t${v.csi.fsType ?? ''}\n    ReadOnly:\t${v.csi.readOnly === true}\n`);
      printAttributes(w, v.csi.volumeAttributes);
    } else {
      w.write(LEVEL_1, '<unknown>\n');
    }
  }
}

function optionalPtr(v: boolean | undefined): string {
  return v === undefined || v === null ? '<nil>' : String(v);
}

/**
 * printPersistentVolumeClaim: shared by the PVC describer (isFullPVC) and ephemeral
 * volumes' claim templates, which skip name, namespace, status and finalizers.
 */
export function printPersistentVolumeClaim(w: PrefixWriter, pvc: PersistentVolumeClaim, isFullPVC: boolean, nowMs = 0): void {
  const meta = pvc.metadata ?? {};
  const spec = pvc.spec ?? {};
  if (isFullPVC) {
    w.write(LEVEL_0, `Name:\t${meta.name ?? ''}\n`);
    w.write(LEVEL_0, `Namespace:\t${meta.namespace ?? ''}\n`);
  }
  w.write(LEVEL_0, `StorageClass:\t${pvcClass(pvc)}\n`);
  if (isFullPVC) {
    if (meta.deletionTimestamp) w.write(LEVEL_0, `Status:\tTerminating (lasts ${since(meta.deletionTimestamp, nowMs)})\n`);
    else w.write(LEVEL_0, `Status:\t${pvc.status?.phase ?? ''}\n`);
  }
  w.write(LEVEL_0, `Volume:\t${spec.volumeName ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', meta.labels);
  printAnnotationsMultiline(w, 'Annotations', meta.annotations);
  if (isFullPVC) w.write(LEVEL_0, `Finalizers:\t${goSlice(meta.finalizers)}\n`);
  let capacity = '';
  let accessModes = '';
  if (spec.volumeName) {
    accessModes = accessModesString(pvc.status?.accessModes);
    capacity = quantityString(pvc.status?.capacity?.storage ?? '0');
  }
  w.write(LEVEL_0, `Capacity:\t${capacity}\n`);
  w.write(LEVEL_0, `Access Modes:\t${accessModes}\n`);
  if (spec.volumeMode) w.write(LEVEL_0, `VolumeMode:\t${spec.volumeMode}\n`);
  if (spec.dataSource) {
    w.write(LEVEL_0, 'DataSource:\n');
    if (spec.dataSource.apiGroup) w.write(LEVEL_1, `APIGroup:\t${spec.dataSource.apiGroup}\n`);
    w.write(LEVEL_1, `Kind:\t${spec.dataSource.kind}\n`);
    w.write(LEVEL_1, `Name:\t${spec.dataSource.name}\n`);
  }
}

/** storageutil.GetPersistentVolumeClaimClass: spec.storageClassName, else the beta annotation. */
export function pvcClass(pvc: PersistentVolumeClaim): string {
  const beta = pvc.metadata?.annotations?.['volume.beta.kubernetes.io/storage-class'];
  if (beta !== undefined) return beta;
  return pvc.spec?.storageClassName ?? '';
}

/** storageutil.GetAccessModesAsString: "RWO,ROX,RWX,RWOP" in that fixed order, deduplicated. */
export function accessModesString(modes: readonly string[] | undefined): string {
  const m = new Set(modes ?? []);
  const out: string[] = [];
  if (m.has('ReadWriteOnce')) out.push('RWO');
  if (m.has('ReadOnlyMany')) out.push('ROX');
  if (m.has('ReadWriteMany')) out.push('RWX');
  if (m.has('ReadWriteOncePod')) out.push('RWOP');
  return out.join(',');
}

/** printCSIPersistentVolumeAttributesMultiline. */
export function printAttributes(w: PrefixWriter, attrs: { [k: string]: string } | undefined): void {
  w.write(LEVEL_2, 'VolumeAttributes:\t');
  const keys = Object.keys(attrs ?? {}).sort();
  if (keys.length === 0) {
    w.writeLine('<none>');
    return;
  }
  keys.forEach((k, i) => {
    if (i !== 0) w.write(LEVEL_2, '\t');
    const line = `${k}=${attrs![k]}`;
    w.write(LEVEL_2, line.length > 140 ? `${line.slice(0, 140)}...\n` : `${line}\n`);
  });
}

export function printHostPath(hp: HostPathVolumeSource, w: PrefixWriter): void {
  const type = hp.type === undefined || hp.type === null ? '<none>' : hp.type;
  w.write(LEVEL_2, `Type:\tHostPath (bare host directory volume)\n    Path:\t${hp.path}\n    HostPathType:\t${type}\n`);
}
