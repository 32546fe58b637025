// Where packs come from (the built-in course is compiled at build time:
// builtinPack.ts): a folder or a .zip picked or dropped by the student, or a
// URL (`?pack=`). Each gives the files of a pack for loadPack().
import type { PathFile } from './dropEntries.js';
import { stripCommonRoot, unzipText } from './unzip.js';

const textLike = /\.(ya?ml|md|markdown|txt|json|sh|conf|ini|env|properties)$/i;

/** Files with their paths in the pack folder (a lone .zip is the pack, unzipped). */
export async function fromPathFiles(files: PathFile[]): Promise<Record<string, string>> {
  if (files.length === 1 && /\.zip$/i.test(files[0]!.path)) return stripCommonRoot(await unzipText(await files[0]!.file.arrayBuffer()));
  const out: Record<string, string> = {};
  for (const { path, file } of files) {
    if (textLike.test(path) && file.size < 1_000_000) out[path] = await file.text();
  }
  return stripCommonRoot(out);
}

/** From `<input type=file webkitdirectory>` (paths start with the folder's name) or dropped files. */
export function fromFileList(list: FileList | File[]): Promise<Record<string, string>> {
  return fromPathFiles(Array.from(list, (file) => ({ path: (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name, file })));
}

export async function fromUrl(url: string): Promise<Record<string, string>> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
  if (/\.zip(\?|$)/i.test(url) || res.headers.get('content-type')?.includes('zip')) return stripCommonRoot(await unzipText(await res.arrayBuffer()));
  const name = decodeURIComponent(new URL(url, location.href).pathname.split('/').pop() || 'pack.yaml');
  return { [/\.ya?ml$/i.test(name) ? name : 'pack.yaml']: await res.text() };
}
