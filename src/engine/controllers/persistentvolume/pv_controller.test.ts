import { describe, expect, it } from 'vitest';
import { Harness } from '../testing/harness.js';
import { LocalPathProvisioner, localPathProvisionerUser } from './local_path_provisioner.js';
import { PersistentVolumeController, pvBinderUser } from './pv_controller.js';

const pv = (name: string, size: string, extra: Record<string, unknown> = {}) => ({
  apiVersion: 'v1',
  kind: 'PersistentVolume',
  metadata: { name },
  spec: { storageClassName: 'manual', capacity: { storage: size }, accessModes: ['ReadWriteOnce'], hostPath: { path: `/mnt/${name}` }, ...extra },
});
const pvc = (name: string, size: string, spec: Record<string, unknown> = {}) => ({
  apiVersion: 'v1',
  kind: 'PersistentVolumeClaim',
  metadata: { name },
  spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: size } }, ...spec },
});

function setup() {
  const h = new Harness();
  h.admin.create('storage.k8s.io', 'storageclasses', undefined, {
    apiVersion: 'storage.k8s.io/v1',
    kind: 'StorageClass',
    metadata: { name: 'standard', annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } },
    provisioner: 'rancher.io/local-path',
    reclaimPolicy: 'Delete',
    volumeBindingMode: 'WaitForFirstConsumer',
  });
  const inf = h.informers(pvBinderUser);
  new PersistentVolumeController(h.client(pvBinderUser), inf, h.clock);
  new LocalPathProvisioner(h.client(localPathProvisionerUser), inf, h.clock);
  inf.start();
  h.settle();
  return h;
}

describe('PersistentVolumeController', () => {
  it('binds a claim to the smallest fitting volume of its class', () => {
    const h = setup();
    h.admin.create('', 'persistentvolumes', undefined, pv('big', '10Gi'));
    h.admin.create('', 'persistentvolumes', undefined, pv('small', '2Gi'));
    h.admin.create('', 'persistentvolumes', undefined, pv('tiny', '500Mi'));
    h.admin.create('', 'persistentvolumeclaims', 'default', pvc('claim', '1Gi', { storageClassName: 'manual' }));
    h.settle();
    const c = h.admin.get('', 'persistentvolumeclaims', 'default', 'claim');
    expect(c.spec.volumeName).toBe('small');
    expect(c.status).toMatchObject({ phase: 'Bound', capacity: { storage: '2Gi' }, accessModes: ['ReadWriteOnce'] });
    expect(c.metadata.annotations).toMatchObject({ 'pv.kubernetes.io/bind-completed': 'yes', 'pv.kubernetes.io/bound-by-controller': 'yes' });
    const v = h.admin.get('', 'persistentvolumes', undefined, 'small');
    expect(v.status.phase).toBe('Bound');
    expect(v.spec.claimRef).toMatchObject({ namespace: 'default', name: 'claim', uid: c.metadata.uid });
    expect(h.admin.get('', 'persistentvolumes', undefined, 'big').status.phase).toBe('Available');
    // Released after the claim goes; Retain keeps it.
    h.admin.delete('', 'persistentvolumeclaims', 'default', 'claim');
    h.settle();
    expect(h.admin.get('', 'persistentvolumes', undefined, 'small').status.phase).toBe('Released');
  });

  it('the default class; WaitForFirstConsumer until a node is selected, then provisioned on that node and deleted when released', () => {
    const h = setup();
    h.admin.create('', 'persistentvolumeclaims', 'default', pvc('data', '1Gi'));
    h.settle();
    let c = h.admin.get('', 'persistentvolumeclaims', 'default', 'data');
    expect(c.spec.storageClassName).toBe('standard');
    expect(c.status.phase).toBe('Pending');
    h.admin.patch('', 'persistentvolumeclaims', 'default', 'data', 'merge', { metadata: { annotations: { 'volume.kubernetes.io/selected-node': 'node01' } } });
    h.settle();
    c = h.admin.get('', 'persistentvolumeclaims', 'default', 'data');
    const name = `pvc-${c.metadata.uid}`;
    expect(c.spec.volumeName).toBe(name);
    expect(c.status.phase).toBe('Bound');
    const v = h.admin.get('', 'persistentvolumes', undefined, name);
    expect(v.spec.hostPath.path).toBe(`/opt/local-path-provisioner/${name}_default_data`);
    expect(v.spec.nodeAffinity.required.nodeSelectorTerms[0].matchExpressions[0]).toEqual({ key: 'kubernetes.io/hostname', operator: 'In', values: ['node01'] });
    const events = h.admin.list('', 'events', 'default').items.map((e: any) => e.reason);
    expect(events).toEqual(expect.arrayContaining(['WaitForFirstConsumer', 'ExternalProvisioning', 'Provisioning', 'ProvisioningSucceeded']));
    h.admin.delete('', 'persistentvolumeclaims', 'default', 'data');
    h.settle();
    expect(h.names('persistentvolumes')).toEqual([]);
  });
});
