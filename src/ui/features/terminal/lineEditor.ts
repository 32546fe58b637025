// The terminal's line discipline, like bash's readline over a tty: the line
// is edited locally (cursor keys, Home/End, Ctrl-A/E/U/K/W, history Up/Down)
// and sent whole on Enter. While a command runs, keys are echoed as a tty
// echoes them and complete lines are queued (type-ahead); each queued line is
// redrawn after the next prompt and sent then, so the screen reads like bash.
// Pure logic: it writes escape sequences to `io` and knows nothing of xterm.
import { advance } from './width.js';

export interface EditorIO {
  write(s: string): void;
  /** Terminal width in cells. */
  cols(): number;
}

export interface EditorCallbacks {
  submit(line: string): void;
  interrupt(): void;
  /** Tab: completions for the word before `cursor` (UTF-16 offsets), as the engine's `terminal.complete` answers. */
  complete?(line: string, cursor: number): Promise<{ from: number; items: string[]; common: string }>;
}

type Key =
  | { t: 'text'; s: string }
  | { t: 'enter' | 'backspace' | 'delete' | 'left' | 'right' | 'up' | 'down' | 'home' | 'end' }
  | { t: 'ctrl-c' | 'ctrl-l' | 'kill-end' | 'kill-start' | 'kill-word' | 'tab' | 'ignore' };

/** Split terminal input into keys: control characters, CSI/SS3 sequences and text runs. */
export function parseKeys(data: string): Key[] {
  const keys: Key[] = [];
  let text = '';
  const flush = () => {
    if (text) keys.push({ t: 'text', s: text });
    text = '';
  };
  for (let i = 0; i < data.length; i++) {
    const c = data[i]!;
    const code = c.charCodeAt(0);
    if (c === '\x1b') {
      flush();
      const m = /^\x1b(?:\[([0-9;]*)([\x40-\x7e])|O([A-Za-z])|.)?/.exec(data.slice(i))!;
      i += m[0].length - 1;
      const final = m[2] ?? m[3];
      const param = m[1] ?? '';
      const map: Record<string, Key['t']> = { A: 'up', B: 'down', C: 'right', D: 'left', H: 'home', F: 'end' };
      if (final === '~') {
        const tilde: Record<string, Key['t']> = { '1': 'home', '7': 'home', '4': 'end', '8': 'end', '3': 'delete' };
        keys.push({ t: tilde[param] ?? 'ignore' } as Key);
      } else keys.push({ t: (final && map[final]) || 'ignore' } as Key);
      continue;
    }
    if (code >= 0x20 && code !== 0x7f) {
      text += c;
      continue;
    }
    flush();
    if (c === '\r') {
      if (data[i + 1] === '\n') i++;
      keys.push({ t: 'enter' });
    } else if (c === '\n') keys.push({ t: 'enter' });
    else if (c === '\x7f' || c === '\b') keys.push({ t: 'backspace' });
    else if (c === '\x03') keys.push({ t: 'ctrl-c' });
    else if (c === '\x0c') keys.push({ t: 'ctrl-l' });
    else if (c === '\x01') keys.push({ t: 'home' });
    else if (c === '\x05') keys.push({ t: 'end' });
    else if (c === '\x02') keys.push({ t: 'left' });
    else if (c === '\x06') keys.push({ t: 'right' });
    else if (c === '\x10') keys.push({ t: 'up' });
    else if (c === '\x0e') keys.push({ t: 'down' });
    else if (c === '\x0b') keys.push({ t: 'kill-end' });
    else if (c === '\x15') keys.push({ t: 'kill-start' });
    else if (c === '\x17') keys.push({ t: 'kill-word' });
    else if (c === '\t') keys.push({ t: 'tab' });
    else if (c === '\x04') keys.push({ t: 'ignore' });
  }
  flush();
  return keys;
}

export class LineEditor {
  /** The line being edited, as characters (code points). */
  private line: string[] = [];
  private cursor = 0;
  private prompt = '';
  /** Column where the prompt starts (output may not end with a newline). */
  private startCol = 0;
  /** Row of the cursor, counted from the prompt's row. */
  private cursorRow = 0;
  private busy = true;
  private readonly queue: string[] = [];
  readonly history: string[] = [];
  private historyIndex = 0;
  private draft: string[] = [];
  /** Tabs pressed in a row at the same line (the second lists the candidates, as readline does). */
  private tabs = 0;

  constructor(
    private readonly io: EditorIO,
    private readonly cb: EditorCallbacks,
  ) {}

  /** True when the prompt is shown and nothing is queued. */
  get idle(): boolean {
    return !this.busy && this.queue.length === 0;
  }

  get text(): string {
    return this.line.join('');
  }

  /** The shell waits for a line: show the prompt, then send a queued line if any. */
  showPrompt(prompt: string, startCol = 0): void {
    this.prompt = prompt;
    this.startCol = startCol;
    this.cursorRow = 0;
    this.busy = false;
    this.historyIndex = this.history.length;
    const next = this.queue.shift();
    if (next !== undefined) {
      this.io.write(`${prompt}${next}\r\n`);
      this.send(next);
      return;
    }
    this.render();
  }

  /**
   * Keyboard or paste input from the terminal. What arrives while a command
   * runs is echoed (the tty's echo); the rest of a paste that arrived at the
   * prompt is not, as readline had switched echo off when it came.
   */
  feed(data: string): void {
    const arrivedIdle = !this.busy;
    for (const k of parseKeys(data)) {
      if (this.busy) this.busyKey(k, !arrivedIdle);
      else this.idleKey(k);
    }
  }

  private busyKey(k: Key, echo: boolean): void {
    const write = (s: string) => echo && this.io.write(s);
    switch (k.t) {
      case 'text':
        this.line.push(...k.s);
        write(k.s);
        break;
      case 'enter':
        this.queue.push(this.text);
        this.line = [];
        this.cursor = 0;
        write('\r\n');
        break;
      case 'backspace':
        if (this.line.length) {
          this.line.pop();
          write('\b \b');
        }
        break;
      case 'ctrl-c':
        // The shell stops the job; what was typed ahead goes with it, as in bash.
        this.queue.length = 0;
        this.line = [];
        this.cursor = 0;
        this.cb.interrupt();
        break;
      default:
        break;
    }
    this.cursor = this.line.length;
  }

  private idleKey(k: Key): void {
    if (k.t !== 'tab') this.tabs = 0;
    switch (k.t) {
      case 'tab':
        this.tab();
        return;
      case 'text':
        this.line.splice(this.cursor, 0, ...k.s);
        this.cursor += [...k.s].length;
        break;
      case 'enter': {
        const text = this.text;
        this.cursor = this.line.length;
        this.render();
        this.io.write('\r\n');
        this.line = [];
        this.cursor = 0;
        this.send(text);
        return;
      }
      case 'backspace':
        if (this.cursor > 0) this.line.splice(--this.cursor, 1);
        break;
      case 'delete':
        this.line.splice(this.cursor, 1);
        break;
      case 'left':
        this.cursor = Math.max(0, this.cursor - 1);
        break;
      case 'right':
        this.cursor = Math.min(this.line.length, this.cursor + 1);
        break;
      case 'home':
        this.cursor = 0;
        break;
      case 'end':
        this.cursor = this.line.length;
        break;
      case 'up':
      case 'down':
        this.browseHistory(k.t === 'up' ? -1 : 1);
        break;
      case 'kill-end':
        this.line.splice(this.cursor);
        break;
      case 'kill-start':
        this.line.splice(0, this.cursor);
        this.cursor = 0;
        break;
      case 'kill-word': {
        let i = this.cursor;
        while (i > 0 && this.line[i - 1] === ' ') i--;
        while (i > 0 && this.line[i - 1] !== ' ') i--;
        this.line.splice(i, this.cursor - i);
        this.cursor = i;
        break;
      }
      case 'ctrl-c':
        this.cursor = this.line.length;
        this.render();
        this.io.write('^C\r\n');
        this.line = [];
        this.cursor = 0;
        this.busy = true;
        this.cb.interrupt();
        return;
      case 'ctrl-l':
        this.io.write('\x1b[H\x1b[2J');
        this.startCol = 0;
        this.cursorRow = 0;
        break;
      default:
        return;
    }
    this.render();
  }

  /** Complete the word before the cursor: insert the common prefix; on a second Tab, list the candidates. */
  private tab(): void {
    if (!this.cb.complete) return;
    const line = this.text;
    const cursorChars = this.cursor;
    const cursor = this.line.slice(0, cursorChars).join('').length;
    const tabs = ++this.tabs;
    void this.cb.complete(line, cursor).then(
      (r) => {
        // Typing went on while the engine answered: the answer is stale.
        if (this.busy || this.text !== line || this.cursor !== cursorChars) return;
        const fromChars = [...line.slice(0, r.from)].length;
        const word = [...line.slice(r.from, cursor)];
        const common = [...r.common];
        if (common.length > word.length) {
          this.line.splice(fromChars, cursorChars - fromChars, ...common);
          this.cursor = fromChars + common.length;
          this.tabs = 0;
          this.render();
        } else if (r.items.length > 1 && tabs >= 2) {
          this.listCandidates(r.items);
        } else if (r.items.length === 0) this.io.write('\x07');
      },
      () => {},
    );
  }

  /** Print candidates in columns under the line, then redraw the prompt, as readline does. */
  private listCandidates(items: string[]): void {
    const cols = this.io.cols();
    const width = Math.max(...items.map((s) => advance(0, s, 1 << 30))) + 2;
    const perRow = Math.max(1, Math.floor(cols / width));
    const rows = Math.ceil(items.length / perRow);
    let out = '';
    for (let r = 0; r < rows; r++) {
      let row = '';
      for (let c = 0; c < perRow; c++) {
        const s = items[c * rows + r];
        if (s === undefined) continue;
        row += s + ' '.repeat(Math.max(0, width - advance(0, s, 1 << 30)));
      }
      out += row.trimEnd() + '\r\n';
    }
    const end = this.cursor;
    this.cursor = this.line.length;
    this.render();
    this.io.write('\r\n' + out);
    this.cursor = end;
    this.startCol = 0;
    this.cursorRow = 0;
    this.render();
  }

  private send(text: string): void {
    this.busy = true;
    if (text.trim() && this.history[this.history.length - 1] !== text) this.history.push(text);
    this.historyIndex = this.history.length;
    this.cb.submit(text);
  }

  private browseHistory(dir: -1 | 1): void {
    const next = this.historyIndex + dir;
    if (next < 0 || next > this.history.length) return;
    if (this.historyIndex === this.history.length) this.draft = this.line;
    this.historyIndex = next;
    this.line = next === this.history.length ? this.draft : [...this.history[next]!];
    this.cursor = this.line.length;
  }

  /** Redraw prompt and line from the prompt's row, then place the cursor. */
  private render(): void {
    const cols = this.io.cols();
    let out = '';
    if (this.cursorRow > 0) out += `\x1b[${this.cursorRow}A`;
    out += '\r';
    if (this.startCol > 0) out += `\x1b[${this.startCol}C`;
    out += this.prompt + this.text;
    const end = advance(this.startCol, this.prompt + this.text, cols);
    // Exactly at the margin xterm waits to wrap; force the wrap so the row count is true.
    if (end > 0 && end % cols === 0) out += ' \r';
    out += '\x1b[J';
    const endRow = Math.floor(end / cols);
    const target = advance(this.startCol, this.prompt + this.line.slice(0, this.cursor).join(''), cols);
    const targetRow = Math.floor(target / cols);
    if (endRow > targetRow) out += `\x1b[${endRow - targetRow}A`;
    out += '\r';
    if (target % cols > 0) out += `\x1b[${target % cols}C`;
    this.cursorRow = targetRow;
    this.io.write(out);
  }
}
