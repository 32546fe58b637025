// The editor's schema against ajv (draft-07, as monaco-yaml's validator reads it).
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
// eslint-disable-next-line no-restricted-imports -- the build feeds this same file to toJsonSchema (vite.config.ts)
import { schema as explain } from '../../../../engine/kubectl/explain/schema.generated.js';
import { ownDescriptions } from './descriptions.js';
import { toJsonSchema } from './toJsonSchema.js';

const nginx = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'nginx-deployment', labels: { app: 'nginx' } },
  spec: {
    replicas: 2,
    selector: { matchLabels: { app: 'nginx' } },
    template: {
      metadata: { labels: { app: 'nginx' } },
      spec: { containers: [{ name: 'nginx', image: 'nginx:1.14.2', ports: [{ containerPort: 80 }], resources: { limits: { cpu: '500m', memory: 128 } } }] },
    },
  },
};

describe('toJsonSchema', () => {
  const schema = toJsonSchema(explain, ownDescriptions.en);
  const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);

  it('accepts the course nginx-deployment', () => {
    expect(validate(nginx), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects replicas: two with the field path', () => {
    expect(validate({ ...nginx, spec: { ...nginx.spec, replicas: 'two' } })).toBe(false);
    expect(validate.errors?.map((e) => `${e.instancePath} ${e.message}`)).toContain('/spec/replicas must be integer');
  });

  it('rejects a misspelt field and a wrong apiVersion for the kind', () => {
    expect(validate({ ...nginx, spec: { ...nginx.spec, replica: 2 } })).toBe(false);
    expect(validate({ ...nginx, apiVersion: 'v1' })).toBe(false);
  });

  it('accepts an IntOrString targetPort either way', () => {
    const svc = (targetPort: unknown) => ({ apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: { ports: [{ port: 80, targetPort }] } });
    expect(validate(svc(8080))).toBe(true);
    expect(validate(svc('http'))).toBe(true);
  });

  it('uses our own descriptions, per language', () => {
    const defs = schema.definitions as Record<string, { properties: Record<string, { description: string }> }>;
    expect(defs['apps.v1.DeploymentSpec']!.properties.replicas!.description).toMatch(/^How many Pods should run/);
    const zh = toJsonSchema(explain, ownDescriptions['zh-CN']).definitions as typeof defs;
    expect(zh['apps.v1.DeploymentSpec']!.properties.replicas!.description).toMatch(/^应该运行多少个 Pod/);
    expect(zh['core.v1.Container']!.properties.stdin!.description).toMatch(/stdin/);
  });

  it('stays small enough to hand to the YAML worker', () => {
    expect(JSON.stringify(schema).length).toBeLessThan(1_200_000);
  });
});

describe('localizeSchema', () => {
  it('swaps in the zh-CN texts, top-level fields of every kind included', async () => {
    const { localizeSchema } = await import('./toJsonSchema.js');
    const zh = localizeSchema(toJsonSchema(explain, ownDescriptions.en), ownDescriptions['zh-CN']).definitions as Record<string, { properties: Record<string, { description: string }> }>;
    expect(zh['apps.v1.DeploymentSpec']!.properties.replicas!.description).toMatch(/^应该运行多少个 Pod/);
    expect(zh['core.v1.Pod']!.properties.spec!.description).toMatch(/^期望状态/);
  });
});
