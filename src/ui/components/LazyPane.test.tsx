// A pane drawn from its chunk: the placeholder while it comes, the pane once it
// is in, and a failed import shown in the pane by its PaneBoundary (with a way
// to try again), never a blank page.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { ChunkLoadError, LazyPane } from './LazyPane.js';
import { PaneBoundary, PaneError } from './PaneBoundary.js';
import { paneChunk } from './paneChunk.js';

const never = () => new Promise<never>(() => {});
type Mod = { Pane: () => React.ReactNode };

function draw(chunk: ReturnType<typeof paneChunk<Mod>>) {
  return renderToStaticMarkup(
    <LazyPane chunk={chunk} after={never} placeholder={() => <p>placeholder</p>}>
      {({ Pane }) => <Pane />}
    </LazyPane>,
  );
}

describe('LazyPane', () => {
  it('draws the placeholder until the chunk is in, then the pane', async () => {
    const chunk = paneChunk<Mod>(() => Promise.resolve({ Pane: () => <p>the pane</p> }));
    expect(draw(chunk)).toBe('<p>placeholder</p>');
    await chunk.load();
    expect(draw(chunk)).toBe('<p>the pane</p>');
  });

  it('throws a failed import to the boundary as a ChunkLoadError whose retry imports again', async () => {
    const importer = vi.fn(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/ClusterDiagram-x.js')));
    const chunk = paneChunk<Mod>(importer);
    await chunk.load().catch(() => {});
    let thrown: unknown;
    try {
      draw(chunk);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ChunkLoadError);
    (thrown as ChunkLoadError).retry();
    expect(importer).toHaveBeenCalledTimes(2);
  });
});

describe('PaneBoundary', () => {
  it('shows a chunk that did not load as a message in the pane, with a button to try again', () => {
    const retry = vi.fn();
    const error = new ChunkLoadError(new TypeError('Failed to fetch dynamically imported module'), retry);
    const boundary = new PaneBoundary({ name: 'diagram', children: <p>pane</p> });
    boundary.state = PaneBoundary.getDerivedStateFromError(error);
    const shown = boundary.render() as React.ReactElement<{ onRetry: () => void }>;
    const html = renderToStaticMarkup(shown);
    expect(html).toContain('role="alert"');
    expect(html).toContain('data-testid="pane-error-diagram"');
    expect(html).toContain('The cluster diagram could not load: Failed to fetch dynamically imported module');
    expect(html).toContain('The rest of the lab keeps working.');
    expect(html).toContain('Try again');
    boundary.setState = vi.fn();
    shown.props.onRetry();
    expect(retry).toHaveBeenCalledOnce();
    expect(boundary.setState).toHaveBeenCalledWith({ error: undefined });
  });

  it('says a pane that crashed stopped working (not that it did not load)', () => {
    const html = renderToStaticMarkup(<PaneError name="inspector" error={new Error('boom')} onRetry={() => {}} />);
    expect(html).toContain('The inspector stopped working: boom');
  });

  it('draws its children while nothing failed', () => {
    expect(renderToStaticMarkup(<PaneBoundary name="lessons">{<p>lessons</p>}</PaneBoundary>)).toBe('<p>lessons</p>');
  });
});
