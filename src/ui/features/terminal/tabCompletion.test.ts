// Tab in the line editor: one Tab inserts the common prefix, a second lists
// the candidates under the line and redraws the prompt, as readline does.
import { describe, expect, it } from 'vitest';
import { LineEditor } from './lineEditor.js';

function setup(answer: (line: string, cursor: number) => { from: number; items: string[]; common: string }) {
  let screen = '';
  const sent: string[] = [];
  const asked: [string, number][] = [];
  const ed = new LineEditor(
    { write: (s) => (screen += s), cols: () => 40 },
    {
      submit: (l) => sent.push(l),
      interrupt: () => {},
      complete: (line, cursor) => {
        asked.push([line, cursor]);
        return Promise.resolve(answer(line, cursor));
      },
    },
  );
  ed.showPrompt('$ ');
  const take = () => {
    const s = screen;
    screen = '';
    return s;
  };
  return { ed, sent, asked, take };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('Tab completion', () => {
  it('inserts the common prefix at the cursor', async () => {
    const t = setup(() => ({ from: 12, items: ['deployments '], common: 'deployments ' }));
    t.ed.feed('kubectl get dep\t');
    await tick();
    expect(t.asked).toEqual([['kubectl get dep', 15]]);
    expect(t.ed.text).toBe('kubectl get deployments ');
    t.ed.feed('\r');
    expect(t.sent).toEqual(['kubectl get deployments ']);
  });

  it('lists the candidates on the second Tab', async () => {
    const t = setup(() => ({ from: 8, items: ['api-resources', 'api-versions', 'apply'], common: 'ap' }));
    t.ed.feed('kubectl ap');
    t.take();
    t.ed.feed('\t');
    await tick();
    expect(t.take()).toBe('');
    t.ed.feed('\t');
    await tick();
    const out = t.take();
    expect(out).toContain('\r\napi-resources  apply\r\napi-versions\r\n');
    expect(out.endsWith('$ kubectl ap\x1b[J\r\x1b[12C')).toBe(true);
    expect(t.ed.text).toBe('kubectl ap');
  });

  it('ignores an answer that arrives after the line changed', async () => {
    let resolve: (v: { from: number; items: string[]; common: string }) => void = () => {};
    let screen = '';
    const ed = new LineEditor(
      { write: (s) => (screen += s), cols: () => 40 },
      { submit: () => {}, interrupt: () => {}, complete: () => new Promise((r) => (resolve = r)) },
    );
    ed.showPrompt('$ ');
    ed.feed('ku\t');
    ed.feed('b');
    resolve({ from: 0, items: ['kubectl '], common: 'kubectl ' });
    await tick();
    expect(ed.text).toBe('kub');
    expect(screen).not.toContain('kubectl');
  });
});
