// The informer index the workload controllers share: children by the uid of
// their controller (upstream's controllerUIDIndex in the ReplicaSet controller),
// orphans under `orphan/<namespace>`, so a sync reads only its own children and
// the orphans it may adopt instead of every Pod in the namespace.
import type { SharedInformer } from '../../client/informer.js';
import { getControllerOf, type Meta } from './controllerref.js';

export const controllerUIDIndex = 'controllerUID';

export function orphanIndexValue(namespace: string | undefined): string {
  return `orphan/${namespace ?? ''}`;
}

export function addControllerUIDIndex<T extends Meta>(informer: SharedInformer<T>): void {
  informer.addIndexer(controllerUIDIndex, (o: T) => {
    const ref = getControllerOf(o);
    return [ref?.uid ?? orphanIndexValue(o.metadata?.namespace)];
  });
}

/** The children a controller owns plus the orphans of its namespace: the candidates for a claim. */
export function ownedAndOrphans<T extends Meta>(informer: SharedInformer<T>, owner: Meta): T[] {
  return [
    ...informer.byIndex(controllerUIDIndex, owner.metadata!.uid!),
    ...informer.byIndex(controllerUIDIndex, orphanIndexValue(owner.metadata?.namespace)),
  ];
}
