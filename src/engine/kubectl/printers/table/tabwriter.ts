// Mirrors github.com/liggitt/tabwriter (Go's text/tabwriter plus RememberWidths), as
// kubectl configures it in cli-runtime/pkg/printers/tabwriter.go:
// NewWriter(out, minwidth 6, tabwidth 4, padding 3, ' ', RememberWidths).
// Only the features kubectl uses: no HTML filtering, escapes, right-align or tab padding.

interface Cell {
  text: string;
  /** width in Unicode code points, as Go's utf8.RuneCount: CJK and emoji count as 1 */
  width: number;
}

export interface TabWriterOptions {
  minwidth: number;
  padding: number;
  padchar: string;
  /** keep per-column maximum widths across flushes (kubectl get --watch) */
  rememberWidths: boolean;
}

export const kubectlTabWriterOptions: TabWriterOptions = {
  minwidth: 6,
  padding: 3,
  padchar: ' ',
  rememberWidths: true,
};

export function runeCount(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/**
 * Elastic tabstops: cells are tab-terminated; a column is a run of consecutive
 * lines that have a cell in it, and its width is max(minwidth, widest cell +
 * padding). The text after a line's last tab belongs to no column and is never
 * padded. Example with minwidth 6, padding 3:
 *   "NAME\tREADY\n" + "web-1\t1/1\n" → "NAME    READY\nweb-1   1/1\n"
 *   (column 0 is max(6, 5+3) = 8 wide).
 */
export class TabWriter {
  private lines: Cell[][] = [[]];
  private cell = '';
  private widths: number[] = [];
  private maxwidths: number[] = [];
  private out = '';

  constructor(private readonly opts: TabWriterOptions = kubectlTabWriterOptions) {}

  write(text: string): void {
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch !== '\t' && ch !== '\v' && ch !== '\n' && ch !== '\f') continue;
      this.cell += text.slice(start, i);
      start = i + 1;
      const ncells = this.terminateCell();
      if (ch === '\n' || ch === '\f') {
        this.lines.push([]);
        // A line with a single cell cannot affect later columns, so Go flushes here;
        // the flush matters because it ends every column block.
        if (ch === '\f' || ncells === 1) this.formatBuffered();
      }
    }
    this.cell += text.slice(start);
  }

  /**
   * Formats everything buffered and returns the output produced since the last
   * flush (including lines a single-cell line already forced out).
   */
  flush(): string {
    this.formatBuffered();
    const out = this.out;
    this.out = '';
    return out;
  }

  rememberedWidths(): number[] {
    return [...this.maxwidths];
  }

  setRememberedWidths(widths: number[] | null): void {
    this.maxwidths = widths ? [...widths] : [];
  }

  private formatBuffered(): void {
    if (this.cell.length > 0) this.terminateCell();
    this.format(0, this.lines.length);
    this.lines = [[]];
    this.cell = '';
    this.widths = [];
  }

  private terminateCell(): number {
    const line = this.lines[this.lines.length - 1];
    line.push({ text: this.cell, width: runeCount(this.cell) });
    this.cell = '';
    return line.length;
  }

  private writeLines(line0: number, line1: number): void {
    for (let i = line0; i < line1; i++) {
      const line = this.lines[i];
      for (let j = 0; j < line.length; j++) {
        const c = line[j];
        this.out += c.text;
        if (j < this.widths.length) this.out += this.opts.padchar.repeat(this.widths[j] - c.width);
      }
      // The last buffered line has no newline yet (its text is the open cell).
      if (i + 1 < this.lines.length) this.out += '\n';
    }
  }

  private format(line0: number, line1: number): void {
    const column = this.widths.length;
    for (let cur = line0; cur < line1; cur++) {
      if (column >= this.lines[cur].length - 1) continue;
      // A cell exists in this column: print the lines before the block, then size it.
      this.writeLines(line0, cur);
      line0 = cur;
      let width = this.opts.minwidth;
      for (; cur < line1; cur++) {
        const line = this.lines[cur];
        if (column >= line.length - 1) break;
        width = Math.max(width, line[column].width + this.opts.padding);
      }
      if (this.opts.rememberWidths) {
        if (this.maxwidths.length < this.widths.length) {
          this.maxwidths.push(...this.widths.slice(this.maxwidths.length));
        }
        if (this.maxwidths.length === this.widths.length) this.maxwidths.push(width);
        else if (this.maxwidths[column] > width) width = this.maxwidths[column];
        else if (this.maxwidths[column] < width) this.maxwidths[column] = width;
      }
      this.widths.push(width);
      this.format(line0, cur);
      this.widths.pop();
      line0 = cur;
    }
    this.writeLines(line0, line1);
  }
}

/** Runs text through a fresh kubectl-configured tab writer. */
export function tabify(text: string, opts: TabWriterOptions = kubectlTabWriterOptions): string {
  const w = new TabWriter(opts);
  w.write(text);
  return w.flush();
}
