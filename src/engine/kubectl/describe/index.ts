// Entry point of `kubectl describe` output, mirroring describe.go's describerMap: one
// describer per kind, GenericDescriber for the rest. Pure: objects, related objects and
// events come in through DescribeContext; time is the virtual clock's nowMs.

import type { Event } from 'kubernetes-types/core/v1';
import { describeDaemonSet, describeDeployment, describeReplicaSet, describeStatefulSet } from './apps.js';
import { describeCronJob, describeJob } from './batch.js';
import { describeConfigMap, describeNamespace, describeSecret, describeServiceAccount } from './config.js';
import { describeGeneric } from './generic.js';
import { describeEndpoints, describeEndpointSlice, describeService } from './network.js';
import { describeNode } from './node.js';
import { describePod } from './pod.js';
import { describePersistentVolume, describePersistentVolumeClaim, describeStorageClass } from './storage.js';

export interface DescribeContext {
  /** virtual now, for ages ("5m" in events, pods' Age on a node) */
  nowMs: number;
  /** events whose involvedObject is this object (the caller filters; for nodes, by uid and by name) */
  events: readonly Event[];
  /** list other objects a describer needs, e.g. a Deployment's ReplicaSets, a Node's Pods */
  list(group: string, resource: string, namespace?: string): readonly any[];
  get(group: string, resource: string, namespace: string | undefined, name: string): any | undefined;
}

export function describe(resource: string, obj: any, ctx: DescribeContext): string {
  const ns: string | undefined = obj?.metadata?.namespace;
  const { nowMs, events } = ctx;
  switch (resource) {
    case 'pods':
      return describePod(obj, events, nowMs);
    case 'deployments':
      return describeDeployment(obj, ctx.list('apps', 'replicasets', ns), events, nowMs);
    case 'replicasets':
      return describeReplicaSet(obj, ctx.list('', 'pods', ns), events, nowMs);
    case 'statefulsets':
      return describeStatefulSet(obj, ctx.list('', 'pods', ns), events, nowMs);
    case 'daemonsets':
      return describeDaemonSet(obj, ctx.list('', 'pods', ns), events, nowMs);
    case 'jobs':
      return describeJob(obj, events, nowMs);
    case 'cronjobs':
      return describeCronJob(obj, events, nowMs);
    case 'services':
      return describeService(obj, ctx.list('discovery.k8s.io', 'endpointslices', ns).filter((s) => s?.metadata?.labels?.['kubernetes.io/service-name'] === obj?.metadata?.name), events, nowMs);
    case 'endpoints':
      return describeEndpoints(obj, events, nowMs);
    case 'endpointslices':
      return describeEndpointSlice(obj, events, nowMs);
    case 'nodes':
      return describeNode(obj, ctx.list('', 'pods'), ctx.get('coordination.k8s.io', 'leases', 'kube-node-lease', obj?.metadata?.name), events, nowMs);
    case 'namespaces':
      return describeNamespace(obj, ctx.list('', 'resourcequotas', obj?.metadata?.name), ctx.list('', 'limitranges', obj?.metadata?.name));
    case 'configmaps':
      return describeConfigMap(obj, events, nowMs);
    case 'secrets':
      return describeSecret(obj);
    case 'serviceaccounts':
      return describeServiceAccount(obj, ctx.list('', 'secrets', ns), events, nowMs);
    case 'persistentvolumes':
      return describePersistentVolume(obj, events, nowMs);
    case 'persistentvolumeclaims':
      return describePersistentVolumeClaim(obj, ctx.list('', 'pods', ns), events, nowMs);
    case 'storageclasses':
      return describeStorageClass(obj, events, nowMs);
    default:
      return describeGeneric(obj, events, nowMs);
  }
}
