// Mirrors pkg/controller/certificates/rootcacertpublisher/publisher.go: the
// `kube-root-ca.crt` ConfigMap with the cluster CA bundle in every active
// namespace, restored when deleted or edited. The lab's CA is a deterministic
// PEM-shaped block (no real cryptography runs in the simulation).
import type { ConfigMap, Namespace } from 'kubernetes-types/core/v1';
import { isAlreadyExists, isNotFound, isStatusError } from '../../api/errors.js';
import type { VirtualClock } from '../../clock/clock.js';
import type { Client } from '../../client/client.js';
import type { SharedInformer, SharedInformerFactory } from '../../client/informer.js';
import { WorkQueue } from '../../client/workqueue.js';
import { clone, deepEqual } from '../../util/object.js';

export const rootCACertPublisherUser = 'root-ca-cert-publisher';
export const rootCAConfigMapName = 'kube-root-ca.crt';
export const descriptionAnnotation = 'kubernetes.io/description';
export const description =
  'Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.';

export class RootCACertPublisher {
  readonly queue: WorkQueue;
  readonly nsInformer: SharedInformer<Namespace>;
  readonly cmInformer: SharedInformer<ConfigMap>;

  constructor(
    readonly client: Client,
    informers: SharedInformerFactory,
    clock: VirtualClock,
    readonly rootCA = clusterCACertificate(),
  ) {
    this.queue = new WorkQueue(clock, (ns) => this.syncNamespace(ns), { name: 'root_ca_cert_publisher' });
    this.nsInformer = informers.informerFor<Namespace>('', 'namespaces');
    this.cmInformer = informers.informerFor<ConfigMap>('', 'configmaps');
    this.nsInformer.addEventHandler({
      onAdd: (ns) => this.queue.add(ns.metadata!.name!),
      onUpdate: (_o, ns) => this.queue.add(ns.metadata!.name!),
    });
    const onCM = (cm: ConfigMap) => {
      if (cm.metadata?.name === rootCAConfigMapName) this.queue.add(cm.metadata.namespace!);
    };
    this.cmInformer.addEventHandler({ onUpdate: (_o, cm) => onCM(cm), onDelete: onCM });
  }

  private desired(): Record<string, string> {
    return { 'ca.crt': this.rootCA };
  }

  syncNamespace(name: string): void {
    const ns = this.nsInformer.get(undefined, name);
    if (!ns || ns.status?.phase !== 'Active' || ns.metadata?.deletionTimestamp) return;
    const cm = this.cmInformer.get(name, rootCAConfigMapName);
    try {
      if (!cm) {
        this.client.create('', 'configmaps', name, {
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: { name: rootCAConfigMapName, annotations: { [descriptionAnnotation]: description } },
          data: this.desired(),
        });
        return;
      }
      if (deepEqual(cm.data ?? {}, this.desired()) && cm.metadata?.annotations?.[descriptionAnnotation] === description) return;
      const next = clone(cm);
      next.data = this.desired();
      next.metadata!.annotations = { ...(next.metadata!.annotations ?? {}), [descriptionAnnotation]: description };
      this.client.update('', 'configmaps', name, next);
    } catch (e) {
      if (isAlreadyExists(e) || isNotFound(e) || (isStatusError(e) && e.code === 403)) return;
      throw e;
    }
  }
}

const b64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * The lab's cluster CA as kubeadm would write /etc/kubernetes/pki/ca.crt: a PEM block of
 * 1,068 base64 characters (the size of a kubeadm RSA-2048 CA), the same in every lab.
 * Its first bytes are a real certificate's DER header; the rest is a fixed pseudo-random fill.
 */
export function clusterCACertificate(): string {
  let body = 'MIIDBTCCAe2gAwIBAgIIKJ7xzXs4hwQwDQYJKoZIhvcNAQELBQAwFTETMBEGA1UEAxMKa3ViZXJuZXRlczAeFw0yNTAxMDYwODU1MDBaFw0zNTAxMDQwOTAwMDBaMBUxEzARBgNVBAMTCmt1YmVybmV0ZXMwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEKAoIBAQ';
  let x = 0x2545f491;
  while (body.length < 1064) {
    // xorshift32: deterministic filler.
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    body += b64[(x >>> 0) % 64];
  }
  body += 'AB==';
  const lines: string[] = [];
  for (let i = 0; i < body.length; i += 64) lines.push(body.slice(i, i + 64));
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}
