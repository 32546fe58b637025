// What a push batch says of each object, slimmed (slim.ts): its creation and
// its state at the end of the batch, not every step between (a Pod bound and
// started within one tick arrives as ADDED + one MODIFIED instead of four
// events), the way a slow informer's cache would see it. Other pushes keep
// their order; the objects' events take the place of the first of them.
import type { ObjectEvent, Push } from './messages.js';
import { slimObject } from './slim.js';

/**
 * Each object's events within a batch folded into at most two: its creation
 * (kept as it was: the diagram's story sends a new Pod to the scheduler only
 * if it had no node then) and its last state (MODIFIED, or DELETED).
 */
export function coalesceEvents(events: readonly ObjectEvent[]): ObjectEvent[] {
  const byKey = new Map<string, { added?: ObjectEvent; last: ObjectEvent; count: number }>();
  for (const e of events) {
    const m = e.object.metadata;
    const key = `${e.resource}/${m.namespace ?? ''}/${m.name}`;
    const seen = byKey.get(key);
    // The key moves to the place of its last event: the batch stays in revision order of final states.
    if (seen) byKey.delete(key);
    byKey.set(key, { added: seen ? seen.added : e.type === 'ADDED' ? e : undefined, last: e, count: (seen?.count ?? 0) + 1 });
  }
  const out: ObjectEvent[] = [];
  for (const { added, last, count } of byKey.values()) {
    if (count === 1) out.push(last);
    else {
      if (added) out.push(added);
      out.push(last.type === 'DELETED' ? last : { ...last, type: added ? 'MODIFIED' : last.type === 'ADDED' ? 'MODIFIED' : last.type });
    }
  }
  return out;
}

/** The batch to post: every `objects` push merged, coalesced and slimmed into one, at the first one's place. */
export function coalescePushes(pushes: readonly Push[]): Push[] {
  const events: ObjectEvent[] = [];
  let at = -1;
  const rest: Push[] = [];
  for (const p of pushes) {
    if (p.kind !== 'objects') {
      rest.push(p);
      continue;
    }
    if (at < 0) at = rest.length;
    events.push(...p.events);
  }
  if (at < 0) return rest;
  const slim = coalesceEvents(events).map((e) => ({ ...e, object: slimObject(e.resource, e.object) }));
  if (slim.length) rest.splice(at, 0, { kind: 'objects', events: slim });
  return rest;
}
