import { describe, expect, it } from 'vitest';
import { Harness } from '../testing/harness.js';
import { startPodReadyMarker } from '../testing/podready.js';
import { StatefulSetController, statefulSetControllerUser } from './stateful_set.js';

const sts = (name: string, spec: Record<string, unknown> = {}) => ({
  apiVersion: 'apps/v1',
  kind: 'StatefulSet',
  metadata: { name },
  spec: {
    serviceName: name,
    replicas: 3,
    selector: { matchLabels: { app: name } },
    template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'c', image: 'nginx:1.7.9' }] } },
    volumeClaimTemplates: [{ metadata: { name: 'www' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }],
    ...spec,
  },
});

function setup(readyDelayMs = 1000) {
  const h = new Harness();
  const informers = h.informers(statefulSetControllerUser);
  const c = new StatefulSetController(h.client(statefulSetControllerUser), informers, h.clock);
  informers.start();
  const marker = startPodReadyMarker(h.admin, h.clock, { delayMs: readyDelayMs });
  h.settle();
  return { h, c, marker };
}

const podNames = (h: Harness) => h.names('pods', 'default').sort();
const events = (h: Harness) => h.admin.list('', 'events', 'default').items.map((e: any) => `${e.reason} ${e.message}`);

describe('StatefulSetController', () => {
  it('OrderedReady: creates claims then Pods one ordinal at a time, each after the previous is Ready', () => {
    const { h } = setup();
    h.admin.create('apps', 'statefulsets', 'default', sts('web'));
    h.settle();
    expect(podNames(h)).toEqual(['web-0']);
    expect(h.names('persistentvolumeclaims', 'default')).toEqual(['www-web-0']);
    h.advance(1000);
    expect(podNames(h)).toEqual(['web-0', 'web-1']);
    h.advance(1000);
    h.advance(1000);
    expect(podNames(h)).toEqual(['web-0', 'web-1', 'web-2']);
    expect(events(h).slice(0, 2)).toEqual(['SuccessfulCreate create Claim www-web-0 Pod web-0 in StatefulSet web success', 'SuccessfulCreate create Pod web-0 in StatefulSet web successful']);
    const p = h.admin.get('', 'pods', 'default', 'web-1');
    expect(p.spec.hostname).toBe('web-1');
    expect(p.spec.subdomain).toBe('web');
    expect(p.metadata.labels['statefulset.kubernetes.io/pod-name']).toBe('web-1');
    expect(p.metadata.labels['apps.kubernetes.io/pod-index']).toBe('1');
    expect(p.spec.volumes[0]).toEqual({ name: 'www', persistentVolumeClaim: { claimName: 'www-web-1' } });
    const st = h.admin.get('apps', 'statefulsets', 'default', 'web').status;
    expect(st).toMatchObject({ replicas: 3, readyReplicas: 3, currentReplicas: 3, updatedReplicas: 3, availableReplicas: 3, observedGeneration: 1, collisionCount: 0 });
    expect(st.currentRevision).toBe(st.updateRevision);
    expect(p.metadata.labels['controller-revision-hash']).toBe(st.updateRevision);
    expect(h.names('controllerrevisions', 'default', 'apps')).toEqual([st.updateRevision]);
  });

  it('Parallel creates every Pod at once', () => {
    const { h } = setup();
    h.admin.create('apps', 'statefulsets', 'default', sts('web', { podManagementPolicy: 'Parallel' }));
    h.settle();
    expect(podNames(h)).toEqual(['web-0', 'web-1', 'web-2']);
  });

  it('a deleted Pod comes back with the same name and claim; claims outlive scale-down (Retain)', () => {
    const { h } = setup();
    h.admin.create('apps', 'statefulsets', 'default', sts('web'));
    h.advance(5000);
    const uid = h.admin.get('', 'pods', 'default', 'web-0').metadata.uid;
    h.admin.delete('', 'pods', 'default', 'web-0');
    h.advance(2000);
    const again = h.admin.get('', 'pods', 'default', 'web-0');
    expect(again.metadata.uid).not.toBe(uid);
    expect(again.spec.volumes[0].persistentVolumeClaim.claimName).toBe('www-web-0');
    h.admin.patch('apps', 'statefulsets', 'default', 'web', 'merge', { spec: { replicas: 1 } });
    h.settle();
    expect(podNames(h)).toEqual(['web-0']);
    const deletes = events(h).filter((e: string) => e.startsWith('SuccessfulDelete'));
    expect(deletes).toEqual(['SuccessfulDelete delete Pod web-2 in StatefulSet web successful', 'SuccessfulDelete delete Pod web-1 in StatefulSet web successful']);
    expect(h.names('persistentvolumeclaims', 'default').sort()).toEqual(['www-web-0', 'www-web-1', 'www-web-2']);
  });

  it('whenScaled: Delete gives condemned claims to their Pod; whenDeleted: Delete to the set', () => {
    const { h } = setup();
    h.admin.create('apps', 'statefulsets', 'default', sts('web', { replicas: 2, persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Delete', whenScaled: 'Delete' } }));
    h.advance(5000);
    const claim = h.admin.get('', 'persistentvolumeclaims', 'default', 'www-web-1');
    expect(claim.metadata.ownerReferences.map((r: any) => r.kind)).toEqual(['StatefulSet']);
    h.admin.patch('apps', 'statefulsets', 'default', 'web', 'merge', { spec: { replicas: 1 } });
    h.settle();
    const owners = h.admin.get('', 'persistentvolumeclaims', 'default', 'www-web-1').metadata.ownerReferences.map((r: any) => `${r.kind}/${r.name}`);
    expect(owners).toEqual(['StatefulSet/web', 'Pod/web-1']);
  });

  it('RollingUpdate replaces Pods from the highest ordinal, respecting the partition', () => {
    const { h } = setup();
    h.admin.create('apps', 'statefulsets', 'default', sts('web'));
    h.advance(5000);
    const rev1 = h.admin.get('apps', 'statefulsets', 'default', 'web').status.currentRevision;
    h.admin.patch('apps', 'statefulsets', 'default', 'web', 'merge', { spec: { updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 1 } }, template: { spec: { containers: [{ name: 'c', image: 'nginx:1.9.1' }] } } } });
    h.advance(10_000);
    const img = (n: string) => h.admin.get('', 'pods', 'default', n).spec.containers[0].image;
    expect([img('web-0'), img('web-1'), img('web-2')]).toEqual(['nginx:1.7.9', 'nginx:1.9.1', 'nginx:1.9.1']);
    const st = h.admin.get('apps', 'statefulsets', 'default', 'web').status;
    expect(st.currentRevision).toBe(rev1);
    expect(st.updatedReplicas).toBe(2);
    expect(st.currentReplicas).toBe(1);
    h.admin.patch('apps', 'statefulsets', 'default', 'web', 'merge', { spec: { updateStrategy: { rollingUpdate: { partition: 0 } } } });
    h.advance(10_000);
    expect(img('web-0')).toBe('nginx:1.9.1');
    const done = h.admin.get('apps', 'statefulsets', 'default', 'web').status;
    expect(done.currentRevision).toBe(done.updateRevision);
    expect(h.names('controllerrevisions', 'default', 'apps')).toHaveLength(2);
  });

  it('OnDelete waits for the user to delete Pods', () => {
    const { h } = setup();
    h.admin.create('apps', 'statefulsets', 'default', sts('web', { replicas: 1, updateStrategy: { type: 'OnDelete' } }));
    h.advance(5000);
    h.admin.patch('apps', 'statefulsets', 'default', 'web', 'merge', { spec: { template: { spec: { containers: [{ name: 'c', image: 'nginx:1.9.1' }] } } } });
    h.advance(10_000);
    expect(h.admin.get('', 'pods', 'default', 'web-0').spec.containers[0].image).toBe('nginx:1.7.9');
    h.admin.delete('', 'pods', 'default', 'web-0');
    h.advance(2000);
    expect(h.admin.get('', 'pods', 'default', 'web-0').spec.containers[0].image).toBe('nginx:1.9.1');
  });
});
