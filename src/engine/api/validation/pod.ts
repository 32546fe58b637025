// Mirrors ValidatePodCreate, ValidatePodUpdate and ValidatePodStatusUpdate in
// pkg/apis/core/validation/validation.go. The diff after "pod updates may not
// change fields other than …" is a readable JSON diff, not go-cmp's exact output.
import type { Container, Pod, PodSpec, Toleration } from 'kubernetes-types/core/v1';
import { forbidden, invalid, required, type FieldError } from '../errors.js';
import { nameIsDNSSubdomain, validateObjectMeta } from './names.js';
import { validatePodSpec, validateTolerations } from './podspec.js';
import { deepEqual, validateImmutableField } from './util.js';
import { inclusiveRangeError } from './identifiers.js';
import { validateObjectMetaUpdate } from './meta.js';

const maxInt32 = 2147483647;

export const updatablePodSpecFields = [
  '`spec.containers[*].image`',
  '`spec.initContainers[*].image`',
  '`spec.activeDeadlineSeconds`',
  '`spec.tolerations` (only additions to existing tolerations)',
  '`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)',
];

function validateContainersOnlyForPod(cs: Container[] | undefined, fld: string): FieldError[] {
  const errs: FieldError[] = [];
  (cs ?? []).forEach((c, i) => {
    if (c.image !== undefined && c.image.trim().length !== c.image.length) {
      errs.push(invalid(`${fld}[${i}].image`, c.image, 'must not have leading or trailing whitespace'));
    }
  });
  return errs;
}

/** validatePodMetadataAndSpec. */
function validatePodMetadataAndSpec(pod: Pod): FieldError[] {
  const errs = validateObjectMeta(pod.metadata ?? {}, true, nameIsDNSSubdomain, 'metadata');
  const ann = pod.metadata?.annotations ?? {};
  const mirror = ann['kubernetes.io/config.mirror'];
  if (mirror !== undefined && !pod.spec?.nodeName) {
    errs.push(invalid('metadata.annotations[kubernetes.io/config.mirror]', mirror, 'must set spec.nodeName if mirror pod annotation is set'));
  }
  errs.push(...validatePodSpec(pod.spec, 'spec', true));
  if (!pod.spec?.serviceAccountName) {
    (pod.spec?.volumes ?? []).forEach((v, vi) =>
      (v.projected?.sources ?? []).forEach((s, si) => {
        if (s.serviceAccountToken) {
          errs.push(forbidden(`spec.volumes[${vi}].projected.sources[${si}].serviceAccountToken`, 'must not be specified when serviceAccountName is not set'));
        }
      }),
    );
  }
  errs.push(...validateContainersOnlyForPod(pod.spec?.containers, 'spec.containers'));
  errs.push(...validateContainersOnlyForPod(pod.spec?.initContainers, 'spec.initContainers'));
  return errs;
}

/** ValidatePodCreate. */
export function validatePodCreate(pod: Pod): FieldError[] {
  const errs = validatePodMetadataAndSpec(pod);
  if (pod.spec?.ephemeralContainers?.length) errs.push(forbidden('spec.ephemeralContainers', 'cannot be set on create'));
  if (pod.spec?.nodeName && pod.spec.schedulingGates?.length) {
    errs.push(forbidden('spec.nodeName', 'cannot be set until all schedulingGates have been cleared'));
  }
  return errs;
}

function validateContainerUpdates(next: Container[], old: Container[], fld: string): { errs: FieldError[]; stop: boolean } {
  if (next.length !== old.length) return { errs: [forbidden(fld, 'pod updates may not add or remove containers')], stop: true };
  const errs: FieldError[] = [];
  next.forEach((c, i) => {
    if (!c.image) errs.push(required(`${fld}[${i}].image`));
    if (c.image && c.image.trim().length !== c.image.length) {
      errs.push(invalid(`${fld}[${i}].image`, c.image, 'must not have leading or trailing whitespace'));
    }
  });
  return { errs, stop: false };
}

function validateOnlyAddedTolerations(next: Toleration[], old: Toleration[], fld: string): FieldError[] {
  for (const o of old) {
    const found = next.some((n) => deepEqual({ ...o, tolerationSeconds: n.tolerationSeconds }, n));
    if (!found) return [forbidden(fld, 'existing toleration can not be modified except its tolerationSeconds')];
  }
  return validateTolerations(next, fld);
}

/** ValidatePodUpdate: only images, activeDeadlineSeconds, added tolerations and removed gates may change. */
export function validatePodUpdate(pod: Pod, old: Pod): FieldError[] {
  const errs = validateObjectMetaUpdate(pod.metadata ?? {}, old.metadata ?? {}, 'metadata');
  errs.push(...validatePodMetadataAndSpec(pod));
  const spec: PodSpec = pod.spec ?? { containers: [] };
  const oldSpec: PodSpec = old.spec ?? { containers: [] };
  for (const key of ['containers', 'initContainers'] as const) {
    const r = validateContainerUpdates(spec[key] ?? [], oldSpec[key] ?? [], `spec.${key}`);
    errs.push(...r.errs);
    if (r.stop) return errs;
  }
  const ads = spec.activeDeadlineSeconds;
  if (ads !== undefined) {
    if (ads < 0 || ads > maxInt32) return [...errs, invalid('spec.activeDeadlineSeconds', ads, inclusiveRangeError(0, maxInt32))];
    if (oldSpec.activeDeadlineSeconds !== undefined && oldSpec.activeDeadlineSeconds < ads) {
      return [...errs, invalid('spec.activeDeadlineSeconds', ads, 'must be less than or equal to previous value')];
    }
  } else if (oldSpec.activeDeadlineSeconds !== undefined) {
    errs.push(invalid('spec.activeDeadlineSeconds', null, 'must not update from a positive integer to nil value'));
  }
  errs.push(...validateOnlyAddedTolerations(spec.tolerations ?? [], oldSpec.tolerations ?? [], 'spec.tolerations'));
  const oldGates = new Set((oldSpec.schedulingGates ?? []).map((g) => g.name));
  (spec.schedulingGates ?? []).forEach((g, i) => {
    if (!oldGates.has(g.name)) errs.push(forbidden(`spec.schedulingGates[${i}].name`, `only deletion is allowed, but found new scheduling gate '${g.name}'`));
  });
  if (deepEqual(spec, oldSpec)) return errs;

  // Munge the updatable fields back to their old values, then compare the rest.
  const munged = JSON.parse(JSON.stringify(spec)) as PodSpec;
  munged.containers = (munged.containers ?? []).map((c, i) => ({ ...c, image: oldSpec.containers[i]?.image }));
  if (munged.initContainers) munged.initContainers = munged.initContainers.map((c, i) => ({ ...c, image: oldSpec.initContainers?.[i]?.image }));
  munged.activeDeadlineSeconds = oldSpec.activeDeadlineSeconds;
  munged.schedulingGates = oldSpec.schedulingGates;
  munged.tolerations = oldSpec.tolerations;
  const oldGrace = oldSpec.terminationGracePeriodSeconds;
  if (oldGrace !== undefined && oldGrace < 0 && munged.terminationGracePeriodSeconds === 1) munged.terminationGracePeriodSeconds = oldGrace;
  if (oldGates.size > 0) {
    munged.nodeSelector = oldSpec.nodeSelector;
    munged.affinity = oldSpec.affinity;
  }
  if (!deepEqual(munged, oldSpec)) {
    errs.push(forbidden('spec', `pod updates may not change fields other than ${updatablePodSpecFields.join(',')}\n${specDiff(oldSpec, munged)}`));
  }
  return errs;
}

/** A compact rendering of what changed, in the spirit of go-cmp's Diff. */
export function specDiff(old: PodSpec, next: PodSpec): string {
  const lines = ['  core.PodSpec{'];
  const keys = [...new Set([...Object.keys(old), ...Object.keys(next)])].sort();
  const o = old as unknown as Record<string, unknown>;
  const n = next as unknown as Record<string, unknown>;
  for (const k of keys) {
    if (deepEqual(o[k], n[k])) continue;
    const name = k.charAt(0).toUpperCase() + k.slice(1);
    if (o[k] !== undefined) lines.push(`- \t${name}: ${JSON.stringify(o[k])},`);
    if (n[k] !== undefined) lines.push(`+ \t${name}: ${JSON.stringify(n[k])},`);
  }
  lines.push('  }');
  return lines.join('\n') + '\n';
}

/** ValidatePodStatusUpdate (the parts a kubelet or scheduler can get wrong). */
export function validatePodStatusUpdate(pod: Pod, old: Pod): FieldError[] {
  const errs = validateObjectMetaUpdate(pod.metadata ?? {}, old.metadata ?? {}, 'metadata');
  if ((pod.spec?.nodeName ?? '') !== (old.spec?.nodeName ?? '')) errs.push(forbidden('status.nodeName', 'may not be changed directly'));
  const nn = pod.status?.nominatedNodeName;
  if (nn && nn !== old.status?.nominatedNodeName) {
    errs.push(...nameIsDNSSubdomain(nn, false).map((m) => invalid('status.nominatedNodeName', nn, m)));
  }
  if (old.status?.qosClass !== undefined) {
    errs.push(...validateImmutableField(pod.status?.qosClass, old.status.qosClass, 'status.qosClass', pod.status?.qosClass ?? ''));
  }
  const rp = old.spec?.restartPolicy;
  if (rp !== 'Always') {
    (old.status?.containerStatuses ?? []).forEach((os, i) => {
      const t = os.state?.terminated;
      if (!t || (t.exitCode !== 0 && rp === 'OnFailure')) return;
      for (const ns of pod.status?.containerStatuses ?? []) {
        if (ns.name === os.name && !ns.state?.terminated) {
          errs.push(forbidden(`status.containerStatuses[${i}].state`, 'may not be transitioned to non-terminated state'));
        }
      }
    });
  }
  return errs;
}
