// The kubeconfig file as client-go's clientcmd loads and writes it
// (staging/src/k8s.io/client-go/tools/clientcmd/api/v1/types.go): read from
// $KUBECONFIG (first path) or ~/.kube/config (written back by save.ts). A text the lab
// wrote itself is read from what it wrote, without the YAML parser, which the browser
// worker loads after its first answer (lazy/afterAnswer.ts).
import { afterAnswer } from '../../../lazy/state.js';
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

/** Kubeconfig texts the lab wrote, with the value the YAML parser gives for each. */
const written = new Map<string, string>();

/** The writer of `text` says what it holds (`value` as JSON data, exactly what parsing `text` gives). */
export function rememberKubeconfig(text: string, value: Obj): void {
  written.set(text, JSON.stringify(value));
}

function readText(io: ProcessIO): string {
  try {
    return io.fs.readFile(kubeconfigPath(io));
  } catch {
    return '';
  }
}

/** Whether loadKubeconfig(io) can answer without the YAML parser (the file is one the lab wrote). */
export function kubeconfigKnown(io: ProcessIO): boolean {
  return written.has(readText(io));
}

export function loadKubeconfig(io: ProcessIO): KubeConfig {
  const text = readText(io);
  const known = written.get(text);
  let v: Obj;
  if (known !== undefined) v = JSON.parse(known) as Obj;
  else {
    const docs = afterAnswer().parseManifests(text);
    if (!Array.isArray(docs)) throw new CmdError(`error loading config file "${kubeconfigPath(io)}": ${docs.message}`);
    v = (docs[0]?.value ?? {}) as Obj;
  }
  const list = (x: unknown) => (Array.isArray(x) ? (x as Named[]) : []);
  return {
    clusters: list(v.clusters),
    contexts: list(v.contexts),
    users: list(v.users),
    currentContext: typeof v['current-context'] === 'string' ? v['current-context'] : '',
    preferences: (v.preferences as Obj) ?? {},
  };
}

/** The fields of a context entry (`{cluster, user, namespace}`). */
export function contextOf(entry: Named | undefined): { cluster?: string; user?: string; namespace?: string } {
  return ((entry?.context as Obj | undefined) ?? {}) as { cluster?: string; user?: string; namespace?: string };
}
