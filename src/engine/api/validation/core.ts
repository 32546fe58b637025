// Mirrors pkg/apis/core/validation/validation.go for ConfigMap, Secret, Namespace,
// Node, PersistentVolume(Claim), ServiceAccount, Endpoints and Event.
import type {
  ConfigMap,
  Endpoints,
  Event,
  Namespace,
  Node,
  PersistentVolume,
  PersistentVolumeClaim,
  Secret,
  ServiceAccount,
  Taint,
} from 'kubernetes-types/core/v1';
import { duplicate, forbidden, invalid, notSupported, required, tooLong, type FieldError } from '../errors.js';
import { isConfigMapKey, isValidLabelValue, isValidPortNum, validateIP } from './identifiers.js';
import { nameIsDNSLabel, nameIsDNSSubdomain, validateLabelName, validateObjectMeta } from './names.js';
import { validateLabelSelector } from '../labels.js';
import { validateObjectMetaUpdate } from './meta.js';
import { quantityAt, validateResourceQuantityValue } from './resources.js';
import { deepEqual, keyPath, sortedKeys, validateImmutableField } from './util.js';
import { specDiff } from './pod.js';

export const maxSecretSize = 1024 * 1024;

/** Decoded length of a base64 string, as Go sees []byte values. */
function base64Len(s: string): number {
  const clean = s.replace(/\s/g, '');
  const pad = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  return Math.floor((clean.length * 3) / 4) - pad;
}

function immutableData(kind: { immutable?: boolean; data?: unknown; binaryData?: unknown }, old: typeof kind): FieldError[] {
  const errs: FieldError[] = [];
  if (!old.immutable) return errs;
  const msg = 'field is immutable when `immutable` is set';
  if (!kind.immutable) errs.push(forbidden('immutable', msg));
  if (!deepEqual(kind.data, old.data)) errs.push(forbidden('data', msg));
  if (!deepEqual(kind.binaryData, old.binaryData)) errs.push(forbidden('binaryData', msg));
  return errs;
}

export function validateConfigMap(cm: ConfigMap): FieldError[] {
  const errs = validateObjectMeta(cm.metadata ?? {}, true, nameIsDNSSubdomain, 'metadata');
  let total = 0;
  for (const key of sortedKeys(cm.data)) {
    errs.push(...isConfigMapKey(key).map((m) => invalid(keyPath('data', key), key, m)));
    if (cm.binaryData?.[key] !== undefined) errs.push(invalid(keyPath('data', key), key, 'duplicate of key present in binaryData'));
    total += new TextEncoderLite(cm.data![key] ?? '').length;
  }
  for (const key of sortedKeys(cm.binaryData)) {
    errs.push(...isConfigMapKey(key).map((m) => invalid(keyPath('binaryData', key), key, m)));
    total += base64Len(cm.binaryData![key] ?? '');
  }
  if (total > maxSecretSize) errs.push(tooLong('', '', maxSecretSize));
  return errs;
}

/** UTF-8 byte length without TextEncoder (not in the engine's ES-only lib). */
class TextEncoderLite {
  readonly length: number;
  constructor(s: string) {
    let n = 0;
    for (const ch of s) {
      const c = ch.codePointAt(0)!;
      n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    }
    this.length = n;
  }
}

export function validateConfigMapUpdate(cm: ConfigMap, old: ConfigMap): FieldError[] {
  return [...validateObjectMetaUpdate(cm.metadata ?? {}, old.metadata ?? {}), ...immutableData(cm, old)];
}

export function validateSecret(s: Secret): FieldError[] {
  const errs = validateObjectMeta(s.metadata ?? {}, true, nameIsDNSSubdomain, 'metadata');
  const data = s.data ?? {};
  let total = 0;
  for (const key of sortedKeys(data)) {
    errs.push(...isConfigMapKey(key).map((m) => invalid(keyPath('data', key), key, m)));
    total += base64Len(data[key] ?? '');
  }
  if (total > maxSecretSize) errs.push(tooLong('data', '', maxSecretSize));
  const has = (k: string): boolean => data[k] !== undefined;
  switch (s.type) {
    case 'kubernetes.io/service-account-token':
      if (!s.metadata?.annotations?.['kubernetes.io/service-account.name']) {
        errs.push(required('metadata.annotations[kubernetes.io/service-account.name]'));
      }
      break;
    case 'kubernetes.io/dockercfg':
      if (!has('.dockercfg')) errs.push(required('data[.dockercfg]'));
      break;
    case 'kubernetes.io/dockerconfigjson':
      if (!has('.dockerconfigjson')) errs.push(required('data[.dockerconfigjson]'));
      break;
    case 'kubernetes.io/basic-auth':
      if (!has('username') && !has('password')) errs.push(required('data[username]'), required('data[password]'));
      break;
    case 'kubernetes.io/ssh-auth':
      if (!data['ssh-privatekey']) errs.push(required('data[ssh-privatekey]'));
      break;
    case 'kubernetes.io/tls':
      if (!has('tls.crt')) errs.push(required('data[tls.crt]'));
      if (!has('tls.key')) errs.push(required('data[tls.key]'));
      break;
  }
  return errs;
}

export function validateSecretUpdate(s: Secret, old: Secret): FieldError[] {
  const errs = validateObjectMetaUpdate(s.metadata ?? {}, old.metadata ?? {});
  errs.push(...validateImmutableField(s.type ?? '', old.type ?? '', 'type'));
  errs.push(...immutableData(s, old));
  return errs;
}

export function validateNamespace(ns: Namespace): FieldError[] {
  const errs = validateObjectMeta(ns.metadata ?? {}, false, nameIsDNSLabel, 'metadata');
  (ns.spec?.finalizers ?? []).forEach((f, i) => {
    if (!f.includes('/') && f !== 'kubernetes') {
      errs.push(invalid(`spec.finalizers[${i}]`, f, 'name is neither a standard finalizer name nor is it fully qualified'));
    }
  });
  return errs;
}

export function validateNamespaceUpdate(ns: Namespace, old: Namespace): FieldError[] {
  return validateObjectMetaUpdate(ns.metadata ?? {}, old.metadata ?? {});
}

/** validateNodeTaints (upstream reports them under metadata.taints). */
function validateNodeTaints(taints: Taint[], fld: string): FieldError[] {
  const errs: FieldError[] = [];
  const unique = new Set<string>();
  taints.forEach((t, i) => {
    const idx = `${fld}[${i}]`;
    errs.push(...validateLabelName(t.key, `${idx}.key`));
    const msgs = isValidLabelValue(t.value ?? '');
    if (msgs.length) errs.push(invalid(`${idx}.value`, t.value ?? '', msgs.join(';')));
    if (!t.effect) errs.push(required(`${idx}.effect`));
    else if (!['NoSchedule', 'PreferNoSchedule', 'NoExecute'].includes(t.effect)) {
      errs.push(notSupported(`${idx}.effect`, t.effect, ['NoSchedule', 'PreferNoSchedule', 'NoExecute']));
    }
    const k = `${t.effect}/${t.key}`;
    if (unique.has(k)) errs.push({ ...duplicate(idx, `${t.key}=${t.value ?? ''}:${t.effect}`), detail: 'taints must be unique by key and effect pair' });
    unique.add(k);
  });
  return errs;
}

function validateNodeResources(node: Node): FieldError[] {
  const errs: FieldError[] = [];
  for (const part of ['capacity', 'allocatable'] as const) {
    const list = node.status?.[part] ?? {};
    for (const k of sortedKeys(list)) {
      const p = `status.${part}.${k}`;
      const q = quantityAt(list[k], p, errs);
      if (q) errs.push(...validateResourceQuantityValue(k, q, p));
    }
  }
  return errs;
}

export function validateNode(node: Node): FieldError[] {
  const errs = validateObjectMeta(node.metadata ?? {}, false, nameIsDNSSubdomain, 'metadata');
  if (node.spec?.taints?.length) errs.push(...validateNodeTaints(node.spec.taints, 'metadata.taints'));
  errs.push(...validateNodeResources(node));
  return errs;
}

export function validateNodeUpdate(node: Node, old: Node): FieldError[] {
  const errs = validateObjectMetaUpdate(node.metadata ?? {}, old.metadata ?? {});
  const oldCIDRs = old.spec?.podCIDRs ?? [];
  if (oldCIDRs.length && !deepEqual(oldCIDRs, node.spec?.podCIDRs ?? [])) {
    errs.push(forbidden('spec.podCIDRs', 'node updates may not change podCIDR except from "" to valid'));
  }
  if (old.spec?.providerID && old.spec.providerID !== node.spec?.providerID) {
    errs.push(forbidden('spec.providerID', 'node updates may not change providerID except from "" to valid'));
  }
  return errs;
}

const accessModes = ['ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOnce', 'ReadWriteOncePod'];

function validateAccessModes(modes: string[] | undefined, fld: string, requiredDetail: string): FieldError[] {
  const errs: FieldError[] = [];
  if (!modes?.length) errs.push(required(fld, requiredDetail));
  let rwop = false;
  let other = false;
  for (const m of modes ?? []) {
    if (!accessModes.includes(m)) errs.push(notSupported(fld, m, accessModes));
    else if (m === 'ReadWriteOncePod') rwop = true;
    else other = true;
  }
  if (rwop && other) errs.push(forbidden(fld, 'may not use ReadWriteOncePod with other access modes'));
  return errs;
}

export function validatePersistentVolume(pv: PersistentVolume): FieldError[] {
  const errs = validateObjectMeta(pv.metadata ?? {}, false, nameIsDNSSubdomain, 'metadata');
  const spec = pv.spec ?? {};
  errs.push(...validateAccessModes(spec.accessModes, 'spec.accessModes', ''));
  const cap = spec.capacity ?? {};
  if (Object.keys(cap).length === 0) errs.push(required('spec.capacity'));
  for (const k of sortedKeys(cap)) {
    const p = keyPath('spec.capacity', k);
    if (k !== 'storage') errs.push(notSupported('spec.capacity', k, ['storage']));
    const q = quantityAt(cap[k], p, errs);
    if (q) errs.push(...validateResourceQuantityValue(k, q, p));
  }
  const rp = spec.persistentVolumeReclaimPolicy;
  if (rp && !['Delete', 'Recycle', 'Retain'].includes(rp)) errs.push(notSupported('spec.persistentVolumeReclaimPolicy', rp, ['Delete', 'Recycle', 'Retain']));
  const sources = ['hostPath', 'local', 'nfs', 'csi', 'iscsi', 'fc', 'awsElasticBlockStore', 'gcePersistentDisk', 'azureDisk', 'azureFile', 'cephfs', 'rbd', 'cinder', 'glusterfs', 'flexVolume', 'vsphereVolume', 'quobyte', 'photonPersistentDisk', 'portworxVolume', 'scaleIO', 'storageos', 'flocker'];
  const rec = spec as Record<string, unknown>;
  const present = sources.filter((k) => rec[k] !== undefined);
  if (present.length === 0) errs.push(required('spec', 'must specify a volume type'));
  present.slice(1).forEach((k) => errs.push(forbidden(`spec.${k}`, 'may not specify more than 1 volume type')));
  if (spec.hostPath && !spec.hostPath.path) errs.push(required('spec.hostPath.path'));
  if (spec.local && !spec.local.path) errs.push(required('spec.local.path'));
  if (spec.volumeMode && !['Block', 'Filesystem'].includes(spec.volumeMode)) errs.push(notSupported('spec.volumeMode', spec.volumeMode, ['Block', 'Filesystem']));
  return errs;
}

export function validatePersistentVolumeUpdate(pv: PersistentVolume, old: PersistentVolume): FieldError[] {
  const errs = validateObjectMetaUpdate(pv.metadata ?? {}, old.metadata ?? {});
  errs.push(...validateImmutableField(pv.spec?.volumeMode, old.spec?.volumeMode, 'volumeMode', pv.spec?.volumeMode ?? null));
  return errs;
}

export function validatePersistentVolumeClaim(pvc: PersistentVolumeClaim): FieldError[] {
  const errs = validateObjectMeta(pvc.metadata ?? {}, true, nameIsDNSSubdomain, 'metadata');
  const spec = pvc.spec ?? {};
  errs.push(...validateAccessModes(spec.accessModes, 'spec.accessModes', 'at least 1 access mode is required'));
  if (spec.selector) errs.push(...validateLabelSelector(spec.selector, 'spec.selector'));
  const storage = spec.resources?.requests?.storage;
  const sp = 'spec.resources[storage]';
  if (storage === undefined) errs.push(required(sp));
  else {
    const q = quantityAt(storage, sp, errs);
    if (q && q.sign() <= 0) errs.push(invalid(sp, q.toString(), 'must be greater than zero'));
  }
  if (spec.storageClassName) {
    errs.push(...nameIsDNSSubdomain(spec.storageClassName, false).map((m) => invalid('spec.storageClassName', spec.storageClassName, m)));
  }
  if (spec.volumeMode && !['Block', 'Filesystem'].includes(spec.volumeMode)) errs.push(notSupported('spec.volumeMode', spec.volumeMode, ['Block', 'Filesystem']));
  return errs;
}

export function validatePersistentVolumeClaimUpdate(pvc: PersistentVolumeClaim, old: PersistentVolumeClaim): FieldError[] {
  const errs = validateObjectMetaUpdate(pvc.metadata ?? {}, old.metadata ?? {});
  const a = JSON.parse(JSON.stringify(pvc.spec ?? {})) as NonNullable<PersistentVolumeClaim['spec']>;
  const b = JSON.parse(JSON.stringify(old.spec ?? {})) as NonNullable<PersistentVolumeClaim['spec']>;
  if (!b.volumeName) b.volumeName = a.volumeName; // the binder may set volumeName once
  if (pvc.status?.phase === 'Bound' && a.resources?.requests) a.resources.requests.storage = old.spec?.resources?.requests?.storage ?? '';
  if (!deepEqual(a, b)) {
    const diff = specDiff(b as never, a as never).replace('core.PodSpec', 'core.PersistentVolumeClaimSpec');
    errs.push(forbidden('spec', `spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims\n${diff}`));
  }
  const newQ = pvc.spec?.resources?.requests?.storage;
  const oldQ = old.spec?.resources?.requests?.storage;
  if (newQ !== undefined && oldQ !== undefined) {
    const scratch: FieldError[] = [];
    const n = quantityAt(newQ, '', scratch);
    const o = quantityAt(oldQ, '', scratch);
    if (n && o && n.cmp(o) < 0) errs.push(forbidden('spec.resources.requests.storage', 'field can not be less than previous value'));
  }
  return errs;
}

export function validateServiceAccount(sa: ServiceAccount): FieldError[] {
  return validateObjectMeta(sa.metadata ?? {}, true, nameIsDNSSubdomain, 'metadata');
}

export function validateServiceAccountUpdate(sa: ServiceAccount, old: ServiceAccount): FieldError[] {
  return validateObjectMetaUpdate(sa.metadata ?? {}, old.metadata ?? {});
}

export function validateEndpoints(ep: Endpoints): FieldError[] {
  const errs = validateObjectMeta(ep.metadata ?? {}, true, nameIsDNSSubdomain, 'metadata');
  (ep.subsets ?? []).forEach((ss, i) => {
    const p = `subsets[${i}]`;
    if (!ss.addresses?.length && !ss.notReadyAddresses?.length) {
      errs.push(required(p, 'must specify `addresses` or `notReadyAddresses`'));
    }
    for (const [k, list] of [['addresses', ss.addresses], ['notReadyAddresses', ss.notReadyAddresses]] as const) {
      (list ?? []).forEach((a, j) => {
        errs.push(...validateIP(`${p}.${k}[${j}].ip`, a.ip));
      });
    }
    (ss.ports ?? []).forEach((port, j) => {
      errs.push(...isValidPortNum(port.port).map((m) => invalid(`${p}.ports[${j}].port`, port.port, m)));
    });
  });
  return errs;
}

export function validateEndpointsUpdate(ep: Endpoints, old: Endpoints): FieldError[] {
  return validateObjectMetaUpdate(ep.metadata ?? {}, old.metadata ?? {});
}

/** ValidateEventCreate (core/v1): light, as the recorder is the main writer. */
export function validateEvent(ev: Event): FieldError[] {
  const errs = validateObjectMeta(ev.metadata ?? {}, true, nameIsDNSSubdomain, 'metadata');
  const ns = ev.metadata?.namespace ?? '';
  const ins = ev.involvedObject?.namespace ?? '';
  if (!ins) {
    if (ns !== '' && ns !== 'default') errs.push(invalid('involvedObject.namespace', ins, 'does not match event.namespace'));
  } else if (ns !== ins) errs.push(invalid('involvedObject.namespace', ins, 'does not match event.namespace'));
  if (ev.type && ev.type !== 'Normal' && ev.type !== 'Warning') errs.push(notSupported('type', ev.type, ['Normal', 'Warning']));
  return errs;
}

export function validateEventUpdate(ev: Event, old: Event): FieldError[] {
  return validateObjectMetaUpdate(ev.metadata ?? {}, old.metadata ?? {});
}
