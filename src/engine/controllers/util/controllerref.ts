// Mirrors pkg/controller/controller_ref_manager.go: a controller claims the
// objects its selector matches (adopting orphans with a strategic-merge patch
// that adds its controllerRef) and releases the ones it owns that stopped
// matching (a patch that deletes its ownerReference), the way upstream patches.
import type { OwnerReference } from 'kubernetes-types/meta/v1';
import { isNotFound, isStatusError } from '../../api/errors.js';
import type { Selector } from '../../api/labels.js';
import type { Client } from '../../client/client.js';
import { errorText } from './errors.js';

export interface Meta {
  apiVersion?: string;
  kind?: string;
  metadata?: {
    name?: string;
    namespace?: string;
    uid?: string;
    labels?: Readonly<Record<string, string>>;
    deletionTimestamp?: string;
    ownerReferences?: readonly OwnerReference[];
  };
}

/** metav1.GetControllerOf: the ownerReference with controller: true. */
export function getControllerOf(obj: Meta): OwnerReference | undefined {
  // A plain loop: this runs for every Pod of every sync of every workload controller.
  const refs = obj.metadata?.ownerReferences;
  if (refs) for (let i = 0; i < refs.length; i++) if (refs[i]!.controller) return refs[i];
  return undefined;
}

/** metav1.NewControllerRef: controller and blockOwnerDeletion both true. */
export function newControllerRef(owner: Meta, apiVersion: string, kind: string): OwnerReference {
  return {
    apiVersion,
    kind,
    name: owner.metadata!.name!,
    uid: owner.metadata!.uid!,
    controller: true,
    blockOwnerDeletion: true,
  };
}

export interface ControllerRefManagerOptions {
  client: Client;
  /** The controller claiming children (a ReplicaSet, a Deployment). */
  controller: Meta;
  controllerAPIVersion: string;
  controllerKind: string;
  selector: Selector;
  /** The children's API resource: pods, replicasets. */
  childGroup: string;
  childResource: string;
  childKind: string;
  /** RecheckDeletionTimestamp: a fresh read of the controller; an error forbids adoption. */
  canAdopt: () => void;
}

/** ClaimPods / ClaimReplicaSets: the children this controller owns after adoption and release. */
export function claimObjects<T extends Meta>(opts: ControllerRefManagerOptions, objs: Iterable<T>): { claimed: T[]; errors: unknown[] } {
  const claimed: T[] = [];
  const errors: unknown[] = [];
  const ctrl = opts.controller.metadata!;
  let canAdoptErr: unknown;
  let checked = false;
  const canAdoptOnce = (): unknown => {
    if (!checked) {
      checked = true;
      try {
        opts.canAdopt();
      } catch (e) {
        canAdoptErr = e;
      }
    }
    return canAdoptErr;
  };
  for (const obj of objs) {
    const m = obj.metadata!;
    const match = opts.selector.matches(m.labels ?? {});
    const ref = getControllerOf(obj);
    try {
      if (ref) {
        if (ref.uid !== ctrl.uid) continue; // owned by someone else
        if (match) {
          claimed.push(obj);
          continue;
        }
        if (ctrl.deletionTimestamp) continue;
        release(opts, obj);
        continue;
      }
      // An orphan: adopt it if it matches and neither side is going away.
      if (ctrl.deletionTimestamp || !match || m.deletionTimestamp) continue;
      if (ctrl.namespace && ctrl.namespace !== m.namespace) continue;
      const err = canAdoptOnce();
      if (err) throw new Error(`can't adopt ${opts.childKind} ${m.namespace}/${m.name} (${m.uid}): ${errorText(err)}`);
      opts.client.patch(opts.childGroup, opts.childResource, m.namespace, m.name!, 'strategic', {
        metadata: {
          ownerReferences: [newControllerRef(opts.controller, opts.controllerAPIVersion, opts.controllerKind)],
          uid: m.uid,
        },
      });
      claimed.push(obj);
    } catch (e) {
      if (isNotFound(e)) continue;
      errors.push(e);
    }
  }
  return { claimed, errors };
}

/** ReleasePod / ReleaseReplicaSet: delete our ownerReference; gone or invalid children are fine. */
function release(opts: ControllerRefManagerOptions, obj: Meta): void {
  const m = obj.metadata!;
  try {
    opts.client.patch(opts.childGroup, opts.childResource, m.namespace, m.name!, 'strategic', {
      metadata: { ownerReferences: [{ $patch: 'delete', uid: opts.controller.metadata!.uid }], uid: m.uid },
    });
  } catch (e) {
    if (isNotFound(e) || (isStatusError(e) && e.code === 422)) return;
    throw e;
  }
}

/** RecheckDeletionTimestamp's check: the controller read fresh must be the same object, not being deleted. */
export function recheckController(fresh: Meta, original: Meta): void {
  const f = fresh.metadata!;
  const o = original.metadata!;
  if (f.uid !== o.uid) throw new Error(`original ${o.namespace}/${o.name} is gone: got uid ${f.uid}, wanted ${o.uid}`);
  if (f.deletionTimestamp) throw new Error(`${o.namespace}/${o.name} has just been deleted at ${f.deletionTimestamp}`);
}
