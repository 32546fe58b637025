import { describe, expect, it } from 'vitest';
import { Harness } from '../../controllers/testing/harness.js';
import { candidates, readResolvConf } from './resolver.js';
import { ClusterDNS, corednsUser } from './server.js';
import type { FileSystem } from '../../shell/fs.js';

function setup() {
  const h = new Harness();
  h.admin.create('', 'services', 'default', { apiVersion: 'v1', kind: 'Service', metadata: { name: 'nginx' }, spec: { clusterIP: '10.96.50.5', ports: [{ port: 80 }] } });
  h.admin.create('', 'services', 'default', { apiVersion: 'v1', kind: 'Service', metadata: { name: 'mysql' }, spec: { clusterIP: 'None', ports: [{ port: 3306 }] } });
  h.admin.create('discovery.k8s.io', 'endpointslices', 'default', {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: { name: 'mysql-abcde', labels: { 'kubernetes.io/service-name': 'mysql' } },
    addressType: 'IPv4',
    endpoints: [
      { addresses: ['10.244.2.7'], hostname: 'mysql-1', conditions: { ready: true } },
      { addresses: ['10.244.1.4'], hostname: 'mysql-0', conditions: { ready: true } },
      { addresses: ['10.244.1.9'], hostname: 'mysql-2', conditions: { ready: false } },
    ],
  });
  const dns = new ClusterDNS(h.client(corednsUser), h.clock);
  h.settle();
  return dns;
}

describe('CoreDNS kubernetes plugin', () => {
  it.each([
    ['nginx.default.svc.cluster.local', 'NOERROR', ['10.96.50.5']],
    ['NGINX.default.svc.cluster.local.', 'NOERROR', ['10.96.50.5']],
    ['mysql.default.svc.cluster.local', 'NOERROR', ['10.244.1.4', '10.244.2.7']],
    ['mysql-0.mysql.default.svc.cluster.local', 'NOERROR', ['10.244.1.4']],
    ['mysql-2.mysql.default.svc.cluster.local', 'NXDOMAIN', []],
    ['10-244-1-4.default.pod.cluster.local', 'NOERROR', ['10.244.1.4']],
    ['nginx.other.svc.cluster.local', 'NXDOMAIN', []],
    ['nginx.default.svc.cluster.local.default.svc.cluster.local', 'NXDOMAIN', []],
    ['example.com', 'NXDOMAIN', []],
  ])('%s → %s %j', (name, rcode, ips) => {
    const r = setup().answer({ id: 1, name, type: 'A' });
    expect([r.rcode, r.answers.map((a) => a.data)]).toEqual([rcode, ips]);
  });
});

describe('stub resolver', () => {
  const fs = { readFile: () => 'search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n' } as unknown as FileSystem;
  it('reads resolv.conf and orders candidates by ndots', () => {
    const conf = readResolvConf(fs);
    expect(conf).toEqual({ nameservers: ['10.96.0.10'], search: ['default.svc.cluster.local', 'svc.cluster.local', 'cluster.local'], ndots: 5 });
    expect(candidates('nginx', conf)).toEqual(['nginx.default.svc.cluster.local', 'nginx.svc.cluster.local', 'nginx.cluster.local', 'nginx']);
    expect(candidates('a.b.c.d.e.f', conf)[0]).toBe('a.b.c.d.e.f');
    expect(candidates('nginx.default.svc.cluster.local.', conf)).toEqual(['nginx.default.svc.cluster.local']);
  });
});
