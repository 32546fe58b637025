// Object names in the terminal's output (a row of `kubectl get`, `pod/web-…`)
// become xterm links: hovering one highlights the same object in the diagram,
// clicking it opens the inspector. Names are matched against the objects the
// lab store holds, so only real objects light up. A whole row of a table
// (outputIndex.ts) is a link too, for hover only: the pointer anywhere on it
// highlights the row's object.
import type { IBufferCellPosition, ILink, ILinkProvider, Terminal } from '@xterm/xterm';
import type { WatchedResource } from '../../../engine/protocol/index.js';
import { useLab, type ObjectsByResource } from '../../state/labStore.js';
import { refKey, useSelection, type ObjectRef } from '../inspector/selectionStore.js';

/** Resources whose names are worth linking, most specific first (a Pod and its Deployment never share a name). */
const linked: WatchedResource[] = ['pods', 'replicasets', 'deployments', 'services', 'nodes', 'statefulsets', 'daemonsets', 'jobs'];

let cache: { objects: ObjectsByResource; byName: Map<string, ObjectRef> } | undefined;

/** name → the object, preferring the `default` namespace when a name repeats. */
export function namesIndex(objects: ObjectsByResource): Map<string, ObjectRef> {
  if (cache?.objects === objects) return cache.byName;
  const byName = new Map<string, ObjectRef>();
  for (const resource of linked) {
    for (const o of Object.values(objects[resource])) {
      const name = o.metadata.name;
      const prev = byName.get(name);
      if (prev && (prev.namespace === 'default' || o.metadata.namespace !== 'default')) continue;
      byName.set(name, { resource, namespace: o.metadata.namespace, name });
    }
  }
  cache = { objects, byName };
  return byName;
}

/** The linkable words of one line: [start, end) in string indices, with the object. */
export function findObjectNames(line: string, byName: Map<string, ObjectRef>): { start: number; end: number; ref: ObjectRef }[] {
  const out: { start: number; end: number; ref: ObjectRef }[] = [];
  const re = /[a-z0-9]([-a-z0-9.]*[a-z0-9])?/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    // Only whole words: not part of a longer token like `default/web` → `web` is fine, `web-x` is not.
    const before = line[m.index - 1];
    const after = line[m.index + m[0].length];
    if (before && !/[\s/"'(:]/.test(before)) continue;
    if (after && !/[\s"'),]/.test(after)) continue;
    const ref = byName.get(m[0]);
    if (ref) out.push({ start: m.index, end: m.index + m[0].length, ref });
  }
  return out;
}

let leaving: ReturnType<typeof setTimeout> | undefined;

/** Hover from the terminal. Same object again: nothing changes (no redraw, no new decorations). */
export function hoverObject(ref: ObjectRef): void {
  clearTimeout(leaving);
  leaving = undefined;
  const sel = useSelection.getState();
  if (!sel.hovered || refKey(sel.hovered) !== refKey(ref)) sel.hover(ref);
}

/**
 * The pointer left a link. xterm drops and re-asks for the link under the
 * pointer whenever its row is redrawn (as highlighting it does), so clearing at
 * once would flicker; a moment later, unless a link was hovered again.
 */
export function leaveObject(ref: ObjectRef): void {
  clearTimeout(leaving);
  leaving = setTimeout(() => {
    leaving = undefined;
    const h = useSelection.getState().hovered;
    if (h && refKey(h) === refKey(ref)) useSelection.getState().hover(undefined);
  }, 40);
}

export function objectLinkProvider(term: Terminal, rowAt: (line: number) => ObjectRef | undefined = () => undefined): ILinkProvider {
  return {
    provideLinks(y, callback) {
      const line = term.buffer.active.getLine(y - 1);
      if (!line) return callback(undefined);
      const text = line.translateToString(true);
      const found = findObjectNames(text, namesIndex(useLab.getState().objects));
      const row = rowAt(y - 1);
      if (!found.length && !row) return callback(undefined);
      // String index → cell column (wide characters take two cells).
      const col = (idx: number): number => {
        let c = 0;
        for (let x = 0; x < line.length; x++) {
          const cell = line.getCell(x);
          if (!cell) break;
          if (c >= idx) return x + 1;
          c += cell.getChars().length || (cell.getWidth() === 0 ? 0 : 1);
        }
        return line.length;
      };
      const links: ILink[] = found.map(({ start, end, ref }) => {
        const from: IBufferCellPosition = { x: col(start), y };
        const to: IBufferCellPosition = { x: col(end) - 1, y };
        return {
          range: { start: from, end: to },
          text: text.slice(start, end),
          decorations: { pointerCursor: true, underline: true },
          activate: () => useSelection.getState().select(ref),
          hover: () => hoverObject(ref),
          leave: () => leaveObject(ref),
        };
      });
      // Last: a name inside the row (its node, say) wins where it is.
      if (row)
        links.push({
          range: { start: { x: 1, y }, end: { x: term.cols, y } },
          text,
          decorations: { pointerCursor: false, underline: false },
          activate: () => {},
          hover: () => hoverObject(row),
          leave: () => leaveObject(row),
        });
      callback(links);
    },
  };
}
