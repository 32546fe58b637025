// Mirrors describe.go's PrefixWriter / NestedPrefixWriter and tabbedString: text written at
// indentation levels of two spaces, through cli-runtime's WriteEscaped, into a Go
// text/tabwriter configured as tabwriter.NewWriter(out, 0, 8, 2, ' ', 0).

import { TabWriter, type TabWriterOptions } from '../printers/table/tabwriter.js';

/** describe.go's tabbedString: minwidth 0, padding 2, spaces; no remembered widths. */
export const describeTabWriterOptions: TabWriterOptions = {
  minwidth: 0,
  padding: 2,
  padchar: ' ',
  rememberWidths: false,
};

export const LEVEL_0 = 0;
export const LEVEL_1 = 1;
export const LEVEL_2 = 2;
export const LEVEL_3 = 3;
export const LEVEL_4 = 4;

/** printers.EscapeTerminal: ESC and CR would let object data drive the user's terminal. */
function escapeTerminal(s: string): string {
  return s.replace(/\x1b/g, '^[').replace(/\r/g, '\\r');
}

export interface PrefixWriter {
  /** Write(level, text): the text (already formatted) prefixed by 2×level spaces. */
  write(level: number, text: string): void;
  /** WriteLine(a...): fmt.Sprintln, i.e. the operands joined by spaces plus "\n". */
  writeLine(...a: string[]): void;
}

class TabPrefixWriter implements PrefixWriter {
  constructor(private readonly tw: TabWriter) {}
  write(level: number, text: string): void {
    this.tw.write(escapeTerminal('  '.repeat(level) + text));
  }
  writeLine(...a: string[]): void {
    this.tw.write(escapeTerminal(a.join(' ') + '\n'));
  }
}

/** NewNestedPrefixWriter: every write goes `indent` levels deeper. */
export function nestedPrefixWriter(out: PrefixWriter, indent: number): PrefixWriter {
  return {
    write: (level, text) => out.write(level + indent, text),
    writeLine: (...a) => out.write(indent, a.join(' ') + '\n'),
  };
}

/** tabbedString: run a describer body against a fresh writer and return the aligned text. */
export function tabbedString(body: (w: PrefixWriter) => void): string {
  const tw = new TabWriter(describeTabWriterOptions);
  body(new TabPrefixWriter(tw));
  return tw.flush();
}
