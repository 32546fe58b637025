// `kubectl create serviceaccount|cronjob|configmap|deployment` details against a real
// cluster: the client-side expectations are kubectl v1.32's output for the same lines
// and files (testdata/files.ts); the server side shows how each generator wraps a refusal.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Cluster } from '../../../cluster/index.js';
import { createCluster } from '../../../cluster/index.js';
import { execLines } from '../../../cluster/transcript.js';
import { writeFixtures } from './testdata/files.js';

const clientSide: [string, string][] = [
    ['kubectl create serviceaccount build-bot --dry-run=client -o yaml', `apiVersion: v1
kind: ServiceAccount
metadata:
  creationTimestamp: null
  name: build-bot
`],
    ['kubectl create sa build-bot -n ci --dry-run=client -o yaml', `apiVersion: v1
kind: ServiceAccount
metadata:
  creationTimestamp: null
  name: build-bot
  namespace: ci
`],
    ['kubectl create sa build-bot --dry-run=client -o json', `{
    "kind": "ServiceAccount",
    "apiVersion": "v1",
    "metadata": {
        "name": "build-bot",
        "creationTimestamp": null
    }
}
`],
    ['kubectl create sa build-bot --save-config --dry-run=client -o yaml', `apiVersion: v1
kind: ServiceAccount
metadata:
  annotations:
    kubectl.kubernetes.io/last-applied-configuration: |
      {"kind":"ServiceAccount","apiVersion":"v1","metadata":{"name":"build-bot","creationTimestamp":null}}
  creationTimestamp: null
  name: build-bot
`],
    ['kubectl create sa build-bot --dry-run=client', `serviceaccount/build-bot created (dry run)
`],
    ['kubectl create sa', `error: exactly one NAME is required, got 0
See 'kubectl create serviceaccount -h' for help and examples
`],
    ['kubectl create sa a b', `error: exactly one NAME is required, got 2
See 'kubectl create serviceaccount -h' for help and examples
`],
    ['kubectl create sa x --image=nginx', `error: unknown flag: --image
See 'kubectl create serviceaccount --help' for usage.
`],
    ['kubectl create cronjob hello --image=busybox:1.37 --schedule="*/1 * * * *" --dry-run=client -o yaml -- echo hi', `apiVersion: batch/v1
kind: CronJob
metadata:
  creationTimestamp: null
  name: hello
spec:
  jobTemplate:
    metadata:
      creationTimestamp: null
      name: hello
    spec:
      template:
        metadata:
          creationTimestamp: null
        spec:
          containers:
          - command:
            - echo
            - hi
            image: busybox:1.37
            name: hello
            resources: {}
          restartPolicy: OnFailure
  schedule: '*/1 * * * *'
status: {}
`],
    ['kubectl create cj hello --image=busybox:1.37 --schedule="0 * * * *" --restart=Never -n batch --dry-run=client -o yaml', `apiVersion: batch/v1
kind: CronJob
metadata:
  creationTimestamp: null
  name: hello
  namespace: batch
spec:
  jobTemplate:
    metadata:
      creationTimestamp: null
      name: hello
    spec:
      template:
        metadata:
          creationTimestamp: null
        spec:
          containers:
          - image: busybox:1.37
            name: hello
            resources: {}
          restartPolicy: Never
  schedule: 0 * * * *
status: {}
`],
    ['kubectl create cronjob hello --image=busybox:1.37', `error: required flag(s) "schedule" not set
`],
    ['kubectl create cronjob hello --schedule="* * * * *"', `error: required flag(s) "image" not set
`],
    ['kubectl create cronjob --image=busybox:1.37 --schedule="* * * * *"', `error: exactly one NAME is required, got 0
See 'kubectl create cronjob -h' for help and examples
`],
    ['kubectl create configmap app --from-literal=a=b --append-hash --dry-run=client -o yaml', `apiVersion: v1
data:
  a: b
kind: ConfigMap
metadata:
  creationTimestamp: null
  name: app-tbg6h8gfdh
`],
    ['kubectl create configmap app --from-env-file=app.env --from-file=conf', `error: from-env-file cannot be combined with from-file or from-literal
`],
    ['kubectl create configmap app --from-file==conf', `error: key name for file path conf missing
`],
    ['kubectl create configmap app --from-file=x=', `error: file path for key name x missing
`],
    ['kubectl create configmap app --from-file=a=b=c', `error: key names or file paths cannot contain '='
`],
    ['kubectl create configmap app --from-env-file=conf', `error: env config file cannot be a directory
`],
    ['kubectl create configmap app --from-literal=a=1 --from-literal=a=2', `error: cannot add key "a", another key by that name already exists in Data for ConfigMap "app"
`],
    ['kubectl create deployment web --image=nginx --save-config --dry-run=client -o yaml', `apiVersion: apps/v1
kind: Deployment
metadata:
  annotations:
    kubectl.kubernetes.io/last-applied-configuration: |
      {"kind":"Deployment","apiVersion":"apps/v1","metadata":{"name":"web","creationTimestamp":null,"labels":{"app":"web"}},"spec":{"replicas":1,"selector":{"matchLabels":{"app":"web"}},"template":{"metadata":{"creationTimestamp":null,"labels":{"app":"web"}},"spec":{"containers":[{"name":"nginx","image":"nginx","resources":{}}]}},"strategy":{}},"status":{}}
  creationTimestamp: null
  labels:
    app: web
  name: web
spec:
  replicas: 1
  selector:
    matchLabels:
      app: web
  strategy: {}
  template:
    metadata:
      creationTimestamp: null
      labels:
        app: web
    spec:
      containers:
      - image: nginx
        name: nginx
        resources: {}
status: {}
`],
];

describe('kubectl create generators (client side, as kubectl v1.32)', () => {
  let c: Cluster;
  beforeAll(() => {
    c = createCluster({ seed: 1 });
    writeFixtures(c);
  });
  it.each(clientSide)('%s', (line, expected) => {
    expect(execLines(c, line)).toBe(expected);
  });
});

describe('kubectl create generators (server side)', () => {
  it('creates a ServiceAccount and wraps the refusals as each generator does', () => {
    const c = createCluster({ seed: 1 });
    expect(execLines(c, 'kubectl create sa build-bot')).toBe('serviceaccount/build-bot created\n');
    expect(execLines(c, 'kubectl create sa build-bot')).toBe('error: failed to create serviceaccount: serviceaccounts "build-bot" already exists\n');
    expect(execLines(c, 'kubectl create sa x -n nope')).toBe('error: failed to create serviceaccount: namespaces "nope" not found\n');
    expect(execLines(c, 'kubectl create sa ci --dry-run=server -o name')).toBe('serviceaccount/ci\n');
    expect(execLines(c, 'kubectl get sa')).toBe('NAME        SECRETS   AGE\nbuild-bot   0         0s\ndefault     0         5m\n');
    expect(execLines(c, 'kubectl create deployment web --image=nginx')).toBe('deployment.apps/web created\n');
    expect(execLines(c, 'kubectl create deployment web --image=nginx')).toBe('error: failed to create deployment: deployments.apps "web" already exists\n');
    expect(execLines(c, 'kubectl create cm app')).toBe('configmap/app created\n');
    expect(execLines(c, 'kubectl create cm app')).toBe('error: failed to create configmap: configmaps "app" already exists\n');
    expect(execLines(c, 'kubectl create job pi --image=busybox:1.37')).toBe('job.batch/pi created\n');
    expect(execLines(c, 'kubectl create job pi --image=busybox:1.37')).toBe('error: failed to create job: jobs.batch "pi" already exists\n');
    expect(execLines(c, 'kubectl create cronjob bad --image=busybox:1.37 --schedule=often')).toBe(
      'error: failed to create cronjob: CronJob.batch "bad" is invalid: spec.schedule: Invalid value: "often": expected exactly 5 fields, found 1: [often]\n',
    );
    expect(execLines(c, 'kubectl create ns team')).toBe('namespace/team created\n');
    expect(execLines(c, 'kubectl create ns team')).toBe('Error from server (AlreadyExists): namespaces "team" already exists\n');
  });

  it('keeps "not available" for the generators of kinds the lab does not serve, by name or alias', () => {
    const c = createCluster({ seed: 1 });
    const lines: [string, string][] = [
      ['kubectl create role r --verb=get --resource=pods', 'role'],
      ['kubectl create clusterrole r --verb=get --resource=pods', 'clusterrole'],
      ['kubectl create rolebinding b --role=r --user=u', 'rolebinding'],
      ['kubectl create clusterrolebinding b --clusterrole=r --user=u', 'clusterrolebinding'],
      ['kubectl create quota q --hard=pods=2', 'quota'],
      ['kubectl create resourcequota q --hard=pods=2', 'quota'],
      ['kubectl create priorityclass high --value=1000', 'priorityclass'],
      ['kubectl create pc high --value=1000', 'priorityclass'],
      ['kubectl create pdb p --selector=app=web --min-available=1', 'poddisruptionbudget'],
      ['kubectl create ingress i --rule=a.com/=web:80', 'ingress'],
      ['kubectl create ing i --rule=a.com/=web:80', 'ingress'],
      ['kubectl create token default', 'token'],
    ];
    for (const [line, name] of lines) {
      expect(execLines(c, line)).toBe(`error: "kubectl create ${name}" is not available in this lab yet\n`);
    }
    expect(execLines(c, 'kubectl create pdb -h').split('\n').slice(0, 4).join('\n')).toBe(
      'Create a pod disruption budget with the specified name, selector, and desired minimum available pods.\n\nAliases:\npoddisruptionbudget, pdb',
    );
  });
});
