// Mirrors the Pod template handling of pkg/controller/job (v1.32): Pods named
// `<job>-<5 random>` (Indexed: `<job>-<index>-<5 random>` with the completion index
// as annotation, label, hostname and JOB_COMPLETION_INDEX), owned by the Job, and
// held by the batch.kubernetes.io/job-tracking finalizer until counted.
import type { Job } from 'kubernetes-types/batch/v1';
import type { Pod } from 'kubernetes-types/core/v1';
import { newControllerRef } from '../util/controllerref.js';
import { podFromTemplate } from '../util/podutil.js';
import { completionIndexAnnotation, jobTrackingFinalizer } from './util.js';

export function newJobPod(job: Job, index: number): Pod {
  const ref = newControllerRef(job, 'batch/v1', 'Job');
  const prefix = index >= 0 ? `${job.metadata!.name}-${index}-` : `${job.metadata!.name}-`;
  const pod = podFromTemplate(job.spec!.template, job.metadata!.namespace!, prefix, ref);
  pod.metadata!.finalizers = [...(pod.metadata!.finalizers ?? []), jobTrackingFinalizer];
  if (index >= 0) {
    pod.metadata!.annotations = { ...(pod.metadata!.annotations ?? {}), [completionIndexAnnotation]: String(index) };
    pod.metadata!.labels = { ...(pod.metadata!.labels ?? {}), [completionIndexAnnotation]: String(index) };
    pod.spec!.hostname = `${job.metadata!.name}-${index}`;
    const env = { name: 'JOB_COMPLETION_INDEX', valueFrom: { fieldRef: { fieldPath: `metadata.labels['${completionIndexAnnotation}']` } } };
    for (const c of [...(pod.spec!.initContainers ?? []), ...pod.spec!.containers]) c.env = [...(c.env ?? []), env];
  }
  return pod;
}
