// Mirrors pkg/registry/batch/job/strategy.go: generateSelector (selector on
// batch.kubernetes.io/controller-uid, template labels with the job's name and uid),
// done at create once the uid exists; job labels default to the template's, as the
// storage decoder's SetDefaults_Job does when the object is read back.
import type { Job } from 'kubernetes-types/batch/v1';
import type { Strategy } from './strategy.js';
import { defaultJob } from '../../api/defaults/batch.js';
import {
  controllerUidLabel,
  jobNameLabel,
  legacyControllerUidLabel,
  legacyJobNameLabel,
  validateJob,
  validateJobStatusUpdate,
  validateJobUpdate,
} from '../../api/validation/batch.js';
import { keepSpec, keepStatusBumpGeneration, resetForCreate, type Obj } from './common.js';

export function generateSelector(job: Job): void {
  const uid = job.metadata?.uid ?? '';
  const name = job.metadata?.name ?? '';
  job.spec ??= { template: {} };
  const t = (job.spec.template ??= {});
  t.metadata ??= {};
  const labels = (t.metadata.labels ??= {});
  for (const k of [legacyJobNameLabel, jobNameLabel]) labels[k] ??= name;
  for (const k of [legacyControllerUidLabel, controllerUidLabel]) labels[k] ??= uid;
  job.spec.selector ??= {};
  const ml = (job.spec.selector.matchLabels ??= {});
  ml[controllerUidLabel] ??= uid;
}

export const strategy: Strategy<Job> = {
  default: defaultJob,
  prepareForCreate(job) {
    resetForCreate(job as Obj);
    if (!job.spec?.manualSelector) generateSelector(job);
    const tl = job.spec?.template?.metadata?.labels;
    if (tl && Object.keys(job.metadata?.labels ?? {}).length === 0) {
      job.metadata ??= {};
      job.metadata.labels = { ...tl };
    }
  },
  prepareForUpdate: (job, old) => keepStatusBumpGeneration(job as Obj, old as Obj),
  validate: validateJob,
  validateUpdate: validateJobUpdate,
  prepareForStatusUpdate: (job, old) => keepSpec(job as Obj, old as Obj),
  validateStatusUpdate: validateJobStatusUpdate,
  fieldSet: (job) => ({ 'status.successful': String(job.status?.succeeded ?? 0) }),
};
