import { describe, expect, it } from 'vitest';
import type { Pod, Service, ConfigMap, Secret, PersistentVolumeClaim } from 'kubernetes-types/core/v1';
import type { Deployment, StatefulSet, DaemonSet } from 'kubernetes-types/apps/v1';
import type { CronJob, Job } from 'kubernetes-types/batch/v1';
import { fieldErrorString, newInvalid, type FieldError } from '../errors.js';
import * as d from '../defaults/index.js';
import {
  validateConfigMap,
  validateCronJob,
  validateDaemonSet,
  validateDeployment,
  validateDeploymentUpdate,
  validateJob,
  validatePersistentVolumeClaim,
  validatePodCreate,
  validatePodUpdate,
  validateSecret,
  validateService,
  validateStatefulSetUpdate,
  parseCronSchedule,
} from './index.js';

const msgs = (errs: FieldError[]): string[] => errs.map(fieldErrorString);

function pod(mut: (p: Pod) => void = () => {}): Pod {
  const p: Pod = {
    metadata: { name: 'web', namespace: 'default' },
    spec: { containers: [{ name: 'web', image: 'nginx' }] },
  };
  mut(p);
  d.defaultPod(p);
  return p;
}

describe('pod validation', () => {
  it.each<[string, (p: Pod) => void, string[]]>([
    ['valid', () => {}, []],
    ['image required', (p) => delete p.spec!.containers[0]!.image, ['spec.containers[0].image: Required value']],
    [
      'container name',
      (p) => (p.spec!.containers[0]!.name = 'Web_1'),
      [
        `spec.containers[0].name: Invalid value: "Web_1": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`,
      ],
    ],
    [
      'requests above limits',
      (p) => (p.spec!.containers[0]!.resources = { requests: { cpu: '2' }, limits: { cpu: '1' } }),
      ['spec.containers[0].resources.requests: Invalid value: "2": must be less than or equal to cpu limit of 1'],
    ],
    [
      'memory requests above limits',
      (p) => (p.spec!.containers[0]!.resources = { requests: { memory: '256Mi' }, limits: { memory: '128Mi' } }),
      ['spec.containers[0].resources.requests: Invalid value: "256Mi": must be less than or equal to memory limit of 128Mi'],
    ],
    [
      'unknown resource',
      (p) => (p.spec!.containers[0]!.resources = { limits: { gpu: '1' } }),
      ['spec.containers[0].resources.limits[gpu]: Invalid value: "gpu": must be a standard resource for containers', 'spec.containers[0].resources.requests[gpu]: Invalid value: "gpu": must be a standard resource for containers'],
    ],
    [
      'mount of unknown volume',
      (p) => (p.spec!.containers[0]!.volumeMounts = [{ name: 'x', mountPath: '/data' }]),
      ['spec.containers[0].volumeMounts[0].name: Not found: "x"'],
    ],
    [
      'restartPolicy',
      (p) => (p.spec!.restartPolicy = 'Sometimes'),
      ['spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"'],
    ],
    [
      'dnsPolicy',
      (p) => (p.spec!.dnsPolicy = 'Cluster'),
      ['spec.dnsPolicy: Unsupported value: "Cluster": supported values: "ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"'],
    ],
    [
      'duplicate container names',
      (p) => p.spec!.containers.push({ name: 'web', image: 'busybox' }),
      ['spec.containers[1].name: Duplicate value: "web"'],
    ],
    [
      'port out of range',
      (p) => (p.spec!.containers[0]!.ports = [{ containerPort: 70000 }]),
      ['spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive'],
    ],
    [
      'protocol',
      (p) => (p.spec!.containers[0]!.ports = [{ containerPort: 80, protocol: 'HTTP' }]),
      ['spec.containers[0].ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"'],
    ],
    [
      'liveness successThreshold',
      (p) => (p.spec!.containers[0]!.livenessProbe = { tcpSocket: { port: 80 }, successThreshold: 2 }),
      ['spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1'],
    ],
    [
      'probe without handler',
      (p) => (p.spec!.containers[0]!.readinessProbe = {}),
      ['spec.containers[0].readinessProbe: Required value: must specify a handler type'],
    ],
    [
      'env var from nothing',
      (p) => (p.spec!.containers[0]!.env = [{ name: 'A', valueFrom: {} }]),
      ['spec.containers[0].env[0].valueFrom: Invalid value: "": must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`'],
    ],
    [
      'env var name',
      (p) => (p.spec!.containers[0]!.env = [{ name: '1A', value: 'x' }]),
      [
        `spec.containers[0].env[0].name: Invalid value: "1A": a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')`,
      ],
    ],
    [
      'toleration operator',
      (p) => (p.spec!.tolerations = [{ operator: 'Equal', value: 'x' }]),
      ['spec.tolerations[0].operator: Invalid value: "Equal": operator must be Exists when `key` is empty, which means "match all values and all keys"'],
    ],
    ['secret volume', (p) => (p.spec!.volumes = [{ name: 's', secret: {} }]), ['spec.volumes[0].secret.secretName: Required value']],
  ])('%s', (_, mut, want) => {
    expect(msgs(validatePodCreate(pod(mut)))).toEqual(want);
  });

  it('forbids changing anything but images', () => {
    const old = pod();
    Object.assign(old.metadata!, { resourceVersion: '5' });
    const next = pod((p) => (p.spec!.containers[0]!.ports = [{ containerPort: 8080 }]));
    Object.assign(next.metadata!, { resourceVersion: '5' });
    const errs = validatePodUpdate(next, old);
    expect(errs).toHaveLength(1);
    expect(fieldErrorString(errs[0]!).split('\n')[0]).toBe(
      'spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)',
    );
  });

  it('allows an image change', () => {
    const old = pod();
    const next = pod((p) => (p.spec!.containers[0]!.image = 'nginx:1.27'));
    next.spec!.containers[0]!.imagePullPolicy = 'Always';
    expect(validatePodUpdate(next, old)).toEqual([]);
  });

  it('forbids adding containers', () => {
    const next = pod((p) => p.spec!.containers.push({ name: 'b', image: 'busybox' }));
    expect(msgs(validatePodUpdate(next, pod()))).toEqual(['spec.containers: Forbidden: pod updates may not add or remove containers']);
  });
});

const tmpl = (labels: Record<string, string> = { app: 'x' }) => ({
  metadata: { labels },
  spec: { containers: [{ name: 'c', image: 'nginx' }] },
});

function deploy(mut: (x: Deployment) => void = () => {}): Deployment {
  const x: Deployment = { metadata: { name: 'x', namespace: 'default' }, spec: { selector: { matchLabels: { app: 'x' } }, template: tmpl() } };
  mut(x);
  d.defaultDeployment(x);
  return x;
}

describe('deployment validation', () => {
  it.each<[string, (x: Deployment) => void, string[]]>([
    ['valid', () => {}, []],
    [
      'no selector',
      (x) => delete (x.spec as { selector?: unknown }).selector,
      ['spec.selector: Required value', 'spec.template.metadata.labels: Invalid value: map[string]string{"app":"x"}: `selector` does not match template `labels`'],
    ],
    [
      'mismatch',
      (x) => (x.spec!.selector = { matchLabels: { app: 'y' } }),
      ['spec.template.metadata.labels: Invalid value: map[string]string{"app":"x"}: `selector` does not match template `labels`'],
    ],
    ['negative replicas', (x) => (x.spec!.replicas = -1), ['spec.replicas: Invalid value: -1: must be greater than or equal to 0']],
    [
      'both zero',
      (x) => (x.spec!.strategy = { rollingUpdate: { maxSurge: 0, maxUnavailable: 0 } }),
      ['spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:0, IntVal:0, StrVal:""}: may not be 0 when `maxSurge` is 0'],
    ],
    [
      'over 100%',
      (x) => (x.spec!.strategy = { rollingUpdate: { maxUnavailable: '120%' } }),
      ['spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"120%"}: must not be greater than 100%'],
    ],
    [
      'template restartPolicy',
      (x) => (x.spec!.template.spec!.restartPolicy = 'Never'),
      ['spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"'],
    ],
    [
      'template image',
      (x) => delete x.spec!.template.spec!.containers[0]!.image,
      ['spec.template.spec.containers[0].image: Required value'],
    ],
  ])('%s', (_, mut, want) => {
    expect(msgs(validateDeployment(deploy(mut)))).toEqual(want);
  });

  it('renders the whole 422 like kube-apiserver', () => {
    const x = deploy((y) => delete (y.spec as { selector?: unknown }).selector);
    expect(newInvalid('apps', 'Deployment', 'x', validateDeployment(x)).message).toBe(
      'Deployment.apps "x" is invalid: [spec.selector: Required value, spec.template.metadata.labels: Invalid value: map[string]string{"app":"x"}: `selector` does not match template `labels`]',
    );
  });

  it('selector is immutable', () => {
    const old = deploy();
    const next = deploy((x) => {
      x.spec!.selector = { matchLabels: { app: 'y' } };
      x.spec!.template.metadata!.labels = { app: 'y' };
    });
    Object.assign(next.metadata!, { resourceVersion: '1' });
    expect(msgs(validateDeploymentUpdate(next, old))).toEqual([
      'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"y"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable',
    ]);
  });
});

describe('other workloads', () => {
  it('StatefulSet immutable fields', () => {
    const mk = (sn: string): StatefulSet => {
      const s: StatefulSet = { metadata: { name: 's', resourceVersion: '1' }, spec: { serviceName: sn, selector: { matchLabels: { app: 'x' } }, template: tmpl() } };
      d.defaultStatefulSet(s);
      return s;
    };
    expect(msgs(validateStatefulSetUpdate(mk('b'), mk('a')))).toEqual([
      "spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden",
    ]);
    const ok = mk('a');
    ok.spec!.replicas = 5;
    expect(validateStatefulSetUpdate(ok, mk('a'))).toEqual([]);
  });
  it('DaemonSet needs exactly one of maxSurge/maxUnavailable', () => {
    const ds: DaemonSet = {
      metadata: { name: 'ds', namespace: 'default' },
      spec: { selector: { matchLabels: { app: 'x' } }, template: tmpl(), updateStrategy: { rollingUpdate: { maxUnavailable: 0, maxSurge: 0 } } },
    };
    d.defaultDaemonSet(ds);
    expect(msgs(validateDaemonSet(ds))).toEqual(['spec.updateStrategy.rollingUpdate.maxUnavailable: Required value: cannot be 0 when maxSurge is 0']);
  });
  it('Job restartPolicy', () => {
    const j: Job = { metadata: { name: 'j', namespace: 'default', uid: 'u1' }, spec: { template: { spec: { containers: [{ name: 'c', image: 'busybox' }] } } } };
    d.defaultJob(j);
    // what the strategy generates at create
    j.spec!.selector = { matchLabels: { 'batch.kubernetes.io/controller-uid': 'u1' } };
    j.spec!.template.metadata = {
      labels: { 'batch.kubernetes.io/controller-uid': 'u1', 'batch.kubernetes.io/job-name': 'j', 'controller-uid': 'u1', 'job-name': 'j' },
    };
    expect(msgs(validateJob(j))).toEqual(['spec.template.spec.restartPolicy: Unsupported value: "Always": supported values: "OnFailure", "Never"']);
  });
  it.each([
    ['bad', 'spec.schedule: Invalid value: "bad": expected exactly 5 fields, found 1: [bad]'],
    ['70 * * * *', 'spec.schedule: Invalid value: "70 * * * *": end of range (70) above maximum (59): 70'],
    ['x * * * *', 'spec.schedule: Invalid value: "x * * * *": failed to parse int from x: strconv.Atoi: parsing "x": invalid syntax'],
  ])('CronJob schedule %s', (schedule, want) => {
    const cj: CronJob = {
      metadata: { name: 'cj', namespace: 'default' },
      spec: { schedule, jobTemplate: { spec: { template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'c', image: 'busybox' }] } } } } },
    };
    d.defaultCronJob(cj);
    expect(msgs(validateCronJob(cj))).toEqual([want]);
  });
  it('cron parser accepts the usual forms', () => {
    for (const s of ['*/5 * * * *', '0 9 * * MON-FRI', '@hourly', '0 0 1 jan *']) expect(() => parseCronSchedule(s)).not.toThrow();
    expect([...parseCronSchedule('*/15 * * * *').minute]).toEqual([0, 15, 30, 45]);
  });
});

describe('service and config validation', () => {
  const svc = (mut: (s: Service) => void): Service => {
    const s: Service = { metadata: { name: 'web', namespace: 'default' }, spec: { selector: { app: 'web' }, ports: [{ port: 80 }] } };
    mut(s);
    d.defaultService(s);
    return s;
  };
  it.each<[string, (s: Service) => void, string[]]>([
    ['valid', () => {}, []],
    ['ports required', (s) => (s.spec!.ports = []), ['spec.ports: Required value']],
    [
      'name is a DNS-1035 label',
      (s) => (s.metadata!.name = '1web'),
      [
        `metadata.name: Invalid value: "1web": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')`,
      ],
    ],
    ['headless without ports', (s) => ((s.spec!.ports = []), (s.spec!.clusterIP = 'None'), (s.spec!.clusterIPs = ['None'])), []],
    ['port names with two ports', (s) => s.spec!.ports!.push({ port: 443 }), ['spec.ports[0].name: Required value', 'spec.ports[1].name: Required value']],
    ['nodePort on ClusterIP', (s) => (s.spec!.ports![0]!.nodePort = 30080), ["spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'"]],
    ['type', (s) => (s.spec!.type = 'Internal'), ['spec.type: Unsupported value: "Internal": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"']],
    ['bad clusterIP', (s) => ((s.spec!.clusterIP = '10.96.0.300'), (s.spec!.clusterIPs = ['10.96.0.300'])), ['spec.clusterIPs[0]: Invalid value: "10.96.0.300": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)']],
  ])('%s', (_, mut, want) => {
    expect(msgs(validateService(svc(mut)))).toEqual(want);
  });

  it('config map keys', () => {
    const cm: ConfigMap = { metadata: { name: 'c', namespace: 'default' }, data: { 'a b': 'x', ok: 'y' } };
    expect(msgs(validateConfigMap(cm))).toEqual([
      `data[a b]: Invalid value: "a b": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')`,
    ]);
  });
  it('TLS secrets need both keys', () => {
    const s: Secret = { metadata: { name: 's', namespace: 'default' }, type: 'kubernetes.io/tls', data: {} };
    expect(msgs(validateSecret(s))).toEqual(['data[tls.crt]: Required value', 'data[tls.key]: Required value']);
  });
  it('PVC needs access modes and storage', () => {
    const pvc: PersistentVolumeClaim = { metadata: { name: 'p', namespace: 'default' }, spec: {} };
    d.defaultPersistentVolumeClaim(pvc);
    expect(msgs(validatePersistentVolumeClaim(pvc))).toEqual([
      'spec.accessModes: Required value: at least 1 access mode is required',
      'spec.resources[storage]: Required value',
    ]);
  });
});
