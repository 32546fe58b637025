// Mirrors plugin/pkg/admission/storage/storageclass/setdefault (DefaultStorageClass,
// v1.32): a claim created without spec.storageClassName gets the default class
// (annotation storageclass.kubernetes.io/is-default-class: "true"; the newest if
// several). An explicit "" means "no class" and is left alone.
import type { PersistentVolumeClaim } from 'kubernetes-types/core/v1';
import type { StorageClass } from 'kubernetes-types/storage/v1';
import type { StrategyContext } from '../registry/strategy.js';

const isDefault = (sc: StorageClass) =>
  sc.metadata?.annotations?.['storageclass.kubernetes.io/is-default-class'] === 'true' || sc.metadata?.annotations?.['storageclass.beta.kubernetes.io/is-default-class'] === 'true';

export function admitDefaultStorageClass(pvc: PersistentVolumeClaim, ctx: StrategyContext): void {
  if (!pvc.spec || pvc.spec.storageClassName !== undefined) return;
  const defaults = (ctx.list('storage.k8s.io', 'storageclasses') as StorageClass[]).filter(isDefault);
  if (!defaults.length) return;
  defaults.sort((a, b) => (b.metadata?.creationTimestamp ?? '').localeCompare(a.metadata?.creationTimestamp ?? '') || (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? ''));
  pvc.spec.storageClassName = defaults[0]!.metadata!.name;
}
