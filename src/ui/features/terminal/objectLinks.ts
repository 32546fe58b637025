// Object names in the terminal's output (a row of `kubectl get`, `pod/web-…`)
// become xterm links: hovering one highlights the same object in the diagram,
// clicking it opens the inspector. Names are matched against the objects the
// lab store holds, so only real objects light up.
import type { IBufferCellPosition, ILink, ILinkProvider, Terminal } from '@xterm/xterm';
import type { WatchedResource } from '../../../engine/protocol/index.js';
import { useLab, type ObjectsByResource } from '../../state/labStore.js';
import { useSelection, type ObjectRef } from '../inspector/selectionStore.js';

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

export function objectLinkProvider(term: Terminal): ILinkProvider {
  return {
    provideLinks(y, callback) {
      const line = term.buffer.active.getLine(y - 1);
      if (!line) return callback(undefined);
      const text = line.translateToString(true);
      const found = findObjectNames(text, namesIndex(useLab.getState().objects));
      if (!found.length) return callback(undefined);
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
          hover: () => useSelection.getState().hover(ref),
          leave: () => useSelection.getState().hover(undefined),
        };
      });
      callback(links);
    },
  };
}
