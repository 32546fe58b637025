// Mirrors pkg/apis/discovery/validation (EndpointSlice), pkg/apis/storage/validation
// (StorageClass) and pkg/apis/coordination/validation (Lease).
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import type { StorageClass } from 'kubernetes-types/storage/v1';
import type { Lease } from 'kubernetes-types/coordination/v1';
import { forbidden, invalid, notSupported, required, tooMany, type FieldError } from '../errors.js';
import { isValidPortNum, validateIP } from './identifiers.js';
import { nameIsDNSSubdomain, validateObjectMeta } from './names.js';
import { validateObjectMetaUpdate } from './meta.js';
import { deepEqual, validateImmutableField } from './util.js';
import { supportedPortProtocols } from './container.js';

const addressTypes = ['FQDN', 'IPv4', 'IPv6'];

export function validateEndpointSlice(es: EndpointSlice): FieldError[] {
  const errs = validateObjectMeta(es.metadata ?? {}, true, nameIsDNSSubdomain, 'metadata');
  const at = es.addressType ?? '';
  if (!at) errs.push(required('addressType'));
  else if (!addressTypes.includes(at)) errs.push(notSupported('addressType', at, addressTypes));
  const eps = es.endpoints ?? [];
  if (eps.length > 1000) errs.push(tooMany('endpoints', eps.length, 1000));
  eps.forEach((ep, i) => {
    const p = `endpoints[${i}].addresses`;
    if (!ep.addresses?.length) errs.push(required(p, 'must contain at least 1 address'));
    else if (ep.addresses.length > 100) errs.push(tooMany(p, ep.addresses.length, 100));
    (ep.addresses ?? []).forEach((a, j) => {
      if (at === 'IPv4' || at === 'IPv6') errs.push(...validateIP(`${p}[${j}]`, a));
    });
  });
  (es.ports ?? []).forEach((port, i) => {
    const p = `ports[${i}]`;
    if (port.port !== undefined) errs.push(...isValidPortNum(port.port).map((m) => invalid(`${p}.port`, port.port, m)));
    if (port.protocol && !supportedPortProtocols.includes(port.protocol)) errs.push(notSupported(`${p}.protocol`, port.protocol, supportedPortProtocols));
  });
  return errs;
}

export function validateEndpointSliceUpdate(es: EndpointSlice, old: EndpointSlice): FieldError[] {
  const errs = validateObjectMetaUpdate(es.metadata ?? {}, old.metadata ?? {});
  errs.push(...validateImmutableField(es.addressType, old.addressType, 'addressType'));
  return errs;
}

export function validateStorageClass(sc: StorageClass): FieldError[] {
  const errs = validateObjectMeta(sc.metadata ?? {}, false, nameIsDNSSubdomain, 'metadata');
  if (!sc.provisioner) errs.push(required('provisioner'));
  if (sc.reclaimPolicy && !['Delete', 'Retain'].includes(sc.reclaimPolicy)) errs.push(notSupported('reclaimPolicy', sc.reclaimPolicy, ['Delete', 'Retain']));
  const vbm = sc.volumeBindingMode;
  if (vbm === undefined) errs.push(required('volumeBindingMode'));
  else if (!['Immediate', 'WaitForFirstConsumer'].includes(vbm)) errs.push(notSupported('volumeBindingMode', vbm, ['Immediate', 'WaitForFirstConsumer']));
  return errs;
}

export function validateStorageClassUpdate(sc: StorageClass, old: StorageClass): FieldError[] {
  const errs = validateObjectMetaUpdate(sc.metadata ?? {}, old.metadata ?? {});
  if (!deepEqual(sc.parameters, old.parameters)) errs.push(forbidden('parameters', 'updates to parameters are forbidden.'));
  if (sc.provisioner !== old.provisioner) errs.push(forbidden('provisioner', 'updates to provisioner are forbidden.'));
  if (sc.reclaimPolicy !== old.reclaimPolicy) errs.push(forbidden('reclaimPolicy', 'updates to reclaimPolicy are forbidden.'));
  errs.push(...validateImmutableField(sc.volumeBindingMode, old.volumeBindingMode, 'volumeBindingMode'));
  return errs;
}

export function validateLease(l: Lease): FieldError[] {
  const errs = validateObjectMeta(l.metadata ?? {}, true, nameIsDNSSubdomain, 'metadata');
  const spec = l.spec ?? {};
  if (spec.leaseDurationSeconds !== undefined && spec.leaseDurationSeconds <= 0) {
    errs.push(invalid('spec.leaseDurationSeconds', spec.leaseDurationSeconds, 'must be greater than 0'));
  }
  if (spec.leaseTransitions !== undefined && spec.leaseTransitions < 0) {
    errs.push(invalid('spec.leaseTransitions', spec.leaseTransitions, 'must be greater than or equal to 0'));
  }
  return errs;
}

export function validateLeaseUpdate(l: Lease, old: Lease): FieldError[] {
  return validateObjectMetaUpdate(l.metadata ?? {}, old.metadata ?? {});
}
