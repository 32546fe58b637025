// The static Pods kubeadm writes to /etc/kubernetes/manifests on a control-plane
// node (cmd/kubeadm/app/phases/controlplane and etcd manifests, v1.32), and the
// mirror Pods the kubelet posts for them (pkg/kubelet/pod/mirror_client.go):
// `<component>-<node>` in kube-system with kubernetes.io/config.* annotations.
import type { Container, Pod } from 'kubernetes-types/core/v1';
import { EventRecorder } from '../client/events.js';
import type { NodeConfig } from './types.js';

export const controlPlaneImages = {
  etcd: 'registry.k8s.io/etcd:3.5.16-0',
  'kube-apiserver': 'registry.k8s.io/kube-apiserver:v1.32.4',
  'kube-controller-manager': 'registry.k8s.io/kube-controller-manager:v1.32.4',
  'kube-scheduler': 'registry.k8s.io/kube-scheduler:v1.32.4',
};

export const mirrorAnnotation = 'kubernetes.io/config.mirror';

/** The static Pod a mirror Pod stands for (its config hash), or undefined for an ordinary Pod. */
export function mirrorKey(p: Pod): string | undefined {
  const h = p.metadata?.annotations?.[mirrorAnnotation];
  return h === undefined ? undefined : `static-${h}`;
}

/** A stable 32-hex hash of the manifest, as kubelet's config.hash (an md5 upstream; FNV here). */
function configHash(s: string): string {
  let out = '';
  for (let seed = 0; seed < 4; seed++) {
    let h = 0x811c9dc5 ^ seed;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out;
}

function hostPathVolume(name: string, path: string, type: string) {
  return { name, hostPath: { path, type } };
}

function probe(path: string, port: number, host: string, failureThreshold: number) {
  return {
    failureThreshold,
    httpGet: { host, path, port, scheme: 'HTTPS' },
    initialDelaySeconds: 10,
    periodSeconds: 10,
    timeoutSeconds: 15,
  };
}

export function staticPodManifests(node: NodeConfig): Pod[] {
  const ip = node.ip;
  const certs = [hostPathVolume('ca-certs', '/etc/ssl/certs', 'DirectoryOrCreate'), hostPathVolume('k8s-certs', '/etc/kubernetes/pki', 'DirectoryOrCreate')];
  const defs: { name: keyof typeof controlPlaneImages; cpu: string; command: string[]; extra: Record<string, string>; port: number; probePath: string; host: string; volumes: { name: string; hostPath: { path: string; type: string } }[] }[] = [
    {
      name: 'etcd',
      cpu: '100m',
      command: ['etcd', `--advertise-client-urls=https://${ip}:2379`, '--cert-file=/etc/kubernetes/pki/etcd/server.crt', '--client-cert-auth=true', '--data-dir=/var/lib/etcd', `--initial-advertise-peer-urls=https://${ip}:2380`, `--initial-cluster=${node.name}=https://${ip}:2380`, '--key-file=/etc/kubernetes/pki/etcd/server.key', `--listen-client-urls=https://127.0.0.1:2379,https://${ip}:2379`, '--listen-metrics-urls=http://127.0.0.1:2381', `--listen-peer-urls=https://${ip}:2380`, `--name=${node.name}`, '--snapshot-count=10000', '--trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt'],
      extra: { 'kubeadm.kubernetes.io/etcd.advertise-client-urls': `https://${ip}:2379` },
      port: 2381,
      probePath: '/livez',
      host: '127.0.0.1',
      volumes: [hostPathVolume('etcd-certs', '/etc/kubernetes/pki/etcd', 'DirectoryOrCreate'), hostPathVolume('etcd-data', '/var/lib/etcd', 'DirectoryOrCreate')],
    },
    {
      name: 'kube-apiserver',
      cpu: '250m',
      command: ['kube-apiserver', `--advertise-address=${ip}`, '--allow-privileged=true', '--authorization-mode=Node,RBAC', '--client-ca-file=/etc/kubernetes/pki/ca.crt', '--enable-admission-plugins=NodeRestriction', '--enable-bootstrap-token-auth=true', '--etcd-servers=https://127.0.0.1:2379', '--secure-port=6443', '--service-account-issuer=https://kubernetes.default.svc.cluster.local', '--service-cluster-ip-range=10.96.0.0/12', '--tls-cert-file=/etc/kubernetes/pki/apiserver.crt', '--tls-private-key-file=/etc/kubernetes/pki/apiserver.key'],
      extra: { 'kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint': `${ip}:6443` },
      port: 6443,
      probePath: '/livez',
      host: ip,
      volumes: certs,
    },
    {
      name: 'kube-controller-manager',
      cpu: '200m',
      command: ['kube-controller-manager', '--allocate-node-cidrs=true', '--authentication-kubeconfig=/etc/kubernetes/controller-manager.conf', '--authorization-kubeconfig=/etc/kubernetes/controller-manager.conf', '--bind-address=127.0.0.1', '--client-ca-file=/etc/kubernetes/pki/ca.crt', '--cluster-cidr=10.244.0.0/16', '--cluster-name=kubernetes', '--controllers=*,bootstrapsigner,tokencleaner', '--kubeconfig=/etc/kubernetes/controller-manager.conf', '--leader-elect=true', '--service-cluster-ip-range=10.96.0.0/12', '--use-service-account-credentials=true'],
      extra: {},
      port: 10257,
      probePath: '/healthz',
      host: '127.0.0.1',
      volumes: [...certs, hostPathVolume('kubeconfig', '/etc/kubernetes/controller-manager.conf', 'FileOrCreate')],
    },
    {
      name: 'kube-scheduler',
      cpu: '100m',
      command: ['kube-scheduler', '--authentication-kubeconfig=/etc/kubernetes/scheduler.conf', '--authorization-kubeconfig=/etc/kubernetes/scheduler.conf', '--bind-address=127.0.0.1', '--kubeconfig=/etc/kubernetes/scheduler.conf', '--leader-elect=true'],
      extra: {},
      port: 10259,
      probePath: '/livez',
      host: '127.0.0.1',
      volumes: [hostPathVolume('kubeconfig', '/etc/kubernetes/scheduler.conf', 'FileOrCreate')],
    },
  ];
  return defs.map((d) => {
    const container: Container = {
      name: d.name,
      image: controlPlaneImages[d.name],
      imagePullPolicy: 'IfNotPresent',
      command: d.command,
      livenessProbe: probe(d.probePath, d.port, d.host, 8),
      startupProbe: probe(d.probePath, d.port, d.host, 24),
      resources: { requests: d.name === 'etcd' ? { cpu: d.cpu, memory: '100Mi' } : { cpu: d.cpu } },
      terminationMessagePath: '/dev/termination-log',
      terminationMessagePolicy: 'File',
      volumeMounts: d.volumes.map((v) => ({ name: v.name, mountPath: v.hostPath.path, ...(v.name === 'kubeconfig' || v.name === 'ca-certs' || v.name === 'k8s-certs' ? { readOnly: true } : {}) })),
    };
    const hash = configHash(JSON.stringify(container));
    return {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: `${d.name}-${node.name}`,
        namespace: 'kube-system',
        labels: { component: d.name, tier: 'control-plane' },
        annotations: {
          ...d.extra,
          'kubernetes.io/config.hash': hash,
          [mirrorAnnotation]: hash,
          'kubernetes.io/config.seen': '2025-01-06T08:58:41.511484128Z',
          'kubernetes.io/config.source': 'file',
        },
      },
      spec: {
        containers: [container],
        hostNetwork: true,
        nodeName: node.name,
        priority: 2000001000,
        priorityClassName: 'system-node-critical',
        securityContext: { seccompProfile: { type: 'RuntimeDefault' } },
        tolerations: [{ effect: 'NoExecute', operator: 'Exists' }],
        volumes: d.volumes,
      },
    } as Pod;
  });
}

/**
 * The kubelet's recorder. Its pod workers run the static Pod read from the file
 * (UID = config hash, no resourceVersion), so events about a mirror Pod refer to
 * that UID; kubectl describe pod looks them up by the mirror annotation.
 */
export class KubeletEventRecorder extends EventRecorder {
  override event(obj: Parameters<EventRecorder['event']>[0], type: 'Normal' | 'Warning', reason: string, message: string, fieldPath?: string): void {
    const hash = obj.kind === 'Pod' ? (obj.metadata as Pod['metadata'])?.annotations?.[mirrorAnnotation] : undefined;
    if (hash !== undefined) obj = { ...obj, metadata: { ...obj.metadata, uid: hash, resourceVersion: undefined } };
    super.event(obj, type, reason, message, fieldPath);
  }
}
