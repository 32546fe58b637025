import { describe, expect, it } from 'vitest';
import { createdAtTable, genericTable, hasTable, kindPrefix, labelHeader, printTable, tableFor } from './index.js';

const NOW = Date.parse('2025-06-01T12:00:00Z');

describe('printTable', () => {
  it('prints nothing, not even a header, for no rows', () => {
    expect(printTable(tableFor('pods'), [], { nowMs: NOW })).toBe('');
    expect(printTable(tableFor('pods'), [], { nowMs: NOW, noHeaders: true })).toBe('');
  });

  it('cuts a cell at its first line break and marks it with "..."', () => {
    const cm = { metadata: { name: 'a\nb', creationTimestamp: '2025-06-01T11:00:00Z' } };
    expect(printTable(genericTable, [cm], { nowMs: NOW })).toBe('NAME   AGE\na...   60m\n');
  });

  it('prefixes the name column with the lower-cased group kind', () => {
    expect(kindPrefix({ group: 'apps', kind: 'Deployment' })).toBe('deployment.apps');
    expect(kindPrefix({ group: '', kind: 'Pod' })).toBe('pod');
    const ns = { metadata: { name: 'default', creationTimestamp: '2025-06-01T11:59:00Z' }, status: { phase: 'Active' } };
    expect(printTable(tableFor('namespaces'), [ns], { nowMs: NOW, withKind: true, kind: { group: '', kind: 'Namespace' } })).toBe(
      'NAME                STATUS   AGE\nnamespace/default   Active   60s\n',
    );
  });

  it('heads -L columns with the last path segment of the key', () => {
    expect(labelHeader('app.kubernetes.io/name')).toBe('NAME');
    expect(labelHeader('tier')).toBe('TIER');
  });
});

describe('tableFor', () => {
  it('knows every resource the lab serves', () => {
    for (const r of ['pods', 'nodes', 'namespaces', 'services', 'endpoints', 'endpointslices', 'events', 'configmaps', 'secrets',
      'serviceaccounts', 'persistentvolumes', 'persistentvolumeclaims', 'deployments', 'replicasets', 'statefulsets', 'daemonsets',
      'controllerrevisions', 'jobs', 'cronjobs', 'leases', 'storageclasses']) {
      expect(hasTable(r), r).toBe(true);
    }
  });

  it('falls back to NAME AGE, or NAME CREATED AT for built-ins without a printer', () => {
    expect(tableFor('widgets')).toBe(genericTable);
    expect(tableFor('clusterroles')).toBe(createdAtTable);
    const role = { metadata: { name: 'admin', creationTimestamp: '2025-05-30T08:15:00Z' } };
    expect(printTable(createdAtTable, [role], { nowMs: NOW })).toBe('NAME    CREATED AT\nadmin   2025-05-30T08:15:00Z\n');
  });
});
