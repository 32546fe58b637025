// Mirrors k8s.io/apimachinery/pkg/labels (Parse, SelectorFromSet, FormatLabels) and the
// metav1 LabelSelector helpers (LabelSelectorAsSelector, FormatLabelSelector,
// ParseToLabelSelector, validation.ValidateLabelSelector) of v1.32.
import type { LabelSelector, LabelSelectorRequirement } from 'kubernetes-types/meta/v1';
import { forbidden, goQuote, invalid, required, type FieldError } from './errors.js';
import { parseRequirements } from './labelsParser.js';
import {
  InternalSelector,
  newRequirement,
  nothing,
  Requirement,
  SelectorError,
  type Operator,
  type Selector,
} from './labelsRequirement.js';
import { isValidLabelValue } from './validation/identifiers.js';
import { validateLabelName, validateLabels } from './validation/objectmeta.js';

export {
  everything,
  InternalSelector,
  matchesNothing,
  newRequirement,
  nothing,
  Requirement,
  SelectorError,
  type Labels,
  type Operator,
  type Selector,
} from './labelsRequirement.js';
export { parseRequirements } from './labelsParser.js';

/**
 * labels.Parse: `app=web,tier in (fe,be),!canary,version>2`. Throws SelectorError
 * with upstream's message, e.g. "unable to parse requirement: found 'b', expected: in, notin, =, ==, !=, gt, lt".
 * The empty string selects everything.
 */
export function parseSelector(s: string, path?: string): Selector {
  return new InternalSelector(parseRequirements(s, path));
}

/** labels.SelectorFromSet: equality on every pair, not validated; empty selects everything. */
export function selectorFromSet(labels: Readonly<Record<string, string>> | undefined | null): Selector {
  const keys = Object.keys(labels ?? {});
  return new InternalSelector(keys.map((k) => new Requirement(k, '=', [labels![k]!])));
}

/** labels.ValidatedSelectorFromSet: as selectorFromSet, but throws on an invalid key or value. */
export function validatedSelectorFromSet(labels: Readonly<Record<string, string>> | undefined | null): Selector {
  const keys = Object.keys(labels ?? {}).sort();
  return new InternalSelector(keys.map((k) => newRequirement(k, '=', [labels![k]!])));
}

const selectorOps: Record<string, Operator> = { In: 'in', NotIn: 'notin', Exists: 'exists', DoesNotExist: '!' };

/** Selectors of stored (deep-frozen) objects, parsed once: a controller reads its object's selector on every sync. */
const parsed = new WeakMap<LabelSelector, Selector>();

/**
 * metav1.LabelSelectorAsSelector: a missing selector selects nothing, an empty one
 * ({}) everything. Throws on an unknown operator or an invalid requirement.
 */
export function selectorFromLabelSelector(ls: LabelSelector | undefined | null): Selector {
  if (!ls) return nothing();
  if (!Object.isFrozen(ls)) return parseLabelSelector(ls);
  let sel = parsed.get(ls);
  if (!sel) parsed.set(ls, (sel = parseLabelSelector(ls)));
  return sel;
}

function parseLabelSelector(ls: LabelSelector): Selector {
  const matchLabels = ls.matchLabels ?? {};
  const exprs = ls.matchExpressions ?? [];
  if (Object.keys(matchLabels).length + exprs.length === 0) return new InternalSelector();
  const reqs: Requirement[] = [];
  for (const k of Object.keys(matchLabels).sort()) reqs.push(newRequirement(k, '=', [matchLabels[k]!]));
  for (const expr of exprs) {
    const op = Object.prototype.hasOwnProperty.call(selectorOps, expr.operator) ? selectorOps[expr.operator] : undefined;
    if (!op) throw new SelectorError(`${goQuote(expr.operator)} is not a valid pod selector operator`);
    reqs.push(newRequirement(expr.key, op, expr.values && expr.values.length ? expr.values : null));
  }
  return new InternalSelector(reqs);
}

/** metav1.FormatLabelSelector: the SELECTOR column of kubectl; "<none>" when empty, "<error>" when invalid. */
export function formatLabelSelector(ls: LabelSelector | undefined | null): string {
  let s: string;
  try {
    s = selectorFromLabelSelector(ls).toString();
  } catch {
    return '<error>';
  }
  return s === '' ? '<none>' : s;
}

/** labels.Set.String(): "a=b,c=d" with keys sorted. */
export function labelsToString(labels: Readonly<Record<string, string>> | undefined | null): string {
  return Object.keys(labels ?? {})
    .sort()
    .map((k) => `${k}=${labels![k]}`)
    .join(',');
}

/** labels.FormatLabels: the LABELS column of kubectl --show-labels; "<none>" when empty. */
export function formatLabels(labels: Readonly<Record<string, string>> | undefined | null): string {
  return labelsToString(labels) || '<none>';
}

/**
 * metav1.ParseToLabelSelector: text into a LabelSelector (as `kubectl set selector` uses);
 * "=" and "==" become matchLabels, the rest matchExpressions with sorted values.
 */
export function parseToLabelSelector(selector: string): LabelSelector {
  let reqs: Requirement[];
  try {
    reqs = parseRequirements(selector);
  } catch (e) {
    throw new SelectorError(`couldn't parse the selector string "${selector}": ${(e as Error).message}`);
  }
  const out: { matchLabels: Record<string, string>; matchExpressions: LabelSelectorRequirement[] } = {
    matchLabels: {},
    matchExpressions: [],
  };
  const names: Partial<Record<Operator, string>> = { in: 'In', notin: 'NotIn', exists: 'Exists', '!': 'DoesNotExist' };
  for (const r of reqs) {
    if (r.operator === '=' || r.operator === '==') {
      out.matchLabels[r.key] = r.values[0]!;
      continue;
    }
    if (r.operator === 'gt' || r.operator === 'lt') throw new SelectorError(`${goQuote(r.operator)} isn't supported in label selectors`);
    const operator = names[r.operator];
    if (!operator) throw new SelectorError(`${goQuote(r.operator)} is not a valid label selector operator`);
    out.matchExpressions.push({ key: r.key, operator, values: [...new Set(r.values)].sort() });
  }
  return out;
}

/** metav1.LabelSelectorAsMap: only equality-like requirements convert. */
export function labelSelectorAsMap(ls: LabelSelector | undefined | null): Record<string, string> | undefined {
  if (!ls) return undefined;
  const out: Record<string, string> = { ...(ls.matchLabels ?? {}) };
  for (const expr of ls.matchExpressions ?? []) {
    if (expr.operator === 'In') {
      if (expr.values?.length !== 1) {
        throw new SelectorError(`operator ${goQuote(expr.operator)} without a single value cannot be converted into the old label selector format`);
      }
      out[expr.key] = expr.values[0]!;
    } else if (expr.operator === 'NotIn' || expr.operator === 'Exists' || expr.operator === 'DoesNotExist') {
      throw new SelectorError(`operator ${goQuote(expr.operator)} cannot be converted into the old label selector format`);
    } else {
      throw new SelectorError(`${goQuote(expr.operator)} is not a valid selector operator`);
    }
  }
  return out;
}

export interface LabelSelectorValidationOptions {
  /** Skip the label-value check on matchExpressions values (used on update of old objects). */
  allowInvalidLabelValueInSelector?: boolean;
}

/** metav1 validation.ValidateLabelSelectorRequirement. */
export function validateLabelSelectorRequirement(
  sr: LabelSelectorRequirement,
  fldPath: string,
  opts: LabelSelectorValidationOptions = {},
): FieldError[] {
  const errs: FieldError[] = [];
  const values = sr.values ?? [];
  switch (sr.operator) {
    case 'In':
    case 'NotIn':
      if (values.length === 0) errs.push(required(`${fldPath}.values`, "must be specified when `operator` is 'In' or 'NotIn'"));
      break;
    case 'Exists':
    case 'DoesNotExist':
      if (values.length > 0) errs.push(forbidden(`${fldPath}.values`, "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
      break;
    default:
      errs.push(invalid(`${fldPath}.operator`, sr.operator, 'not a valid selector operator'));
  }
  errs.push(...validateLabelName(sr.key, `${fldPath}.key`));
  if (!opts.allowInvalidLabelValueInSelector) {
    values.forEach((v, i) => {
      for (const msg of isValidLabelValue(v)) errs.push(invalid(`${fldPath}.values[${i}]`, v, msg));
    });
  }
  return errs;
}

/** metav1 validation.ValidateLabelSelector: a missing selector is valid here (callers require it). */
export function validateLabelSelector(
  ls: LabelSelector | undefined | null,
  fldPath: string,
  opts: LabelSelectorValidationOptions = {},
): FieldError[] {
  if (!ls) return [];
  const errs = validateLabels(ls.matchLabels, `${fldPath}.matchLabels`);
  (ls.matchExpressions ?? []).forEach((expr, i) => {
    errs.push(...validateLabelSelectorRequirement(expr, `${fldPath}.matchExpressions[${i}]`, opts));
  });
  return errs;
}
