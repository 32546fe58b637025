// Mirrors k8s.io/apimachinery/pkg/api/validation (objectmeta.go, generic.go) and the
// label helpers of apis/meta/v1/validation, v1.32. Go iterates maps in random order;
// we visit label and annotation keys sorted, so error lists are deterministic.
import type { ObjectMeta, OwnerReference } from 'kubernetes-types/meta/v1';
import { forbidden, GoValue, goQuote, invalid, required, tooLong, type FieldError } from '../errors.js';
import { byteLen, isDNS1035Label, isDNS1123Label, isDNS1123Subdomain, isQualifiedName, isValidLabelValue } from './identifiers.js';

/** ValidateNameFunc: problems with a name; prefix=true when it is a generateName. */
export type ValidateNameFunc = (name: string, prefix: boolean) => string[];

export const isNegativeErrorMsg = 'must be greater than or equal to 0';
export const fieldImmutableErrorMsg = 'field is immutable';
/** TotalAnnotationSizeLimitB: 256 KiB over all keys and values. */
export const totalAnnotationSizeLimitB = 256 * (1 << 10);

/**
 * maskTrailingDash: a generateName may end in '-' because random characters follow.
 * Upstream replaces the last *two* characters with "a" ("web-" is checked as "wea"), kept
 * as is. Upstream would panic on a lone "-"; we leave it unmasked so it fails validation.
 */
function maskTrailingDash(name: string): string {
  return name.length > 1 && name.endsWith('-') ? name.slice(0, -2) + 'a' : name;
}

/** NameIsDNSSubdomain: most kinds (Pod, Deployment, ConfigMap ...). */
export const nameIsDNSSubdomain: ValidateNameFunc = (name, prefix) =>
  isDNS1123Subdomain(prefix ? maskTrailingDash(name) : name);

/** NameIsDNSLabel: Namespace, and names that become a single DNS label. */
export const nameIsDNSLabel: ValidateNameFunc = (name, prefix) => isDNS1123Label(prefix ? maskTrailingDash(name) : name);

/** NameIsDNS1035Label: Service. */
export const nameIsDNS1035Label: ValidateNameFunc = (name, prefix) =>
  isDNS1035Label(prefix ? maskTrailingDash(name) : name);

export const validateNamespaceName = nameIsDNSLabel;
export const validateServiceAccountName = nameIsDNSSubdomain;

const sortedKeys = (m: Record<string, string> | undefined): string[] => (m ? Object.keys(m).sort() : []);

/** ValidateNonnegativeField. */
export function validateNonnegativeField(value: number | undefined, fldPath: string): FieldError[] {
  return value !== undefined && value < 0 ? [invalid(fldPath, value, isNegativeErrorMsg)] : [];
}

/** metav1 validation.ValidateLabelName. */
export function validateLabelName(labelName: string, fldPath: string): FieldError[] {
  return isQualifiedName(labelName).map((msg) => invalid(fldPath, labelName, msg));
}

/** metav1 validation.ValidateLabels: every key a qualified name, every value a label value. */
export function validateLabels(labels: Record<string, string> | undefined, fldPath: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const k of sortedKeys(labels)) {
    const v = labels![k]!;
    errs.push(...validateLabelName(k, fldPath));
    for (const msg of isValidLabelValue(v)) errs.push(invalid(fldPath, v, msg));
  }
  return errs;
}

/** ValidateAnnotations: keys are qualified names in any case; total size ≤ 256 KiB. */
export function validateAnnotations(annotations: Record<string, string> | undefined, fldPath: string): FieldError[] {
  const errs: FieldError[] = [];
  let total = 0;
  for (const k of sortedKeys(annotations)) {
    for (const msg of isQualifiedName(k.toLowerCase())) errs.push(invalid(fldPath, k, msg));
    total += byteLen(k) + byteLen(annotations![k]!);
  }
  if (total > totalAnnotationSizeLimitB) errs.push(tooLong(fldPath, '', totalAnnotationSizeLimitB));
  return errs;
}

const goBoolPtr = (b: boolean | undefined): string => (b === undefined ? '(*bool)(nil)' : '(*bool)(0xc000000000)');

/** %#v of a metav1.OwnerReference (pointers cannot be printed faithfully; a fixed address stands in). */
function goOwnerReference(r: OwnerReference): string {
  return (
    `v1.OwnerReference{APIVersion:${goQuote(r.apiVersion ?? '')}, Kind:${goQuote(r.kind ?? '')}, ` +
    `Name:${goQuote(r.name ?? '')}, UID:${goQuote(r.uid ?? '')}, Controller:${goBoolPtr(r.controller)}, ` +
    `BlockOwnerDeletion:${goBoolPtr(r.blockOwnerDeletion)}}`
  );
}

/** schema.FromAPIVersionAndKind: group and version of "apps/v1" or "v1"; empty when malformed. */
function splitAPIVersion(apiVersion: string): { group: string; version: string } {
  const parts = apiVersion.split('/');
  if (parts.length === 1) return { group: '', version: parts[0]! };
  if (parts.length === 2) return { group: parts[0]!, version: parts[1]! };
  return { group: '', version: '' };
}

function validateOwnerReference(ref: OwnerReference, fldPath: string): FieldError[] {
  const errs: FieldError[] = [];
  const gv = splitAPIVersion(ref.apiVersion ?? '');
  if (!gv.version) errs.push(invalid(`${fldPath}.apiVersion`, ref.apiVersion ?? '', 'version must not be empty'));
  if (!ref.kind) errs.push(invalid(`${fldPath}.kind`, ref.kind ?? '', 'must not be empty'));
  if (!ref.name) errs.push(invalid(`${fldPath}.name`, ref.name ?? '', 'must not be empty'));
  if (!ref.uid) errs.push(invalid(`${fldPath}.uid`, ref.uid ?? '', 'must not be empty'));
  // BannedOwners: an Event may not own anything.
  if (gv.group === '' && gv.version === 'v1' && ref.kind === 'Event') {
    errs.push(invalid(fldPath, new GoValue(goOwnerReference(ref)), '/v1, Kind=Event is disallowed from being an owner'));
  }
  return errs;
}

/** ValidateOwnerReferences: each reference complete, at most one controller. */
export function validateOwnerReferences(refs: OwnerReference[] | undefined, fldPath: string): FieldError[] {
  const errs: FieldError[] = [];
  let firstController = '';
  for (const ref of refs ?? []) {
    errs.push(...validateOwnerReference(ref, fldPath));
    if (ref.controller) {
      const cur = `${ref.kind}/${ref.name}`;
      if (firstController) {
        const bad = new GoValue(`[]v1.OwnerReference{${(refs ?? []).map(goOwnerReference).join(', ')}}`);
        errs.push(
          invalid(
            fldPath,
            bad,
            `Only one reference can have Controller set to true. Found "true" in references for ${firstController} and ${cur}`,
          ),
        );
      } else firstController = cur;
    }
  }
  return errs;
}

const goStringSlice = (xs: string[]): GoValue => new GoValue(`[]string{${xs.map(goQuote).join(', ')}}`);

/** ValidateFinalizerName: a qualified name (core adds "standard or fully qualified" on top). */
export function validateFinalizerName(name: string, fldPath: string): FieldError[] {
  return isQualifiedName(name).map((msg) => invalid(fldPath, name, msg));
}

/** ValidateFinalizers: note the path has no index, as upstream. */
export function validateFinalizers(finalizers: string[] | undefined, fldPath: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const f of finalizers ?? []) errs.push(...validateFinalizerName(f, fldPath));
  if (finalizers?.includes('orphan') && finalizers.includes('foregroundDeletion')) {
    errs.push(invalid(fldPath, goStringSlice(finalizers), 'finalizer orphan and foregroundDeletion cannot be both set'));
  }
  return errs;
}

/**
 * ValidateObjectMeta (create): generateName and name through nameFn, namespace
 * required or forbidden, then generation, labels, annotations, owners, finalizers.
 */
export function validateObjectMeta(
  meta: ObjectMeta | undefined,
  requiresNamespace: boolean,
  nameFn: ValidateNameFunc,
  fldPath = 'metadata',
): FieldError[] {
  const m = meta ?? {};
  const errs: FieldError[] = [];
  if (m.generateName) {
    for (const msg of nameFn(m.generateName, true)) errs.push(invalid(`${fldPath}.generateName`, m.generateName, msg));
  }
  if (!m.name) errs.push(required(`${fldPath}.name`, 'name or generateName is required'));
  else for (const msg of nameFn(m.name, false)) errs.push(invalid(`${fldPath}.name`, m.name, msg));

  if (requiresNamespace) {
    if (!m.namespace) errs.push(required(`${fldPath}.namespace`));
    else for (const msg of validateNamespaceName(m.namespace, false)) errs.push(invalid(`${fldPath}.namespace`, m.namespace, msg));
  } else if (m.namespace) {
    errs.push(forbidden(`${fldPath}.namespace`, 'not allowed on this type'));
  }
  errs.push(...validateNonnegativeField(m.generation, `${fldPath}.generation`));
  errs.push(...validateLabels(m.labels, `${fldPath}.labels`));
  errs.push(...validateAnnotations(m.annotations, `${fldPath}.annotations`));
  errs.push(...validateOwnerReferences(m.ownerReferences, `${fldPath}.ownerReferences`));
  errs.push(...validateFinalizers(m.finalizers, `${fldPath}.finalizers`));
  return errs;
}

/** time.Time.String() of an RFC 3339 UTC timestamp: "2024-05-01 10:00:00 +0000 UTC". */
function goTime(ts: string | undefined): GoValue {
  if (!ts) return new GoValue('0001-01-01 00:00:00 +0000 UTC');
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2}(?:\.\d+)?)Z$/.exec(ts);
  return new GoValue(m ? `${m[1]} ${m[2]} +0000 UTC` : ts);
}

function immutable(changed: boolean, fld: string, bad: FieldError['badValue']): FieldError[] {
  return changed ? [invalid(fld, bad, fieldImmutableErrorMsg)] : [];
}

/** ValidateObjectMetaUpdate: identity and timestamps are immutable; resourceVersion is required. */
export function validateObjectMetaUpdate(newMeta: ObjectMeta, oldMeta: ObjectMeta, fldPath = 'metadata'): FieldError[] {
  const errs: FieldError[] = [];
  if (oldMeta.deletionTimestamp) {
    const old = new Set(oldMeta.finalizers ?? []);
    const extra = [...new Set(newMeta.finalizers ?? [])].filter((f) => !old.has(f)).sort();
    if (extra.length) {
      errs.push(
        forbidden(
          `${fldPath}.finalizers`,
          `no new finalizers can be added if the object is being deleted, found new finalizers ${goStringSlice(extra).text}`,
        ),
      );
    }
  }
  if (!newMeta.resourceVersion) errs.push(invalid(`${fldPath}.resourceVersion`, '', 'must be specified for an update'));
  if ((newMeta.generation ?? 0) < (oldMeta.generation ?? 0)) {
    errs.push(invalid(`${fldPath}.generation`, newMeta.generation ?? 0, 'must not be decremented'));
  }
  const s = (v: string | undefined): string => v ?? '';
  errs.push(...immutable(s(newMeta.name) !== s(oldMeta.name), `${fldPath}.name`, s(newMeta.name)));
  errs.push(...immutable(s(newMeta.namespace) !== s(oldMeta.namespace), `${fldPath}.namespace`, s(newMeta.namespace)));
  errs.push(...immutable(s(newMeta.uid) !== s(oldMeta.uid), `${fldPath}.uid`, s(newMeta.uid)));
  errs.push(
    ...immutable(
      s(newMeta.creationTimestamp) !== s(oldMeta.creationTimestamp),
      `${fldPath}.creationTimestamp`,
      goTime(newMeta.creationTimestamp),
    ),
  );
  errs.push(
    ...immutable(
      s(newMeta.deletionTimestamp) !== s(oldMeta.deletionTimestamp),
      `${fldPath}.deletionTimestamp`,
      newMeta.deletionTimestamp ? goTime(newMeta.deletionTimestamp) : null,
    ),
  );
  errs.push(
    ...immutable(
      newMeta.deletionGracePeriodSeconds !== oldMeta.deletionGracePeriodSeconds,
      `${fldPath}.deletionGracePeriodSeconds`,
      newMeta.deletionGracePeriodSeconds ?? null,
    ),
  );
  errs.push(...validateLabels(newMeta.labels, `${fldPath}.labels`));
  errs.push(...validateAnnotations(newMeta.annotations, `${fldPath}.annotations`));
  errs.push(...validateOwnerReferences(newMeta.ownerReferences, `${fldPath}.ownerReferences`));
  return errs;
}
