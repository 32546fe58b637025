// Row cells for the non-pod printers; service and job cases follow printers_test.go.
import { describe, expect, it } from 'vitest';
import { controllerRevisionTable, daemonSetTable, deploymentTable, replicaSetTable, statefulSetTable } from './apps.js';
import { cronJobTable, jobTable } from './batch.js';
import { configMapTable, eventTable, leaseTable, namespaceTable, secretTable, serviceAccountTable } from './core.js';
import { endpointSliceTable, endpointsTable, serviceTable } from './network.js';
import { nodeTable } from './nodes.js';
import { persistentVolumeClaimTable, persistentVolumeTable, storageClassTable } from './storage.js';

const NOW = Date.parse('2025-06-01T12:00:00Z');
const ago = (ms: number) => new Date(NOW - ms).toISOString();
const meta = (name: string, ageMs = 300_000) => ({ name, creationTimestamp: ago(ageMs) });

describe('nodes', () => {
  const node = (labels: Record<string, string>, ready?: 'True' | 'False', unschedulable = false) => ({
    metadata: { ...meta('node01', 86_400_000 * 3), labels },
    spec: { unschedulable },
    status: {
      conditions: ready ? [{ type: 'MemoryPressure', status: 'False' }, { type: 'Ready', status: ready }] : [],
      addresses: [{ type: 'InternalIP', address: '192.168.0.2' }, { type: 'Hostname', address: 'node01' }],
      nodeInfo: { kubeletVersion: 'v1.32.0', osImage: 'Ubuntu 22.04.4 LTS', kernelVersion: '5.15.0', containerRuntimeVersion: 'containerd://1.7.22' } as never,
    },
  });
  it('status, roles, age, version and the wide columns', () => {
    expect(nodeTable.row(node({ 'node-role.kubernetes.io/control-plane': '' }, 'True'), NOW)).toEqual([
      'node01', 'Ready', 'control-plane', '3d', 'v1.32.0',
      '192.168.0.2', '<none>', 'Ubuntu 22.04.4 LTS', '5.15.0', 'containerd://1.7.22',
    ]);
  });
  it('NotReady, Unknown and SchedulingDisabled', () => {
    expect(nodeTable.row(node({}, 'False', true), NOW).slice(1, 3)).toEqual(['NotReady,SchedulingDisabled', '<none>']);
    expect(nodeTable.row(node({}, undefined), NOW)[1]).toBe('Unknown');
    expect(nodeTable.row(node({}, 'True', true), NOW)[1]).toBe('Ready,SchedulingDisabled');
  });
  it('roles from both label styles, sorted and de-duplicated', () => {
    const labels = { 'node-role.kubernetes.io/worker': 'x', 'kubernetes.io/role': 'master', 'node-role.kubernetes.io/': '', 'node-role.kubernetes.io/master': '' };
    expect(nodeTable.row(node(labels, 'True'), NOW)[2]).toBe('master,worker');
  });
});

describe('services', () => {
  const svc = (spec: object, status: object = {}) => ({ metadata: { name: 'service1' }, spec, status });
  it.each<[string, object, object, string[]]>([
    ['LB with several ingress IPs', { clusterIPs: ['1.2.3.4'], type: 'LoadBalancer', ports: [{ port: 80, protocol: 'TCP' }] },
      { loadBalancer: { ingress: [{ ip: '2.3.4.5' }, { ip: '3.4.5.6' }] } },
      ['LoadBalancer', '1.2.3.4', '2.3.4.5,3.4.5.6', '80/TCP']],
    ['LB pending', { clusterIPs: ['1.3.4.5'], type: 'LoadBalancer', ports: [{ port: 80, protocol: 'TCP' }, { port: 8090, protocol: 'UDP' }, { port: 8000, protocol: 'TCP' }, { port: 7777, protocol: 'SCTP' }] }, {},
      ['LoadBalancer', '1.3.4.5', '<pending>', '80/TCP,8090/UDP,8000/TCP,7777/SCTP']],
    ['ClusterIP', { clusterIPs: ['10.96.0.1'], clusterIP: '10.96.0.1', type: 'ClusterIP', ports: [{ port: 443, protocol: 'TCP' }] }, {},
      ['ClusterIP', '10.96.0.1', '<none>', '443/TCP']],
    ['NodePort', { clusterIP: '10.96.10.10', type: 'NodePort', ports: [{ port: 80, nodePort: 30080, protocol: 'TCP' }] }, {},
      ['NodePort', '10.96.10.10', '<none>', '80:30080/TCP']],
    ['headless without ports', { clusterIPs: ['None'], type: 'ClusterIP' }, {}, ['ClusterIP', 'None', '<none>', '<none>']],
    ['ExternalName', { type: 'ExternalName', externalName: 'example.com' }, {}, ['ExternalName', '<none>', 'example.com', '<none>']],
    ['external IPs', { clusterIPs: ['10.0.0.1'], type: 'ClusterIP', externalIPs: ['1.1.1.1', '2.2.2.2'], ports: [{ port: 80, protocol: 'TCP' }] }, {},
      ['ClusterIP', '10.0.0.1', '1.1.1.1,2.2.2.2', '80/TCP']],
  ])('%s', (_, spec, status, want) => {
    expect(serviceTable.row(svc(spec, status) as never, NOW).slice(1, 5)).toEqual(want);
  });
  it('clips a long ingress list unless wide (the server always prints wide)', () => {
    const s = svc({ clusterIPs: ['1.5.6.7'], type: 'LoadBalancer', selector: { foo: 'bar' } },
      { loadBalancer: { ingress: [{ ip: '2.3.4.5' }, { ip: '3.4.5.6' }, { ip: '5.6.7.8', hostname: 'host5678' }] } });
    expect(serviceTable.row(s as never, NOW, false)[3]).toBe('2.3.4.5,3.4.5...');
    expect(serviceTable.row(s as never, NOW, true)).toEqual(['service1', 'LoadBalancer', '1.5.6.7', '2.3.4.5,3.4.5.6,5.6.7.8', '<none>', '<unknown>', 'foo=bar']);
  });
});

describe('endpoints and endpointslices', () => {
  it('lists up to three ip:port pairs', () => {
    const ep = {
      metadata: meta('web'),
      subsets: [{ addresses: [{ ip: '10.244.1.2' }, { ip: '10.244.2.3' }], ports: [{ port: 80 }, { port: 443 }] }],
    };
    expect(endpointsTable.row(ep, NOW)).toEqual(['web', '10.244.1.2:80,10.244.2.3:80,10.244.1.2:443 + 1 more...', '5m']);
    expect(endpointsTable.row({ metadata: meta('none') }, NOW)[1]).toBe('<none>');
    expect(endpointsTable.row({ metadata: meta('h'), subsets: [{ addresses: [{ ip: 'fd00::1' }], ports: [{ port: 80 }] }] }, NOW)[1]).toBe('[fd00::1]:80');
    expect(endpointsTable.row({ metadata: meta('h'), subsets: [{ addresses: [{ ip: '10.0.0.1' }] }] }, NOW)[1]).toBe('10.0.0.1');
  });
  it('slices: ports and addresses, <unset> when empty', () => {
    const s = {
      metadata: meta('web-abcde'),
      addressType: 'IPv4',
      ports: [{ name: 'http', port: 80, protocol: 'TCP' }],
      endpoints: [{ addresses: ['10.244.1.2'] }, { addresses: ['10.244.2.3'] }],
    };
    expect(endpointSliceTable.row(s, NOW)).toEqual(['web-abcde', 'IPv4', '80', '10.244.1.2,10.244.2.3', '5m']);
    expect(endpointSliceTable.row({ metadata: meta('e'), addressType: 'IPv4', endpoints: [] }, NOW).slice(2, 4)).toEqual(['<unset>', '<unset>']);
    expect(endpointSliceTable.row({ metadata: meta('e'), addressType: 'IPv4', endpoints: [], ports: [{}] as never }, NOW)[2]).toBe('*');
  });
});

describe('events', () => {
  it('LAST SEEN TYPE REASON OBJECT (SUBOBJECT SOURCE) MESSAGE (FIRST SEEN COUNT NAME)', () => {
    const ev = {
      metadata: { name: 'nginx.17a' },
      involvedObject: { kind: 'Pod', name: 'nginx', fieldPath: 'spec.containers{nginx}' },
      reason: 'Pulled',
      message: 'Successfully pulled image "nginx"\n',
      source: { component: 'kubelet', host: 'node01' },
      firstTimestamp: ago(120_000),
      lastTimestamp: ago(30_000),
      count: 2,
      type: 'Normal',
    };
    expect(eventTable.row(ev as never, NOW)).toEqual([
      '30s', 'Normal', 'Pulled', 'pod/nginx', 'spec.containers{nginx}', 'kubelet, node01',
      'Successfully pulled image "nginx"', '2m', '2', 'nginx.17a',
    ]);
  });
  it('new-style events: eventTime, series, reportingComponent, singleton count 1', () => {
    const ev = { metadata: { name: 'x' }, involvedObject: { kind: 'Node' }, eventTime: ago(5000), reportingComponent: 'scheduler', type: 'Normal', reason: 'R' };
    const row = eventTable.row(ev as never, NOW);
    expect([row[0], row[3], row[5], row[7], row[8]]).toEqual(['5s', 'node', 'scheduler', '5s', '1']);
    const series = { ...ev, series: { count: 7, lastObservedTime: ago(1000) } };
    expect([eventTable.row(series as never, NOW)[0], eventTable.row(series as never, NOW)[8]]).toEqual(['1s', '7']);
  });
});

describe('config, secrets, service accounts, namespaces, leases', () => {
  it('counts data keys', () => {
    expect(configMapTable.row({ metadata: meta('kube-root-ca.crt', 86_400_000 * 10), data: { 'ca.crt': 'x' }, binaryData: { b: '' } }, NOW)).toEqual(['kube-root-ca.crt', '2', '10d']);
    expect(secretTable.row({ metadata: meta('s'), type: 'Opaque', data: { a: '', b: '' } }, NOW)).toEqual(['s', 'Opaque', '2', '5m']);
    expect(serviceAccountTable.row({ metadata: meta('default') }, NOW)).toEqual(['default', '0', '5m']);
    expect(namespaceTable.row({ metadata: meta('default'), status: { phase: 'Active' } }, NOW)).toEqual(['default', 'Active', '5m']);
    expect(leaseTable.row({ metadata: meta('node01'), spec: { holderIdentity: 'node01' } }, NOW)).toEqual(['node01', 'node01', '5m']);
  });
});

describe('workloads', () => {
  const template = { spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }, { name: 'side', image: 'busybox' }] } };
  it('deployments', () => {
    const d = {
      metadata: meta('web'),
      spec: { replicas: 3, selector: { matchLabels: { app: 'web' } }, template },
      status: { readyReplicas: 2, updatedReplicas: 3, availableReplicas: 2 },
    };
    expect(deploymentTable.row(d, NOW)).toEqual(['web', '2/3', '3', '2', '5m', 'nginx,side', 'nginx:1.27,busybox', 'app=web']);
    const expr = { ...d, spec: { ...d.spec, selector: { matchLabels: { z: '1' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['b', 'a'] }, { key: 'x', operator: 'DoesNotExist' }] } } };
    expect(deploymentTable.row(expr, NOW)[7]).toBe('tier in (a,b),!x,z=1');
    expect(deploymentTable.row({ ...d, spec: { ...d.spec, selector: {} } }, NOW)[7]).toBe('');
  });
  it('replicasets, statefulsets, daemonsets', () => {
    expect(replicaSetTable.row({ metadata: meta('web-5d8f'), spec: { replicas: 2, selector: {}, template }, status: { replicas: 2 } }, NOW)).toEqual([
      'web-5d8f', '2', '2', '0', '5m', 'nginx,side', 'nginx:1.27,busybox', '<none>',
    ]);
    expect(statefulSetTable.row({ metadata: meta('db'), spec: { replicas: 3, selector: {}, serviceName: 'db', template }, status: { replicas: 1, readyReplicas: 1 } }, NOW)).toEqual([
      'db', '1/3', '5m', 'nginx,side', 'nginx:1.27,busybox',
    ]);
    const ds = {
      metadata: meta('kube-proxy'),
      spec: { selector: { matchLabels: { 'k8s-app': 'kube-proxy' } }, template: { spec: { ...template.spec, nodeSelector: { 'kubernetes.io/os': 'linux' } } } },
      status: { desiredNumberScheduled: 3, currentNumberScheduled: 3, numberReady: 3, updatedNumberScheduled: 3, numberAvailable: 3, numberMisscheduled: 0 },
    };
    expect(daemonSetTable.row(ds, NOW)).toEqual(['kube-proxy', '3', '3', '3', '3', '3', 'kubernetes.io/os=linux', '5m', 'nginx,side', 'nginx:1.27,busybox', 'k8s-app=kube-proxy']);
  });
  it('controllerrevisions name their controller with its group', () => {
    const cr = { metadata: { ...meta('web-6b8c'), ownerReferences: [{ apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'web', uid: 'u', controller: true }] }, revision: 2 };
    expect(controllerRevisionTable.row(cr, NOW)).toEqual(['web-6b8c', 'statefulset.apps/web', '2', '5m']);
    expect(controllerRevisionTable.row({ metadata: meta('x'), revision: 1 }, NOW)[1]).toBe('<none>');
  });
});

describe('jobs and cronjobs', () => {
  const job = (spec: object, status: object, metaExtra: object = {}) => ({ metadata: { ...meta('pi'), ...metaExtra }, spec: { template: { spec: { containers: [{ name: 'pi', image: 'perl' }] } }, ...spec }, status });
  it.each<[string, object, object, string[]]>([
    ['complete', { completions: 1 }, { succeeded: 1, startTime: ago(60_000), completionTime: ago(48_000), conditions: [{ type: 'Complete', status: 'True' }] }, ['Complete', '1/1', '12s']],
    ['running', { completions: 3 }, { succeeded: 1, startTime: ago(200_000) }, ['Running', '1/3', '3m20s']],
    ['not started', {}, {}, ['Running', '0/1', '']],
    ['work queue with parallelism', { parallelism: 4 }, { succeeded: 2, startTime: ago(5000) }, ['Running', '2/1 of 4', '5s']],
    ['failed', { completions: 1 }, { conditions: [{ type: 'FailureTarget', status: 'True' }, { type: 'Failed', status: 'True' }] }, ['Failed', '0/1', '']],
    ['failure target', { completions: 1 }, { conditions: [{ type: 'FailureTarget', status: 'True' }] }, ['FailureTarget', '0/1', '']],
    ['suspended', { completions: 1 }, { conditions: [{ type: 'Suspended', status: 'True' }] }, ['Suspended', '0/1', '']],
  ])('%s', (_, spec, status, want) => {
    expect(jobTable.row(job(spec, status) as never, NOW).slice(1, 4)).toEqual(want);
  });
  it('deleting job is Terminating; wide columns', () => {
    const j = job({ completions: 1, selector: { matchLabels: { 'batch.kubernetes.io/controller-uid': 'u' } } }, {}, { deletionTimestamp: ago(1) });
    expect(jobTable.row(j as never, NOW)).toEqual(['pi', 'Terminating', '0/1', '', '5m', 'pi', 'perl', 'batch.kubernetes.io/controller-uid=u']);
  });
  it('cronjobs', () => {
    const cj = { metadata: meta('hello'), spec: { schedule: '*/1 * * * *', suspend: false, jobTemplate: { spec: { template: { spec: { containers: [{ name: 'hello', image: 'busybox' }] } } } } }, status: { active: [{ name: 'hello-1' }], lastScheduleTime: ago(20_000) } };
    expect(cronJobTable.row(cj as never, NOW)).toEqual(['hello', '*/1 * * * *', '<none>', 'False', '1', '20s', '5m', 'hello', 'busybox', '<none>']);
    const never = { metadata: meta('n'), spec: { schedule: '@daily', timeZone: 'Etc/UTC', jobTemplate: { spec: { template: {} } } } };
    expect(cronJobTable.row(never as never, NOW).slice(2, 6)).toEqual(['Etc/UTC', '<unset>', '0', '<none>']);
  });
});

describe('storage', () => {
  it('persistent volumes', () => {
    const pv = {
      metadata: meta('pv0001'),
      spec: { capacity: { storage: '1Gi' }, accessModes: ['ReadWriteMany', 'ReadWriteOnce', 'ReadWriteOnce'], persistentVolumeReclaimPolicy: 'Retain', claimRef: { namespace: 'default', name: 'data' }, storageClassName: 'manual', volumeMode: 'Filesystem' },
      status: { phase: 'Bound' },
    };
    expect(persistentVolumeTable.row(pv as never, NOW)).toEqual(['pv0001', '1Gi', 'RWO,RWX', 'Retain', 'Bound', 'default/data', 'manual', '<unset>', '', '5m', 'Filesystem']);
    const deleting = { ...pv, metadata: { ...pv.metadata, deletionTimestamp: ago(1), annotations: { 'volume.beta.kubernetes.io/storage-class': 'old' } } };
    expect(persistentVolumeTable.row(deleting as never, NOW).slice(4, 7)).toEqual(['Terminating', 'default/data', 'old']);
  });
  it('claims show capacity and modes only once bound', () => {
    const pending = { metadata: meta('data'), spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, storageClassName: 'standard' }, status: { phase: 'Pending' } };
    expect(persistentVolumeClaimTable.row(pending as never, NOW)).toEqual(['data', 'Pending', '', '', '', 'standard', '<unset>', '5m', '<unset>']);
    const bound = { ...pending, spec: { ...pending.spec, volumeName: 'pv0001', volumeMode: 'Filesystem' }, status: { phase: 'Bound', accessModes: ['ReadWriteOnce'], capacity: { storage: '1Gi' } } };
    expect(persistentVolumeClaimTable.row(bound as never, NOW)).toEqual(['data', 'Bound', 'pv0001', '1Gi', 'RWO', 'standard', '<unset>', '5m', 'Filesystem']);
  });
  it('storage classes mark the default and fill in defaults', () => {
    const sc = { metadata: { ...meta('standard'), annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } }, provisioner: 'rancher.io/local-path' };
    expect(storageClassTable.row(sc, NOW)).toEqual(['standard (default)', 'rancher.io/local-path', 'Delete', 'Immediate', 'false', '5m']);
  });
});
