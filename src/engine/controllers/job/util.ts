// Mirrors pkg/controller/job/{util.go,indexed_job_utils.go,backoff_utils.go} (v1.32):
// conditions, the pod back-off after failures (10 s doubling to 6 min), indexes.
import type { Job, JobCondition } from 'kubernetes-types/batch/v1';
import type { Pod } from 'kubernetes-types/core/v1';
import { parseRFC3339 } from '../../clock/clock.js';

export const jobTrackingFinalizer = 'batch.kubernetes.io/job-tracking';
export const completionIndexAnnotation = 'batch.kubernetes.io/job-completion-index';
export const defaultJobPodFailureBackOffMs = 10_000;
export const maxJobPodFailureBackOffMs = 360_000;

export function getCondition(job: Job, type: string): JobCondition | undefined {
  return job.status?.conditions?.find((c) => c.type === type);
}

export function hasCondition(job: Job, type: string): boolean {
  return getCondition(job, type)?.status === 'True';
}

/** IsJobFinished: Complete or Failed. */
export function isJobFinished(job: Job): boolean {
  return hasCondition(job, 'Complete') || hasCondition(job, 'Failed');
}

export function newCondition(type: string, status: string, reason: string, message: string, now: string): JobCondition {
  return { type, status, lastProbeTime: now, lastTransitionTime: now, reason, message };
}

/** ensureJobConditionStatus: add or update one condition; true when it changed. */
export function setCondition(conds: JobCondition[], c: JobCondition): boolean {
  const i = conds.findIndex((x) => x.type === c.type);
  if (i < 0) {
    conds.push(c);
    return true;
  }
  const old = conds[i]!;
  if (old.status === c.status && old.reason === c.reason && old.message === c.message) return false;
  conds[i] = { ...c, lastTransitionTime: old.status === c.status ? old.lastTransitionTime : c.lastTransitionTime };
  return true;
}

export const isFinishedPod = (p: Pod) => p.status?.phase === 'Succeeded' || p.status?.phase === 'Failed';

/** When a finished Pod finished: its containers' latest finishedAt, else its Ready transition or creation. */
export function finishedTime(p: Pod): number {
  let t = 0;
  for (const cs of p.status?.containerStatuses ?? []) t = Math.max(t, parseRFC3339(cs.state?.terminated?.finishedAt) ?? 0);
  if (t) return t;
  const ready = p.status?.conditions?.find((c) => c.type === 'Ready');
  return parseRFC3339(ready?.lastTransitionTime) ?? parseRFC3339(p.metadata?.creationTimestamp) ?? 0;
}

/**
 * The back-off before the next Pod after `failures` consecutive failures: 10 s × 2^(n-1),
 * at most 6 min. Example: 3 failures → 40 s after the last one finished.
 */
export function backoffDelayMs(failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(maxJobPodFailureBackOffMs, defaultJobPodFailureBackOffMs * 2 ** (failures - 1));
}

export function getCompletionIndex(p: Pod): number {
  const v = p.metadata?.annotations?.[completionIndexAnnotation] ?? p.metadata?.labels?.[completionIndexAnnotation];
  const n = v === undefined ? NaN : Number(v);
  return Number.isInteger(n) && n >= 0 ? n : -1;
}

/** The compressed interval form of status.completedIndexes: `0-2,5`. */
export function formatIndexes(idx: Iterable<number>): string {
  const s = [...new Set(idx)].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < s.length; ) {
    let j = i;
    while (j + 1 < s.length && s[j + 1] === s[j]! + 1) j++;
    out.push(i === j ? String(s[i]) : `${s[i]}-${s[j]}`);
    i = j + 1;
  }
  return out.join(',');
}

export function parseIndexes(s: string | undefined): Set<number> {
  const out = new Set<number>();
  for (const part of (s ?? '').split(',')) {
    if (!part) continue;
    const [a, b] = part.split('-').map(Number);
    for (let i = a!; i <= (b ?? a!); i++) out.add(i);
  }
  return out;
}
