// The built-in course arrives as a chunk of its own: while it is on its way the
// pane may be given another pack, or the fetch may fail; the latest choice wins.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Pack } from '../../../lessons/types.js';
import type { BuiltinPack } from './builtinPack.js';

const chunk = vi.hoisted(() => ({ load: vi.fn<() => Promise<BuiltinPack>>() }));
vi.mock('./builtinPack.js', () => ({ loadBuiltinPack: chunk.load }));

const { useLessons } = await import('./lessonStore.js');

const single = readFileSync(new URL('../../../lessons/testdata/single.yaml', import.meta.url), 'utf8');
const course: BuiltinPack = { pack: { id: 'builtin-course', lessons: [] } as unknown as Pack, problems: [], html: {}, blocks: {} };

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('the lesson store and the built-in course chunk', () => {
  beforeEach(() => {
    useLessons.setState({ source: '', pack: undefined, problems: [], loadError: undefined, lesson: undefined, chosen: false });
    chunk.load.mockReset();
  });

  it('shows no pack until the chunk has arrived, then the course', async () => {
    const d = deferred<BuiltinPack>();
    chunk.load.mockReturnValue(d.promise);
    const done = useLessons.getState().setBuiltin();
    expect(useLessons.getState().pack).toBeUndefined();
    expect(useLessons.getState().source).toBe('');
    d.resolve(course);
    await done;
    expect(useLessons.getState()).toMatchObject({ source: 'builtin', pack: { id: 'builtin-course' }, loadError: undefined });
  });

  it('a pack chosen while the course is on its way is not replaced when the course arrives', async () => {
    const d = deferred<BuiltinPack>();
    chunk.load.mockReturnValue(d.promise);
    const builtin = useLessons.getState().setBuiltin();
    await useLessons.getState().setFiles({ 'my-pack.yaml': single }, 'my-pack.yaml');
    expect(useLessons.getState().source).toBe('my-pack.yaml');
    d.resolve(course);
    await builtin;
    expect(useLessons.getState().source).toBe('my-pack.yaml');
    expect(useLessons.getState().pack?.id).not.toBe('builtin-course');
  });

  it('the default course, asked for while a dropped pack is still loading, does not replace it', async () => {
    chunk.load.mockResolvedValue(course);
    // The drop starts first; its loader (yaml, ajv) is still on its way when the idle timer asks for the course.
    const dropped = useLessons.getState().setFiles({ 'my-pack.yaml': single }, 'my-pack.yaml');
    await useLessons.getState().setBuiltin(true);
    await dropped;
    expect(useLessons.getState().source).toBe('my-pack.yaml');
    expect(chunk.load).not.toHaveBeenCalled();
    // The student can still pick the course from the picker afterwards.
    await useLessons.getState().setBuiltin();
    expect(useLessons.getState()).toMatchObject({ source: 'builtin', pack: { id: 'builtin-course' } });
  });

  it('a failed fetch says so in the pane, and choosing the course again retries', async () => {
    chunk.load.mockRejectedValueOnce(new Error('Failed to fetch dynamically imported module'));
    await useLessons.getState().setBuiltin();
    expect(useLessons.getState()).toMatchObject({ source: 'builtin', pack: undefined, loadError: 'Failed to fetch dynamically imported module' });
    chunk.load.mockResolvedValueOnce(course);
    await useLessons.getState().setBuiltin();
    expect(useLessons.getState()).toMatchObject({ source: 'builtin', pack: { id: 'builtin-course' }, loadError: undefined });
  });
});
