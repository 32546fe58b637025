// The kubeconfig file as client-go's clientcmd loads and writes it
// (staging/src/k8s.io/client-go/tools/clientcmd/api/v1/types.go): read from
// $KUBECONFIG (first path) or ~/.kube/config, written back with sorted keys.
import { parseManifests, toYAML } from '../../../api/yaml.js';
import type { ProcessIO } from '../../../shell/types.js';
import { CmdError } from '../../command.js';

type Obj = Record<string, unknown>;
export interface Named {
  name: string;
  [k: string]: unknown;
}
export interface KubeConfig {
  clusters: Named[];
  contexts: Named[];
  users: Named[];
  currentContext: string;
  preferences: Obj;
}

export function kubeconfigPath(io: ProcessIO): string {
  const env = io.env.get('KUBECONFIG');
  if (env) return env.split(':')[0]!;
  return `${io.env.get('HOME') ?? '/root'}/.kube/config`;
}

export function loadKubeconfig(io: ProcessIO): KubeConfig {
  let text = '';
  try {
    text = io.fs.readFile(kubeconfigPath(io));
  } catch {
    text = '';
  }
  const docs = parseManifests(text);
  if (!Array.isArray(docs)) throw new CmdError(`error loading config file "${kubeconfigPath(io)}": ${docs.message}`);
  const v = (docs[0]?.value ?? {}) as Obj;
  const list = (x: unknown) => (Array.isArray(x) ? (x as Named[]) : []);
  return {
    clusters: list(v.clusters),
    contexts: list(v.contexts),
    users: list(v.users),
    currentContext: typeof v['current-context'] === 'string' ? v['current-context'] : '',
    preferences: (v.preferences as Obj) ?? {},
  };
}

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

/** The fields of a context entry (`{cluster, user, namespace}`). */
export function contextOf(entry: Named | undefined): { cluster?: string; user?: string; namespace?: string } {
  return ((entry?.context as Obj | undefined) ?? {}) as { cluster?: string; user?: string; namespace?: string };
}
