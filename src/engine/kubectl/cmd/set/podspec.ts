// Mirrors kubectl's polymorphichelpers.UpdatePodSpecForObjectFn and cmdutil's
// GetResourcesAndPairs / ParsePairs: where each workload keeps its Pod spec, and how
// `RESOURCE… KEY=VAL…` arguments split into resources and pairs.
import { CmdError } from '../../command.js';

/** The PodSpec inside obj (a Pod, or a workload's template), or undefined. */
export function podSpecOf(obj: any): any | undefined {
  switch (obj?.kind) {
    case 'Pod':
      return (obj.spec ??= {});
    case 'ReplicationController':
    case 'Deployment':
    case 'DaemonSet':
    case 'ReplicaSet':
    case 'StatefulSet':
    case 'Job':
      return (((obj.spec ??= {}).template ??= {}).spec ??= {});
    case 'CronJob':
      return ((((obj.spec ??= {}).jobTemplate ??= {}).spec ??= {}).template ??= {}).spec ?? (obj.spec.jobTemplate.spec.template.spec = {});
    default:
      return undefined;
  }
}

/** `the object is not a pod or does not have a pod template: *v1.Service` */
export function noPodTemplate(obj: any): CmdError {
  const group = typeof obj?.apiVersion === 'string' && obj.apiVersion.includes('/') ? obj.apiVersion.split('/')[0] : '';
  const version = typeof obj?.apiVersion === 'string' ? obj.apiVersion.split('/').pop() : 'v1';
  const pkg = group ? `${group.split('.')[0]}${version}` : version;
  return new CmdError(`the object is not a pod or does not have a pod template: *${pkg}.${obj?.kind}`);
}

/** GetResourcesAndPairs: resources first, then KEY=VAL (or KEY-) pairs. */
export function resourcesAndPairs(args: string[], pairType: string): { resources: string[]; pairs: string[] } {
  const resources: string[] = [];
  const pairs: string[] = [];
  let found = false;
  for (const s of args) {
    const nonResource = (s.includes('=') && s[0] !== '=') || (s.endsWith('-') && s !== '-');
    if (nonResource) {
      found = true;
      pairs.push(s);
    } else if (!found) resources.push(s);
    else throw new CmdError(`all resources must be specified before ${pairType} changes: ${s}`);
  }
  return { resources, pairs };
}

/** ParsePairs: KEY=VAL into a map (later keys win, insertion order kept), KEY- into removals. */
export function parsePairs(pairs: string[], pairType: string, supportRemove: boolean): { set: Map<string, string>; remove: string[] } {
  const set = new Map<string, string>();
  const remove: string[] = [];
  const invalid: string[] = [];
  for (const p of pairs) {
    if (p.includes('=') && p[0] !== '=') {
      const eq = p.indexOf('=');
      set.set(p.slice(0, eq), p.slice(eq + 1));
    } else if (supportRemove && p.endsWith('-') && p !== '-') remove.push(p.slice(0, -1));
    else invalid.push(p);
  }
  if (invalid.length) throw new CmdError(`invalid ${pairType} format: ${invalid.join(', ')}`);
  return { set, remove };
}
