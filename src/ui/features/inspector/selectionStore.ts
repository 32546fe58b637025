// Which object the student is looking at (clicked: the inspector opens) and
// which one the pointer is over (highlighted wherever it is drawn).
import { create } from 'zustand';
import type { WatchedResource } from '../../../engine/protocol/index.js';

export interface ObjectRef {
  resource: WatchedResource;
  namespace?: string;
  name: string;
}

export function refKey(r: ObjectRef): string {
  return `${r.resource}/${r.namespace ?? ''}/${r.name}`;
}

interface SelectionState {
  selected?: ObjectRef;
  hovered?: ObjectRef;
  select(r: ObjectRef | undefined): void;
  hover(r: ObjectRef | undefined): void;
}

export const useSelection = create<SelectionState>()((set) => ({
  select: (selected) => set({ selected }),
  hover: (hovered) => set({ hovered }),
}));

/** The object an element of the diagram stands for (`data-resource`, `data-ns`, `data-name` on it or an ancestor). */
export function objectAt(target: EventTarget | null): ObjectRef | undefined {
  const el = (target as Element | null)?.closest?.('[data-resource][data-name]');
  if (!el) return undefined;
  return { resource: el.getAttribute('data-resource') as WatchedResource, namespace: el.getAttribute('data-ns') || undefined, name: el.getAttribute('data-name')! };
}
