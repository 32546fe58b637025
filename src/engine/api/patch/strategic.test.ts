// kubectl apply / kubectl patch --type strategic scenarios on real kinds, checked against
// the behaviour of apimachinery/pkg/util/strategicpatch with the v1.32 patch metadata.
import { describe, expect, it } from 'vitest';
import { createThreeWayMergePatch, createTwoWayMergePatch, PatchError, strategicMergePatch } from './index.js';

const deploy = (containers: unknown[], extra: Record<string, unknown> = {}) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', labels: { app: 'web' } },
  spec: {
    replicas: 2,
    selector: { matchLabels: { app: 'web' } },
    template: { metadata: { labels: { app: 'web' } }, spec: { containers } },
    ...extra,
  },
});

/** kubectl apply: patch = threeWay(lastApplied, config, live); result = live ⊕ patch. */
function apply(lastApplied: unknown, config: unknown, live: unknown, kind = 'apps/v1.Deployment') {
  const patch = createThreeWayMergePatch(lastApplied, config, live, kind);
  return { patch, result: strategicMergePatch(live, patch, kind) };
}

describe('kubectl apply on a Deployment', () => {
  const nginx = { name: 'nginx', image: 'nginx:1.25', ports: [{ containerPort: 80 }] };
  const sidecar = { name: 'log', image: 'busybox' };

  it('changes one container image and keeps the rest', () => {
    const last = deploy([nginx, sidecar]);
    const live = deploy([{ ...nginx, imagePullPolicy: 'IfNotPresent' }, sidecar]);
    const config = deploy([{ ...nginx, image: 'nginx:1.26' }, sidecar]);
    const { patch, result } = apply(last, config, live);
    expect(patch).toEqual({
      spec: {
        template: {
          spec: {
            '$setElementOrder/containers': [{ name: 'nginx' }, { name: 'log' }],
            containers: [{ image: 'nginx:1.26', name: 'nginx' }],
          },
        },
      },
    });
    const c = (result as any).spec.template.spec.containers;
    expect(c).toEqual([{ name: 'nginx', image: 'nginx:1.26', ports: [{ containerPort: 80 }], imagePullPolicy: 'IfNotPresent' }, sidecar]);
  });

  it('removes an env var dropped from the config, keeps the others', () => {
    const env = [{ name: 'A', value: '1' }, { name: 'B', value: '2' }];
    const last = deploy([{ ...nginx, env }]);
    const live = deploy([{ ...nginx, env }]);
    const config = deploy([{ ...nginx, env: [env[0]] }]);
    const { patch, result } = apply(last, config, live);
    const cp = (patch as any).spec.template.spec.containers[0];
    expect(cp.env).toEqual([{ $patch: 'delete', name: 'B' }]);
    expect(cp['$setElementOrder/env']).toEqual([{ name: 'A' }]);
    expect((result as any).spec.template.spec.containers[0].env).toEqual([{ name: 'A', value: '1' }]);
  });

  it('adds a port, merged by containerPort', () => {
    const last = deploy([nginx]);
    const config = deploy([{ ...nginx, ports: [{ containerPort: 80 }, { containerPort: 443, name: 'https' }] }]);
    const live = deploy([{ ...nginx, ports: [{ containerPort: 80, protocol: 'TCP' }] }]);
    const { result } = apply(last, config, live);
    expect((result as any).spec.template.spec.containers[0].ports).toEqual([
      { containerPort: 80, protocol: 'TCP' },
      { containerPort: 443, name: 'https' },
    ]);
  });

  it('keeps annotations and fields only the live object has', () => {
    const last = deploy([nginx]);
    const live: any = deploy([nginx]);
    live.metadata.annotations = { 'deployment.kubernetes.io/revision': '3' };
    live.metadata.uid = 'u-1';
    live.spec.template.spec.dnsPolicy = 'ClusterFirst';
    live.status = { replicas: 2 };
    const config: any = deploy([nginx]);
    config.metadata.annotations = { team: 'blue' };
    const { patch, result } = apply(last, config, live);
    expect(patch).toEqual({ metadata: { annotations: { team: 'blue' } } });
    expect((result as any).metadata).toEqual({
      name: 'web',
      labels: { app: 'web' },
      annotations: { 'deployment.kubernetes.io/revision': '3', team: 'blue' },
      uid: 'u-1',
    });
    expect((result as any).spec.template.spec.dnsPolicy).toBe('ClusterFirst');
    expect((result as any).status).toEqual({ replicas: 2 });
  });

  it('removes a field dropped from the config (replicas) but not one set by someone else', () => {
    const last = deploy([nginx]);
    const live: any = deploy([nginx]);
    live.spec.paused = false;
    const config: any = deploy([nginx]);
    delete config.spec.replicas;
    const { patch, result } = apply(last, config, live);
    expect(patch).toEqual({ spec: { replicas: null } });
    expect((result as any).spec.replicas).toBeUndefined();
    expect((result as any).spec.paused).toBe(false);
  });

  it('is empty when nothing changed', () => {
    const d = deploy([nginx, sidecar]);
    expect(apply(d, d, d).patch).toEqual({});
  });

  it('switching strategy type clears rollingUpdate through $retainKeys', () => {
    const rolling = { strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1 } } };
    const last = deploy([nginx], rolling);
    const live = deploy([nginx], rolling);
    const config = deploy([nginx], { strategy: { type: 'Recreate' } });
    const { patch, result } = apply(last, config, live);
    expect((patch as any).spec.strategy).toEqual({ $retainKeys: ['type'], rollingUpdate: null, type: 'Recreate' });
    expect((result as any).spec.strategy).toEqual({ type: 'Recreate' });
  });

  it('accepts the kind with or without group/version', () => {
    const a = createTwoWayMergePatch(deploy([nginx]), deploy([sidecar]), 'Deployment');
    const b = createTwoWayMergePatch(deploy([nginx]), deploy([sidecar]), 'apps/v1.Deployment');
    expect(a).toEqual(b);
    expect((a as any).spec.template.spec.containers).toEqual([sidecar, { $patch: 'delete', name: 'nginx' }]);
  });
});

describe('kubectl patch --type strategic', () => {
  const pod = {
    metadata: { name: 'p', finalizers: ['a', 'b'], ownerReferences: [{ uid: '1', name: 'rs' }] },
    spec: {
      containers: [{ name: 'c', image: 'nginx', volumeMounts: [{ mountPath: '/data', name: 'd' }] }],
      volumes: [{ name: 'd', emptyDir: {} }],
      tolerations: [{ key: 'x', operator: 'Exists' }],
    },
  };

  // Without $setElementOrder, items new to the list go before the live ones, as the
  // "Update API Objects in Place Using kubectl patch" task page shows for containers.
  it('merges containers by name and volumeMounts by mountPath', () => {
    const out: any = strategicMergePatch(pod, { spec: { containers: [{ name: 'c', volumeMounts: [{ mountPath: '/cache', name: 'e' }] }] } }, 'Pod');
    expect(out.spec.containers[0].volumeMounts).toEqual([
      { mountPath: '/cache', name: 'e' },
      { mountPath: '/data', name: 'd' },
    ]);
    expect(out.spec.containers[0].image).toBe('nginx');
  });

  it('replaces tolerations (no patch strategy upstream)', () => {
    const out: any = strategicMergePatch(pod, { spec: { tolerations: [{ key: 'y', operator: 'Exists' }] } }, 'Pod');
    expect(out.spec.tolerations).toEqual([{ key: 'y', operator: 'Exists' }]);
  });

  it('merges finalizers as a set and deletes with $deleteFromPrimitiveList', () => {
    expect((strategicMergePatch(pod, { metadata: { finalizers: ['b', 'c'] } }, 'Pod') as any).metadata.finalizers).toEqual(['a', 'b', 'c']);
    const del: any = strategicMergePatch(pod, { metadata: { '$deleteFromPrimitiveList/finalizers': ['a'] } }, 'Pod');
    expect(del.metadata.finalizers).toEqual(['b']);
  });

  it('merges ownerReferences by uid', () => {
    const out: any = strategicMergePatch(pod, { metadata: { ownerReferences: [{ uid: '2', name: 'other' }] } }, 'Pod');
    expect(out.metadata.ownerReferences.map((r: any) => r.uid)).toEqual(['2', '1']);
  });

  it('volumes use retainKeys: a new source replaces the old one', () => {
    const out: any = strategicMergePatch(pod, { spec: { volumes: [{ name: 'd', $retainKeys: ['name', 'configMap'], configMap: { name: 'cm' } }] } }, 'Pod');
    expect(out.spec.volumes).toEqual([{ name: 'd', configMap: { name: 'cm' } }]);
  });

  it('merges service ports by port and node conditions by type', () => {
    const svc = { spec: { ports: [{ port: 80, targetPort: 8080 }] } };
    const out: any = strategicMergePatch(svc, { spec: { ports: [{ port: 80, name: 'http' }, { port: 443 }] } }, 'v1.Service');
    expect(out.spec.ports).toEqual([{ port: 80, targetPort: 8080, name: 'http' }, { port: 443 }]);
    const node = { status: { conditions: [{ type: 'Ready', status: 'True' }, { type: 'MemoryPressure', status: 'False' }] } };
    const n: any = strategicMergePatch(node, { status: { conditions: [{ type: 'Ready', status: 'Unknown' }] } }, 'Node');
    expect(n.status.conditions).toEqual([{ type: 'Ready', status: 'Unknown' }, { type: 'MemoryPressure', status: 'False' }]);
  });

  it('null deletes, $patch replace/delete work on maps and lists', () => {
    const cm = { metadata: { labels: { a: '1', b: '2' } }, data: { x: '1', y: '2' } };
    expect(strategicMergePatch(cm, { metadata: { labels: { a: null } } }, 'ConfigMap')).toEqual({ metadata: { labels: { b: '2' } }, data: { x: '1', y: '2' } });
    expect(strategicMergePatch(cm, { data: { $patch: 'replace', z: '3' } }, 'ConfigMap')).toEqual({ metadata: cm.metadata, data: { z: '3' } });
    expect(strategicMergePatch(cm, { data: { $patch: 'delete' } }, 'ConfigMap')).toEqual({ metadata: cm.metadata, data: {} });
    const out: any = strategicMergePatch(pod, { spec: { containers: [{ name: 'new', image: 'busybox' }, { $patch: 'replace' }] } }, 'Pod');
    expect(out.spec.containers).toEqual([{ name: 'new', image: 'busybox' }]);
  });

  it('drops nulls and directives inside a brand-new subtree', () => {
    const out: any = strategicMergePatch({ metadata: { name: 'x' } }, { spec: { a: null, b: { $patch: 'delete' }, c: 1 } }, 'ConfigMap');
    expect(out.spec).toEqual({ c: 1 });
  });

  it('does not modify its arguments', () => {
    const before = JSON.stringify(pod);
    const patch = { spec: { containers: [{ name: 'c', image: 'x' }] } };
    strategicMergePatch(pod, patch, 'Pod');
    expect(JSON.stringify(pod)).toBe(before);
    expect(patch).toEqual({ spec: { containers: [{ name: 'c', image: 'x' }] } });
  });

  it('reports a missing merge key and a bad directive as upstream does', () => {
    const call = () => strategicMergePatch(pod, { spec: { containers: [{ image: 'x' }] } }, 'Pod');
    expect(call).toThrow(PatchError);
    expect(call).toThrow('map: map[image:x] does not contain declared merge key: name');
    try {
      call();
    } catch (e) {
      expect((e as PatchError).toStatusError().code).toBe(500);
    }
    expect(() => strategicMergePatch(pod, { metadata: { $patch: 'bogus' } }, 'Pod')).toThrow('unknown patch type: bogus in map: map[$patch:bogus]');
    expect(() => strategicMergePatch(pod, { spec: { volumes: [{ name: 'd', $retainKeys: 'name' }] } }, 'Pod')).toThrow('invalid patch format of retainKeys');
  });

  it('without metadata (a custom kind) lists are replaced', () => {
    const out: any = strategicMergePatch({ spec: { items: [{ name: 'a' }] } }, { spec: { items: [{ name: 'b' }] } }, 'example.com/v1.Widget');
    expect(out.spec.items).toEqual([{ name: 'b' }]);
  });
});

describe('kubectl apply on a custom kind uses a JSON merge patch', () => {
  it('deletes what left the config, keeps live-only fields, replaces lists', () => {
    const last = { spec: { a: 1, b: 2, list: [1] } };
    const live = { spec: { a: 1, b: 2, list: [1], c: 3 } };
    const config = { spec: { a: 5, list: [1, 2] } };
    const patch = createThreeWayMergePatch(last, config, live, 'example.com/v1.Widget');
    expect(patch).toEqual({ spec: { a: 5, b: null, list: [1, 2] } });
  });
});
