import { describe, expect, it } from 'vitest';
import { TabWriter, tabify } from './tabwriter.js';

describe('TabWriter (liggitt/tabwriter as kubectl configures it: 6, 4, 3, " ")', () => {
  it('pads each column to max(minwidth, widest cell + padding), never the last cell', () => {
    expect(tabify('a\tb\tc\naa\tbbbb\tc\n')).toBe('a     b      c\naa    bbbb   c\n');
  });

  it('aligns the usual pod table', () => {
    const text = 'NAME\tREADY\tSTATUS\tRESTARTS\tAGE\nnginx-7854ff8877-4xk2p\t1/1\tRunning\t0\t5m\n';
    expect(tabify(text)).toBe(
      'NAME                     READY   STATUS    RESTARTS   AGE\n' +
        'nginx-7854ff8877-4xk2p   1/1     Running   0          5m\n',
    );
  });

  it('sizes a column per contiguous block of lines (the text/tabwriter doc example)', () => {
    expect(tabify('aaaa\tbbb\td\naa\tb\tdd\na\t\naa\tcccc\teee\n')).toBe(
      'aaaa   bbb   d\n' + 'aa     b     dd\n' + 'a      \n' + 'aa     cccc   eee\n',
    );
  });

  it('counts runes, not display width (CJK and emoji are one column each)', () => {
    expect(tabify('名前\tx\nab\ty\n')).toBe('名前    x\nab    y\n');
    expect(tabify('😀😀😀😀\tx\n')).toBe('😀😀😀😀   x\n');
  });

  it('flushes at a line without tabs, which ends every column', () => {
    expect(tabify('a\tb\nheader\nlonger-cell\tc\n')).toBe('a     b\nheader\nlonger-cell   c\n');
  });

  it('writes an unterminated last line as is', () => {
    expect(tabify('a\tb\nccc')).toBe('a     b\nccc');
  });

  it('remembers widths across flushes (kubectl get --watch), until reset', () => {
    const w = new TabWriter();
    w.write('NAME\tAGE\nweb\t1s\n');
    expect(w.flush()).toBe('NAME   AGE\nweb    1s\n');
    w.write('a-much-longer-name\t2s\n');
    expect(w.flush()).toBe('a-much-longer-name   2s\n');
    w.write('web\t3s\n');
    expect(w.flush()).toBe('web                  3s\n');
    expect(w.rememberedWidths()).toEqual([21]);
    w.setRememberedWidths(null);
    w.write('web\t4s\n');
    expect(w.flush()).toBe('web   4s\n');
  });
});
