// Mirrors cmd/kube-controller-manager: one process running many control loops,
// each with its own identity (client user, as upstream's per-controller service
// accounts) over one SharedInformerFactory, so every resource is listed and
// watched once however many controllers read it.
import type { VirtualClock } from '../clock/clock.js';
import type { Client } from '../client/client.js';
import { SharedInformerFactory } from '../client/informer.js';
import { DeploymentController } from './deployment/controller.js';
import { ReplicaSetController } from './replicaset/controller.js';
import { NodeIpamController } from './nodeipam/controller.js';
import { GarbageCollector, gcUser } from './garbagecollector/garbagecollector.js';
import { NamespaceController, namespaceControllerUser } from './namespace/controller.js';
import { ServiceAccountsController, serviceAccountControllerUser } from './serviceaccount/serviceaccounts_controller.js';
import { RootCACertPublisher, rootCACertPublisherUser } from './rootcacertpublisher/publisher.js';
import { NodeLifecycleController, nodeControllerUser } from './nodelifecycle/node_lifecycle_controller.js';
import { TaintEvictionController, taintEvictionUser } from './tainteviction/taint_eviction.js';
import { DaemonSetsController, daemonSetControllerUser } from './daemonset/daemon_controller.js';
import { StatefulSetController, statefulSetControllerUser } from './statefulset/stateful_set.js';
import { JobController, jobControllerUser } from './job/job_controller.js';
import { CronJobController, cronJobControllerUser } from './cronjob/cronjob_controllerv2.js';
import { TTLAfterFinishedController, ttlAfterFinishedUser } from './ttlafterfinished/ttlafterfinished_controller.js';
import { PersistentVolumeController, pvBinderUser } from './persistentvolume/pv_controller.js';
import { LocalPathProvisioner, localPathProvisionerUser } from './persistentvolume/local_path_provisioner.js';
import { EndpointController, endpointControllerUser } from './endpoint/endpoints_controller.js';
import { EndpointSliceController, endpointSliceControllerUser } from './endpointslice/endpointslice_controller.js';

export interface ControllerContext {
  clock: VirtualClock;
  informers: SharedInformerFactory;
  /** A client acting as `user` (e.g. `replicaset-controller`). */
  client(user: string): Client;
}

export interface ControllerManagerDeps {
  clock: VirtualClock;
  client(user: string): Client;
}

/** NewControllerInitializers: name → start function. One line per controller. */
export const controllerInitializers: [string, (ctx: ControllerContext) => unknown][] = [
  ['replicaset', (ctx) => new ReplicaSetController(ctx.client('replicaset-controller'), ctx.informers, ctx.clock)],
  ['deployment', (ctx) => new DeploymentController(ctx.client('deployment-controller'), ctx.informers, ctx.clock)],
  ['nodeipam', (ctx) => new NodeIpamController(ctx.client('node-controller'), ctx.informers, ctx.clock)],
  ['garbage-collector', (ctx) => new GarbageCollector(ctx.client(gcUser), ctx.informers, ctx.clock)],
  ['namespace', (ctx) => new NamespaceController(ctx.client(namespaceControllerUser), ctx.informers, ctx.clock)],
  ['serviceaccount', (ctx) => new ServiceAccountsController(ctx.client(serviceAccountControllerUser), ctx.informers, ctx.clock)],
  ['root-ca-certificate-publisher', (ctx) => new RootCACertPublisher(ctx.client(rootCACertPublisherUser), ctx.informers, ctx.clock)],
  ['node-lifecycle', (ctx) => new NodeLifecycleController(ctx.client(nodeControllerUser), ctx.informers, ctx.clock)],
  ['taint-eviction', (ctx) => new TaintEvictionController(ctx.client(taintEvictionUser), ctx.informers, ctx.clock)],
  ['daemonset', (ctx) => new DaemonSetsController(ctx.client(daemonSetControllerUser), ctx.informers, ctx.clock)],
  ['statefulset', (ctx) => new StatefulSetController(ctx.client(statefulSetControllerUser), ctx.informers, ctx.clock)],
  ['job', (ctx) => new JobController(ctx.client(jobControllerUser), ctx.informers, ctx.clock)],
  ['cronjob', (ctx) => new CronJobController(ctx.client(cronJobControllerUser), ctx.informers, ctx.clock)],
  ['ttl-after-finished', (ctx) => new TTLAfterFinishedController(ctx.client(ttlAfterFinishedUser), ctx.informers, ctx.clock)],
  ['persistentvolume-binder', (ctx) => new PersistentVolumeController(ctx.client(pvBinderUser), ctx.informers, ctx.clock)],
  // Not part of kube-controller-manager upstream: kind's local-path-provisioner Deployment, run here for the `standard` class.
  ['local-path-provisioner', (ctx) => new LocalPathProvisioner(ctx.client(localPathProvisionerUser), ctx.informers, ctx.clock)],
  ['endpoint', (ctx) => new EndpointController(ctx.client(endpointControllerUser), ctx.informers, ctx.clock)],
  ['endpointslice', (ctx) => new EndpointSliceController(ctx.client(endpointSliceControllerUser), ctx.informers, ctx.clock)],
];

export class ControllerManager {
  readonly informers: SharedInformerFactory;
  readonly controllers = new Map<string, unknown>();

  constructor(deps: ControllerManagerDeps, only?: string[]) {
    this.informers = new SharedInformerFactory(deps.client('system:kube-controller-manager'), deps.clock);
    const ctx: ControllerContext = { clock: deps.clock, informers: this.informers, client: (u) => deps.client(u) };
    for (const [name, init] of controllerInitializers) {
      if (only && !only.includes(name)) continue;
      this.controllers.set(name, init(ctx));
    }
    // Handlers are registered: now list and watch (on the next clock tick).
    this.informers.start();
  }

  get<T>(name: string): T | undefined {
    return this.controllers.get(name) as T | undefined;
  }
}

/** Start kube-controller-manager with every controller (or only the named ones). */
export function startControllerManager(deps: ControllerManagerDeps, only?: string[]): ControllerManager {
  return new ControllerManager(deps, only);
}
