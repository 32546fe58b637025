// The dropped-folder walk over fake FileSystemEntry objects: nested folders,
// readEntries in batches, hidden folders left out, the files' paths; then the
// pack files packSources makes of them.
import { describe, expect, it } from 'vitest';
import { maxDropFiles, walkEntries, type DropEntry } from './dropEntries.js';
import { fromPathFiles } from './packSources.js';

type Tree = { [name: string]: string | Tree };

/** A fake entry tree; readEntries hands out `batch` entries per call, then an empty batch, as Chromium does. */
function entry(name: string, node: string | Tree, parent = '', batch = 2): DropEntry {
  const fullPath = `${parent}/${name}`;
  if (typeof node === 'string') {
    return { isFile: true, isDirectory: false, name, fullPath, file: (ok) => ok(new File([node], name)) };
  }
  return {
    isFile: false,
    isDirectory: true,
    name,
    fullPath,
    createReader: () => {
      const kids = Object.entries(node).map(([n, v]) => entry(n, v, fullPath, batch));
      let at = 0;
      return {
        readEntries: (ok) => {
          const part = kids.slice(at, at + batch);
          at += part.length;
          queueMicrotask(() => ok(part));
        },
      };
    },
  };
}

const pack: Tree = {
  'pack.yaml': 'id: demo\n',
  '.git': { HEAD: 'ref: refs/heads/main\n', config: '[core]\n' },
  lessons: {
    '01-pods': { 'lesson.yaml': 'id: pods\n', 'step-1.md': '# Pods\n', 'pod.yaml': 'kind: Pod\n', 'logo.png': 'PNG' },
    '02-deploy': { 'lesson.yaml': 'id: deploy\n', 'nginx.yaml': 'kind: Deployment\n' },
  },
};

describe('walkEntries', () => {
  it('finds every file of a nested folder, reading each folder until an empty batch, and leaves out hidden folders', async () => {
    const files = await walkEntries([entry('my-pack', pack)]);
    expect(files.map((f) => f.path).sort()).toEqual([
      'my-pack/lessons/01-pods/lesson.yaml',
      'my-pack/lessons/01-pods/logo.png',
      'my-pack/lessons/01-pods/pod.yaml',
      'my-pack/lessons/01-pods/step-1.md',
      'my-pack/lessons/02-deploy/lesson.yaml',
      'my-pack/lessons/02-deploy/nginx.yaml',
      'my-pack/pack.yaml',
    ]);
    expect(await files.find((f) => f.path.endsWith('nginx.yaml'))!.file.text()).toBe('kind: Deployment\n');
  });

  it('gives the pack loader the folder\'s text files relative to the folder', async () => {
    const files = await fromPathFiles(await walkEntries([entry('my-pack', pack)]));
    expect(Object.keys(files).sort()).toEqual(['lessons/01-pods/lesson.yaml', 'lessons/01-pods/pod.yaml', 'lessons/01-pods/step-1.md', 'lessons/02-deploy/lesson.yaml', 'lessons/02-deploy/nginx.yaml', 'pack.yaml']);
    expect(files['pack.yaml']).toBe('id: demo\n');
  });

  it('takes dropped files and folders side by side', async () => {
    const files = await walkEntries([entry('pack.yaml', 'id: x\n'), entry('lessons', { 'a.md': 'A' })]);
    expect(files.map((f) => f.path)).toEqual(['pack.yaml', 'lessons/a.md']);
  });

  it('stops at maxDropFiles (a dropped home directory does not hang the page)', async () => {
    const big: Tree = {};
    for (let i = 0; i < maxDropFiles + 50; i++) big[`f${i}.md`] = 'x';
    const files = await walkEntries([entry('huge', big, '', 100)]);
    expect(files.length).toBe(maxDropFiles);
  });

  it('reports a folder that cannot be read', async () => {
    const broken: DropEntry = {
      isFile: false,
      isDirectory: true,
      name: 'locked',
      fullPath: '/locked',
      createReader: () => ({ readEntries: (_ok, fail) => fail!(new DOMException('denied', 'NotReadableError')) }),
    };
    await expect(walkEntries([broken])).rejects.toThrow('denied');
  });
});
