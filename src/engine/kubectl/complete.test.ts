import { describe, expect, it } from 'vitest';
import { createCluster } from '../cluster/index.js';
import { completeLine, type ArgCompleter } from '../shell/complete.js';
import { kubectlCompleter } from './complete.js';

function setup() {
  const cluster = createCluster({ seed: 1, warmupMs: 0 });
  const client = cluster.client('kubectl');
  client.create('', 'namespaces', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' } });
  for (const [ns, name] of [['default', 'web-1'], ['default', 'web-2'], ['shop', 'cart']]) {
    client.create('', 'configmaps', ns, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: ns } });
  }
  cluster.settle();
  cluster.fs.writeFile('/root/nginx-deployment.yaml', 'kind: Deployment\n');
  cluster.fs.mkdir('/root/manifests');
  const session = cluster.openShell({ write: () => {}, idle: () => {} });
  const completers = new Map<string, ArgCompleter>([['kubectl', kubectlCompleter({ client, defaultNamespace: () => 'default' })]]);
  return (line: string) => completeLine(session.state, line, line.length, completers);
}

describe('kubectl completion', () => {
  const complete = setup();
  it.each([
    ['kubectl ap', ['api-resources', 'api-versions', 'apply']],
    ['kubectl get deploy', ['deployments ']],
    ['kubectl rollout st', ['status ']],
    ['kubectl get configmaps web', ['web-1', 'web-2']],
    ['kubectl get cm ', ['kube-root-ca.crt', 'web-1', 'web-2']],
    ['kubectl -n shop get cm c', ['cart ']],
    ['kubectl get cm --namespace=shop c', ['cart ']],
    ['kubectl get configmap/w', ['configmap/web-1', 'configmap/web-2']],
    ['kubectl get -n sh', ['shop ']],
    ['kubectl get pods -o ya', ['yaml ']],
    ['kubectl apply -f ngi', ['nginx-deployment.yaml ']],
    ['kubectl apply -f man', ['manifests/']],
    ['kubectl get --all-n', ['--all-namespaces ']],
    ['kubectl delete --gr', ['--grace-period=']],
  ])('%s', (line, items) => {
    expect(complete(line).items).toEqual(items);
  });

  it('offers short and long flags for a lone dash', () => {
    const r = complete('kubectl get -');
    expect(r.items).toContain('-n');
    expect(r.items).toContain('--output=');
    expect(r.common).toBe('-');
  });
});
