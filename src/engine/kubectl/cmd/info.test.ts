import { describe, expect, it } from 'vitest';
import { createCluster } from '../../cluster/index.js';
import { execLines } from '../../cluster/transcript.js';

const run = (script: string) => execLines(createCluster({ seed: 1 }), script + '\n');

// Expected texts from the real kubectl v1.32 (against a fake API server serving the lab's discovery).
describe('kubectl information commands', () => {
  it('prints versions', () => {
    expect(run('kubectl version')).toBe('Client Version: v1.32.4\nKustomize Version: v5.5.0\nServer Version: v1.32.4\n');
    expect(run('kubectl version -o wide')).toBe("error: --output must be 'yaml' or 'json'\n");
    expect(run('kubectl version extra')).toBe('error: extra arguments: [extra]\n');
  });

  it('lists api resources and versions', () => {
    expect(run('kubectl api-resources --namespaced=false')).toBe(
      'NAME                SHORTNAMES   APIVERSION          NAMESPACED   KIND\n' +
        'namespaces          ns           v1                  false        Namespace\n' +
        'nodes               no           v1                  false        Node\n' +
        'persistentvolumes   pv           v1                  false        PersistentVolume\n' +
        'storageclasses      sc           storage.k8s.io/v1   false        StorageClass\n',
    );
    expect(run('kubectl api-resources --api-group=apps -o name')).toBe(
      'controllerrevisions.apps\ndaemonsets.apps\ndeployments.apps\nreplicasets.apps\nstatefulsets.apps\n',
    );
    expect(run('kubectl api-resources -o json')).toBe('error: --output json is not available\n');
    expect(run('kubectl api-versions')).toBe('apps/v1\nbatch/v1\ncoordination.k8s.io/v1\ndiscovery.k8s.io/v1\nstorage.k8s.io/v1\nv1\n');
  });

  it('switches the default namespace through the kubeconfig', () => {
    const out = run('kubectl config set-context --current --namespace=dev\nkubectl config get-contexts\nkubectl config view --minify -o jsonpath={.contexts[0].context.namespace}');
    expect(out).toBe(
      'Context "kubernetes-admin@kubernetes" modified.\n' +
        'CURRENT   NAME                          CLUSTER      AUTHINFO           NAMESPACE\n' +
        '*         kubernetes-admin@kubernetes   kubernetes   kubernetes-admin   dev\n' +
        'dev',
    );
    expect(run('kubectl config use-context nope')).toBe('error: no context exists with the name: "nope"\n');
  });

  it('answers real but unimplemented commands honestly, and unknown ones like cobra', () => {
    expect(run('kubectl certificate approve x')).toBe('error: "kubectl certificate approve" is not available in this lab yet\n');
    expect(run('kubectl cp --help').startsWith('Copy files and directories to and from containers.')).toBe(true);
    expect(run('kubectl foo')).toBe('error: unknown command "foo" for "kubectl"\n\nDid you mean this?\n\ttop\n');
    expect(run('kubectl config foo')).toBe('error: unknown command "foo"\nSee \'kubectl config -h\' for help and examples\n');
    expect(run('kubectl options').startsWith('The following options can be passed to any command:\n\n    --as=\'\':\n')).toBe(true);
  });
});
