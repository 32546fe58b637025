// What `kubeadm init` leaves in the API before anyone types a command: the
// four namespaces, the `kubernetes` Service at 10.96.0.1 with its Endpoints,
// the kube-dns Service at 10.96.0.10, a `default` ServiceAccount and the
// kube-root-ca.crt ConfigMap in every namespace.
import type { Client } from '../client/client.js';
import { bootstrapAddons } from './addons.js';

export const systemNamespaces = ['default', 'kube-node-lease', 'kube-public', 'kube-system'];

/** The API server's own address, as a kubeadm control-plane node advertises it. */
export const apiServerAddress = '192.168.0.10';

export function bootstrapAPI(admin: Client): void {
  for (const ns of systemNamespaces) {
    admin.create('', 'namespaces', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } });
  }
  admin.create('', 'services', 'default', {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'kubernetes', labels: { component: 'apiserver', provider: 'kubernetes' } },
    spec: {
      clusterIP: '10.96.0.1',
      clusterIPs: ['10.96.0.1'],
      ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }],
      type: 'ClusterIP',
      sessionAffinity: 'None',
    },
  });
  admin.create('', 'endpoints', 'default', {
    apiVersion: 'v1',
    kind: 'Endpoints',
    metadata: { name: 'kubernetes', labels: { 'endpointslice.kubernetes.io/skip-mirror': 'true' } },
    subsets: [{ addresses: [{ ip: apiServerAddress }], ports: [{ name: 'https', port: 6443, protocol: 'TCP' }] }],
  });
  // The API server's EndpointsAdapter writes the matching slice itself (endpointsadapter.go), named after the Service.
  admin.create('discovery.k8s.io', 'endpointslices', 'default', {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: { name: 'kubernetes', labels: { 'kubernetes.io/service-name': 'kubernetes' } },
    addressType: 'IPv4',
    endpoints: [{ addresses: [apiServerAddress], conditions: { ready: true } }],
    ports: [{ name: 'https', port: 6443, protocol: 'TCP' }],
  });
  admin.create('', 'services', 'kube-system', {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name: 'kube-dns',
      labels: { 'k8s-app': 'kube-dns', 'kubernetes.io/cluster-service': 'true', 'kubernetes.io/name': 'CoreDNS' },
      annotations: { 'prometheus.io/port': '9153', 'prometheus.io/scrape': 'true' },
    },
    spec: {
      clusterIP: '10.96.0.10',
      clusterIPs: ['10.96.0.10'],
      selector: { 'k8s-app': 'kube-dns' },
      ports: [
        { name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 },
        { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 },
        { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153 },
      ],
    },
  });
  bootstrapAddons(admin, apiServerAddress);
}
