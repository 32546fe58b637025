import { describe, expect, it } from 'vitest';
import { locateField, splitFieldPath } from './locate.js';

const deployment = `apiVersion: apps/v1
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
        app: nginx
    spec:
      containers:
      - name: nginx
        image: ""
`;

describe('splitFieldPath', () => {
  it.each([
    ['spec.replicas', ['spec', 'replicas']],
    ['spec.template.spec.containers[0].image', ['spec', 'template', 'spec', 'containers', 0, 'image']],
    ['metadata.labels[app]', ['metadata', 'labels', 'app']],
  ])('%s', (path, parts) => expect(splitFieldPath(path)).toEqual(parts));
});

describe('locateField', () => {
  it('finds a scalar value', () => {
    expect(locateField(deployment, { field: 'spec.replicas' })).toMatchObject({ line: 6, column: 13, endLine: 6, endColumn: 15, found: 'spec.replicas' });
  });
  it('walks into lists', () => {
    expect(locateField(deployment, { field: 'spec.template.spec.containers[0].image' })).toMatchObject({ line: 17, found: 'spec.template.spec.containers[0].image' });
  });
  it('points at the key of a block value', () => {
    expect(locateField(deployment, { field: 'spec.selector' })).toMatchObject({ line: 7, column: 3 });
  });
  it('stops at the deepest written ancestor of a missing field', () => {
    expect(locateField(deployment, { field: 'spec.template.spec.containers[0].ports[0].containerPort' })).toMatchObject({ line: 16, found: 'spec.template.spec.containers[0]' });
  });
  it('picks the document by kind and name', () => {
    const text = `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports: []\n---\n${deployment}`;
    expect(locateField(text, { kind: 'Deployment', name: 'nginx-deployment', field: 'spec.replicas' })?.line).toBe(13);
    expect(locateField(text, { kind: 'Service', name: 'web', field: 'spec.ports' })?.line).toBe(6);
  });
  it('gives up on text without a mapping', () => {
    expect(locateField('', { field: 'spec' })).toBeUndefined();
  });
});
