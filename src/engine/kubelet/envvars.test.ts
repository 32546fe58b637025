import { describe, expect, it } from 'vitest';
import type { Pod, Service } from 'kubernetes-types/core/v1';
import { ContainerConfigError, expand, makeEnvironmentVariables, serviceEnv } from './envvars.js';

const svc = (name: string, ip: string, ports: { name?: string; port: number; protocol?: string }[]): Service => ({ metadata: { name, namespace: 'default' }, spec: { clusterIP: ip, ports } });

describe('expand', () => {
  it.each([
    ['$(A)-x', 'a-x'],
    ['$$(A)', '$(A)'],
    ['$(MISSING)', '$(MISSING)'],
    ['plain', 'plain'],
  ])('%s → %s', (input, want) => {
    expect(expand(input, new Map([['A', 'a']]))).toBe(want);
  });
});

describe('service links', () => {
  it('builds the Docker-link variables of a Service', () => {
    expect(Object.fromEntries(serviceEnv([svc('my-nginx', '10.96.12.34', [{ port: 80, protocol: 'TCP' }])]))).toEqual({
      MY_NGINX_SERVICE_HOST: '10.96.12.34',
      MY_NGINX_SERVICE_PORT: '80',
      MY_NGINX_PORT: 'tcp://10.96.12.34:80',
      MY_NGINX_PORT_80_TCP: 'tcp://10.96.12.34:80',
      MY_NGINX_PORT_80_TCP_PROTO: 'tcp',
      MY_NGINX_PORT_80_TCP_PORT: '80',
      MY_NGINX_PORT_80_TCP_ADDR: '10.96.12.34',
    });
  });

  it('skips headless Services and names ports', () => {
    const env = Object.fromEntries(serviceEnv([svc('db', 'None', [{ port: 3306 }]), svc('kubernetes', '10.96.0.1', [{ name: 'https', port: 443 }])]));
    expect(env.DB_SERVICE_HOST).toBeUndefined();
    expect(env.KUBERNETES_SERVICE_PORT_HTTPS).toBe('443');
  });
});

describe('makeEnvironmentVariables', () => {
  const pod: Pod = {
    metadata: { name: 'p', namespace: 'default', uid: 'u-1', labels: { app: 'web' } },
    spec: { containers: [] },
  };
  const src = {
    getConfigMap: (_: string, name: string) => (name === 'cfg' ? { data: { color: 'blue' } } : undefined),
    getSecret: (_: string, name: string) => (name === 'pw' ? { data: { password: 'czNjcjN0' } } : undefined),
    services: () => [svc('kubernetes', '10.96.0.1', [{ name: 'https', port: 443 }])],
    podIP: '10.244.1.5',
    hostIP: '192.168.0.11',
    nodeName: 'node01',
  };
  it('resolves literals, fieldRefs, configMap and secret keys, and $(VAR)', () => {
    const env = makeEnvironmentVariables(
      pod,
      {
        name: 'c',
        env: [
          { name: 'POD', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
          { name: 'IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } },
          { name: 'APP', valueFrom: { fieldRef: { fieldPath: "metadata.labels['app']" } } },
          { name: 'COLOR', valueFrom: { configMapKeyRef: { name: 'cfg', key: 'color' } } },
          { name: 'PW', valueFrom: { secretKeyRef: { name: 'pw', key: 'password' } } },
          { name: 'GREETING', value: 'hello $(POD) on $(KUBERNETES_SERVICE_HOST)' },
        ],
      },
      src,
    );
    const m = Object.fromEntries(env.map((e) => [e.key, e.value]));
    expect(m).toMatchObject({ POD: 'p', IP: '10.244.1.5', APP: 'web', COLOR: 'blue', PW: 's3cr3t', GREETING: 'hello p on 10.96.0.1', KUBERNETES_PORT: 'tcp://10.96.0.1:443' });
  });

  it.each([
    [{ configMapKeyRef: { name: 'nope', key: 'x' } }, 'configmap "nope" not found'],
    [{ configMapKeyRef: { name: 'cfg', key: 'x' } }, "couldn't find key x in ConfigMap default/cfg"],
    [{ secretKeyRef: { name: 'nope', key: 'x' } }, 'secret "nope" not found'],
  ])('fails with CreateContainerConfigError: %o', (valueFrom, message) => {
    expect(() => makeEnvironmentVariables(pod, { name: 'c', env: [{ name: 'X', valueFrom }] }, src)).toThrow(new ContainerConfigError(message));
  });
});
