// Mirrors pkg/registry/apps/daemonset/strategy.go.
import type { DaemonSet } from 'kubernetes-types/apps/v1';
import type { Strategy } from './strategy.js';
import { defaultDaemonSet } from '../../api/defaults/apps.js';
import { validateDaemonSet, validateDaemonSetUpdate } from '../../api/validation/apps.js';
import { keepSpec, keepStatusBumpGeneration, resetForCreate, type Obj } from './common.js';

const emptyStatus = { currentNumberScheduled: 0, desiredNumberScheduled: 0, numberMisscheduled: 0, numberReady: 0 };

export const strategy: Strategy<DaemonSet> = {
  default: defaultDaemonSet,
  prepareForCreate: (ds) => resetForCreate(ds as Obj, emptyStatus),
  prepareForUpdate: (ds, old) => keepStatusBumpGeneration(ds as Obj, old as Obj),
  validate: validateDaemonSet,
  validateUpdate: validateDaemonSetUpdate,
  prepareForStatusUpdate: (ds, old) => keepSpec(ds as Obj, old as Obj),
  validateStatusUpdate: () => [],
};
