import { describe, expect, it } from 'vitest';
import { printName } from './name.js';

// Captured from kubectl v1.32.4: `kubectl annotate --local -f FILE x=y -o name`.
describe('printName', () => {
  it('prints core kinds without a group', () => {
    expect(printName({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'nginx' } })).toBe('pod/nginx\n');
    expect(printName({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } })).toBe('configmap/x\n');
  });
  it('adds the group for other kinds', () => {
    expect(printName({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' } })).toBe('deployment.apps/web\n');
    expect(printName({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'np' } })).toBe(
      'networkpolicy.networking.k8s.io/np\n',
    );
  });
  it('appends the operation and names nameless objects <unknown>', () => {
    expect(printName({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'a' } }, 'created')).toBe('pod/a created\n');
    expect(printName({ apiVersion: 'v1', kind: 'Pod', metadata: {} })).toBe('pod/<unknown>\n');
  });
  it('refuses an object without kind', () => {
    expect(() => printName({ metadata: { name: 'a' } })).toThrow('missing kind for resource with name a');
  });
});
