// Mirrors the registry's SelectionPredicate: label and field selectors of a
// list or watch, evaluated against each object's labels and GetAttrs fields.
import { newBadRequest } from '../api/errors.js';
import { parseFieldSelector } from '../api/fields.js';
import { parseSelector } from '../api/labels.js';
import type { ResourceInfo } from '../api/resources.js';
import type { Strategy } from './registry/strategy.js';
import type { ListOptions } from './types.js';
import type { WatchTrigger } from '../store/index.js';

export type ObjectFilter = (obj: { metadata?: { name?: string; namespace?: string; labels?: Record<string, string> } }) => boolean;

export function compileSelectors(info: ResourceInfo, opts: ListOptions, strategy: Strategy): ObjectFilter {
  let labelMatch: ObjectFilter | undefined;
  let fieldMatch: ObjectFilter | undefined;
  if (opts.labelSelector) {
    let sel;
    try {
      sel = parseSelector(opts.labelSelector);
    } catch (e) {
      throw newBadRequest(`unable to parse requirement: ${(e as Error).message.replace(/^unable to parse requirement: /, '')}`);
    }
    if (!sel.empty()) labelMatch = (o) => sel.matches(o.metadata?.labels);
  }
  if (opts.fieldSelector) {
    let sel;
    try {
      sel = parseFieldSelector(opts.fieldSelector);
    } catch (e) {
      throw newBadRequest((e as Error).message);
    }
    if (!sel.empty()) {
      for (const r of sel.requirements()) {
        if (r.field !== 'metadata.name' && r.field !== 'metadata.namespace' && !supportsField(info, strategy, r.field)) {
          throw newBadRequest(`field label not supported: ${r.field}`);
        }
      }
      fieldMatch = (o) => {
        const fields: Record<string, string> = {
          'metadata.name': o.metadata?.name ?? '',
          ...(info.namespaced ? { 'metadata.namespace': o.metadata?.namespace ?? '' } : {}),
          ...(strategy.fieldSet?.(o) ?? {}),
        };
        return sel.matches(fields);
      };
    }
  }
  if (labelMatch && fieldMatch) return (o) => labelMatch!(o) && fieldMatch!(o);
  return labelMatch ?? fieldMatch ?? (() => true);
}

/**
 * The trigger of a watch whose field selector requires an exact value of the
 * resource's trigger field (upstream's cacher: only watchers keyed by the value see the event).
 */
export function watchTrigger(opts: ListOptions, strategy: Strategy): WatchTrigger | undefined {
  const t = strategy.watchTrigger;
  if (t === undefined || !opts.fieldSelector) return undefined;
  const value = parseFieldSelector(opts.fieldSelector).requiresExactMatch(t.field);
  return value === undefined ? undefined : { of: t.of as (o: object) => string, value };
}

const probe = { metadata: {}, spec: {}, status: {}, involvedObject: {}, source: {} };

function supportsField(info: ResourceInfo, strategy: Strategy, field: string): boolean {
  if (!strategy.fieldSet) return false;
  try {
    return field in strategy.fieldSet(probe);
  } catch {
    return false;
  }
}
