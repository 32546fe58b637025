// The write side of kubectl against a real cluster: create, apply, delete, label,
// patch, run, scale. Expected strings were checked against kubectl v1.32.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../../cluster/index.js';
import { execLines } from '../../cluster/transcript.js';
import { lastAppliedAnnotation } from './shared/lastApplied.js';

const manifest = `apiVersion: v1
kind: ConfigMap
metadata:
  name: cfg
data:
  a: "1"
`;

function cluster() {
  const c = createCluster({ seed: 1 });
  c.fs.writeFile('/root/cm.yaml', manifest);
  return c;
}

describe('kubectl create', () => {
  it('creates from a file and reports AlreadyExists with the file name', () => {
    const c = cluster();
    expect(execLines(c, 'kubectl create -f cm.yaml')).toBe('configmap/cfg created\n');
    expect(execLines(c, 'kubectl create -f cm.yaml')).toBe(
      'Error from server (AlreadyExists): error when creating "cm.yaml": configmaps "cfg" already exists\n',
    );
  });

  it('prints server dry runs and -o name', () => {
    const c = cluster();
    expect(execLines(c, 'kubectl create -f cm.yaml --dry-run=server')).toBe('configmap/cfg created (server dry run)\n');
    expect(execLines(c, 'kubectl create -f cm.yaml -o name')).toBe('configmap/cfg\n');
  });

  it('--save-config writes the annotation as kubectl does', () => {
    const c = cluster();
    execLines(c, 'kubectl create -f cm.yaml --save-config');
    const cm = c.client('t').get('', 'configmaps', 'default', 'cfg');
    expect(cm.metadata.annotations[lastAppliedAnnotation]).toBe(
      '{"apiVersion":"v1","data":{"a":"1"},"kind":"ConfigMap","metadata":{"annotations":{},"name":"cfg","namespace":"default"}}\n',
    );
  });

  it('generates a namespace and a configmap from an env file', () => {
    const c = cluster();
    c.fs.writeFile('/root/app.env', '# c\nA=1\nB=two words\n\nD=\n');
    expect(execLines(c, 'kubectl create ns dev\nkubectl create cm e --from-env-file=app.env -o yaml --dry-run=client')).toBe(
      'namespace/dev created\napiVersion: v1\ndata:\n  A: "1"\n  B: two words\n  D: ""\nkind: ConfigMap\nmetadata:\n  creationTimestamp: null\n  name: e\n',
    );
    expect(execLines(c, 'kubectl create cm x --from-literal=a')).toBe('error: invalid literal source a, expected key=value\n');
  });
});

describe('kubectl apply', () => {
  it('creates, is unchanged, then configures', () => {
    const c = cluster();
    expect(execLines(c, 'kubectl apply -f cm.yaml')).toBe('configmap/cfg created\n');
    expect(execLines(c, 'kubectl apply -f cm.yaml')).toBe('configmap/cfg unchanged\n');
    c.fs.writeFile('/root/cm.yaml', manifest.replace('"1"', '"2"'));
    expect(execLines(c, 'kubectl apply -f cm.yaml')).toBe('configmap/cfg configured\n');
    expect(c.client('t').get('', 'configmaps', 'default', 'cfg').data).toEqual({ a: '2' });
  });

  it('removes a field dropped from the file (three-way merge)', () => {
    const c = cluster();
    c.fs.writeFile('/root/cm.yaml', manifest + '  b: "2"\n');
    execLines(c, 'kubectl apply -f cm.yaml');
    c.fs.writeFile('/root/cm.yaml', manifest);
    expect(execLines(c, 'kubectl apply -f cm.yaml')).toBe('configmap/cfg configured\n');
    expect(c.client('t').get('', 'configmaps', 'default', 'cfg').data).toEqual({ a: '1' });
  });
});

describe('kubectl delete, label, scale', () => {
  it('deletes by name and reports NotFound', () => {
    const c = cluster();
    execLines(c, 'kubectl create -f cm.yaml');
    expect(execLines(c, 'kubectl delete cm cfg')).toBe('configmap "cfg" deleted\n');
    expect(execLines(c, 'kubectl delete cm cfg')).toBe('Error from server (NotFound): configmaps "cfg" not found\n');
  });

  it('labels with and without --overwrite', () => {
    const c = cluster();
    execLines(c, 'kubectl create -f cm.yaml');
    expect(execLines(c, 'kubectl label cm cfg app=nginx')).toBe('configmap/cfg labeled\n');
    expect(execLines(c, 'kubectl label cm cfg app=web')).toBe("error: 'app' already has a value (nginx), and --overwrite is false\n");
  });

  it('scales a deployment', () => {
    const c = cluster();
    expect(execLines(c, 'kubectl create deployment web --image=nginx\nkubectl scale deploy web --replicas=3')).toBe(
      'deployment.apps/web created\ndeployment.apps/web scaled\n',
    );
    expect(c.client('t').get('apps', 'deployments', 'default', 'web').spec.replicas).toBe(3);
  });
});
