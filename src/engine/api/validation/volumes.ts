// Mirrors ValidateVolumes / validateVolumeSource in pkg/apis/core/validation/validation.go
// for the volume types the lab runs (emptyDir, hostPath, configMap, secret,
// persistentVolumeClaim, downwardAPI, projected); others only count as "a type".
import type { KeyToPath, Volume } from 'kubernetes-types/core/v1';
import { duplicate, forbidden, invalid, notSupported, required, type FieldError } from '../errors.js';
import { nameIsDNSSubdomain } from './names.js';
import { validateDNS1123Label, validateObjectFieldSelector, validatePathNoBacksteps } from './container.js';
import { quantityAt, validateResourceQuantityValue } from './resources.js';

export const fileModeErrorMsg = 'must be a number between 0 and 0777 (octal), both inclusive';

const hostPathTypes = ['', 'BlockDevice', 'CharDevice', 'Directory', 'DirectoryOrCreate', 'File', 'FileOrCreate', 'Socket'];

const sourceKeys = [
  'emptyDir', 'hostPath', 'gitRepo', 'gcePersistentDisk', 'awsElasticBlockStore', 'secret', 'nfs', 'iscsi',
  'glusterfs', 'flocker', 'persistentVolumeClaim', 'rbd', 'flexVolume', 'cinder', 'cephfs', 'downwardAPI', 'fc',
  'azureFile', 'vsphereVolume', 'quobyte', 'azureDisk', 'photonPersistentDisk', 'portworxVolume', 'scaleIO',
  'configMap', 'storageos', 'projected', 'csi', 'ephemeral', 'image',
] as const;

function validateMode(mode: number | undefined, fld: string): FieldError[] {
  if (mode === undefined) return [];
  return mode > 0o777 || mode < 0 ? [invalid(fld, mode, fileModeErrorMsg)] : [];
}

function validateKeyToPath(items: KeyToPath[] | undefined, fld: string): FieldError[] {
  const errs: FieldError[] = [];
  (items ?? []).forEach((kp, i) => {
    const idx = `${fld}[${i}]`;
    if (!kp.key) errs.push(required(`${idx}.key`));
    if (!kp.path) errs.push(required(`${idx}.path`));
    else errs.push(...validateLocalNonReservedPath(kp.path, `${idx}.path`));
    errs.push(...validateMode(kp.mode, `${idx}.mode`));
  });
  return errs;
}

function validateLocalNonReservedPath(p: string, fld: string): FieldError[] {
  const errs: FieldError[] = [];
  if (p.startsWith('/')) errs.push(invalid(fld, p, 'must be a relative path'));
  errs.push(...validatePathNoBacksteps(p, fld));
  if (p.startsWith('..')) errs.push(invalid(fld, p, "must not start with '..'"));
  return errs;
}

function validateOneSource(v: Volume, key: (typeof sourceKeys)[number], fld: string): FieldError[] {
  const errs: FieldError[] = [];
  switch (key) {
    case 'emptyDir': {
      const sl = v.emptyDir?.sizeLimit;
      if (sl !== undefined) {
        const q = quantityAt(sl, `${fld}.sizeLimit`, errs);
        if (q) errs.push(...validateResourceQuantityValue('storage', q, `${fld}.sizeLimit`));
      }
      break;
    }
    case 'hostPath': {
      const hp = v.hostPath!;
      if (!hp.path) errs.push(required(`${fld}.path`));
      else errs.push(...validatePathNoBacksteps(hp.path, `${fld}.path`));
      if (hp.type !== undefined && !hostPathTypes.includes(hp.type)) errs.push(notSupported(`${fld}.type`, hp.type, hostPathTypes));
      break;
    }
    case 'secret': {
      const s = v.secret!;
      if (!s.secretName) errs.push(required(`${fld}.secretName`));
      else errs.push(...nameIsDNSSubdomain(s.secretName, false).map((m) => invalid(`${fld}.secretName`, s.secretName, m)));
      errs.push(...validateMode(s.defaultMode, `${fld}.defaultMode`));
      errs.push(...validateKeyToPath(s.items, `${fld}.items`));
      break;
    }
    case 'configMap': {
      const c = v.configMap!;
      if (!c.name) errs.push(required(`${fld}.name`));
      else errs.push(...nameIsDNSSubdomain(c.name, false).map((m) => invalid(`${fld}.name`, c.name, m)));
      errs.push(...validateMode(c.defaultMode, `${fld}.defaultMode`));
      errs.push(...validateKeyToPath(c.items, `${fld}.items`));
      break;
    }
    case 'persistentVolumeClaim':
      if (!v.persistentVolumeClaim!.claimName) errs.push(required(`${fld}.claimName`));
      break;
    case 'downwardAPI': {
      const d = v.downwardAPI!;
      errs.push(...validateMode(d.defaultMode, `${fld}.defaultMode`));
      (d.items ?? []).forEach((it, i) => {
        const idx = `${fld}.items[${i}]`;
        if (!it.path) errs.push(required(`${idx}.path`));
        else errs.push(...validateLocalNonReservedPath(it.path, `${idx}.path`));
        if (it.fieldRef) {
          const allowed = ['metadata.annotations', 'metadata.labels', 'metadata.name', 'metadata.namespace', 'metadata.uid'];
          errs.push(...validateObjectFieldSelector(it.fieldRef, allowed, `${idx}.fieldRef`));
        }
      });
      break;
    }
    case 'projected':
      errs.push(...validateMode(v.projected!.defaultMode, `${fld}.defaultMode`));
      break;
    default:
      break;
  }
  return errs;
}

/** ValidateVolumes: the valid volume names and every error found. */
export function validateVolumes(volumes: Volume[] | undefined, fld: string): { names: Set<string>; errs: FieldError[] } {
  const names = new Set<string>();
  const errs: FieldError[] = [];
  (volumes ?? []).forEach((v, i) => {
    const idx = `${fld}[${i}]`;
    const el: FieldError[] = [];
    if (!v.name) el.push(required(`${idx}.name`));
    else el.push(...validateDNS1123Label(v.name, `${idx}.name`));
    if (names.has(v.name)) el.push(duplicate(`${idx}.name`, v.name));
    if (el.length === 0) names.add(v.name);
    else errs.push(...el);
    const rec = v as unknown as Record<string, unknown>;
    let n = 0;
    for (const key of sourceKeys) {
      if (rec[key] === undefined || rec[key] === null) continue;
      if (n > 0) {
        errs.push(forbidden(`${idx}.${key}`, 'may not specify more than 1 volume type'));
        continue;
      }
      n++;
      errs.push(...validateOneSource(v, key, `${idx}.${key}`));
    }
    if (n === 0) errs.push(required(idx, 'must specify a volume type'));
  });
  return { names, errs };
}
