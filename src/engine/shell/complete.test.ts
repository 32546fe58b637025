import { describe, expect, it } from 'vitest';
import { MemoryFS } from './fs.js';
import { completeLine, commonPrefix, type ArgCompleter } from './complete.js';
import type { ShellState } from './interp.js';

function state(): ShellState {
  const fs = new MemoryFS(() => 0);
  fs.mkdir('/root/app', { recursive: true });
  fs.writeFile('/root/app.yaml', '');
  fs.writeFile('/root/.hidden', '');
  fs.writeFile('/root/app/pod.yaml', '');
  const programs = new Map([['kubectl', () => 0], ['cat', () => 0], ['curl', () => 0]]);
  return { fs, programs, vars: new Map(), exported: new Set(), aliases: new Map([['k', 'kubectl']]), cwd: '/root', home: '/root', shellName: 'bash', pid: 1, lastStatus: 0, columns: 80, now: () => 0 };
}

describe('completeLine', () => {
  const s = state();
  const words: ArgCompleter = ({ prefix }) => ['get', 'describe'].filter((w) => w.startsWith(prefix));
  const complete = (line: string, cursor = line.length) => completeLine(s, line, cursor, new Map([['kubectl', words]]));
  it.each([
    ['c', 0, ['cat', 'cd', 'curl']],
    ['ku', 0, ['kubectl ']],
    ['echo x | ca', 9, ['cat ']],
    ['cat ap', 4, ['app/', 'app.yaml']],
    ['cat app/', 4, ['app/pod.yaml ']],
    ['cat .h', 4, ['.hidden ']],
    ['cat < ap', 6, ['app/', 'app.yaml']],
    ['kubectl g', 8, ['get ']],
    ['kubectl ', 8, ['get', 'describe']],
  ])('%s', (line, from, items) => {
    const r = complete(line);
    expect(r.items).toEqual(items);
    expect(r.from).toBe(from);
  });
  it('completes the word at the cursor, not the end of the line', () => {
    expect(complete('kubectl g pods', 9).items).toEqual(['get ']);
  });
  it('commonPrefix', () => {
    expect(commonPrefix(['app.yaml', 'app/'])).toBe('app');
    expect(commonPrefix([])).toBe('');
  });
});
