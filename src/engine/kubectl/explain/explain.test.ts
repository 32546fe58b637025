import { describe, expect, it } from 'vitest';
import { createCluster } from '../../cluster/index.js';
import { execLines } from '../../cluster/transcript.js';
import { findKind, lookupPath } from './schema.js';
import { wrapString } from './wordwrap.js';

const run = (line: string) => execLines(createCluster({ seed: 1 }), line + '\n');

// Expected texts: real kubectl v1.32 against a server publishing these schemas.
describe('kubectl explain', () => {
  it('explains a field with GROUP, FIELD and a wrapped description', () => {
    expect(run('kubectl explain deployment.spec.replicas')).toBe(
      'GROUP:      apps\nKIND:       Deployment\nVERSION:    v1\n\nFIELD: replicas <integer>\n\n\nDESCRIPTION:\n' +
        '    Number of desired pods. This is a pointer to distinguish between explicit\n' +
        '    zero and not specified. Defaults to 1.\n    \n\n',
    );
  });

  it('appends the referenced type description and lists its fields', () => {
    expect(run('kubectl explain deploy.spec.strategy')).toBe(
      'GROUP:      apps\nKIND:       Deployment\nVERSION:    v1\n\nFIELD: strategy <DeploymentStrategy>\n\n\nDESCRIPTION:\n' +
        '    The deployment strategy to use to replace existing pods with new ones.\n' +
        '    DeploymentStrategy describes how to replace existing pods with new ones.\n    \n' +
        'FIELDS:\n  rollingUpdate\t<RollingUpdateDeployment>\n' +
        '    Rolling update config params. Present only if DeploymentStrategyType =\n    RollingUpdate.\n\n' +
        '  type\t<string>\n    Type of deployment. Can be "Recreate" or "RollingUpdate". Default is\n    RollingUpdate.\n\n\n',
    );
  });

  it('starts a kind with its description and fields', () => {
    const out = run('kubectl explain pods');
    expect(out.startsWith('KIND:       Pod\nVERSION:    v1\n\nDESCRIPTION:\n    Pod is a collection of containers')).toBe(true);
    expect(out).toContain('FIELDS:\n  apiVersion\t<string>\n');
    expect(out).toContain('  spec\t<PodSpec>\n');
  });

  it('lists nested fields with --recursive and marks required ones', () => {
    const out = run('kubectl explain deploy --recursive');
    expect(out).toContain('  spec\t<DeploymentSpec>\n    minReadySeconds\t<integer>\n');
    expect(out).toContain('        containers\t<[]Container> -required-\n          args\t<[]string>\n');
  });

  it('reports unknown fields after the header, and unknown types', () => {
    expect(run('kubectl explain pods.foo')).toBe('KIND:       Pod\nVERSION:    v1\n\nerror: field "foo" does not exist\n');
    expect(run('kubectl explain foo')).toBe('the server doesn\'t have a resource type "foo"\n');
    expect(run('kubectl explain')).toBe(
      'error: You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.\n',
    );
  });
});

describe('schema lookup', () => {
  it('walks arrays and maps to the definition a path reaches', () => {
    const pod = findKind('', 'Pod')!;
    const r = lookupPath(pod, ['spec', 'containers', 'resources']);
    expect(r.ok && r.field?.schema.type).toBe('ResourceRequirements');
    expect(r.ok && Object.keys(r.def?.fields ?? {}).sort()).toEqual(['claims', 'limits', 'requests']);
    expect(lookupPath(pod, ['spec', 'nope'])).toEqual({ ok: false, missing: 'nope' });
  });
});

describe('wrapString (go-wordwrap)', () => {
  it('breaks at spaces within the limit and keeps long words whole', () => {
    expect(wrapString('aaa bbb ccc', 7)).toBe('aaa bbb\nccc');
    expect(wrapString('a verylongword b', 5)).toBe('a\nverylongword\nb');
    expect(wrapString('x\n\ny', 5)).toBe('x\n\ny');
  });
});
