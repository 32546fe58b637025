// GNU coreutils 9.1 base64 (src/basenc.c): RFC 4648 encoding of the input's UTF-8 bytes,
// lines wrapped at 76 columns (-w N, 0 = never), -d decoding that accepts newlines only
// (-i drops every other non-alphabet byte) and stops at the first bad group: "invalid input".
import type { Program } from '../types.js';
import { base64EncodeBytes } from '../../util/base64.js';
import { getopt, printInfo, readOperand, usage, UsageError, utf8Decode, utf8Encode } from './textio.js';

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export { base64EncodeBytes as base64Encode };

/**
 * Decode group by group as basenc.c does: "YWRt!aW4=" gives "adm" and then fails.
 * Within a bad or unfinished group, the bytes its leading characters complete are still
 * written ("YWRtaW" → "admi", "YW=j" → "a").
 */
export function base64Decode(text: string): { bytes: number[]; ok: boolean } {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 4) {
    const group = text.slice(i, i + 4);
    let vals: number[] = [];
    let k = 0;
    for (; k < group.length; k++) {
      const v = alphabet.indexOf(group[k]!);
      if (v < 0) break;
      vals.push(v);
    }
    // Padding only as "XY==" or "XYZ=".
    const padded = group.length === 4 && ((k === 2 && group.slice(2) === '==') || (k === 3 && group[3] === '='));
    if (k < 2) vals = vals.slice(0, 1);
    const n = vals.reduce((acc, v) => (acc << 6) | v, 0) << (6 * (4 - vals.length));
    if (vals.length >= 2) bytes.push((n >> 16) & 255);
    if (vals.length >= 3) bytes.push((n >> 8) & 255);
    if (vals.length === 4) bytes.push(n & 255);
    // A padded group may be followed by more groups ("YQ==YQ==" → "aa").
    if (k === 4 || padded) continue;
    return { bytes, ok: false };
  }
  return { bytes, ok: true };
}

export const base64: Program = (argv, io) => {
  let parsed;
  try {
    parsed = getopt('base64', argv, {
      short: 'diw:',
      long: { decode: { key: 'd' }, 'ignore-garbage': { key: 'i' }, wrap: { key: 'w', arg: true } },
    });
    if (parsed.info) return printInfo(io, 'base64', parsed.info);
  } catch (e) {
    if (e instanceof UsageError) return usage(io, 'base64', e.message);
    throw e;
  }
  const { opts, operands } = parsed;
  let wrap = 76;
  const w = opts.get('w')?.at(-1);
  if (w !== undefined) {
    if (!/^\s*\+?\d+$/.test(w)) {
      io.stderr(`base64: invalid wrap size: '${w}'\n`);
      return 1;
    }
    wrap = Number(w);
  }
  if (operands.length > 1) return usage(io, 'base64', `base64: extra operand '${operands[1]}'`);
  const file = operands[0] ?? '-';
  const input = readOperand(io, file);
  if ('error' in input) {
    io.stderr(input.error === 'Is a directory' ? 'base64: read error: Is a directory\n' : `base64: ${file}: ${input.error}\n`);
    return 1;
  }
  if (opts.has('d')) {
    const text = opts.has('i') ? input.text.replace(/[^A-Za-z0-9+/=]/g, '') : input.text.replace(/\n/g, '');
    const r = base64Decode(text);
    const decoded = utf8Decode(r.bytes);
    if (r.ok) {
      io.stdout(decoded);
      return 0;
    }
    // stdout is line-buffered on a terminal and stderr is not: the complete lines come out
    // before the error, the unfinished last line only when base64 exits after it.
    const nl = decoded.lastIndexOf('\n') + 1;
    io.stdout(decoded.slice(0, nl));
    io.stderr('base64: invalid input\n');
    io.stdout(decoded.slice(nl));
    return 1;
  }
  const encoded = base64EncodeBytes(utf8Encode(input.text));
  if (!encoded) return 0;
  if (wrap === 0) {
    io.stdout(encoded);
    return 0;
  }
  let out = '';
  for (let i = 0; i < encoded.length; i += wrap) out += encoded.slice(i, i + wrap) + '\n';
  io.stdout(out);
  return 0;
};
