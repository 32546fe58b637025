// Mirrors pkg/apis/batch/v1/defaults.go: SetDefaults_Job and SetDefaults_CronJob.
// The generated selector and labels are the job strategy's (registry/jobs.ts).
import type { CronJob, Job } from 'kubernetes-types/batch/v1';
import { defaultPodTemplateSpec } from './pod.js';

export function defaultJob(job: Job): void {
  job.spec ??= { template: {} };
  const spec = job.spec;
  // A non-parallel job may leave both unset: both become 1.
  if (spec.completions === undefined && spec.parallelism === undefined) {
    spec.completions = 1;
    spec.parallelism = 1;
  }
  spec.parallelism ??= 1;
  if (spec.backoffLimit === undefined) spec.backoffLimit = spec.backoffLimitPerIndex !== undefined ? 2147483647 : 6;
  const labels = spec.template?.metadata?.labels;
  if (labels && Object.keys(job.metadata?.labels ?? {}).length === 0) {
    job.metadata ??= {};
    job.metadata.labels = { ...labels };
  }
  spec.completionMode ||= 'NonIndexed';
  spec.suspend ??= false;
  for (const rule of spec.podFailurePolicy?.rules ?? []) {
    for (const p of rule.onPodConditions ?? []) p.status ||= 'True';
  }
  spec.podReplacementPolicy ||= spec.podFailurePolicy ? 'Failed' : 'TerminatingOrFailed';
  defaultPodTemplateSpec(spec.template);
}

export function defaultCronJob(cj: CronJob): void {
  cj.spec ??= { schedule: '', jobTemplate: {} };
  const spec = cj.spec;
  spec.concurrencyPolicy ||= 'Allow';
  spec.suspend ??= false;
  spec.successfulJobsHistoryLimit ??= 3;
  spec.failedJobsHistoryLimit ??= 1;
  defaultPodTemplateSpec(spec.jobTemplate?.spec?.template);
}
