// UTF-8, as Go's []byte(string) gives it: the bytes the engine hashes (FNV-32a for
// pod-template-hash and ControllerRevision names, SHA-256 for kube-proxy's chain names and
// kubectl's --append-hash) and base64-encodes (Secret data).

/** The UTF-8 bytes of s. */
export function utf8Bytes(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}
