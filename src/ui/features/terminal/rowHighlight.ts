// Highlights, with xterm decorations, every row and name in the terminal that
// refers to the hovered or the selected object (wherever it was hovered: the
// diagram, the inspector, the terminal itself). Only rows still in the buffer
// (outputIndex.ts forgets the rest). Drawn as an overlay styled by terminal.css
// from the theme's variables, so one look serves both themes and rows are lit
// to the terminal's edge, not only under their text.
import type { IDecoration, Terminal } from '@xterm/xterm';
import { refKey, type ObjectRef } from '../inspector/selectionStore.js';
import type { OutputIndex } from './outputIndex.js';

type Kind = 'hovered' | 'selected';

/** Past this many rows of one object, only the newest are lit (a `get -w` can print thousands). */
const maxRows = 1000;

export class RowHighlight {
  private decorations: IDecoration[] = [];
  private shown: Record<Kind, string> = { hovered: '', selected: '' };

  constructor(
    private readonly term: Terminal,
    private readonly index: OutputIndex,
  ) {}

  /** Light the rows of these objects; nothing is redone when they are the ones already lit. */
  show(hovered: ObjectRef | undefined, selected: ObjectRef | undefined, force = false): void {
    const want: Record<Kind, string> = { hovered: hovered ? refKey(hovered) : '', selected: selected ? refKey(selected) : '' };
    if (!force && want.hovered === this.shown.hovered && want.selected === this.shown.selected) return;
    this.clear();
    this.shown = want;
    // The hovered object is drawn last so its colour wins where both apply.
    for (const kind of ['selected', 'hovered'] as const) {
      const key = want[kind];
      if (!key || (kind === 'selected' && key === want.hovered)) continue;
      for (const m of this.index.marksOf(key).slice(-maxRows)) {
        const d = this.term.registerDecoration({
          marker: m.marker,
          x: m.x,
          width: m.width ?? this.term.cols,
        });
        if (!d) continue;
        d.onRender((el) => {
          el.classList.add('term-mark', `term-mark-${kind}`, m.width === undefined ? 'term-mark-row' : 'term-mark-name');
          el.dataset.ref = key;
        });
        this.decorations.push(d);
      }
    }
  }

  /** New output was indexed: light its rows too if they belong to a lit object. */
  added(keys: Set<string>, hovered: ObjectRef | undefined, selected: ObjectRef | undefined): void {
    if ((this.shown.hovered && keys.has(this.shown.hovered)) || (this.shown.selected && keys.has(this.shown.selected))) this.show(hovered, selected, true);
  }

  clear(): void {
    for (const d of this.decorations) d.dispose();
    this.decorations = [];
    this.shown = { hovered: '', selected: '' };
  }
}
