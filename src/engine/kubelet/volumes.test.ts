import { describe, expect, it } from 'vitest';
import type { ConfigMap, Pod } from 'kubernetes-types/core/v1';
import type { VolumeHost } from './types.js';
import { base64url, newVolumeMemo, setUpVolumes, type VolumeSources } from './volumes.js';

describe('the bound token file', () => {
  it('encodes ASCII as base64url without padding (RFC 4648 §5), one flat string', () => {
    const cases: [string, string][] = [
      ['', ''],
      ['a', 'YQ'],
      ['ab', 'YWI'],
      ['abc', 'YWJj'],
      ['{"alg":"RS256","kid":"kubelab"}', 'eyJhbGciOiJSUzI1NiIsImtpZCI6Imt1YmVsYWIifQ'],
      ['??>', 'Pz8-'],
      ['???', 'Pz8_'],
    ];
    for (const [input, want] of cases) expect(base64url(input)).toBe(want);
  });
});

describe('setUpVolumes on later passes', () => {
  const pod = {
    metadata: { name: 'p', namespace: 'default', uid: 'u1' },
    spec: {
      containers: [],
      volumes: [
        { name: 'conf', configMap: { name: 'cm' } },
        { name: 'kube-api-access', projected: { sources: [{ serviceAccountToken: { path: 'token' } }, { configMap: { name: 'cm', items: [{ key: 'a', path: 'ca.crt' }] } }] } },
      ],
    },
  } as unknown as Pod;

  function setup() {
    const writes: string[] = [];
    const host: VolumeHost = { mkdirAll: (p) => writes.push(`mkdir ${p}`), writeFile: (p, d) => writes.push(`write ${p}=${d.length}`), removeAll: () => {} };
    let data: Record<string, string> = { a: 'one' };
    const src: VolumeSources = { getConfigMap: () => ({ metadata: { name: 'cm' }, data }) as ConfigMap, getSecret: () => undefined };
    return { writes, host, src, change: (d: Record<string, string>) => (data = d) };
  }

  it('writes nothing when no volume changed, and rewrites only the volumes whose source did', () => {
    const { writes, host, src, change } = setup();
    const memo = newVolumeMemo();
    setUpVolumes(pod, host, src, memo);
    expect(writes).toHaveLength(5);
    const token = memo.token;
    writes.length = 0;
    setUpVolumes(pod, host, src, memo);
    expect(writes).toEqual([]);
    change({ a: 'two!' });
    setUpVolumes(pod, host, src, memo);
    expect(writes).toEqual([
      'mkdir /var/lib/kubelet/pods/u1/volumes/kubernetes.io~configmap/conf',
      'write /var/lib/kubelet/pods/u1/volumes/kubernetes.io~configmap/conf/a=4',
      'mkdir /var/lib/kubelet/pods/u1/volumes/kubernetes.io~projected/kube-api-access',
      `write /var/lib/kubelet/pods/u1/volumes/kubernetes.io~projected/kube-api-access/token=${token!.length}`,
      'write /var/lib/kubelet/pods/u1/volumes/kubernetes.io~projected/kube-api-access/ca.crt=4',
    ]);
    expect(memo.token).toBe(token);
  });

  it('without a memo writes every volume every time', () => {
    const { writes, host, src } = setup();
    setUpVolumes(pod, host, src);
    setUpVolumes(pod, host, src);
    expect(writes).toHaveLength(10);
  });
});
