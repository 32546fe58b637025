import { describe, expect, it } from 'vitest';
import type { Service } from 'kubernetes-types/core/v1';
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import { SeededRandom } from '../../clock/random.js';
import { base32, portProtoHash, sepChain, sha256, svcChain } from './hash.js';
import { iptablesList, saveRule } from './iptables.js';
import { pickEndpoint } from './netfilter.js';
import { computeRules, formatProbability } from './rules.js';

describe('chain names (pkg/proxy/iptables portProtoHash)', () => {
  it.each([
    // Names as every kubeadm cluster (and upstream's proxier tests) show them.
    ['default/kubernetes:https', 'tcp', 'KUBE-SVC-NPX46M4PTMTKRN6Y'],
    ['kube-system/kube-dns:dns', 'udp', 'KUBE-SVC-TCOU7JCQXEZGVUNU'],
    ['kube-system/kube-dns:dns-tcp', 'tcp', 'KUBE-SVC-ERIFXISQEP7F7OF4'],
    ['kube-system/kube-dns:metrics', 'tcp', 'KUBE-SVC-JD5MR3NA4I4DYORP'],
    ['ns1/svc1:p80', 'tcp', 'KUBE-SVC-XPGD46QRK7WJZT7O'],
    ['default/nginx', 'TCP', 'KUBE-SVC-2CMXP7HKUVJN7L6M'],
  ])('%s/%s → %s', (spn, proto, want) => {
    expect(svcChain(spn, proto)).toBe(want);
  });

  it('SEP chains hash the endpoint too (ns1/svc1:p80 → 10.180.0.1:80 is KUBE-SEP-SXIVWICOYRO3J4NJ upstream)', () => {
    expect(sepChain('ns1/svc1:p80', 'tcp', '10.180.0.1:80')).toBe('KUBE-SEP-SXIVWICOYRO3J4NJ');
  });

  it('sha256 and base32 match the standard vectors', () => {
    const hex = [...sha256('abc')].map((b) => b.toString(16).padStart(2, '0')).join('');
    expect(hex).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(base32(new Uint8Array([102, 111, 111, 98, 97, 114]))).toBe('MZXW6YTBOI======');
    expect(portProtoHash('x', 'TCP')).toHaveLength(16);
  });
});

function svc(name: string, ip: string, ports: NonNullable<Service['spec']>['ports'], type = 'ClusterIP'): Service {
  return { metadata: { name, namespace: 'default' }, spec: { clusterIP: ip, type, ports } };
}

function slice(svcName: string, ips: [string, boolean?, boolean?][], port = 80, portName = ''): EndpointSlice {
  return {
    metadata: { name: `${svcName}-abcde`, namespace: 'default', labels: { 'kubernetes.io/service-name': svcName } },
    addressType: 'IPv4',
    ports: [{ name: portName, port, protocol: 'TCP' }],
    endpoints: ips.map(([ip, ready = true, terminating = false]) => ({ addresses: [ip], conditions: { ready, serving: ready || terminating, terminating } })),
  };
}

describe('computeRules', () => {
  const nginx = svc('nginx', '10.96.100.1', [{ port: 80, protocol: 'TCP', targetPort: 80 }]);
  const three = slice('nginx', [['10.244.1.3'], ['10.244.2.3'], ['10.244.2.4'], ['10.244.1.9', false]]);

  it('writes KUBE-SERVICES → KUBE-SVC → KUBE-SEP with 1/(n-i) probabilities over ready endpoints, as iptables-save prints them', () => {
    const r = computeRules([nginx], new Map([['default/nginx', [three]]]), { clusterCIDR: '10.244.0.0/16' });
    const nat = r.tables.find((t) => t.name === 'nat')!;
    const chain = svcChain('default/nginx', 'tcp');
    expect(nat.rules.filter((x) => x.chain === chain || x.chain === 'KUBE-SERVICES').map(saveRule)).toEqual([
      `-A KUBE-SERVICES -d 10.96.100.1/32 -p tcp -m comment --comment "default/nginx cluster IP" -m tcp --dport 80 -j ${chain}`,
      '-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS',
      `-A ${chain} ! -s 10.244.0.0/16 -d 10.96.100.1/32 -p tcp -m comment --comment "default/nginx cluster IP" -m tcp --dport 80 -j KUBE-MARK-MASQ`,
      `-A ${chain} -m comment --comment "default/nginx -> 10.244.1.3:80" -m statistic --mode random --probability 0.33333333349 -j ${sepChain('default/nginx', 'tcp', '10.244.1.3:80')}`,
      `-A ${chain} -m comment --comment "default/nginx -> 10.244.2.3:80" -m statistic --mode random --probability 0.50000000000 -j ${sepChain('default/nginx', 'tcp', '10.244.2.3:80')}`,
      `-A ${chain} -m comment --comment "default/nginx -> 10.244.2.4:80" -j ${sepChain('default/nginx', 'tcp', '10.244.2.4:80')}`,
    ]);
    const sep = sepChain('default/nginx', 'tcp', '10.244.1.3:80');
    expect(nat.rules.filter((x) => x.chain === sep).map(saveRule)).toEqual([
      `-A ${sep} -s 10.244.1.3/32 -m comment --comment "default/nginx" -j KUBE-MARK-MASQ`,
      `-A ${sep} -p tcp -m comment --comment "default/nginx" -m tcp -j DNAT --to-destination 10.244.1.3:80`,
    ]);
    expect(iptablesList(nat, 'KUBE-SERVICES', true)).toBe(
      'Chain KUBE-SERVICES (2 references)\n' +
        'target     prot opt source               destination         \n' +
        `${chain}  tcp  --  0.0.0.0/0            10.96.100.1          /* default/nginx cluster IP */ tcp dpt:80\n` +
        'KUBE-NODEPORTS  all  --  0.0.0.0/0            0.0.0.0/0            /* kubernetes service nodeports; NOTE: this must be the last rule in this chain */ ADDRTYPE match dst-type LOCAL\n',
    );
  });

  it('a Service without ready endpoints is REJECTed in the filter table (NodePort too); terminating serving endpoints are the fallback', () => {
    const web = svc('web', '10.96.100.2', [{ port: 80, protocol: 'TCP', nodePort: 30080 }], 'NodePort');
    const r = computeRules([web], new Map([['default/web', [slice('web', [['10.244.1.3', false]])]]]), { clusterCIDR: '10.244.0.0/16' });
    expect(r.tables.find((t) => t.name === 'filter')!.rules.filter((x) => x.target === 'REJECT').map(saveRule)).toEqual([
      '-A KUBE-EXTERNAL-SERVICES -p tcp -m comment --comment "default/web has no endpoints" -m addrtype --dst-type LOCAL -m tcp --dport 30080 -j REJECT --reject-with icmp-port-unreachable',
      '-A KUBE-SERVICES -d 10.96.100.2/32 -p tcp -m comment --comment "default/web has no endpoints" -m tcp --dport 80 -j REJECT --reject-with icmp-port-unreachable',
    ]);
    expect(r.nodePorts.get('30080/tcp')!.endpoints).toEqual([]);
    const t = computeRules([web], new Map([['default/web', [slice('web', [['10.244.1.3', false, true]])]]]), { clusterCIDR: '10.244.0.0/16' });
    expect(t.clusterIPs.get('10.96.100.2:80/tcp')!.endpoints.map((e) => e.endpoint)).toEqual(['10.244.1.3:80']);
    const ext = t.tables.find((x) => x.name === 'nat')!.rules.filter((x) => x.chain === 'KUBE-NODEPORTS' || x.chain.startsWith('KUBE-EXT-')).map(saveRule);
    expect(ext[0]).toMatch(/^-A KUBE-NODEPORTS -p tcp -m comment --comment "default\/web" -m tcp --dport 30080 -j KUBE-EXT-/);
    expect(ext[1]).toMatch(/-m comment --comment "masquerade traffic for default\/web external destinations" -j KUBE-MARK-MASQ$/);
  });

  it('headless and ExternalName Services get no rules; a named port uses the slice port of that name', () => {
    const headless = svc('db', 'None', [{ port: 3306 }]);
    const named = svc('api', '10.96.100.3', [{ name: 'http', port: 80, protocol: 'TCP', targetPort: 'web' }]);
    const r = computeRules([headless, named], new Map([['default/api', [slice('api', [['10.244.1.5']], 8080, 'http')]]]), { clusterCIDR: '10.244.0.0/16' });
    expect([...r.clusterIPs.keys()]).toEqual(['10.96.100.3:80/tcp']);
    expect(r.clusterIPs.get('10.96.100.3:80/tcp')!.svcChain).toBe(svcChain('default/api:http', 'tcp'));
    expect(r.clusterIPs.get('10.96.100.3:80/tcp')!.endpoints[0]!.endpoint).toBe('10.244.1.5:8080');
  });

  it('the statistic walk picks endpoints evenly (seeded) and formats probabilities as the kernel stores them', () => {
    const r = computeRules([nginx], new Map([['default/nginx', [three]]]), { clusterCIDR: '10.244.0.0/16' });
    const t = r.clusterIPs.get('10.96.100.1:80/tcp')!;
    const rand = new SeededRandom(1);
    const counts = new Map<string, number>();
    for (let i = 0; i < 3000; i++) {
      const e = pickEndpoint(t, rand)!;
      counts.set(e, (counts.get(e) ?? 0) + 1);
    }
    for (const n of counts.values()) expect(Math.abs(n - 1000)).toBeLessThan(100);
    expect(formatProbability(Math.round(0x80000000 / 4))).toBe('0.25000000000');
  });
});
