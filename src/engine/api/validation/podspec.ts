// Mirrors ValidatePodSpec, ValidatePodTemplateSpec, ValidateTolerations and the
// node/pod affinity checks of pkg/apis/core/validation/validation.go.
import type { Affinity, NodeSelectorRequirement, PodSpec, PodTemplateSpec, Toleration } from 'kubernetes-types/core/v1';
import { duplicate, forbidden, invalid, notSupported, required, type FieldError } from '../errors.js';
import { inclusiveRangeError, isValidLabelValue } from './identifiers.js';
import { nameIsDNSSubdomain, validateAnnotations, validateLabelName, validateLabels } from './names.js';
import { validateLabelSelector } from '../labels.js';
import { checkHostPortConflicts, validateContainerCommon, validateDNS1123Label, validateProbesAndLifecycle } from './container.js';
import { validateVolumes } from './volumes.js';

export const restartPolicies = ['Always', 'OnFailure', 'Never'];
const dnsPolicies = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'];
const taintEffects = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];
const maxInt32 = 2147483647;

/** ValidatePodSpec (fld is `spec` for a Pod, `spec.template.spec` for a template). */
export function validatePodSpec(spec: PodSpec | undefined, fld: string, isPod = false): FieldError[] {
  const errs: FieldError[] = [];
  if (!spec) return [required(fld)];
  if (spec.terminationGracePeriodSeconds === undefined) errs.push(required(`${fld}.terminationGracePeriodSeconds`));
  const grace = spec.terminationGracePeriodSeconds;
  const { names, errs: vErrs } = validateVolumes(spec.volumes, `${fld}.volumes`);
  errs.push(...vErrs);

  const containers = spec.containers ?? [];
  const cPath = `${fld}.containers`;
  if (containers.length === 0) errs.push(required(cPath));
  const all = new Set<string>();
  containers.forEach((c, i) => {
    const p = `${cPath}[${i}]`;
    errs.push(...validateContainerCommon(c, names, p));
    if (all.has(c.name)) errs.push(duplicate(`${p}.name`, c.name));
    else all.add(c.name);
    errs.push(...validateProbesAndLifecycle(c, grace, p));
    if (c.restartPolicy !== undefined) errs.push(forbidden(`${p}.restartPolicy`, 'may not be set for non-init containers'));
  });
  errs.push(...checkHostPortConflicts(containers, cPath));

  const iPath = `${fld}.initContainers`;
  (spec.initContainers ?? []).forEach((c, i) => {
    const p = `${iPath}[${i}]`;
    errs.push(...validateContainerCommon(c, names, p));
    const always = c.restartPolicy === 'Always';
    if (c.restartPolicy !== undefined && !always) errs.push(notSupported(`${p}.restartPolicy`, c.restartPolicy, ['Always']));
    if (all.has(c.name)) errs.push(duplicate(`${p}.name`, c.name));
    else if (c.name) all.add(c.name);
    errs.push(...checkHostPortConflicts([c], iPath));
    if (always) errs.push(...validateProbesAndLifecycle(c, grace, p));
    else {
      for (const k of ['lifecycle', 'livenessProbe', 'readinessProbe', 'startupProbe'] as const) {
        if (c[k]) errs.push(forbidden(`${p}.${k}`, 'may not be set for init containers without restartPolicy=Always'));
      }
    }
  });

  if (spec.hostNetwork) {
    containers.forEach((c, i) =>
      (c.ports ?? []).forEach((port, j) => {
        const hp = port.hostPort ?? 0;
        if ((isPod || hp !== 0) && hp !== port.containerPort) {
          errs.push(invalid(`${cPath}[${i}].ports[${j}].hostPort`, hp, 'must match `containerPort` when `hostNetwork` is true'));
        }
      }),
    );
  }
  const rp = spec.restartPolicy ?? '';
  if (!rp) errs.push(required(`${fld}.restartPolicy`));
  else if (!restartPolicies.includes(rp)) errs.push(notSupported(`${fld}.restartPolicy`, rp, restartPolicies));
  const dp = spec.dnsPolicy ?? '';
  if (!dp) errs.push(required(`${fld}.dnsPolicy`));
  else if (!dnsPolicies.includes(dp)) errs.push(notSupported(`${fld}.dnsPolicy`, dp, dnsPolicies));
  errs.push(...validateLabels(spec.nodeSelector, `${fld}.nodeSelector`));
  errs.push(...validateAffinity(spec.affinity, `${fld}.affinity`));
  if (dp === 'None') {
    if (!spec.dnsConfig) errs.push(required(`${fld}.dnsConfig`, 'must provide `dnsConfig` when `dnsPolicy` is None'));
    else if (!spec.dnsConfig.nameservers?.length) {
      errs.push(required(`${fld}.dnsConfig.nameservers`, 'must provide at least one DNS nameserver when `dnsPolicy` is None'));
    }
  }
  if (spec.serviceAccountName) {
    errs.push(...nameIsDNSSubdomain(spec.serviceAccountName, false).map((m) => invalid(`${fld}.serviceAccountName`, spec.serviceAccountName, m)));
  }
  if (spec.nodeName) errs.push(...nameIsDNSSubdomain(spec.nodeName, false).map((m) => invalid(`${fld}.nodeName`, spec.nodeName, m)));
  const ads = spec.activeDeadlineSeconds;
  if (ads !== undefined && (ads < 1 || ads > maxInt32)) errs.push(invalid(`${fld}.activeDeadlineSeconds`, ads, inclusiveRangeError(1, maxInt32)));
  if (spec.hostname) errs.push(...validateDNS1123Label(spec.hostname, `${fld}.hostname`));
  if (spec.subdomain) errs.push(...validateDNS1123Label(spec.subdomain, `${fld}.subdomain`));
  if (spec.tolerations?.length) errs.push(...validateTolerations(spec.tolerations, `${fld}.tolerations`));
  if (spec.priorityClassName) {
    errs.push(...nameIsDNSSubdomain(spec.priorityClassName, false).map((m) => invalid(`${fld}.priorityClassName`, spec.priorityClassName, m)));
  }
  if (spec.preemptionPolicy !== undefined) {
    const pp = spec.preemptionPolicy;
    if (!pp) errs.push(required(`${fld}.preemptionPolicy`));
    else if (pp !== 'PreemptLowerPriority' && pp !== 'Never') errs.push(notSupported(`${fld}.preemptionPolicy`, pp, ['PreemptLowerPriority', 'Never']));
  }
  return errs;
}

/** ValidateTolerations. */
export function validateTolerations(tols: Toleration[], fld: string): FieldError[] {
  const errs: FieldError[] = [];
  tols.forEach((t, i) => {
    const idx = `${fld}[${i}]`;
    const key = t.key ?? '';
    const op = t.operator ?? '';
    if (key) errs.push(...validateLabelName(key, `${idx}.key`));
    if (!key && op !== 'Exists') {
      errs.push(invalid(`${idx}.operator`, op, 'operator must be Exists when `key` is empty, which means "match all values and all keys"'));
    }
    if (t.tolerationSeconds !== undefined && t.effect !== 'NoExecute') {
      errs.push(invalid(`${idx}.effect`, t.effect ?? '', "effect must be 'NoExecute' when `tolerationSeconds` is set"));
    }
    if (op === 'Equal' || op === '') {
      const msgs = isValidLabelValue(t.value ?? '');
      if (msgs.length) errs.push(invalid(`${idx}.operator`, t.value ?? '', msgs.join(';')));
    } else if (op === 'Exists') {
      if (t.value) errs.push(invalid(`${idx}.operator`, t.value, "value must be empty when `operator` is 'Exists'"));
    } else errs.push(notSupported(`${idx}.operator`, op, ['Equal', 'Exists']));
    if (t.effect && !taintEffects.includes(t.effect)) errs.push(notSupported(`${idx}.effect`, t.effect, taintEffects));
  });
  return errs;
}

function validateNodeSelectorRequirement(rq: NodeSelectorRequirement, fld: string): FieldError[] {
  const errs: FieldError[] = [];
  const n = rq.values?.length ?? 0;
  switch (rq.operator) {
    case 'In':
    case 'NotIn':
      if (n === 0) errs.push(required(`${fld}.values`, "must be specified when `operator` is 'In' or 'NotIn'"));
      break;
    case 'Exists':
    case 'DoesNotExist':
      if (n > 0) errs.push(forbidden(`${fld}.values`, "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
      break;
    case 'Gt':
    case 'Lt':
      if (n !== 1) errs.push(required(`${fld}.values`, "must be specified single value when `operator` is 'Lt' or 'Gt'"));
      break;
    default:
      errs.push(invalid(`${fld}.operator`, rq.operator, 'not a valid selector operator'));
  }
  errs.push(...validateLabelName(rq.key, `${fld}.key`));
  (rq.values ?? []).forEach((v, i) => errs.push(...isValidLabelValue(v).map((m) => invalid(`${fld}.values[${i}]`, v, m))));
  return errs;
}

function validateAffinity(a: Affinity | undefined, fld: string): FieldError[] {
  const errs: FieldError[] = [];
  if (!a) return errs;
  const na = a.nodeAffinity;
  if (na?.requiredDuringSchedulingIgnoredDuringExecution) {
    const p = `${fld}.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms`;
    const terms = na.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms ?? [];
    if (terms.length === 0) errs.push(required(p, 'must have at least one node selector term'));
    terms.forEach((t, i) =>
      (t.matchExpressions ?? []).forEach((r, j) => errs.push(...validateNodeSelectorRequirement(r, `${p}[${i}].matchExpressions[${j}]`))),
    );
  }
  (na?.preferredDuringSchedulingIgnoredDuringExecution ?? []).forEach((t, i) => {
    const p = `${fld}.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[${i}]`;
    if (t.weight <= 0 || t.weight > 100) errs.push(invalid(`${p}.weight`, t.weight, 'must be in the range 1-100'));
    (t.preference.matchExpressions ?? []).forEach((r, j) => errs.push(...validateNodeSelectorRequirement(r, `${p}.preference.matchExpressions[${j}]`)));
  });
  for (const kind of ['podAffinity', 'podAntiAffinity'] as const) {
    const pa = a[kind];
    if (!pa) continue;
    (pa.requiredDuringSchedulingIgnoredDuringExecution ?? []).forEach((t, i) => {
      const p = `${fld}.${kind}.requiredDuringSchedulingIgnoredDuringExecution[${i}]`;
      if (t.labelSelector) errs.push(...validateLabelSelector(t.labelSelector, `${p}.labelSelector`));
      if (!t.topologyKey) errs.push(required(`${p}.topologyKey`, 'can not be empty'));
      errs.push(...validateLabelName(t.topologyKey ?? '', `${p}.topologyKey`));
    });
    (pa.preferredDuringSchedulingIgnoredDuringExecution ?? []).forEach((w, i) => {
      const p = `${fld}.${kind}.preferredDuringSchedulingIgnoredDuringExecution[${i}]`;
      if (w.weight <= 0 || w.weight > 100) errs.push(invalid(`${p}.weight`, w.weight, 'must be in the range 1-100'));
      const t = w.podAffinityTerm;
      if (t.labelSelector) errs.push(...validateLabelSelector(t.labelSelector, `${p}.podAffinityTerm.labelSelector`));
      if (!t.topologyKey) errs.push(required(`${p}.podAffinityTerm.topologyKey`, 'can not be empty'));
      errs.push(...validateLabelName(t.topologyKey ?? '', `${p}.podAffinityTerm.topologyKey`));
    });
  }
  return errs;
}

/** ValidatePodTemplateSpec: labels, annotations and the embedded PodSpec. */
export function validatePodTemplateSpec(t: PodTemplateSpec | undefined, fld: string): FieldError[] {
  if (!t) return [required(fld)];
  const errs: FieldError[] = [];
  errs.push(...validateLabels(t.metadata?.labels, `${fld}.labels`));
  errs.push(...validateAnnotations(t.metadata?.annotations, `${fld}.annotations`));
  errs.push(...validatePodSpec(t.spec, `${fld}.spec`));
  if (t.spec?.ephemeralContainers?.length) {
    errs.push(forbidden(`${fld}.spec.ephemeralContainers`, 'ephemeral containers not allowed in pod template'));
  }
  return errs;
}
