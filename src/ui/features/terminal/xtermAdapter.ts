// The xterm.js adapter (the only module that imports xterm): mounts a
// terminal, feeds keys to the line editor, and writes the engine's output
// (turning `\n` into CRLF) and prompts. Also reads the screen back as text,
// and indexes each finished output line by the object it refers to, so that
// hovering or selecting an object anywhere lights its rows here.
import { Terminal, type ITheme } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import '@xterm/xterm/css/xterm.css';
import type { Push, TerminalId } from '../../../engine/protocol/index.js';
import type { EngineClient } from '../../engine-client/client.js';
import { LineEditor } from './lineEditor.js';
import { whenRestored } from '../persistence/persistence.js';
import { objectLinkProvider } from './objectLinks.js';
import { OutputIndex } from './outputIndex.js';
import { RowHighlight } from './rowHighlight.js';
import { useSelection } from '../inspector/selectionStore.js';

export const terminalThemes: Record<'dark' | 'light', ITheme> = {
  dark: { background: '#14161b', foreground: '#d8dde6', cursor: '#7cc4ff', selectionBackground: '#34507a' },
  light: {
    background: '#fbfbfc',
    foreground: '#1d2330',
    cursor: '#1f6feb',
    cursorAccent: '#fbfbfc',
    selectionBackground: '#b6d3ff',
    black: '#1d2330',
    brightBlack: '#5c6370',
    white: '#8a8f98',
    brightWhite: '#3b4048',
  },
};

/** 14 px on a laptop, 16 px on a 1920-wide projector (where the page's text is a step larger too). */
export function terminalFontSize(windowWidth: number): number {
  return windowWidth >= 1700 ? 16 : 14;
}

export class TerminalController {
  readonly term: Terminal;
  private readonly fit = new FitAddon();
  private readonly editor: LineEditor;
  private readonly index: OutputIndex;
  private readonly highlight: RowHighlight;
  private id: TerminalId | undefined;
  private readonly idleWaiters: (() => void)[] = [];
  private readonly disposers: (() => void)[] = [];
  private disposed = false;
  /** Prompts on their way to the screen (xterm has not parsed them yet). */
  private promptsPending = 0;

  constructor(
    private readonly client: EngineClient,
    theme: 'dark' | 'light',
  ) {
    this.term = new Terminal({
      fontFamily: '"DejaVu Sans Mono", "Cascadia Mono", Menlo, Consolas, "Noto Sans Mono CJK SC", "Noto Sans CJK SC", monospace',
      fontSize: terminalFontSize(window.innerWidth),
      lineHeight: 1.15,
      cursorBlink: true,
      scrollback: 5000,
      // registerDecoration (rowHighlight.ts) is still a proposed API in xterm 6.
      allowProposedApi: true,
      theme: terminalThemes[theme],
    });
    this.term.loadAddon(this.fit);
    this.index = new OutputIndex(this.term);
    this.highlight = new RowHighlight(this.term, this.index);
    const links = this.term.registerLinkProvider(objectLinkProvider(this.term, (line) => this.index.rowAt(line)));
    this.editor = new LineEditor(
      { write: (s) => this.term.write(s), cols: () => this.term.cols },
      {
        submit: (line) => this.send('terminal.input', { line }),
        interrupt: () => this.send('terminal.interrupt', {}),
        complete: (line, cursor) =>
          this.id === undefined ? Promise.reject(new Error('no terminal')) : this.client.request('terminal.complete', { terminal: this.id, line, cursor }),
      },
    );
    const data = this.term.onData((d) => this.editor.feed(d));
    const resize = this.term.onResize(({ cols, rows }) => {
      if (this.id !== undefined) void this.client.request('terminal.resize', { terminal: this.id, cols, rows }).catch(() => {});
    });
    this.disposers.push(
      () => data.dispose(),
      () => links.dispose(),
      () => resize.dispose(),
      this.client.subscribe((ps) => this.onPushes(ps)),
      useSelection.subscribe((s) => this.highlight.show(s.hovered, s.selected)),
    );
  }

  async mount(el: HTMLElement): Promise<void> {
    this.term.open(el);
    this.fitNow();
    // A saved lab is replayed first; its terminal comes back with its screen and history.
    await whenRestored();
    const { terminal, prompt, screen, history } = await this.client.request('terminal.open', { cols: this.term.cols, rows: this.term.rows });
    if (this.disposed) return;
    this.id = terminal;
    if (history) this.editor.history.push(...history);
    if (screen) this.term.write(screen.replace(/\r?\n/g, '\r\n'), () => this.indexOutput());
    this.showPrompt(prompt);
  }

  fitNow(): void {
    // A projector-sized window gets larger type, as the page's own text does (styles.css, >= 1700 px).
    const size = terminalFontSize(window.innerWidth);
    if (this.term.options.fontSize !== size) this.term.options.fontSize = size;
    try {
      this.fit.fit();
    } catch {
      // not laid out yet (hidden pane); the next resize fits it
    }
  }

  setTheme(theme: 'dark' | 'light'): void {
    this.term.options.theme = terminalThemes[theme];
  }

  focus(): void {
    this.term.focus();
  }

  /** Keys as if typed (used by the lesson pane and tests). */
  type(data: string): void {
    this.editor.feed(data);
  }

  get idle(): boolean {
    return this.editor.idle && this.id !== undefined && this.promptsPending === 0;
  }

  /** Resolves when the prompt is shown and no typed-ahead line is waiting. */
  whenIdle(): Promise<void> {
    if (this.idle) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** The screen and scrollback as text, wrapped rows joined back into lines. */
  text(): string {
    const buf = this.term.buffer.active;
    const lines: string[] = [];
    for (let i = 0; i < buf.length; i++) {
      const line = buf.getLine(i);
      if (!line) continue;
      const s = line.translateToString(true);
      if (line.isWrapped && lines.length) lines[lines.length - 1] += s;
      else lines.push(s);
    }
    while (lines.length && lines[lines.length - 1] === '') lines.pop();
    return lines.join('\n');
  }

  dispose(): void {
    this.disposed = true;
    for (const d of this.disposers) d();
    this.term.dispose();
  }

  private send(method: 'terminal.input' | 'terminal.interrupt', extra: { line?: string }): void {
    if (this.id === undefined) return;
    const p =
      method === 'terminal.input'
        ? this.client.request('terminal.input', { terminal: this.id, line: extra.line ?? '' })
        : this.client.request('terminal.interrupt', { terminal: this.id });
    p.catch((e: Error) => this.term.write(`\r\nkubelab: ${e.message}\r\n`));
  }

  private onPushes(pushes: Push[]): void {
    for (const p of pushes) {
      if (!('terminal' in p) || p.terminal !== this.id) continue;
      if (p.kind === 'terminal.output') this.term.write(p.data.replace(/\r?\n/g, '\r\n'), () => this.indexOutput());
      else if (p.kind === 'terminal.reset') {
        this.term.reset();
        this.index.reset();
        this.highlight.clear();
      }
      else if (p.kind === 'terminal.idle') this.showPrompt(p.prompt);
    }
  }

  /** Index the lines output has finished (once each, as written: never the whole scrollback again). */
  private indexOutput(): void {
    if (this.disposed) return;
    const added = this.index.scan();
    if (!added.size) return;
    const { hovered, selected } = useSelection.getState();
    this.highlight.added(added, hovered, selected);
  }

  /** Show the prompt once everything before it is on screen, where the cursor then is. */
  private showPrompt(prompt: string): void {
    this.promptsPending++;
    this.term.write('', () => {
      this.indexOutput();
      this.editor.showPrompt(prompt, this.term.buffer.active.cursorX);
      // xterm parses writes later: idle only once the prompt itself is in the buffer.
      this.term.write('', () => {
        this.promptsPending--;
        if (this.idle) for (const w of this.idleWaiters.splice(0)) w();
      });
    });
  }
}
