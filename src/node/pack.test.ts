import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pack } from './pack.js';

const hello = new URL('../../examples/hello-pack', import.meta.url).pathname;

function run(args: string[]): { code: number; out: string } {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
    out += String(s);
    return true;
  });
  try {
    return { code: pack(args, 'usage\n'), out };
  } finally {
    spy.mockRestore();
  }
}

describe('kubelab pack', () => {
  afterEach(() => vi.restoreAllMocks());

  it('lint: exit 0 and a clean report for the example pack', () => {
    expect(run(['lint', hello])).toEqual({ code: 0, out: `${hello}: no problems\n` });
  });

  it('test: a report per step and exit 0', () => {
    const { code, out } = run(['test', hello]);
    expect(code).toBe(0);
    expect(out).toBe('✓ first-pod: Your first Pod\n  ✓ 1. look-around\n  ✓ 2. create\n  ✓ 3. list\n\n1 of 1 lessons passed, 3 of 3 steps\n');
  });

  it('a broken single-file pack: problems in the chosen language and exit 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubelab-pack-'));
    const file = join(dir, 'broken.yaml');
    writeFileSync(file, 'id: Broken\nversion: 1.0.0\ntitle: {en: x, zh-CN: 甲}\ndescription: {en: y, zh-CN: 乙}\nlessons: []\n');
    expect(run(['lint', file, '--lang', 'zh-CN'])).toEqual({
      code: 1,
      out: 'broken.yaml:1:1: id: "Broken" 不是合法的 id：只能使用小写字母、数字和 "-"，并以字母或数字开头\nbroken.yaml:5:1: lessons: 至少需要 1 项\n发现 2 个问题\n',
    });
    expect(run(['test', file]).code).toBe(1);
  });
});
