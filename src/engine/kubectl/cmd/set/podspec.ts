// Mirrors kubectl's polymorphichelpers.UpdatePodSpecForObjectFn and cmdutil's
// GetResourcesAndPairs / ParsePairs: where each workload keeps its Pod spec, and how
// `RESOURCE… KEY=VAL…` arguments split into resources and pairs.
import type { ResourceInfo } from '../../../api/resources.js';
import { createTwoWayMergePatch } from '../../../api/patch/index.js';
import { deepEqual } from '../../../util/object.js';
import type { CommandContext } from '../../command.js';
import { CmdError } from '../../command.js';
import { typed, withDryRun, type DryRun, type ObjectPrinter } from '../shared/print.js';

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

/**
 * The common end of `set image` and `set env` (set.go's PatchObject step): diff
 * the changed object against the original as a strategic merge patch, print it
 * for --local / --dry-run=client, otherwise patch the server and print its answer.
 * Nothing happens when nothing changed, as kubectl prints nothing then.
 */
export function patchPodTemplate(
  ctx: CommandContext,
  item: { info: ResourceInfo; namespace?: string; name: string },
  before: unknown,
  after: unknown,
  opts: { what: 'image' | 'env'; local: boolean; dryRun: DryRun; printer: ObjectPrinter },
): CmdError | undefined {
  const { info } = item;
  const patch = createTwoWayMergePatch(before, after, info.kind);
  if (deepEqual(patch, {})) return undefined;
  const operation = withDryRun(`${opts.what} updated`, opts.dryRun);
  if (opts.local || opts.dryRun === 'client') {
    opts.printer.print(after, operation);
    return undefined;
  }
  try {
    const actual = ctx.deps.client.patch(info.group, info.name, info.namespaced ? item.namespace : undefined, item.name, 'strategic', patch, {
      dryRun: opts.dryRun === 'server',
    });
    opts.printer.print(typed(info, actual), operation);
    return undefined;
  } catch (e) {
    return new CmdError(`failed to patch ${opts.what} update to pod template: ${e instanceof Error ? e.message : String(e)}`);
  }
}
