// Reads the text files of a .zip in the browser: the central directory, then
// each entry stored or deflated (DecompressionStream 'deflate-raw'). Enough for
// lesson packs; no encryption, no zip64.
const utf8 = new TextDecoder();

async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export async function unzipText(buffer: ArrayBuffer, maxFiles = 2000): Promise<Record<string, string>> {
  const bytes = new Uint8Array(buffer);
  const view = new DataView(buffer);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file');
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const out: Record<string, string> = {};
  for (let n = 0; n < Math.min(count, maxFiles); n++) {
    if (view.getUint32(p, true) !== 0x02014b50) throw new Error('broken zip directory');
    const method = view.getUint16(p + 10, true);
    const size = view.getUint32(p + 20, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    const name = utf8.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;
    if (name.endsWith('/') || name.startsWith('__MACOSX/')) continue;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const raw = bytes.subarray(start, start + size);
    if (method !== 0 && method !== 8) continue;
    out[name] = utf8.decode(method === 0 ? raw : await inflate(raw));
  }
  return out;
}

/** A zip of a folder often has that folder at its root: strip it when everything shares it. */
export function stripCommonRoot(files: Record<string, string>): Record<string, string> {
  const names = Object.keys(files);
  const first = names[0]?.split('/')[0];
  if (!first || !names.every((n) => n.startsWith(`${first}/`)) || names.some((n) => n === 'pack.yaml')) return files;
  return Object.fromEntries(names.map((n) => [n.slice(first.length + 1), files[n]!]));
}
