// Mirrors pkg/apis/apps/validation/validation.go: Deployment, ReplicaSet,
// StatefulSet, DaemonSet and ControllerRevision, create and update.
import type { ControllerRevision, DaemonSet, Deployment, ReplicaSet, StatefulSet } from 'kubernetes-types/apps/v1';
import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import { GoValue, forbidden, goQuote, invalid, notSupported, required, type FieldError } from '../errors.js';
import { isValidPercent } from './identifiers.js';
import { nameIsDNSSubdomain, validateAnnotations, validateLabels, validateObjectMeta } from './names.js';
import { selectorFromLabelSelector, validateLabelSelector } from '../labels.js';
import { validatePodSpec, validatePodTemplateSpec } from './podspec.js';
import { validateObjectMetaUpdate } from './meta.js';
import { deepEqual, goIntOrString, goLabelSelector, goStringMap, validateImmutableField, validateNonnegativeField } from './util.js';

type IntOrPercent = number | string | undefined;

/** ValidatePositiveIntOrPercent. */
export function validatePositiveIntOrPercent(v: IntOrPercent, fld: string): FieldError[] {
  if (typeof v === 'string') return isValidPercent(v).map((m) => invalid(fld, goIntOrString(v), m));
  return validateNonnegativeField(v ?? 0, fld);
}

function percentValue(v: IntOrPercent): number | undefined {
  if (typeof v !== 'string' || isValidPercent(v).length) return undefined;
  return Number(v.slice(0, -1));
}

function intOrPercentValue(v: IntOrPercent): number {
  return percentValue(v) ?? (typeof v === 'number' ? v : 0);
}

/** IsNotMoreThan100Percent. */
export function isNotMoreThan100Percent(v: IntOrPercent, fld: string): FieldError[] {
  const p = percentValue(v);
  return p !== undefined && p > 100 ? [invalid(fld, goIntOrString(v), 'must not be greater than 100%')] : [];
}

/** Selector checks shared by the workloads: required, valid, non-empty. */
function validateWorkloadSelector(sel: LabelSelector | undefined, kind: string, fld: string): FieldError[] {
  if (!sel) return [required(fld)];
  const errs = validateLabelSelector(sel, fld);
  if (Object.keys(sel.matchLabels ?? {}).length + (sel.matchExpressions?.length ?? 0) === 0) {
    errs.push(invalid(fld, goLabelSelector(sel), `empty selector is invalid for ${kind}`));
  }
  return errs;
}

/**
 * `selector` must match template `labels`. A nil selector selects nothing (so the
 * mismatch is reported beside "Required value"); an empty one selects everything.
 */
function selectorMismatch(sel: LabelSelector | undefined, t: PodTemplateSpec | undefined, fld: string): FieldError[] {
  const labels = t?.metadata?.labels ?? {};
  let matches: boolean;
  if (!sel) matches = false;
  else if (Object.keys(sel.matchLabels ?? {}).length + (sel.matchExpressions?.length ?? 0) === 0) matches = true;
  else {
    try {
      matches = selectorFromLabelSelector(sel).matches(labels);
    } catch {
      return [];
    }
  }
  return matches ? [] : [invalid(fld, goStringMap(t?.metadata?.labels), '`selector` does not match template `labels`')];
}

/** ValidatePodTemplateSpecForReplicaSet (also used by Deployments). */
function validateTemplateForReplicaSet(sel: LabelSelector | undefined, t: PodTemplateSpec | undefined, kind: string, fld: string): FieldError[] {
  if (!t) return [required(fld)];
  const errs = selectorMismatch(sel, t, `${fld}.metadata.labels`);
  errs.push(...validatePodTemplateSpec(t, fld));
  errs.push(...templateRestartRules(t, kind, fld));
  return errs;
}

function templateRestartRules(t: PodTemplateSpec, kind: string, fld: string): FieldError[] {
  const errs: FieldError[] = [];
  const rp = t.spec?.restartPolicy ?? '';
  if (rp !== 'Always') errs.push(notSupported(`${fld}.spec.restartPolicy`, rp, ['Always']));
  if (t.spec?.activeDeadlineSeconds !== undefined) {
    errs.push(forbidden(`${fld}.spec.activeDeadlineSeconds`, `activeDeadlineSeconds in ${kind} is not Supported`));
  }
  return errs;
}

export function validateDeployment(d: Deployment): FieldError[] {
  const errs = validateObjectMeta(d.metadata ?? {}, true, nameIsDNSSubdomain, 'metadata');
  const spec = d.spec ?? ({} as NonNullable<Deployment['spec']>);
  errs.push(...validateNonnegativeField(spec.replicas, 'spec.replicas'));
  errs.push(...validateWorkloadSelector(spec.selector, 'deployment', 'spec.selector'));
  errs.push(...validateTemplateForReplicaSet(spec.selector, spec.template, 'ReplicaSet', 'spec.template'));
  const st = spec.strategy ?? {};
  switch (st.type) {
    case 'Recreate':
      if (st.rollingUpdate) errs.push(forbidden('spec.strategy.rollingUpdate', "may not be specified when strategy `type` is 'Recreate'"));
      break;
    case 'RollingUpdate': {
      const ru = st.rollingUpdate;
      if (!ru) {
        errs.push(required('spec.strategy.rollingUpdate', 'this should be defaulted and never be nil'));
        break;
      }
      const p = 'spec.strategy.rollingUpdate';
      errs.push(...validatePositiveIntOrPercent(ru.maxUnavailable, `${p}.maxUnavailable`));
      errs.push(...validatePositiveIntOrPercent(ru.maxSurge, `${p}.maxSurge`));
      if (intOrPercentValue(ru.maxUnavailable) === 0 && intOrPercentValue(ru.maxSurge) === 0) {
        errs.push(invalid(`${p}.maxUnavailable`, goIntOrString(ru.maxUnavailable), 'may not be 0 when `maxSurge` is 0'));
      }
      errs.push(...isNotMoreThan100Percent(ru.maxUnavailable, `${p}.maxUnavailable`));
      break;
    }
    default: {
      const bad = new GoValue(`apps.DeploymentStrategy{Type:${goQuote(st.type ?? '')}, RollingUpdate:(*apps.RollingUpdateDeployment)(nil)}`);
      errs.push(notSupported('spec.strategy', bad, ['Recreate', 'RollingUpdate']));
    }
  }
  errs.push(...validateNonnegativeField(spec.minReadySeconds, 'spec.minReadySeconds'));
  errs.push(...validateNonnegativeField(spec.revisionHistoryLimit, 'spec.revisionHistoryLimit'));
  const pds = spec.progressDeadlineSeconds;
  if (pds !== undefined) {
    errs.push(...validateNonnegativeField(pds, 'spec.progressDeadlineSeconds'));
    if (pds <= (spec.minReadySeconds ?? 0)) errs.push(invalid('spec.progressDeadlineSeconds', pds, 'must be greater than minReadySeconds'));
  }
  return errs;
}

export function validateDeploymentUpdate(d: Deployment, old: Deployment): FieldError[] {
  const errs = validateObjectMetaUpdate(d.metadata ?? {}, old.metadata ?? {});
  errs.push(...validateImmutableField(d.spec?.selector, old.spec?.selector, 'spec.selector', goLabelSelector(d.spec?.selector)));
  return errs;
}

export function validateReplicaSet(rs: ReplicaSet): FieldError[] {
  const errs = validateObjectMeta(rs.metadata ?? {}, true, nameIsDNSSubdomain, 'metadata');
  const spec = rs.spec ?? ({} as NonNullable<ReplicaSet['spec']>);
  errs.push(...validateNonnegativeField(spec.replicas, 'spec.replicas'));
  errs.push(...validateNonnegativeField(spec.minReadySeconds, 'spec.minReadySeconds'));
  errs.push(...validateWorkloadSelector(spec.selector, 'deployment', 'spec.selector'));
  errs.push(...validateTemplateForReplicaSet(spec.selector, spec.template, 'ReplicaSet', 'spec.template'));
  return errs;
}

export function validateReplicaSetUpdate(rs: ReplicaSet, old: ReplicaSet): FieldError[] {
  const errs = validateObjectMetaUpdate(rs.metadata ?? {}, old.metadata ?? {});
  errs.push(...validateImmutableField(rs.spec?.selector, old.spec?.selector, 'spec.selector', goLabelSelector(rs.spec?.selector)));
  return errs;
}

/** Status of a ReplicaSet or Deployment: counters non-negative and consistent. */
export function validateReplicaCounts(status: Record<string, number | undefined> | undefined, fld: string): FieldError[] {
  const errs: FieldError[] = [];
  const s = status ?? {};
  for (const k of ['replicas', 'fullyLabeledReplicas', 'readyReplicas', 'availableReplicas', 'updatedReplicas', 'observedGeneration']) {
    errs.push(...validateNonnegativeField(s[k], `${fld}.${k}`));
  }
  const replicas = s.replicas ?? 0;
  for (const k of ['fullyLabeledReplicas', 'readyReplicas', 'availableReplicas']) {
    if ((s[k] ?? 0) > replicas) errs.push(invalid(`${fld}.${k}`, s[k] ?? 0, 'cannot be greater than status.replicas'));
  }
  if ((s.availableReplicas ?? 0) > (s.readyReplicas ?? 0) && s.readyReplicas !== undefined) {
    errs.push(invalid(`${fld}.availableReplicas`, s.availableReplicas ?? 0, 'cannot be greater than readyReplicas'));
  }
  return errs;
}

export function validateStatefulSet(sts: StatefulSet): FieldError[] {
  const errs = validateObjectMeta(sts.metadata ?? {}, true, nameIsDNSSubdomain, 'metadata');
  const spec = sts.spec ?? ({} as NonNullable<StatefulSet['spec']>);
  const pmp = spec.podManagementPolicy ?? '';
  if (!pmp) errs.push(required('spec.podManagementPolicy'));
  else if (pmp !== 'OrderedReady' && pmp !== 'Parallel') errs.push(invalid('spec.podManagementPolicy', pmp, "must be 'OrderedReady' or 'Parallel'"));
  const us = spec.updateStrategy ?? {};
  switch (us.type ?? '') {
    case '':
      errs.push(required('spec.updateStrategy'));
      break;
    case 'OnDelete':
      if (us.rollingUpdate) errs.push(invalid('spec.updateStrategy.rollingUpdate', null, "only allowed for updateStrategy 'RollingUpdate'"));
      break;
    case 'RollingUpdate':
      errs.push(...validateNonnegativeField(us.rollingUpdate?.partition, 'spec.updateStrategy.rollingUpdate.partition'));
      break;
    default:
      errs.push(invalid('spec.updateStrategy', null, "must be 'RollingUpdate' or 'OnDelete'"));
  }
  errs.push(...validateNonnegativeField(spec.revisionHistoryLimit, 'spec.revisionHistoryLimit'));
  const pol = spec.persistentVolumeClaimRetentionPolicy;
  for (const k of ['whenDeleted', 'whenScaled'] as const) {
    const v = pol?.[k];
    if (v !== undefined && v !== 'Retain' && v !== 'Delete') {
      errs.push(notSupported(`spec.persistentVolumeClaimRetentionPolicy.${k}`, v, ['Retain', 'Delete']));
    }
  }
  errs.push(...validateNonnegativeField(spec.replicas, 'spec.replicas'));
  errs.push(...validateNonnegativeField(spec.ordinals?.start, 'spec.ordinals.start'));
  errs.push(...validateNonnegativeField(spec.minReadySeconds, 'spec.minReadySeconds'));
  errs.push(...validateWorkloadSelector(spec.selector, 'statefulset', 'spec.selector'));
  const t = spec.template;
  if (!t) errs.push(required('spec.template'));
  else {
    errs.push(...selectorMismatch(spec.selector, t, 'spec.template.metadata.labels'));
    errs.push(...validateLabels(t.metadata?.labels, 'spec.template.labels'));
    errs.push(...validateAnnotations(t.metadata?.annotations, 'spec.template.annotations'));
    // Claims from volumeClaimTemplates are volumes of every pod, so mounts may name them.
    const claims = (spec.volumeClaimTemplates ?? []).map((c) => ({ name: c.metadata?.name ?? '', persistentVolumeClaim: { claimName: c.metadata?.name ?? '' } }));
    const podSpec = t.spec ? { ...t.spec, volumes: [...(t.spec.volumes ?? []), ...claims] } : undefined;
    errs.push(...validatePodSpec(podSpec, 'spec.template.spec'));
    errs.push(...templateRestartRules(t, 'StatefulSet', 'spec.template'));
  }
  (spec.volumeClaimTemplates ?? []).forEach((c, i) => {
    if (!c.metadata?.name) errs.push(required(`spec.volumeClaimTemplates[${i}].metadata.name`));
  });
  return errs;
}

export const statefulSetUpdateForbidden =
  "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden";

export function validateStatefulSetUpdate(sts: StatefulSet, old: StatefulSet): FieldError[] {
  const errs = validateObjectMetaUpdate(sts.metadata ?? {}, old.metadata ?? {});
  const a = { ...(sts.spec ?? {}) } as Record<string, unknown>;
  const b = { ...(old.spec ?? {}) } as Record<string, unknown>;
  for (const k of ['replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy', 'minReadySeconds']) {
    a[k] = b[k];
  }
  if (!deepEqual(a, b)) errs.push(forbidden('spec', statefulSetUpdateForbidden));
  return errs;
}

export function validateDaemonSet(ds: DaemonSet): FieldError[] {
  const errs = validateObjectMeta(ds.metadata ?? {}, true, nameIsDNSSubdomain, 'metadata');
  const spec = ds.spec ?? ({} as NonNullable<DaemonSet['spec']>);
  errs.push(...validateWorkloadSelector(spec.selector, 'daemonset', 'spec.selector'));
  const t = spec.template;
  if (!t) errs.push(required('spec.template'));
  else {
    errs.push(...selectorMismatch(spec.selector, t, 'spec.template.metadata.labels'));
    errs.push(...validatePodTemplateSpec(t, 'spec.template'));
    errs.push(...templateRestartRules(t, 'DaemonSet', 'spec.template'));
  }
  errs.push(...validateNonnegativeField(spec.minReadySeconds, 'spec.minReadySeconds'));
  errs.push(...validateNonnegativeField(spec.revisionHistoryLimit, 'spec.revisionHistoryLimit'));
  const us = spec.updateStrategy ?? {};
  if (us.type === 'RollingUpdate') {
    const ru = us.rollingUpdate;
    const p = 'spec.updateStrategy.rollingUpdate';
    if (!ru) errs.push(required(p));
    else {
      errs.push(...validatePositiveIntOrPercent(ru.maxUnavailable, `${p}.maxUnavailable`));
      errs.push(...validatePositiveIntOrPercent(ru.maxSurge, `${p}.maxSurge`));
      errs.push(...isNotMoreThan100Percent(ru.maxUnavailable, `${p}.maxUnavailable`));
      errs.push(...isNotMoreThan100Percent(ru.maxSurge, `${p}.maxSurge`));
      const hasUnavailable = intOrPercentValue(ru.maxUnavailable) !== 0;
      const hasSurge = intOrPercentValue(ru.maxSurge) !== 0;
      if (hasUnavailable && hasSurge) errs.push(invalid(`${p}.maxSurge`, goIntOrString(ru.maxSurge), 'may not be set when maxUnavailable is non-zero'));
      else if (!hasUnavailable && !hasSurge) errs.push(required(`${p}.maxUnavailable`, 'cannot be 0 when maxSurge is 0'));
    }
  } else if (us.type !== 'OnDelete') {
    errs.push(notSupported('spec.updateStrategy.type', us.type ?? '', ['OnDelete', 'RollingUpdate']));
  }
  return errs;
}

export function validateDaemonSetUpdate(ds: DaemonSet, old: DaemonSet): FieldError[] {
  const errs = validateObjectMetaUpdate(ds.metadata ?? {}, old.metadata ?? {});
  errs.push(...validateImmutableField(ds.spec?.selector, old.spec?.selector, 'spec.selector', goLabelSelector(ds.spec?.selector)));
  return errs;
}

export function validateControllerRevision(cr: ControllerRevision): FieldError[] {
  const errs = validateObjectMeta(cr.metadata ?? {}, true, nameIsDNSSubdomain, 'metadata');
  if (cr.data === undefined || cr.data === null) errs.push(required('data'));
  errs.push(...validateNonnegativeField(cr.revision, 'revision'));
  return errs;
}

export function validateControllerRevisionUpdate(cr: ControllerRevision, old: ControllerRevision): FieldError[] {
  const errs = validateObjectMetaUpdate(cr.metadata ?? {}, old.metadata ?? {});
  errs.push(...validateImmutableField(cr.data, old.data, 'data', new GoValue('runtime.RawExtension{...}')));
  return errs;
}
