// Mirrors the admission chain's NamespaceLifecycle plugin
// (plugin/pkg/admission/namespace/lifecycle): no new objects in a namespace
// that does not exist or is being terminated.
import type { Namespace } from 'kubernetes-types/core/v1';
import { newForbidden, newNotFound } from '../../api/errors.js';
import type { ResourceInfo } from '../../api/resources.js';
import type { RequestContext } from '../types.js';

export interface AdmissionView {
  getNamespace(name: string): Namespace | undefined;
}

export function admitCreate(view: AdmissionView, info: ResourceInfo, obj: { metadata?: { name?: string; namespace?: string } }, _ctx: RequestContext): void {
  if (!info.namespaced) return;
  const ns = obj.metadata?.namespace ?? '';
  const namespace = view.getNamespace(ns);
  if (!namespace) throw newNotFound('', 'namespaces', ns);
  if (namespace.status?.phase === 'Terminating' || namespace.metadata?.deletionTimestamp) {
    // Events about the namespace's own teardown are still admitted, as upstream allows.
    if (info.group === '' && info.name === 'events') return;
    throw newForbidden(
      info.group,
      info.name,
      obj.metadata?.name ?? '',
      `unable to create new content in namespace ${ns} because it is being terminated`,
    );
  }
}
