// The registry's strategies, keyed `${group}/${resource}` exactly as resources.ts names
// them: core resources have the empty group, so pods are "/pods" and Deployments
// "apps/deployments". Bindings have no strategy (they are a pod subresource).
import type { Strategy } from './strategy.js';
import { strategy as configmaps } from './configmaps.js';
import { strategy as endpoints } from './endpoints.js';
import { strategy as events } from './events.js';
import { strategy as namespaces } from './namespaces.js';
import { strategy as nodes } from './nodes.js';
import { strategy as persistentvolumeclaims } from './persistentvolumeclaims.js';
import { strategy as persistentvolumes } from './persistentvolumes.js';
import { strategy as pods } from './pods.js';
import { strategy as secrets } from './secrets.js';
import { strategy as serviceaccounts } from './serviceaccounts.js';
import { strategy as services } from './services.js';
import { strategy as controllerrevisions } from './controllerrevisions.js';
import { strategy as daemonsets } from './daemonsets.js';
import { strategy as deployments } from './deployments.js';
import { strategy as replicasets } from './replicasets.js';
import { strategy as statefulsets } from './statefulsets.js';
import { strategy as cronjobs } from './cronjobs.js';
import { strategy as jobs } from './jobs.js';
import { strategy as leases } from './leases.js';
import { strategy as endpointslices } from './endpointslices.js';
import { strategy as storageclasses } from './storageclasses.js';

export const strategies: Record<string, Strategy> = {
  '/configmaps': configmaps,
  '/endpoints': endpoints,
  '/events': events,
  '/namespaces': namespaces,
  '/nodes': nodes,
  '/persistentvolumeclaims': persistentvolumeclaims,
  '/persistentvolumes': persistentvolumes,
  '/pods': pods,
  '/secrets': secrets,
  '/serviceaccounts': serviceaccounts,
  '/services': services,
  'apps/controllerrevisions': controllerrevisions,
  'apps/daemonsets': daemonsets,
  'apps/deployments': deployments,
  'apps/replicasets': replicasets,
  'apps/statefulsets': statefulsets,
  'batch/cronjobs': cronjobs,
  'batch/jobs': jobs,
  'coordination.k8s.io/leases': leases,
  'discovery.k8s.io/endpointslices': endpointslices,
  'storage.k8s.io/storageclasses': storageclasses,
};

/** The strategy for a resource, e.g. strategyFor('apps', 'deployments'). */
export function strategyFor(group: string, resource: string): Strategy | undefined {
  return strategies[`${group}/${resource}`];
}
