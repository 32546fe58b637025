// Writing the kubeconfig back (client-go's clientcmd.WriteToFile), with sorted keys, as
// `kubectl config set-context`/`use-context` do; apart from kubeconfig.ts, which kubectl
// reads before every command, since only the config commands write.
import { toYAML } from '../../../api/yaml.js';
import type { ProcessIO } from '../../../shell/types.js';
import { kubeconfigPath, type KubeConfig } from './kubeconfig.js';

type Obj = Record<string, unknown>;

/** clientcmd.WriteToFile: the v1 Config as sigs.k8s.io/yaml prints it (keys sorted). */
export function saveKubeconfig(io: ProcessIO, kc: KubeConfig): void {
  io.fs.writeFile(kubeconfigPath(io), toYAML(toV1(kc)));
}

export function toV1(kc: KubeConfig): Obj {
  return {
    kind: 'Config',
    apiVersion: 'v1',
    preferences: kc.preferences,
    clusters: kc.clusters,
    users: kc.users,
    contexts: kc.contexts,
    'current-context': kc.currentContext,
  };
}
