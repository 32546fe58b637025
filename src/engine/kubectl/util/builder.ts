// Mirrors cli-runtime/pkg/resource/builder.go (+ visitor.go): how kubectl turns
// `TYPE NAME…`, `TYPE/NAME…`, `TYPE1,TYPE2`, `-f FILE|DIR|-`, `-l`, `--field-selector`,
// `--all` and `-A` into a list of API objects, with the builder's exact error texts.
// Two steps: planResources() checks the arguments (no API calls), visitResources()
// fetches, continuing past per-object errors as ContinueOnError does.
import { StatusError } from '../../api/errors.js';
import { parseSelector } from '../../api/labels.js';
import { resourceForKind, type ResourceInfo } from '../../api/resources.js';
import type { Client } from '../../client/client.js';
import type { ProcessIO } from '../../shell/types.js';
import { CmdError } from '../command.js';
import { formatError } from '../errors.js';
import { resolveType, resolveTypes } from '../resolve.js';
import type { ManifestObject } from './files.js';
import { afterAnswer } from '../../lazy/state.js';

export type { ManifestObject } from './files.js';

export interface BuilderOptions {
  /** positional arguments after the command (`pods nginx`, `deploy/web`) */
  args: string[];
  /** -f values (a path, a directory, or `-` for stdin) */
  filenames?: string[];
  /** -R/--recursive: walk directories given with -f */
  recursive?: boolean;
  /** -l; undefined when not given */
  labelSelector?: string;
  /** --field-selector; undefined when not given */
  fieldSelector?: string;
  /** --all: select everything of the given types */
  selectAll?: boolean;
  /** -A */
  allNamespaces?: boolean;
  /** the namespace in effect (-n, else the context's) */
  namespace: string;
  /** -n was given: objects from files must be in it (FilenameParam(enforceNamespace)) */
  enforceNamespace?: boolean;
  /** ResourceTypeOrNameArgs(allowEmptySelector): `get pods` lists everything (get, describe) */
  allowEmptySelector?: boolean;
  /** SingleResourceType(): reject `a,b` (e.g. `kubectl logs`) */
  singleResourceType?: boolean;
  /** Schema(validator): client-side validation of -f documents (create/apply/replace --validate) */
  validate?: boolean;
}

/** One thing to visit, before any API call. */
export type Source =
  /** list a type by selector (a type argument alone, -l, --field-selector, --all) */
  | { kind: 'selector'; info: ResourceInfo; namespace: string; labelSelector: string; fieldSelector: string }
  /** one named object: `pods nginx` or `pod/nginx` */
  | { kind: 'name'; info: ResourceInfo; namespace: string; name: string }
  /** one object read from a manifest (-f); namespace already defaulted */
  | { kind: 'file'; info: ResourceInfo; namespace: string; name: string; object: any; source: string };

export interface Plan {
  sources: Source[];
  /** Result.singleItemImplied: one name, one TYPE/NAME, or one file that is not a dir/stdin */
  singleItemImplied: boolean;
  /** the selector used for -f objects (FilterByLabelSelector), if any */
  fileLabelSelector?: string;
  /** errors met while reading files (the readable ones are still in sources), in order */
  fileErrors: Error[];
}

/** An object the builder found: its type, where it lives and (when fetched) the object itself. */
export interface Item {
  info: ResourceInfo;
  /** "" for cluster-scoped objects */
  namespace: string;
  name: string;
  object: any;
  /** file name for objects from -f */
  source?: string;
  /** index of the plan source it came from (one list or one name = one upstream Info) */
  sourceIndex: number;
}

export interface VisitResult {
  items: Item[];
  /** per-object errors (NotFound …), in the order met; the caller prints them after the output */
  errors: unknown[];
  /** resourceVersion of each list made (selector sources), by source index */
  listResourceVersions: Map<number, string>;
  /** indices of the sources visited without error (upstream's Infos, empty lists included) */
  visited: number[];
}

const missingResource = `You must provide one or more resources by argument or filename.
Example resource specifications include:
   '-f rsrc.yaml'
   '--filename=rsrc.json'
   '<resource> <name>'
   '<resource>'`;

export function splitResourceArgument(arg: string): string[] {
  const out: string[] = [];
  for (const s of arg.split(',')) if (!out.includes(s)) out.push(s);
  return out;
}

/** `a,b x y` → `a/x a/y b/x b/y` (normalizeMultipleResourcesArgs). */
function normalizeMultipleResourcesArgs(args: string[]): string[] {
  if (args.length < 2) return args;
  const types = splitResourceArgument(args[0]!);
  if (types.length < 2) return args;
  return types.flatMap((t) => args.slice(1).map((n) => `${t}/${n}`));
}

/** hasCombinedTypeArgs: either every argument is TYPE/NAME, or none is. */
function hasCombinedTypeArgs(args: string[]): boolean {
  const slashes = args.filter((a) => a.includes('/')).length;
  if (slashes === 0) return false;
  if (slashes !== args.length) {
    throw new CmdError(
      "there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'",
    );
  }
  return true;
}

function splitResourceTypeName(s: string): { resource: string; name: string } {
  const seg = s.split('/');
  if (seg.length !== 2) throw new CmdError('arguments in resource/name form may not have more than one slash');
  const [resource, name] = seg as [string, string];
  if (!resource || !name || splitResourceArgument(resource).length !== 1) {
    throw new CmdError('arguments in resource/name form must have a single resource and name');
  }
  return { resource, name };
}

/** mappingFor: one type argument to one API resource. */
export function mappingFor(arg: string): ResourceInfo {
  const info = resolveType(arg);
  if (!info) throw new CmdError(`the server doesn't have a resource type "${arg.split('.')[0]}"`);
  return info;
}

/** resourceMappings: every type argument, categories (`all`) expanded, duplicates dropped. */
function resourceMappings(types: string[], single: boolean): ResourceInfo[] {
  if (types.length > 1 && single) throw new CmdError('you may only specify a single resource type');
  const out: ResourceInfo[] = [];
  for (const t of types) for (const info of resolveTypes(t)) if (!out.includes(info)) out.push(info);
  return out;
}

function nameNamespace(info: ResourceInfo, namespace: string, allNamespaces: boolean): string {
  if (!info.namespaced) return '';
  if (!namespace) {
    throw new CmdError(
      allNamespaces ? 'a resource cannot be retrieved by name across all namespaces' : 'namespace may not be empty when retrieving a resource by name',
    );
  }
  return namespace;
}

/**
 * Check the arguments and say what to visit, as Builder.Do() before any request
 * (reading -f files is part of it). Throws CmdError with kubectl's message.
 */
export function planResources(io: ProcessIO, opts: BuilderOptions): Plan {
  const namespace = opts.allNamespaces ? '' : opts.namespace;
  const paths = opts.filenames ?? [];
  let labelSelector = opts.labelSelector;
  const fieldSelector = opts.fieldSelector;

  // ResourceTypeOrNameArgs
  const args = normalizeMultipleResourcesArgs([...opts.args]);
  const tuples: { resource: string; name: string }[] = [];
  let types: string[] = [];
  let names: string[] = [];
  if (hasCombinedTypeArgs(args)) {
    for (const a of args) tuples.push(splitResourceTypeName(a));
  } else if (args.length >= 2) {
    types = splitResourceArgument(args[0]!);
    names = args.slice(1);
  } else if (args.length === 1) {
    types = splitResourceArgument(args[0]!);
    if (labelSelector === undefined && opts.allowEmptySelector) labelSelector = '';
  }
  if (opts.selectAll) labelSelector = labelSelector ?? '';

  const plan: Plan = { sources: [], singleItemImplied: false, fileErrors: [] };

  if (paths.length) {
    if (types.length) throw new CmdError('when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well');
    if (names.length) throw new CmdError('name cannot be provided when a path is specified');
    if (tuples.length) throw new CmdError('resource/name arguments cannot be provided when a path is specified');
    // files.ts and its YAML parser come with the after-the-answer chunk: kubectl waits for it before `-f` (kubectl/index.ts).
    const read = afterAnswer().readManifestFiles(io, paths, { recursive: opts.recursive, validate: opts.validate });
    plan.singleItemImplied = read.singleItemImplied;
    plan.fileErrors.push(...read.errors);
    for (const m of read.objects) {
      try {
        plan.sources.push(fileSource(m, namespace, !!opts.enforceNamespace));
      } catch (e) {
        plan.fileErrors.push(e as Error);
      }
    }
    if (labelSelector !== undefined && labelSelector !== '') plan.fileLabelSelector = labelSelector;
    return plan;
  }

  if (labelSelector !== undefined || fieldSelector !== undefined) {
    if (names.length) throw new CmdError('name cannot be provided when a selector is specified');
    if (tuples.length) throw new CmdError('selectors and the all flag cannot be used when passing resource/name arguments');
    if (!types.length) throw new CmdError('at least one resource must be specified to use a selector');
    for (const info of resourceMappings(types, !!opts.singleResourceType)) {
      plan.sources.push({
        kind: 'selector',
        info,
        namespace: info.namespaced ? namespace : '',
        labelSelector: labelSelector ?? '',
        fieldSelector: fieldSelector ?? '',
      });
    }
    return plan;
  }

  if (tuples.length) {
    plan.singleItemImplied = tuples.length === 1;
    const mapped = new Map<string, ResourceInfo>();
    for (const t of tuples) if (!mapped.has(t.resource)) mapped.set(t.resource, mappingFor(t.resource));
    if (opts.singleResourceType && new Set(mapped.values()).size > 1) throw new CmdError('you may only specify a single resource type');
    for (const t of tuples) {
      const info = mapped.get(t.resource)!;
      plan.sources.push({ kind: 'name', info, namespace: nameNamespace(info, namespace, !!opts.allNamespaces), name: t.name });
    }
    return plan;
  }

  if (names.length) {
    plan.singleItemImplied = names.length === 1;
    const infos = resourceMappings(types, !!opts.singleResourceType);
    if (types.length > 1 || infos.length > 1) throw new CmdError('you must specify only one resource');
    const info = infos[0]!;
    const ns = nameNamespace(info, namespace, !!opts.allNamespaces);
    for (const name of names) plan.sources.push({ kind: 'name', info, namespace: ns, name });
    return plan;
  }

  if (types.length) {
    for (const t of types) resolveTypes(t);
    throw new CmdError('resource(s) were provided, but no name was specified');
  }
  throw new CmdError(missingResource);
}

/** SetNamespace + RequireNamespace + FilterNamespace for an object read from a file. */
function fileSource(m: ManifestObject, namespace: string, enforce: boolean): Source {
  const { info, object, source } = m;
  const name: string = object?.metadata?.name ?? '';
  let ns: string = object?.metadata?.namespace ?? '';
  if (info.namespaced) {
    if (!ns) ns = namespace;
    else if (enforce && ns !== namespace) {
      throw new Error(
        `the namespace from the provided object "${ns}" does not match the namespace "${namespace}". You must pass '--namespace=${ns}' to perform this operation.`,
      );
    }
  } else ns = '';
  return { kind: 'file', info, namespace: ns, name, object, source };
}

export interface VisitOptions {
  /** fetch objects named by argument from the server (RequireObject; default true) */
  requireObject?: boolean;
  /** fetch objects read from files from the server (Latest(); get, describe) */
  latest?: boolean;
}

/**
 * Visit a plan: list selector sources (items flattened, in the server's order), get
 * named objects, and keep going after an error, collecting it (EagerVisitorList).
 */
export function visitResources(client: Client, plan: Plan, opts: VisitOptions = {}): VisitResult {
  const requireObject = opts.requireObject ?? true;
  const result: VisitResult = { items: [], errors: [...plan.fileErrors], listResourceVersions: new Map(), visited: [] };
  plan.sources.forEach((s, i) => {
    try {
      const g = s.info.group;
      const ns = s.info.namespaced ? s.namespace : undefined;
      if (s.kind === 'selector') {
        const list = listSelector(client, s);
        result.listResourceVersions.set(i, list.metadata.resourceVersion);
        result.visited.push(i);
        for (const obj of list.items) result.items.push(itemOf(s.info, obj, i));
      } else if (s.kind === 'name') {
        const object = requireObject ? client.get(g, s.info.name, ns, s.name) : undefined;
        result.visited.push(i);
        result.items.push({ info: s.info, namespace: s.namespace, name: s.name, object, sourceIndex: i });
      } else {
        const object = opts.latest ? client.get(g, s.info.name, ns, s.name) : s.object;
        if (plan.fileLabelSelector !== undefined && !matchesFileSelector(plan.fileLabelSelector, object)) return;
        result.visited.push(i);
        result.items.push({ info: s.info, namespace: s.namespace, name: s.name, object, source: s.source, sourceIndex: i });
      }
    } catch (e) {
      result.errors.push(e);
    }
  });
  return result;
}

function itemOf(info: ResourceInfo, obj: any, sourceIndex: number): Item {
  return { info, namespace: obj?.metadata?.namespace ?? '', name: obj?.metadata?.name ?? '', object: obj, sourceIndex };
}

/** GroupVersionResource.String(): "/v1, Resource=pods", "apps/v1, Resource=deployments". */
export function gvrString(info: ResourceInfo): string {
  return `${info.group}/${info.version}, Resource=${info.name}`;
}

/**
 * resource.Selector.Visit: list one type; a BadRequest or NotFound gets kubectl's
 * context (`Unable to find "/v1, Resource=pods" that match label selector …`).
 */
export function listSelector(client: Client, s: Extract<Source, { kind: 'selector' }>, extra: { resourceVersion?: string } = {}) {
  try {
    return client.list(s.info.group, s.info.name, s.info.namespaced && s.namespace ? s.namespace : undefined, {
      ...(s.labelSelector ? { labelSelector: s.labelSelector } : {}),
      ...(s.fieldSelector ? { fieldSelector: s.fieldSelector } : {}),
      ...extra,
    });
  } catch (e) {
    if (e instanceof StatusError && (e.reason === 'BadRequest' || e.reason === 'NotFound')) {
      const message =
        !s.labelSelector && !s.fieldSelector
          ? `Unable to list "${gvrString(s.info)}": ${e.message}`
          : `Unable to find "${gvrString(s.info)}" that match label selector "${s.labelSelector}", field selector "${s.fieldSelector}": ${e.message}`;
      throw new StatusError({ ...e.status, message });
    }
    throw e;
  }
}

function matchesFileSelector(selector: string, obj: any): boolean {
  let sel;
  try {
    sel = parseSelector(selector);
  } catch (e) {
    throw new CmdError(`the provided selector "${selector}" is not valid: ${(e as Error).message}`);
  }
  return sel.matches(obj?.metadata?.labels ?? {});
}

/** The API resource for a manifest's apiVersion + kind (used by files.ts; exported for create/apply). */
export function mappingForKind(apiVersion: string, kind: string): ResourceInfo | undefined {
  return resourceForKind(apiVersion, kind);
}

/**
 * CheckErr over an aggregate: each collected error on its own line, as kubectl prints
 * them after the output (`Error from server (NotFound): pods "x" not found`).
 */
export function errorsText(errors: unknown[], path: string): string {
  return errors.map((e) => formatError(e, path).text).join('');
}
