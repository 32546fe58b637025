import { describe, expect, it } from 'vitest';
import type { Endpoints } from 'kubernetes-types/core/v1';
import { Harness } from '../testing/harness.js';
import { pod, svc } from '../testing/serviceFixtures.js';
import { startControllerManager } from '../manager.js';
import { endpointControllerUser } from './endpoints_controller.js';

function setup() {
  const h = new Harness();
  startControllerManager({ clock: h.clock, client: (u) => h.client(u) }, ['endpoint']);
  return h;
}

const ep = (h: Harness, name: string) => h.admin.get<Endpoints>('', 'endpoints', 'default', name);
const ips = (as?: { ip: string }[]) => (as ?? []).map((a) => a.ip);

describe('Endpoints controller', () => {
  it('lists ready Pods as addresses and not-ready ones as notReadyAddresses, with targetRef and nodeName', () => {
    const h = setup();
    pod(h, 'a', { ip: '10.244.1.5', node: 'node01' });
    pod(h, 'b', { ip: '10.244.2.3', node: 'node02' });
    pod(h, 'c', { ip: '10.244.1.10', ready: false });
    pod(h, 'pending');
    pod(h, 'other', { ip: '10.244.1.7', app: 'other' });
    h.admin.create('', 'services', 'default', svc('web'));
    h.settle();
    const e = ep(h, 'web');
    expect(e.subsets).toHaveLength(1);
    // Addresses sort by IP as SortSubsets does (10.244.1.5 before 10.244.1.10 by octet).
    expect(ips(e.subsets![0]!.addresses)).toEqual(['10.244.1.5', '10.244.2.3']);
    expect(ips(e.subsets![0]!.notReadyAddresses)).toEqual(['10.244.1.10']);
    expect(e.subsets![0]!.ports).toEqual([{ port: 80, protocol: 'TCP' }]);
    expect(e.subsets![0]!.addresses![0]).toEqual({ ip: '10.244.1.5', nodeName: 'node01', targetRef: { kind: 'Pod', namespace: 'default', name: 'a', uid: expect.any(String) } });
    expect(e.metadata!.annotations!['endpoints.kubernetes.io/last-change-trigger-time']).toBe('2025-01-06T09:00:00Z');
    expect(h.writes(endpointControllerUser)).toEqual(['create endpoints default/web']);
  });

  it.each([
    ['publishNotReadyAddresses lists every Pod as ready', { publishNotReadyAddresses: true }, ['10.244.1.5', '10.244.1.6'], []],
    ['a Service without a selector is left alone', { selector: undefined }, undefined, undefined],
  ])('%s', (_name, spec, ready, notReady) => {
    const h = setup();
    pod(h, 'a', { ip: '10.244.1.5' });
    pod(h, 'b', { ip: '10.244.1.6', ready: false });
    h.admin.create('', 'services', 'default', svc('web', spec));
    h.settle();
    if (ready === undefined) {
      expect(() => ep(h, 'web')).toThrow(/not found/);
      return;
    }
    expect(ips(ep(h, 'web').subsets![0]!.addresses)).toEqual(ready);
    expect(ips(ep(h, 'web').subsets![0]!.notReadyAddresses)).toEqual(notReady);
  });

  it('resolves a named targetPort per Pod: Pods with different numbers land in different subsets; Pods without the name are skipped', () => {
    const h = setup();
    pod(h, 'a', { ip: '10.244.1.5', ports: [{ name: 'http', containerPort: 8080 }] });
    pod(h, 'b', { ip: '10.244.1.6', ports: [{ name: 'http', containerPort: 9090 }] });
    pod(h, 'c', { ip: '10.244.1.7' });
    h.admin.create('', 'services', 'default', svc('web', { ports: [{ name: 'web', port: 80, targetPort: 'http' }] }));
    h.settle();
    const subsets = ep(h, 'web').subsets!;
    expect(subsets.map((s) => [ips(s.addresses), s.ports])).toEqual([
      [['10.244.1.5'], [{ name: 'web', port: 8080, protocol: 'TCP' }]],
      [['10.244.1.6'], [{ name: 'web', port: 9090, protocol: 'TCP' }]],
    ]);
  });

  it('headless: labelled service.kubernetes.io/headless, hostname for Pods whose subdomain is the Service, addresses even without ports', () => {
    const h = setup();
    pod(h, 'web-0', { ip: '10.244.1.5', hostname: 'web-0', subdomain: 'web' });
    pod(h, 'web-1', { ip: '10.244.2.5', hostname: 'web-1', subdomain: 'elsewhere' });
    h.admin.create('', 'services', 'default', svc('web', { clusterIP: 'None', ports: [] }, { app: 'web' }));
    h.settle();
    const e = ep(h, 'web');
    expect(e.metadata!.labels).toEqual({ app: 'web', 'service.kubernetes.io/headless': '' });
    expect(e.subsets![0]!.addresses!.map((a) => [a.ip, a.hostname])).toEqual([
      ['10.244.1.5', 'web-0'],
      ['10.244.2.5', undefined],
    ]);
    expect(e.subsets![0]!.ports).toBeUndefined();
  });

  it('follows Pods: readiness, a Pod being deleted, a Pod that leaves; deletes the Endpoints with the Service; writes only on change', () => {
    const h = setup();
    const a = pod(h, 'a', { ip: '10.244.1.5' });
    pod(h, 'b', { ip: '10.244.1.6' });
    h.admin.create('', 'services', 'default', svc('web'));
    h.settle();
    h.advance(1000);
    h.clearAudit();
    h.admin.updateStatus('', 'pods', 'default', { ...a, status: { ...a.status, conditions: [{ type: 'Ready', status: 'False' }] } });
    h.settle();
    expect(ips(ep(h, 'web').subsets![0]!.notReadyAddresses)).toEqual(['10.244.1.5']);
    // Graceful deletion (a Pod on a node gets a deletionTimestamp): gone from the Endpoints at once.
    h.admin.delete('', 'pods', 'default', 'b');
    h.settle();
    expect(ips(ep(h, 'web').subsets![0]!.addresses)).toEqual([]);
    h.admin.patch('', 'pods', 'default', 'a', 'merge', { metadata: { labels: { app: 'gone' } } });
    h.settle();
    expect(ep(h, 'web').subsets ?? []).toEqual([]);
    expect(h.writes(endpointControllerUser)).toEqual(['update endpoints default/web', 'update endpoints default/web', 'update endpoints default/web']);
    h.admin.delete('', 'services', 'default', 'web');
    h.settle();
    expect(() => ep(h, 'web')).toThrow(/not found/);
  });

  it('keeps Pods of restartPolicy Never that failed out of the Endpoints', () => {
    const h = setup();
    pod(h, 'a', { ip: '10.244.1.5', ready: false, phase: 'Failed', restartPolicy: 'Never' });
    pod(h, 'b', { ip: '10.244.1.6', ready: false, restartPolicy: 'Never' });
    h.admin.create('', 'services', 'default', svc('web'));
    h.settle();
    expect(ips(ep(h, 'web').subsets![0]!.notReadyAddresses)).toEqual(['10.244.1.6']);
  });
});
