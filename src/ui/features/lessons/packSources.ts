// Where packs come from (the built-in course is compiled at build time:
// builtinPack.ts): a folder or a .zip picked by the student, or a URL
// (`?pack=`). Each gives the files of a pack for loadPack().
import { stripCommonRoot, unzipText } from './unzip.js';

const textLike = /\.(ya?ml|md|markdown|txt|json|sh|conf|ini|env|properties)$/i;

/** From `<input type=file webkitdirectory>`: paths start with the folder's name. */
export async function fromFileList(list: FileList | File[]): Promise<Record<string, string>> {
  const files = Array.from(list);
  if (files.length === 1 && /\.zip$/i.test(files[0]!.name)) return stripCommonRoot(await unzipText(await files[0]!.arrayBuffer()));
  const out: Record<string, string> = {};
  for (const f of files) {
    const path = (f as File & { webkitRelativePath?: string }).webkitRelativePath || f.name;
    if (textLike.test(path) && f.size < 1_000_000) out[path] = await f.text();
  }
  return stripCommonRoot(out);
}

export async function fromUrl(url: string): Promise<Record<string, string>> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
  if (/\.zip(\?|$)/i.test(url) || res.headers.get('content-type')?.includes('zip')) return stripCommonRoot(await unzipText(await res.arrayBuffer()));
  const name = decodeURIComponent(new URL(url, location.href).pathname.split('/').pop() || 'pack.yaml');
  return { [/\.ya?ml$/i.test(name) ? name : 'pack.yaml']: await res.text() };
}
