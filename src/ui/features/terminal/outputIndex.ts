// The terminal's index of which buffer rows refer to which objects, built once
// as output is written (outputRows.ts reads each finished line) and kept on
// xterm markers, so rows move with scrolling and vanish when the scrollback
// drops them. Hover asks it for the object of one row (a binary search); the
// highlight asks it for every row of one object (a map lookup).
import type { IBufferLine, IMarker, Terminal } from '@xterm/xterm';
import { useLab } from '../../state/labStore.js';
import { refKey, type ObjectRef } from '../inspector/selectionStore.js';
import { findObjectNames, namesIndex } from './objectLinks.js';
import { OutputRows, type Span } from './outputRows.js';

export interface Mark {
  marker: IMarker;
  ref: ObjectRef;
  key: string;
  /** Cells [x, x + width) of the row; no width: the whole row (a table row). */
  x: number;
  width?: number;
}

export class OutputIndex {
  private rows = new OutputRows();
  /** The first buffer line not read yet. */
  private next: IMarker | undefined;
  /** In buffer order. */
  private marks: Mark[] = [];
  private readonly byKey = new Map<string, Set<Mark>>();

  constructor(private readonly term: Terminal) {}

  /**
   * Read the lines finished since the last call (all above the cursor's line).
   * Call once a write has been parsed (in its callback). Returns the keys of the objects newly marked.
   */
  scan(): Set<string> {
    const added = new Set<string>();
    const buf = this.term.buffer.active;
    if (buf.type !== 'normal') return added;
    this.prune();
    let end = buf.baseY + buf.cursorY;
    while (end > 0 && buf.getLine(end)?.isWrapped) end--;
    let y = this.next && !this.next.isDisposed ? this.next.line : 0;
    if (y > end) {
      // The screen was erased above the cursor (Ctrl-L): what was marked there is gone.
      while (this.marks.length && this.marks[this.marks.length - 1]!.marker.line >= end) this.forget(this.marks.pop()!);
      y = end;
    }
    const here = buf.baseY + buf.cursorY;
    const names = namesIndex(useLab.getState().objects);
    while (y < end) {
      const lines: IBufferLine[] = [buf.getLine(y)!];
      while (y + lines.length < end && buf.getLine(y + lines.length)?.isWrapped) lines.push(buf.getLine(y + lines.length)!);
      const parts = lines.map((l, i) => l.translateToString(i === lines.length - 1));
      const text = parts.join('');
      const refs = this.rows.line(text);
      const spans: Span[] = [...refs.spans];
      for (const s of findObjectNames(text, names)) {
        const same = (r: ObjectRef) => refKey(r) === refKey(s.ref);
        if (!(refs.row && same(refs.row)) && !spans.some((o) => o.start <= s.start && o.end >= s.end)) spans.push(s);
      }
      if (refs.row || spans.length) {
        const markers = lines.map((_, i) => this.term.registerMarker(y + i - here));
        if (refs.row) for (const m of markers) if (m) this.add({ marker: m, ref: refs.row, key: refKey(refs.row), x: 0 }, added);
        for (const s of spans) {
          const at = cellOf(lines, parts, s.start);
          const to = cellOf(lines, parts, s.end);
          const marker = markers[at.row];
          if (marker) this.add({ marker, ref: s.ref, key: refKey(s.ref), x: at.x, width: (to.row === at.row ? to.x : this.term.cols) - at.x }, added);
        }
      }
      y += lines.length;
    }
    this.next?.dispose();
    this.next = this.term.registerMarker(end - here);
    return added;
  }

  /** The object a whole buffer row (0-based) stands for. */
  rowAt(line: number): ObjectRef | undefined {
    this.prune();
    let lo = 0;
    let hi = this.marks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.marks[mid]!.marker.line < line) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.marks.length && this.marks[i]!.marker.line === line; i++) if (this.marks[i]!.width === undefined) return this.marks[i]!.ref;
    return undefined;
  }

  /** Every live mark of one object (`refKey`), oldest first. */
  marksOf(key: string): Mark[] {
    const set = this.byKey.get(key);
    return set ? [...set].filter((m) => !m.marker.isDisposed) : [];
  }

  /** The terminal was reset: nothing marked is on screen any more. */
  reset(): void {
    for (const m of this.marks) m.marker.dispose();
    this.marks = [];
    this.byKey.clear();
    this.next?.dispose();
    this.next = undefined;
    this.rows = new OutputRows();
  }

  get size(): number {
    return this.marks.length;
  }

  private add(m: Mark, added: Set<string>): void {
    this.marks.push(m);
    let set = this.byKey.get(m.key);
    if (!set) this.byKey.set(m.key, (set = new Set()));
    set.add(m);
    added.add(m.key);
  }

  private forget(m: Mark): void {
    m.marker.dispose();
    const set = this.byKey.get(m.key);
    set?.delete(m);
    if (set && !set.size) this.byKey.delete(m.key);
  }

  /** Rows the scrollback dropped are the oldest: their markers are disposed. */
  private prune(): void {
    let n = 0;
    while (n < this.marks.length && this.marks[n]!.marker.isDisposed) this.forget(this.marks[n++]!);
    if (n) this.marks.splice(0, n);
  }
}

/** A string index of a wrapped line → its buffer row and cell (wide characters take two cells). */
function cellOf(lines: IBufferLine[], parts: string[], index: number): { row: number; x: number } {
  let row = 0;
  while (row < parts.length - 1 && index >= parts[row]!.length) index -= parts[row++]!.length;
  const line = lines[row]!;
  let chars = 0;
  for (let x = 0; x < line.length; x++) {
    if (chars >= index) return { row, x };
    const cell = line.getCell(x);
    if (!cell) break;
    chars += cell.getChars().length || (cell.getWidth() === 0 ? 0 : 1);
  }
  return { row, x: Math.min(line.length, index) };
}
