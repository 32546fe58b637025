// Mirrors kubectl's RESTMapper over discovery (apimachinery/pkg/api/meta and
// client-go/restmapper): a type argument (`po`, `pods`, `Pod`, `deploy.apps`,
// `deployments.v1.apps`, `all`) becomes one or more API resources.
import { resources, resourcesInCategory, type ResourceInfo } from '../api/resources.js';
import { CmdError } from './command.js';

function matches(info: ResourceInfo, name: string): boolean {
  const n = name.toLowerCase();
  return info.name === n || info.singularName === n || info.shortNames.includes(n) || info.kind.toLowerCase() === n;
}

/**
 * Resolve one type argument. `events` prefers core/v1 over events.k8s.io as
 * kubectl's priority list does; a group suffix narrows the search.
 */
export function resolveType(arg: string): ResourceInfo | undefined {
  const parts = arg.split('.');
  const name = parts[0]!;
  const rest = parts.slice(1);
  for (const info of resources) {
    if (!matches(info, name)) continue;
    if (!rest.length) return info;
    const suffix = rest.join('.');
    if (suffix === info.group) return info;
    if (suffix === `${info.version}.${info.group}` || (info.group === '' && suffix === info.version)) return info;
  }
  return undefined;
}

/** Resolve a comma-separated list of types, expanding categories such as `all`. */
export function resolveTypes(arg: string): ResourceInfo[] {
  const out: ResourceInfo[] = [];
  for (const t of arg.split(',')) {
    if (!t) continue;
    const info = resolveType(t);
    if (info) {
      if (!out.includes(info)) out.push(info);
      continue;
    }
    const cat = resourcesInCategory(t.toLowerCase());
    if (cat.length) {
      for (const c of categoryOrder(cat)) if (!out.includes(c)) out.push(c);
      continue;
    }
    throw new CmdError(`the server doesn't have a resource type "${t}"`);
  }
  return out;
}

/** `kubectl get all` prints core types first, then by group as discovery lists them. */
function categoryOrder(list: ResourceInfo[]): ResourceInfo[] {
  const order = ['pods', 'services', 'daemonsets', 'deployments', 'replicasets', 'statefulsets', 'cronjobs', 'jobs'];
  return [...list].sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
}

/** `deployment.apps` / `pod`: how kubectl names a kind in `-o name` and messages. */
export function kindPrefix(info: ResourceInfo): string {
  const k = info.kind.toLowerCase();
  return info.group ? `${k}.${info.group}` : k;
}
