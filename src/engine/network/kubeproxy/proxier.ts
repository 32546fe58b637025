// Mirrors cmd/kube-proxy + pkg/proxy/iptables/proxier.go (v1.32) on one node: a
// ServiceConfig and EndpointSliceConfig (informers of its own, as the kube-proxy
// ServiceAccount), a bounded-frequency sync (minSyncPeriod 1 s as kubeadm's
// KubeProxyConfiguration) that recomputes the rules and restores them into the
// node's kernel.
import type { Service } from 'kubernetes-types/core/v1';
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import type { VirtualClock } from '../../clock/clock.js';
import type { SeededRandom } from '../../clock/random.js';
import type { Client } from '../../client/client.js';
import { SharedInformerFactory, type SharedInformer } from '../../client/informer.js';
import type { Fabric, FabricHost } from '../../linux/net/fabric.js';
import { hookFabric, installRules } from './netfilter.js';
import { computeRules, type ProxyRules } from './rules.js';

export const kubeProxyUser = 'system:serviceaccount:kube-system:kube-proxy';
const byService = 'kubeproxy.service';

export interface ProxierOptions {
  client: Client;
  clock: VirtualClock;
  random: SeededRandom;
  nodeName: string;
  /** The node's kernel (as the fabric knows it). */
  host: FabricHost;
  fabric?: Fabric;
  /** kubeadm's clusterCIDR: the Pod network. */
  clusterCIDR?: string;
  minSyncPeriodMs?: number;
}

export class Proxier {
  readonly services: SharedInformer<Service>;
  readonly slices: SharedInformer<EndpointSlice>;
  private lastSync = -Infinity;
  private pending = false;
  /** Completed syncs (tests and figures). */
  syncs = 0;
  rules: ProxyRules | undefined;

  constructor(readonly opts: ProxierOptions) {
    const factory = new SharedInformerFactory(opts.client, opts.clock);
    this.services = factory.informerFor<Service>('', 'services');
    this.slices = factory.informerFor<EndpointSlice>('discovery.k8s.io', 'endpointslices');
    this.slices.addIndexer(byService, (s) => {
      const n = s.metadata?.labels?.['kubernetes.io/service-name'];
      return n ? [`${s.metadata?.namespace}/${n}`] : [];
    });
    const changed = () => this.requestSync();
    for (const inf of [this.services, this.slices] as SharedInformer[]) inf.addEventHandler({ onAdd: changed, onUpdate: changed, onDelete: changed });
    if (opts.fabric) hookFabric(opts.fabric, opts.random);
    factory.start();
  }

  /** BoundedFrequencyRunner.Run: at most one sync per minSyncPeriod. */
  requestSync(): void {
    if (this.pending) return;
    this.pending = true;
    const wait = Math.max(0, this.lastSync + (this.opts.minSyncPeriodMs ?? 1000) - this.opts.clock.now());
    const run = () => {
      this.pending = false;
      this.syncProxyRules();
    };
    if (wait === 0) this.opts.clock.defer(run);
    else this.opts.clock.setTimeout(run, wait);
  }

  syncProxyRules(): void {
    this.lastSync = this.opts.clock.now();
    const services = this.services.list().filter((s) => !s.metadata?.labels?.['service.kubernetes.io/service-proxy-name']);
    const slicesBySvc = new Map<string, EndpointSlice[]>();
    for (const s of services) {
      const k = `${s.metadata?.namespace}/${s.metadata?.name}`;
      slicesBySvc.set(k, this.slices.byIndex(byService, k));
    }
    this.rules = computeRules(services, slicesBySvc, { clusterCIDR: this.opts.clusterCIDR ?? '10.244.0.0/16' });
    installRules(this.opts.host, this.rules);
    this.syncs++;
  }
}

/** One kube-proxy per node. */
export function startKubeProxy(opts: ProxierOptions): Proxier {
  return new Proxier(opts);
}
