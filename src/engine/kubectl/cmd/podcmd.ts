// Shared by `kubectl logs` and `kubectl exec`: find the Pod a POD or TYPE/NAME
// argument means (polymorphichelpers.AttachablePodForObject: a workload's first
// active Pod), and kubectl's default container (podcmd.FindOrDefaultContainerByName:
// the kubectl.kubernetes.io/default-container annotation, else the first container).
import type { Pod } from 'kubernetes-types/core/v1';
import { formatLabelSelector, labelsToString } from '../../api/labels.js';
import type { Client } from '../../client/client.js';
import { CmdError } from '../command.js';
import { resolveType } from '../resolve.js';

export const defaultContainerAnnotation = 'kubectl.kubernetes.io/default-container';

/** podcmd.AllContainerNames: `a, b, init (init)`. */
export function allContainerNames(pod: Pod): string {
  return [
    ...(pod.spec?.containers ?? []).map((c) => c.name),
    ...(pod.spec?.initContainers ?? []).map((c) => `${c.name} (init)`),
    ...(pod.spec?.ephemeralContainers ?? []).map((c) => `${c.name} (ephem)`),
  ].join(', ');
}

/** The container meant when none was named; the note kubectl prints on stderr when there was a choice. */
export function defaultContainer(pod: Pod, stderr: (s: string) => void, quiet = false): string {
  const ann = pod.metadata?.annotations?.[defaultContainerAnnotation];
  const all = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? []), ...(pod.spec?.ephemeralContainers ?? [])];
  if (ann) {
    if (all.some((c) => c.name === ann)) return ann;
    stderr(`Default container name "${ann}" not found in pod ${pod.metadata?.name}\n`);
  }
  const first = pod.spec?.containers?.[0]?.name ?? '';
  if (!quiet && (all.length > 1)) stderr(`Defaulted container "${first}" out of: ${allContainerNames(pod)}\n`);
  return first;
}

export function hasContainer(pod: Pod, name: string): boolean {
  return [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? []), ...(pod.spec?.ephemeralContainers ?? [])].some((c) => c.name === name);
}

/** POD or TYPE/NAME → the Pod (for workloads: their newest active Pod, with kubectl's note when there are several). */
export function podFor(client: Client, namespace: string, arg: string, stderr: (s: string) => void): Pod {
  const slash = arg.indexOf('/');
  if (slash < 0) return client.get<Pod>('', 'pods', namespace, arg);
  const info = resolveType(arg.slice(0, slash));
  const name = arg.slice(slash + 1);
  if (!info) throw new CmdError(`the server doesn't have a resource type "${arg.slice(0, slash)}"`);
  if (info.group === '' && info.name === 'pods') return client.get<Pod>('', 'pods', namespace, name);
  const obj = client.get<any>(info.group, info.name, namespace, name);
  const sel = obj.spec?.selector;
  const labelSelector = info.name === 'services' ? labelsToString(sel) : formatLabelSelector(sel);
  const pods = client.list<Pod>('', 'pods', namespace, { labelSelector }).items;
  if (!pods.length) throw new CmdError(`timed out waiting for the condition`);
  // ActivePods order: running before pending, ready before not, then the newest.
  const rank = (p: Pod) => (p.status?.phase === 'Running' ? 0 : p.status?.phase === 'Pending' ? 1 : 2);
  pods.sort((a, b) => rank(a) - rank(b) || (b.metadata!.creationTimestamp! > a.metadata!.creationTimestamp! ? 1 : -1));
  if (pods.length > 1) stderr(`Found ${pods.length} pods, using pod/${pods[0]!.metadata!.name}\n`);
  return pods[0]!;
}
