import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { stripCommonRoot, unzipText } from './unzip.js';

/** A minimal zip writer (stored or deflated entries), enough to test the reader. */
function zip(entries: { name: string; text: string; deflate?: boolean }[]): ArrayBuffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const raw = Buffer.from(e.text);
    const data = e.deflate ? deflateRawSync(raw) : raw;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(e.deflate ? 8 : 0, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    parts.push(local, name, data);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(e.deflate ? 8 : 0, 10);
    c.writeUInt32LE(data.length, 20);
    c.writeUInt32LE(raw.length, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offset, 42);
    central.push(c, name);
    offset += 30 + name.length + data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  const all = Buffer.concat([...parts, dir, end]);
  return all.buffer.slice(all.byteOffset, all.byteOffset + all.length) as ArrayBuffer;
}

describe('unzip', () => {
  it('reads stored and deflated entries and strips the folder they share', async () => {
    const files = await unzipText(
      zip([
        { name: 'hello-pack/', text: '' },
        { name: 'hello-pack/pack.yaml', text: 'id: hello-pack\n' },
        { name: 'hello-pack/lessons/01/steps/01.zh-CN.md', text: '# 你好\n'.repeat(50), deflate: true },
      ]),
    );
    expect(stripCommonRoot(files)).toEqual({ 'pack.yaml': 'id: hello-pack\n', 'lessons/01/steps/01.zh-CN.md': '# 你好\n'.repeat(50) });
  });

  it('rejects what is not a zip', async () => {
    await expect(unzipText(new TextEncoder().encode('id: x\n').buffer as ArrayBuffer)).rejects.toThrow('not a zip file');
  });
});
