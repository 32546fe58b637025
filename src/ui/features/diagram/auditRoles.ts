// Which component of the diagram made an API request, from the audit
// record's user, as the real components identify themselves.
import type { AuditRecord } from '../../../engine/protocol/index.js';

/** The diagram ids that should light up for one request. */
export function componentsFor(r: AuditRecord): string[] {
  const ids = ['apiserver'];
  const u = r.user;
  if (u === 'kubectl' || u === 'kubernetes-admin') ids.push('you');
  else if (u === 'system:kube-scheduler') ids.push('scheduler');
  else if (u === 'system:kube-controller-manager' || u.endsWith('-controller') || u.startsWith('system:serviceaccount:kube-system:')) ids.push('controller-manager');
  // Writes go to etcd; reads are served from the watch cache.
  if (r.code < 400 && !r.dryRun && ['create', 'update', 'patch', 'delete', 'deletecollection'].includes(r.verb)) ids.push('etcd');
  return ids;
}
