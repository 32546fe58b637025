import { describe, expect, it } from 'vitest';
import { LineEditor, parseKeys } from './lineEditor.js';
import { advance, stringWidth } from './width.js';

function setup(cols = 80) {
  let screen = '';
  const sent: string[] = [];
  let interrupts = 0;
  const ed = new LineEditor({ write: (s) => (screen += s), cols: () => cols }, { submit: (l) => sent.push(l), interrupt: () => interrupts++ });
  return {
    ed,
    sent,
    interrupts: () => interrupts,
    take: () => {
      const s = screen;
      screen = '';
      return s;
    },
  };
}

describe('parseKeys', () => {
  it('splits text, control keys and escape sequences', () => {
    expect(parseKeys('ab\x1b[Dc\r\n\x7f\x1b[3~\x1bOH\x03').map((k) => k.t)).toEqual([
      'text',
      'left',
      'text',
      'enter',
      'backspace',
      'delete',
      'home',
      'ctrl-c',
    ]);
  });
});

describe('width', () => {
  it('counts CJK as two cells and wraps a wide char that does not fit', () => {
    expect(stringWidth('中文ab')).toBe(6);
    expect(advance(0, '123456789中', 10)).toBe(12);
  });
});

describe('LineEditor', () => {
  it('edits in the middle of a line and sends it whole on Enter', () => {
    const t = setup();
    t.ed.showPrompt('$ ');
    t.ed.feed('kubectl get n');
    t.ed.feed('\x1b[D\x1b[D\x1b[D\x1b[D\x1b[D');
    t.ed.feed('-A ');
    t.ed.feed('\x05s\r');
    expect(t.sent).toEqual(['kubectl -A get ns']);
    expect(t.ed.idle).toBe(false);
  });

  it('recalls history with Up/Down and keeps the draft', () => {
    const t = setup();
    t.ed.showPrompt('$ ');
    t.ed.feed('one\r');
    t.ed.showPrompt('$ ');
    t.ed.feed('two\r');
    t.ed.showPrompt('$ ');
    t.ed.feed('dra');
    t.ed.feed('\x1b[A\x1b[A');
    expect(t.ed.text).toBe('one');
    t.ed.feed('\x1b[B\x1b[B');
    expect(t.ed.text).toBe('dra');
  });

  it('queues lines typed while a command runs and sends each after its prompt', () => {
    const t = setup();
    t.ed.showPrompt('$ ');
    t.ed.feed('sleep 5\r');
    t.take();
    t.ed.feed('echo a\recho b\rpart');
    expect(t.take()).toBe('echo a\r\necho b\r\npart');
    expect(t.sent).toEqual(['sleep 5']);
    t.ed.showPrompt('$ ');
    expect(t.sent).toEqual(['sleep 5', 'echo a']);
    expect(t.take()).toBe('$ echo a\r\n');
    t.ed.showPrompt('$ ');
    t.ed.showPrompt('$ ');
    expect(t.sent).toEqual(['sleep 5', 'echo a', 'echo b']);
    expect(t.ed.text).toBe('part');
    expect(t.ed.idle).toBe(true);
  });

  it('treats a multi-line paste as several lines, each shown after its own prompt', () => {
    const t = setup();
    t.ed.showPrompt('$ ');
    t.ed.feed('echo 1\recho 2\r');
    expect(t.sent).toEqual(['echo 1']);
    expect(t.take()).not.toContain('echo 2');
    t.ed.showPrompt('$ ');
    expect(t.sent).toEqual(['echo 1', 'echo 2']);
    expect(t.take()).toBe('$ echo 2\r\n');
  });

  it('Ctrl-C at the prompt prints ^C and drops the line; during a command it interrupts and drops type-ahead', () => {
    const t = setup();
    t.ed.showPrompt('$ ');
    t.ed.feed('half');
    t.take();
    t.ed.feed('\x03');
    expect(t.take()).toContain('^C\r\n');
    expect(t.interrupts()).toBe(1);
    t.ed.showPrompt('$ ');
    t.ed.feed('sleep 100\r');
    t.ed.feed('queued\r');
    t.ed.feed('\x03');
    expect(t.interrupts()).toBe(2);
    t.ed.showPrompt('$ ');
    expect(t.sent).toEqual(['sleep 100']);
    expect(t.ed.idle).toBe(true);
  });

  it('moves the cursor across a wrapped line with relative moves', () => {
    const t = setup(10);
    t.ed.showPrompt('$ ');
    t.ed.feed('abcdefghij');
    // 12 cells from column 0: the cursor ends on the second row.
    const s = t.take();
    expect(s.endsWith('\x1b[J\r\x1b[2C')).toBe(true);
    t.ed.feed('\x01');
    expect(t.take().startsWith('\x1b[1A\r')).toBe(true);
  });
});
