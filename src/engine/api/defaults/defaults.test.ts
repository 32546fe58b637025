import { describe, expect, it } from 'vitest';
import type { Pod, Service } from 'kubernetes-types/core/v1';
import type { Deployment, StatefulSet, DaemonSet } from 'kubernetes-types/apps/v1';
import type { CronJob, Job } from 'kubernetes-types/batch/v1';
import {
  defaultCronJob,
  defaultDaemonSet,
  defaultDeployment,
  defaultJob,
  defaultNamespace,
  defaultPersistentVolume,
  defaultPersistentVolumeClaim,
  defaultPod,
  defaultSecret,
  defaultService,
  defaultStatefulSet,
  imagePullPolicyFor,
} from './index.js';

const pod = (): Pod => ({
  metadata: { name: 'p' },
  spec: {
    containers: [
      {
        name: 'c',
        image: 'nginx',
        ports: [{ containerPort: 80 }],
        env: [{ name: 'N', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }],
        livenessProbe: { httpGet: { port: 80 } },
        resources: { limits: { cpu: '1' } },
      },
    ],
    volumes: [{ name: 'a' }, { name: 'b', configMap: { name: 'cm' } }, { name: 'h', hostPath: { path: '/x' } }],
  },
});

describe('pod defaults', () => {
  it('fills the PodSpec like SetDefaults_PodSpec', () => {
    const p = pod();
    defaultPod(p);
    const s = p.spec!;
    expect(s.restartPolicy).toBe('Always');
    expect(s.terminationGracePeriodSeconds).toBe(30);
    expect(s.dnsPolicy).toBe('ClusterFirst');
    expect(s.schedulerName).toBe('default-scheduler');
    expect(s.securityContext).toEqual({});
    expect(s.enableServiceLinks).toBe(true);
    const c = s.containers[0]!;
    expect(c.terminationMessagePath).toBe('/dev/termination-log');
    expect(c.terminationMessagePolicy).toBe('File');
    expect(c.imagePullPolicy).toBe('Always');
    expect(c.ports![0]!.protocol).toBe('TCP');
    expect(c.env![0]!.valueFrom!.fieldRef!.apiVersion).toBe('v1');
    expect(c.livenessProbe).toEqual({
      httpGet: { port: 80, path: '/', scheme: 'HTTP' },
      timeoutSeconds: 1,
      periodSeconds: 10,
      successThreshold: 1,
      failureThreshold: 3,
    });
    expect(c.resources).toEqual({ limits: { cpu: '1' }, requests: { cpu: '1' } });
    expect(s.volumes![0]!.emptyDir).toEqual({});
    expect(s.volumes![1]!.configMap!.defaultMode).toBe(420);
    expect(s.volumes![2]!.hostPath!.type).toBe('');
  });

  it.each([
    ['nginx', 'Always'],
    ['nginx:latest', 'Always'],
    ['nginx:1.27', 'IfNotPresent'],
    ['localhost:5000/app', 'Always'],
    ['localhost:5000/app:v2', 'IfNotPresent'],
    ['nginx@sha256:abc', 'IfNotPresent'],
  ])('imagePullPolicy of %s is %s', (image, want) => {
    expect(imagePullPolicyFor(image)).toBe(want);
  });

  it('is idempotent', () => {
    const a = pod();
    defaultPod(a);
    const b = JSON.parse(JSON.stringify(a)) as Pod;
    defaultPod(b);
    expect(b).toEqual(a);
  });
});

describe('workload defaults', () => {
  const template = { metadata: { labels: { app: 'x' } }, spec: { containers: [{ name: 'c', image: 'nginx:1.27' }] } };
  it('Deployment', () => {
    const d: Deployment = { spec: { selector: { matchLabels: { app: 'x' } }, template: structuredClone(template) } };
    defaultDeployment(d);
    expect(d.spec).toMatchObject({
      replicas: 1,
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' } },
      revisionHistoryLimit: 10,
      progressDeadlineSeconds: 600,
    });
    expect(d.spec!.template.spec!.restartPolicy).toBe('Always');
    expect(d.spec!.template.spec!.enableServiceLinks).toBeUndefined();
  });
  it('Recreate Deployment gets no rollingUpdate', () => {
    const d: Deployment = { spec: { selector: {}, template: structuredClone(template), strategy: { type: 'Recreate' } } };
    defaultDeployment(d);
    expect(d.spec!.strategy).toEqual({ type: 'Recreate' });
  });
  it('StatefulSet', () => {
    const s: StatefulSet = {
      spec: {
        serviceName: 'x',
        selector: {},
        template: structuredClone(template),
        volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'] } }],
      },
    };
    defaultStatefulSet(s);
    expect(s.spec).toMatchObject({
      replicas: 1,
      podManagementPolicy: 'OrderedReady',
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0 } },
      revisionHistoryLimit: 10,
      persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Retain' },
    });
    expect(s.spec!.volumeClaimTemplates![0]!.spec!.volumeMode).toBe('Filesystem');
    expect(s.spec!.volumeClaimTemplates![0]!.status).toEqual({ phase: 'Pending' });
  });
  it('DaemonSet', () => {
    const ds: DaemonSet = { spec: { selector: {}, template: structuredClone(template) } };
    defaultDaemonSet(ds);
    expect(ds.spec).toMatchObject({
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } },
      revisionHistoryLimit: 10,
    });
  });
  it('Job', () => {
    const j: Job = { metadata: {}, spec: { template: structuredClone(template) } };
    defaultJob(j);
    expect(j.spec).toMatchObject({
      completions: 1,
      parallelism: 1,
      backoffLimit: 6,
      completionMode: 'NonIndexed',
      suspend: false,
      podReplacementPolicy: 'TerminatingOrFailed',
    });
    expect(j.spec!.manualSelector).toBeUndefined();
    expect(j.metadata!.labels).toEqual({ app: 'x' });
  });
  it('Job with only parallelism keeps completions unset', () => {
    const j: Job = { spec: { parallelism: 3, template: structuredClone(template) } };
    defaultJob(j);
    expect(j.spec!.completions).toBeUndefined();
    expect(j.spec!.parallelism).toBe(3);
  });
  it('CronJob', () => {
    const cj: CronJob = { spec: { schedule: '* * * * *', jobTemplate: { spec: { template: structuredClone(template) } } } };
    defaultCronJob(cj);
    expect(cj.spec).toMatchObject({ concurrencyPolicy: 'Allow', suspend: false, successfulJobsHistoryLimit: 3, failedJobsHistoryLimit: 1 });
    expect(cj.spec!.jobTemplate.spec!.backoffLimit).toBeUndefined();
  });
});

describe('core defaults', () => {
  it('Service', () => {
    const s: Service = { spec: { ports: [{ port: 80 }, { port: 443, targetPort: 'https' }] } };
    defaultService(s);
    expect(s.spec).toEqual({
      type: 'ClusterIP',
      sessionAffinity: 'None',
      internalTrafficPolicy: 'Cluster',
      ports: [
        { port: 80, protocol: 'TCP', targetPort: 80 },
        { port: 443, protocol: 'TCP', targetPort: 'https' },
      ],
    });
  });
  it('NodePort Service gets externalTrafficPolicy Cluster', () => {
    const s: Service = { spec: { type: 'NodePort', ports: [{ port: 80 }] } };
    defaultService(s);
    expect(s.spec!.externalTrafficPolicy).toBe('Cluster');
  });
  it('PV, PVC, Secret, Namespace', () => {
    const pv = { spec: {} };
    defaultPersistentVolume(pv);
    expect(pv).toEqual({ spec: { persistentVolumeReclaimPolicy: 'Retain', volumeMode: 'Filesystem' }, status: { phase: 'Pending' } });
    const pvc = { spec: {} };
    defaultPersistentVolumeClaim(pvc);
    expect(pvc).toEqual({ spec: { volumeMode: 'Filesystem' }, status: { phase: 'Pending' } });
    const sec = {};
    defaultSecret(sec);
    expect(sec).toEqual({ type: 'Opaque' });
    const ns = { metadata: { name: 'dev' } };
    defaultNamespace(ns);
    expect(ns).toEqual({ metadata: { name: 'dev', labels: { 'kubernetes.io/metadata.name': 'dev' } }, status: { phase: 'Active' } });
  });
});
