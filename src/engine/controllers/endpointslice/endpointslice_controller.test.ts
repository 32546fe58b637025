import { describe, expect, it } from 'vitest';
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import { Harness } from '../testing/harness.js';
import { pod, svc } from '../testing/serviceFixtures.js';
import { startControllerManager } from '../manager.js';
import { endpointSliceControllerUser } from './endpointslice_controller.js';
import { maxEndpointsPerSlice } from './reconciler.js';

function setup() {
  const h = new Harness();
  startControllerManager({ clock: h.clock, client: (u) => h.client(u) }, ['endpointslice']);
  return h;
}

const slices = (h: Harness, svc = 'web') =>
  h.admin.list<EndpointSlice>('discovery.k8s.io', 'endpointslices', 'default', { labelSelector: `kubernetes.io/service-name=${svc}` }).items;
const view = (s: EndpointSlice) => (s.endpoints ?? []).map((e) => `${e.addresses[0]} ${e.conditions?.ready ? 'R' : '-'}${e.conditions?.serving ? 'S' : '-'}${e.conditions?.terminating ? 'T' : '-'}`);

describe('EndpointSlice controller', () => {
  it('creates <svc>-<5 random> owned by the Service, labelled, with conditions, targetRef and nodeName', () => {
    const h = setup();
    pod(h, 'a', { ip: '10.244.1.5', node: 'node01' });
    pod(h, 'b', { ip: '10.244.2.3', node: 'node02', ready: false });
    pod(h, 'pending');
    h.admin.create('', 'services', 'default', svc('web', {}, { app: 'web', tier: 'front' }));
    h.settle();
    const [s, ...rest] = slices(h);
    expect(rest).toEqual([]);
    expect(s!.metadata!.name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(s!.metadata!.generateName).toBe('web-');
    expect(s!.metadata!.labels).toEqual({ app: 'web', tier: 'front', 'kubernetes.io/service-name': 'web', 'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io' });
    expect(s!.metadata!.ownerReferences).toEqual([{ apiVersion: 'v1', kind: 'Service', name: 'web', uid: expect.any(String), controller: true, blockOwnerDeletion: true }]);
    expect(s!.addressType).toBe('IPv4');
    expect(s!.ports).toEqual([{ name: '', port: 80, protocol: 'TCP' }]);
    expect(view(s!)).toEqual(['10.244.1.5 RS-', '10.244.2.3 ---']);
    expect(s!.endpoints[0]).toEqual({ addresses: ['10.244.1.5'], conditions: { ready: true, serving: true, terminating: false }, nodeName: 'node01', targetRef: { kind: 'Pod', namespace: 'default', name: 'a', uid: expect.any(String) } });
    expect(h.writes(endpointSliceControllerUser)).toEqual([expect.stringMatching(/^create endpointslices default\/web-\w{5}$/)]);
  });

  it('a Service with no Pods gets a placeholder slice (no ports, no endpoints), replaced when Pods appear, back when they leave', () => {
    const h = setup();
    h.admin.create('', 'services', 'default', svc('web'));
    h.settle();
    const [ph] = slices(h);
    expect([ph!.endpoints, ph!.ports]).toEqual([null, null]);
    pod(h, 'a', { ip: '10.244.1.5' });
    h.settle();
    h.settle();
    expect(slices(h).map(view)).toEqual([['10.244.1.5 RS-']]);
    expect(slices(h)[0]!.metadata!.name).not.toBe(ph!.metadata!.name);
    h.admin.delete('', 'pods', 'default', 'a', { gracePeriodSeconds: 0 });
    h.settle();
    h.settle();
    expect(slices(h).map((s) => [s.endpoints, s.ports])).toEqual([[null, null]]);
  });

  it('a terminating Pod stays with ready=false terminating=true (serving while still Ready); publishNotReadyAddresses makes it ready', () => {
    for (const [publish, want] of [[false, '10.244.1.5 -ST'], [true, '10.244.1.5 RST']] as const) {
      const h = setup();
      pod(h, 'a', { ip: '10.244.1.5' });
      h.admin.create('', 'services', 'default', svc('web', { publishNotReadyAddresses: publish }));
      h.settle();
      h.admin.delete('', 'pods', 'default', 'a');
      h.settle();
      expect(slices(h).map(view)).toEqual([[want]]);
    }
  });

  it('keeps endpoints in place on updates and appends new ones; splits at maxEndpointsPerSlice; one slice per resolved port set', () => {
    const h = setup();
    h.admin.create('', 'services', 'default', svc('web', { ports: [{ name: 'http', port: 80, targetPort: 'http' }] }));
    for (let i = 0; i < maxEndpointsPerSlice + 2; i++) pod(h, `p${i}`, { ip: `10.244.1.${i + 2}`, ports: [{ name: 'http', containerPort: 8080 }] });
    pod(h, 'odd', { ip: '10.244.2.2', ports: [{ name: 'http', containerPort: 9090 }] });
    h.settle();
    const all = slices(h);
    expect(all.map((s) => [s.ports![0]!.port, s.endpoints.length]).sort()).toEqual([[8080, 100], [8080, 2], [9090, 1]].sort());
    expect(all.every((s) => s.ports![0]!.name === 'http')).toBe(true);
    h.clearAudit();
    h.admin.delete('', 'pods', 'default', 'p0', { gracePeriodSeconds: 0 });
    h.settle();
    h.settle();
    // Only the slice that held p0 is written; the others stay as they were.
    expect(h.writes(endpointSliceControllerUser)).toHaveLength(1);
    expect(h.writes(endpointSliceControllerUser)[0]).toMatch(/^update endpointslices/);
  });

  it('headless: the headless label, hostnames for Pods of the subdomain; the garbage collector (not this controller) removes slices', () => {
    const h = setup();
    pod(h, 'web-0', { ip: '10.244.1.5', hostname: 'web-0', subdomain: 'web' });
    h.admin.create('', 'services', 'default', svc('web', { clusterIP: 'None', ports: [{ port: 3306 }] }));
    h.settle();
    const [s] = slices(h);
    expect(s!.metadata!.labels!['service.kubernetes.io/headless']).toBe('');
    expect(s!.endpoints[0]!.hostname).toBe('web-0');
    h.clearAudit();
    h.admin.delete('', 'services', 'default', 'web');
    h.settle();
    expect(h.writes(endpointSliceControllerUser)).toEqual([]);
  });

  it('a slice someone else deletes is recreated', () => {
    const h = setup();
    pod(h, 'a', { ip: '10.244.1.5' });
    h.admin.create('', 'services', 'default', svc('web'));
    h.settle();
    h.admin.delete('discovery.k8s.io', 'endpointslices', 'default', slices(h)[0]!.metadata!.name!);
    h.settle();
    h.advance(200);
    expect(slices(h).map(view)).toEqual([['10.244.1.5 RS-']]);
  });
});
