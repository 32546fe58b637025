// Mirrors pkg/registry/core/event/strategy.go; fieldSet is ToSelectableFields
// (what `kubectl get events --field-selector involvedObject.name=x` filters on).
import type { Event } from 'kubernetes-types/core/v1';
import type { Strategy } from './strategy.js';
import { validateEvent, validateEventUpdate } from '../../api/validation/core.js';

export const strategy: Strategy<Event> = {
  validate: validateEvent,
  validateUpdate: validateEventUpdate,
  fieldSet(ev) {
    const io = ev.involvedObject ?? {};
    return {
      'involvedObject.kind': io.kind ?? '',
      'involvedObject.namespace': io.namespace ?? '',
      'involvedObject.name': io.name ?? '',
      'involvedObject.uid': io.uid ?? '',
      'involvedObject.apiVersion': io.apiVersion ?? '',
      'involvedObject.resourceVersion': io.resourceVersion ?? '',
      'involvedObject.fieldPath': io.fieldPath ?? '',
      reason: ev.reason ?? '',
      reportingComponent: ev.reportingComponent ?? '',
      source: ev.source?.component ?? '',
      type: ev.type ?? '',
    };
  },
};
