// A pane's chunk: imported once however many ask, a failure kept as the state
// (the pane shows it) and a later ask imports again.
import { describe, expect, it, vi } from 'vitest';
import { paneChunk } from './paneChunk.js';

describe('paneChunk', () => {
  it('imports once for every caller and tells subscribers loading, then ready', async () => {
    const importer = vi.fn(() => Promise.resolve({ Pane: 'x' }));
    const chunk = paneChunk(importer);
    const seen: string[] = [];
    chunk.subscribe(() => seen.push(chunk.get().status));
    expect(chunk.get()).toEqual({ status: 'waiting' });
    const [a, b] = await Promise.all([chunk.load(), chunk.load()]);
    expect(a).toBe(b);
    expect(await chunk.load()).toBe(a);
    expect(importer).toHaveBeenCalledTimes(1);
    expect(seen).toEqual(['loading', 'ready']);
    expect(chunk.get()).toEqual({ status: 'ready', module: { Pane: 'x' } });
  });

  it('keeps a failed import as its state, and imports anew when asked again', async () => {
    const importer = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module')).mockResolvedValueOnce({ Pane: 'y' });
    const chunk = paneChunk<{ Pane: string }>(importer);
    await expect(chunk.load()).rejects.toThrow('Failed to fetch');
    const failed = chunk.get();
    expect(failed.status).toBe('failed');
    expect(failed.status === 'failed' && failed.error.message).toBe('Failed to fetch dynamically imported module');
    expect(chunk.get()).toBe(failed);
    expect(await chunk.load()).toEqual({ Pane: 'y' });
    expect(importer).toHaveBeenCalledTimes(2);
    expect(chunk.get().status).toBe('ready');
  });
});
