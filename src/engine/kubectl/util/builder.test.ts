import { describe, expect, it } from 'vitest';
import { createCluster } from '../../cluster/index.js';
import { MemoryFS } from '../../shell/fs.js';
import type { ProcessIO } from '../../shell/types.js';
import { errorsText, planResources, visitResources, type BuilderOptions } from './builder.js';

function fakeIO(fs = new MemoryFS(), stdin = ''): ProcessIO {
  return {
    stdin,
    stdout: () => {},
    stderr: () => {},
    env: new Map([['HOME', '/root']]),
    cwd: '/root',
    fs,
    wake: () => {},
    now: () => 0,
    columns: 80,
    run: () => 0,
  };
}

const plan = (o: Partial<BuilderOptions>, io = fakeIO()) => planResources(io, { args: [], namespace: 'default', allowEmptySelector: true, ...o });
const err = (o: Partial<BuilderOptions>, io = fakeIO()) => {
  try {
    plan(o, io);
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
};

describe('planResources', () => {
  it('turns TYPE, TYPE NAME…, TYPE/NAME and a,b NAME into sources', () => {
    expect(plan({ args: ['po'] }).sources.map((s) => `${s.kind}:${s.info.name}`)).toEqual(['selector:pods']);
    const named = plan({ args: ['deploy', 'a', 'b'] });
    expect(named.sources.map((s) => (s.kind === 'name' ? `${s.info.name}/${s.name}@${s.namespace}` : s.kind))).toEqual([
      'deployments/a@default',
      'deployments/b@default',
    ]);
    expect(named.singleItemImplied).toBe(false);
    const tuples = plan({ args: ['po,svc', 'x'] });
    expect(tuples.sources.map((s) => (s.kind === 'name' ? `${s.info.name}/${s.name}` : s.kind))).toEqual(['pods/x', 'services/x']);
    const one = plan({ args: ['node/n1'], namespace: 'kube-system' });
    expect(one.singleItemImplied).toBe(true);
    expect(one.sources[0]).toMatchObject({ kind: 'name', namespace: '', name: 'n1' });
  });

  it("reports the builder's argument errors", () => {
    expect(err({ args: ['pods', 'pod/x'] })).toBe(
      "there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'",
    );
    expect(err({ args: ['pod/x/y'] })).toBe('arguments in resource/name form may not have more than one slash');
    expect(err({ args: ['pod/x'], labelSelector: 'a=b' })).toBe('selectors and the all flag cannot be used when passing resource/name arguments');
    expect(err({ args: ['pods', 'x'], labelSelector: 'a=b' })).toBe('name cannot be provided when a selector is specified');
    expect(err({ args: ['foo'] })).toBe('the server doesn\'t have a resource type "foo"');
    expect(err({ args: ['pods', 'x'], allNamespaces: true })).toBe('a resource cannot be retrieved by name across all namespaces');
    expect(err({ args: ['all', 'x'] })).toBe('you must specify only one resource');
    expect(err({ args: [] })).toMatch(/^You must provide one or more resources by argument or filename\./);
    expect(err({ args: ['pods'], filenames: ['x.yaml'] })).toBe(
      'when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well',
    );
    expect(err({ filenames: ['x.yaml'] })).toBe('the path "x.yaml" does not exist');
  });

  it('reads -f files, directories and stdin, expanding Lists and defaulting the namespace', () => {
    const fs = new MemoryFS();
    fs.mkdir('/root/m/sub', { recursive: true });
    fs.writeFile('/root/m/a.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: ns1\n');
    fs.writeFile('/root/m/notes.txt', 'not yaml: [');
    fs.writeFile('/root/m/sub/b.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n');
    fs.writeFile(
      '/root/list.json',
      '{"apiVersion":"v1","kind":"List","items":[{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"w","namespace":"prod"}}]}',
    );
    const io = fakeIO(fs, 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n');
    const show = (p: ReturnType<typeof plan>) => p.sources.map((s) => (s.kind === 'file' ? `${s.info.name}/${s.name}@${s.namespace} ${s.source}` : ''));
    expect(show(plan({ filenames: ['m'] }, io))).toEqual(['configmaps/a@default m/a.yaml', 'namespaces/ns1@ m/a.yaml']);
    expect(show(plan({ filenames: ['m/'], recursive: true }, io))).toEqual([
      'configmaps/a@default m/a.yaml',
      'namespaces/ns1@ m/a.yaml',
      'configmaps/b@default m/sub/b.yaml',
    ]);
    expect(show(plan({ filenames: ['list.json', '-'] }, io))).toEqual(['deployments/w@prod list.json', 'pods/p@default STDIN']);
    const enforced = plan({ filenames: ['list.json'], namespace: 'dev', enforceNamespace: true }, io);
    expect(errorsText(enforced.fileErrors, 'kubectl get')).toBe(
      `error: the namespace from the provided object "prod" does not match the namespace "dev". You must pass '--namespace=prod' to perform this operation.\n`,
    );
  });

  it('collects decode and mapping errors per file', () => {
    const fs = new MemoryFS();
    fs.mkdir('/root');
    fs.writeFile('/root/bad.yaml', 'apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\n');
    fs.writeFile('/root/nokind.yaml', 'apiVersion: v1\nmetadata:\n  name: x\n');
    fs.writeFile('/root/broken.yaml', 'a: b: c\n');
    const p = plan({ filenames: ['bad.yaml', 'nokind.yaml', 'broken.yaml'] }, fakeIO(fs));
    expect(errorsText(p.fileErrors, 'kubectl get')).toBe(
      'error: resource mapping not found for name: "x" namespace: "" from "bad.yaml": no matches for kind "Foo" in version "v1"\n' +
        'ensure CRDs are installed first\n' +
        `error: unable to decode "nokind.yaml": Object 'Kind' is missing in '{"apiVersion":"v1","metadata":{"name":"x"}}'\n` +
        'error: error parsing broken.yaml: error converting YAML to JSON: yaml: mapping values are not allowed in this context\n',
    );
  });
});

describe('visitResources', () => {
  it('lists, gets and keeps going past NotFound', () => {
    const cluster = createCluster({ seed: 1 });
    const client = cluster.client('kubectl');
    const r = visitResources(client, plan({ args: ['svc', 'kubernetes', 'nope'] }));
    expect(r.items.map((i) => i.object.metadata.name)).toEqual(['kubernetes']);
    expect(errorsText(r.errors, 'kubectl get')).toBe('Error from server (NotFound): services "nope" not found\n');
    const listed = visitResources(client, plan({ args: ['ns'] }));
    expect(listed.items.map((i) => i.name)).toContain('kube-system');
    expect(listed.listResourceVersions.get(0)).toMatch(/^\d+$/);
  });
});
