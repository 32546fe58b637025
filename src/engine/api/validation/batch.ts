// Mirrors pkg/apis/batch/validation/validation.go: ValidateJob (with the generated
// selector checks), ValidateJobUpdate, ValidateCronJobCreate/Update.
import type { CronJob, Job, JobSpec } from 'kubernetes-types/batch/v1';
import type { ObjectMeta } from 'kubernetes-types/meta/v1';
import { GoValue, invalid, notSupported, required, type FieldError } from '../errors.js';
import { nameIsDNSSubdomain, validateObjectMeta } from './names.js';
import { selectorFromLabelSelector, validateLabelSelector } from '../labels.js';
import { validatePodTemplateSpec } from './podspec.js';
import { validateObjectMetaUpdate } from './meta.js';
import { parseCronSchedule } from './cron.js';
import { deepEqual, goLabelSelector, goStringMap, validateImmutableField, validateNonnegativeField } from './util.js';

export const controllerUidLabel = 'batch.kubernetes.io/controller-uid';
export const legacyControllerUidLabel = 'controller-uid';
export const jobNameLabel = 'batch.kubernetes.io/job-name';
export const legacyJobNameLabel = 'job-name';

/** ValidateHasLabel. */
function validateHasLabel(meta: ObjectMeta | undefined, fld: string, key: string, expected: string): FieldError[] {
  const v = meta?.labels?.[key];
  if (v === undefined) return [required(`${fld}.labels[${key}]`, `must be '${expected}'`)];
  if (v !== expected) return [invalid(`${fld}.labels[${key}]`, goStringMap(meta?.labels), `must be '${expected}'`)];
  return [];
}

/** ValidateGeneratedSelector: the labels and selector the strategy generated are intact. */
function validateGeneratedSelector(job: Job): FieldError[] {
  const errs: FieldError[] = [];
  if (job.spec?.manualSelector) return errs;
  const uid = job.metadata?.uid ?? '';
  const name = job.metadata?.name ?? '';
  if (!uid) errs.push(required('metadata.uid'));
  const tm = job.spec?.template?.metadata;
  const p = 'spec.template.metadata';
  errs.push(...validateHasLabel(tm, p, legacyControllerUidLabel, uid));
  errs.push(...validateHasLabel(tm, p, legacyJobNameLabel, name));
  errs.push(...validateHasLabel(tm, p, controllerUidLabel, uid));
  errs.push(...validateHasLabel(tm, p, jobNameLabel, name));
  if (!deepEqual(job.spec?.selector, { matchLabels: { [controllerUidLabel]: uid } })) {
    errs.push(invalid('spec.selector', goLabelSelector(job.spec?.selector), '`selector` not auto-generated'));
  }
  return errs;
}

/** validateJobSpec: what a Job and a CronJob's jobTemplate share. */
function validateJobSpecCommon(spec: JobSpec | undefined, fld: string): FieldError[] {
  const errs: FieldError[] = [];
  if (!spec) return [required(fld)];
  errs.push(...validateNonnegativeField(spec.parallelism, `${fld}.parallelism`));
  errs.push(...validateNonnegativeField(spec.completions, `${fld}.completions`));
  errs.push(...validateNonnegativeField(spec.activeDeadlineSeconds, `${fld}.activeDeadlineSeconds`));
  errs.push(...validateNonnegativeField(spec.backoffLimit, `${fld}.backoffLimit`));
  errs.push(...validateNonnegativeField(spec.ttlSecondsAfterFinished, `${fld}.ttlSecondsAfterFinished`));
  const mode = spec.completionMode;
  if (mode !== undefined && mode !== 'NonIndexed' && mode !== 'Indexed') {
    errs.push(notSupported(`${fld}.completionMode`, mode, ['NonIndexed', 'Indexed']));
  }
  if (mode === 'Indexed' && spec.completions === undefined) errs.push(required(`${fld}.completions`, 'when completion mode is Indexed'));
  errs.push(...validatePodTemplateSpec(spec.template, `${fld}.template`));
  const rp = spec.template?.spec?.restartPolicy ?? '';
  if (rp !== 'OnFailure' && rp !== 'Never') errs.push(notSupported(`${fld}.template.spec.restartPolicy`, rp, ['OnFailure', 'Never']));
  return errs;
}

export function validateJob(job: Job): FieldError[] {
  const errs = validateObjectMeta(job.metadata ?? {}, true, nameIsDNSSubdomain, 'metadata');
  errs.push(...validateGeneratedSelector(job));
  const spec = job.spec;
  if (!spec?.selector) errs.push(required('spec.selector'));
  else {
    errs.push(...validateLabelSelector(spec.selector, 'spec.selector'));
    const labels = spec.template?.metadata?.labels ?? {};
    let ok = true;
    try {
      ok = selectorFromLabelSelector(spec.selector).matches(labels);
    } catch {
      ok = true;
    }
    if (!ok) errs.push(invalid('spec.template.metadata.labels', goStringMap(spec.template?.metadata?.labels), '`selector` does not match template `labels`'));
  }
  errs.push(...validateJobSpecCommon(spec, 'spec'));
  return errs;
}

export function validateJobUpdate(job: Job, old: Job): FieldError[] {
  const errs = validateObjectMetaUpdate(job.metadata ?? {}, old.metadata ?? {});
  const s = job.spec;
  const o = old.spec;
  errs.push(...validateImmutableField(s?.selector, o?.selector, 'spec.selector', goLabelSelector(s?.selector)));
  // The template may change only while the job is suspended and has never started.
  const mutableTemplate = !!o?.suspend && !old.status?.startTime;
  if (!mutableTemplate) {
    errs.push(...validateImmutableField(s?.template, o?.template, 'spec.template', new GoValue('core.PodTemplateSpec{...}')));
  }
  errs.push(...validateImmutableField(s?.completions, o?.completions, 'spec.completions', s?.completions ?? null));
  errs.push(...validateImmutableField(s?.completionMode, o?.completionMode, 'spec.completionMode', s?.completionMode ?? null));
  errs.push(...validateImmutableField(s?.manualSelector, o?.manualSelector, 'spec.manualSelector', s?.manualSelector ?? null));
  errs.push(...validateImmutableField(s?.podFailurePolicy, o?.podFailurePolicy, 'spec.podFailurePolicy', new GoValue('&batch.PodFailurePolicy{...}')));
  return errs;
}

export function validateJobStatusUpdate(job: Job, old: Job): FieldError[] {
  const errs = validateObjectMetaUpdate(job.metadata ?? {}, old.metadata ?? {});
  const st = job.status ?? {};
  for (const k of ['active', 'succeeded', 'failed'] as const) errs.push(...validateNonnegativeField(st[k], `status.${k}`));
  return errs;
}

const concurrencyPolicies = ['Allow', 'Forbid', 'Replace'];

function validateCronJobSpec(cj: CronJob): FieldError[] {
  const errs: FieldError[] = [];
  const spec = cj.spec;
  if (!spec) return [required('spec')];
  if (!spec.schedule) errs.push(required('spec.schedule'));
  else {
    try {
      parseCronSchedule(spec.schedule);
    } catch (e) {
      errs.push(invalid('spec.schedule', spec.schedule, (e as Error).message));
    }
    if (/^(CRON_)?TZ=/.test(spec.schedule)) {
      errs.push(invalid('spec.schedule', spec.schedule, 'cannot use TZ or CRON_TZ in schedule, use timeZone field instead'));
    }
  }
  errs.push(...validateNonnegativeField(spec.startingDeadlineSeconds, 'spec.startingDeadlineSeconds'));
  const cp = spec.concurrencyPolicy ?? '';
  if (!cp) errs.push(required('spec.concurrencyPolicy'));
  else if (!concurrencyPolicies.includes(cp)) errs.push(notSupported('spec.concurrencyPolicy', cp, concurrencyPolicies));
  const jt = spec.jobTemplate?.spec;
  errs.push(...validateJobSpecCommon(jt, 'spec.jobTemplate.spec'));
  if (jt?.selector) errs.push(invalid('spec.jobTemplate.spec.selector', goLabelSelector(jt.selector), '`selector` will be auto-generated'));
  if (jt?.manualSelector) errs.push(notSupported('spec.jobTemplate.spec.manualSelector', true, ['nil', 'false']));
  errs.push(...validateNonnegativeField(spec.successfulJobsHistoryLimit, 'spec.successfulJobsHistoryLimit'));
  errs.push(...validateNonnegativeField(spec.failedJobsHistoryLimit, 'spec.failedJobsHistoryLimit'));
  return errs;
}

export function validateCronJob(cj: CronJob): FieldError[] {
  const errs = validateObjectMeta(cj.metadata ?? {}, true, nameIsDNSSubdomain, 'metadata');
  const name = cj.metadata?.name ?? '';
  // Job names are <cronjob>-<11 chars>, and must stay a 63-character label.
  if (name.length > 52) errs.push(invalid('metadata.name', name, 'must be no more than 52 characters'));
  errs.push(...validateCronJobSpec(cj));
  return errs;
}

export function validateCronJobUpdate(cj: CronJob, old: CronJob): FieldError[] {
  return validateObjectMetaUpdate(cj.metadata ?? {}, old.metadata ?? {});
}
