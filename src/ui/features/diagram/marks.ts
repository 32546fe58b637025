// Marks the hovered and the selected object where the SVG draws it besides the
// Pods (pods.ts marks those): a Node's frame, a Deployment's or ReplicaSet's
// chip. Class toggles only, so the drawing itself is never redone for a hover.
import { objectAt, refKey, type ObjectRef } from '../inspector/selectionStore.js';

export function markObjects(svg: SVGSVGElement, selected: ObjectRef | undefined, hovered: ObjectRef | undefined): void {
  const sel = selected && refKey(selected);
  const hov = hovered && refKey(hovered);
  for (const el of svg.querySelectorAll('g.frame-g[data-resource], g.owner[data-resource]')) {
    const ref = objectAt(el);
    const key = ref && refKey(ref);
    el.classList.toggle('hovered', key !== undefined && key === hov);
    // A Deployment's chip is drawn selected by the layout (its chain is open).
    if (ref?.resource !== 'deployments') el.classList.toggle('selected', key !== undefined && key === sel);
  }
}
