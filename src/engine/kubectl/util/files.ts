// Mirrors cli-runtime/pkg/resource's FilenameParam → ExpandPathsToFileVisitors,
// FileVisitor/StreamVisitor and FlattenListVisitor: `-f FILE|DIR|-` read from the
// workstation's file system, decoded document by document, `kind: List` expanded.
import { manifestValidationError, marshalJSON, ManifestError } from '../../api/yaml.js';
import { parseManifests } from '../../api/yaml/manifests.js';
import { resourceForKind, type ResourceInfo } from '../../api/resources.js';
import { resolvePath } from '../../shell/fs.js';
import type { ProcessIO } from '../../shell/types.js';
import { CmdError } from '../command.js';

/** One object from a manifest, with the resource its apiVersion/kind maps to. */
export interface ManifestObject {
  info: ResourceInfo;
  object: any;
  /** the path as typed (`web.yaml`, `dir/a.yaml`), or `STDIN` for `-f -` */
  source: string;
}

export interface ReadOptions {
  /** -R: walk sub-directories too */
  recursive?: boolean;
  /**
   * client-side schema validation (create/apply with --validate on): a document
   * without apiVersion/kind gives `error validating "FILE": …` instead of the decoder's error
   */
  validate?: boolean;
}

export interface ReadResult {
  objects: ManifestObject[];
  /** decode / mapping / validation errors, in order; the readable objects are still returned */
  errors: Error[];
  /** exactly one path, not a directory and not stdin */
  singleItemImplied: boolean;
}

const extensions = ['.json', '.yaml', '.yml'];

/**
 * Read every -f path. A missing path throws at once (`the path "x" does not exist`),
 * as the builder fails before visiting anything; errors inside files are collected.
 */
export function readManifestFiles(io: ProcessIO, paths: string[], opts: ReadOptions = {}): ReadResult {
  const home = io.env.get('HOME') || '/root';
  const files: { path: string; shown: string }[] = [];
  let stdin = false;
  let dir = false;
  for (const p of paths) {
    if (p === '-') {
      stdin = true;
      files.push({ path: '-', shown: 'STDIN' });
      continue;
    }
    if (/^https?:\/\//.test(p)) throw new CmdError(`unable to read URL "${p}", the lab has no network access to the internet`);
    const abs = resolvePath(io.cwd, p, home);
    const st = io.fs.stat(abs);
    if (!st) throw new CmdError(`the path "${p}" does not exist`);
    if (st.type === 'dir') {
      dir = true;
      walk(io, abs, p, !!opts.recursive, true, files);
    } else files.push({ path: abs, shown: p });
  }
  const result: ReadResult = { objects: [], errors: [], singleItemImplied: !dir && !stdin && paths.length === 1 };
  for (const f of files) {
    const text = f.path === '-' ? io.stdin : io.fs.readFile(f.path);
    readStream(text, f.shown, !!opts.validate, result);
  }
  return result;
}

/** filepath.Walk in lexical order; only .json/.yaml/.yml files of a directory are read. */
function walk(io: ProcessIO, abs: string, shown: string, recursive: boolean, top: boolean, out: { path: string; shown: string }[]): void {
  for (const name of io.fs.readdir(abs)) {
    const childAbs = `${abs === '/' ? '' : abs}/${name}`;
    const childShown = shown.endsWith('/') ? shown + name : `${shown}/${name}`;
    const st = io.fs.stat(childAbs);
    if (!st) continue;
    if (st.type === 'dir') {
      if (recursive) walk(io, childAbs, childShown, recursive, false, out);
      continue;
    }
    if (extensions.some((e) => name.endsWith(e))) out.push({ path: childAbs, shown: childShown });
  }
  void top;
}

/** StreamVisitor: documents in order; an error stops this file (the next files are still read). */
function readStream(text: string, source: string, validate: boolean, out: ReadResult): void {
  const docs = parseManifests(text);
  if (docs instanceof ManifestError) {
    out.errors.push(new CmdError(`error parsing ${source}: ${docs.message}`));
    return;
  }
  for (const doc of docs) {
    try {
      for (const m of decode(doc.value, source, validate)) out.objects.push(m);
    } catch (e) {
      out.errors.push(e as Error);
      return;
    }
  }
}

function decode(value: unknown, source: string, validate: boolean): ManifestObject[] {
  if (validate) {
    const v = manifestValidationError(value);
    if (v) {
      throw new CmdError(
        `error validating "${source}": error validating data: ${v}; if you choose to ignore these errors, turn validation off with --validate=false`,
      );
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const t = typeof value === 'string' ? 'string' : typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'bool' : 'array';
    throw new CmdError(`unable to decode "${source}": json: cannot unmarshal ${t} into Go value of type unstructured.detector`);
  }
  const obj = value as Record<string, any>;
  if (typeof obj.kind !== 'string' || obj.kind === '') {
    throw new CmdError(`unable to decode "${source}": Object 'Kind' is missing in '${marshalJSON(value, { sortKeys: true })}'`);
  }
  if (typeof obj.apiVersion !== 'string' || obj.apiVersion === '') {
    throw new CmdError(`unable to decode "${source}": Object 'apiVersion' is missing in '${marshalJSON(value, { sortKeys: true })}'`);
  }
  // FlattenListVisitor: a List (or any *List with items) stands for its items.
  if (obj.kind.endsWith('List') && Array.isArray(obj.items)) {
    return obj.items.flatMap((item: unknown) => decode(item, source, validate));
  }
  const info = resourceForKind(obj.apiVersion, obj.kind);
  if (!info) {
    const name = obj.metadata?.name ?? '';
    const ns = obj.metadata?.namespace ?? '';
    const slash = obj.apiVersion.indexOf('/');
    const group = slash < 0 ? '' : obj.apiVersion.slice(0, slash);
    const version = slash < 0 ? obj.apiVersion : obj.apiVersion.slice(slash + 1);
    const what = group ? `${obj.kind}" in version "${group}/${version}` : `${obj.kind}" in version "${version}`;
    throw new CmdError(
      `resource mapping not found for name: "${name}" namespace: "${ns}" from "${source}": no matches for kind "${what}"\nensure CRDs are installed first`,
    );
  }
  return [{ info, object: obj, source }];
}
