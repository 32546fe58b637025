import { describe, expect, it } from 'vitest';
import { diagnoseApply } from './diagnostics.js';

const manifest = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx-deployment
spec:
  replicas: -1
  selector:
    matchLabels:
      app: nginx
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: nginx
        image: nginx:1.14.2
`;

describe('diagnoseApply', () => {
  it('puts each cause of a 422 on its line', () => {
    const out = `The Deployment "nginx-deployment" is invalid: \n* spec.replicas: Invalid value: -1: must be greater than or equal to 0\n* spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: \`selector\` does not match template \`labels\`\n`;
    const m = diagnoseApply(manifest, out);
    expect(m.map((x) => [x.line, x.field])).toEqual([
      [6, 'spec.replicas'],
      [12, 'spec.template.metadata.labels'],
    ]);
    expect(m[0]!.message).toBe('spec.replicas: Invalid value: -1: must be greater than or equal to 0');
  });
  it('reads a single cause on the same line', () => {
    const out = 'The Deployment "nginx-deployment" is invalid: spec.template.spec.containers[0].image: Required value\n';
    expect(diagnoseApply(manifest, out)[0]).toMatchObject({ line: 17, field: 'spec.template.spec.containers[0].image' });
  });
  it('marks unknown fields and yaml syntax errors', () => {
    expect(diagnoseApply(manifest, 'Error from server (BadRequest): error when creating "d.yaml": Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.replicas"\n')[0]).toMatchObject({ line: 6 });
    expect(diagnoseApply(manifest, 'error: error parsing d.yaml: error converting YAML to JSON: yaml: line 7: did not find expected key\n')[0]).toMatchObject({ line: 7, field: '' });
  });
  it('says nothing about success', () => {
    expect(diagnoseApply(manifest, 'deployment.apps/nginx-deployment created\n')).toEqual([]);
  });
});
