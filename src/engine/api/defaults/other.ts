// Mirrors the defaults.go of discovery/v1 (EndpointSlice ports), storage/v1
// (StorageClass) and events; coordination/v1 Lease has none.
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import type { StorageClass } from 'kubernetes-types/storage/v1';

/** SetDefaults_EndpointPort: name "" and protocol TCP. */
export function defaultEndpointSlice(es: EndpointSlice): void {
  for (const p of es.ports ?? []) {
    p.name ??= '';
    p.protocol ||= 'TCP';
  }
}

/** SetDefaults_StorageClass. */
export function defaultStorageClass(sc: StorageClass): void {
  sc.reclaimPolicy ||= 'Delete';
  sc.volumeBindingMode ||= 'Immediate';
}
