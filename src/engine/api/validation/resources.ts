// Mirrors ValidateResourceRequirements / ValidateResourceQuantityValue in
// pkg/apis/core/validation/validation.go: resource names, non-negative
// quantities, and requests ≤ limits (e.g. `must be less than or equal to cpu limit of 1`).
import type { ResourceRequirements } from 'kubernetes-types/core/v1';
import { invalid, required, type FieldError } from '../errors.js';
import { isQualifiedName } from './identifiers.js';
import { parseQuantity, type Quantity } from '../quantity.js';
import { isNegativeErrorMsg, keyPath, sortedKeys } from './util.js';

const standardContainerResources = new Set(['cpu', 'memory', 'ephemeral-storage']);

export function isHugePageResourceName(name: string): boolean {
  return name.startsWith('hugepages-');
}

/** Native = no domain, or a `kubernetes.io/` domain. */
function isNativeResource(name: string): boolean {
  return !name.includes('/') || name.includes('kubernetes.io/');
}

/** Requests may differ from limits only for cpu, memory and ephemeral-storage. */
export function isOvercommitAllowed(name: string): boolean {
  return isNativeResource(name) && !isHugePageResourceName(name);
}

function isIntegerResourceName(name: string): boolean {
  return isHugePageResourceName(name) || !isNativeResource(name);
}

function validateContainerResourceName(name: string, fld: string): FieldError[] {
  const errs = isQualifiedName(name).map((m) => invalid(fld, name, m));
  if (!name.includes('/')) {
    if (!standardContainerResources.has(name) && !isHugePageResourceName(name)) {
      errs.push(invalid(fld, name, 'must be a standard resource for containers'));
    }
  } else if (!isNativeResource(name)) {
    if (name.startsWith('requests.')) errs.push(invalid(fld, name, "doesn't follow extended resource name standard"));
  }
  return errs;
}

/** Parses a quantity as the decoder would, reporting a bad string as a field error. */
export function quantityAt(raw: unknown, fld: string, errs: FieldError[]): Quantity | undefined {
  try {
    return parseQuantity(String(raw));
  } catch (e) {
    errs.push(invalid(fld, String(raw), e instanceof Error ? e.message : String(e)));
    return undefined;
  }
}

const zero = (): Quantity => parseQuantity('0');

/** ValidateResourceQuantityValue. */
export function validateResourceQuantityValue(name: string, q: Quantity, fld: string): FieldError[] {
  const errs: FieldError[] = [];
  if (q.cmp(zero()) < 0) errs.push(invalid(fld, q.toString(), isNegativeErrorMsg));
  if (isIntegerResourceName(name) && q.milliValue() % 1000 !== 0) errs.push(invalid(fld, q.toString(), 'must be an integer'));
  return errs;
}

/** ValidateContainerResourceRequirements. */
export function validateResourceRequirements(req: ResourceRequirements | undefined, fld: string): FieldError[] {
  const errs: FieldError[] = [];
  if (!req) return errs;
  const limPath = `${fld}.limits`;
  const reqPath = `${fld}.requests`;
  const limits = new Map<string, Quantity>();
  for (const name of sortedKeys(req.limits)) {
    const p = keyPath(limPath, name);
    errs.push(...validateContainerResourceName(name, p));
    const q = quantityAt(req.limits![name], p, errs);
    if (!q) continue;
    limits.set(name, q);
    errs.push(...validateResourceQuantityValue(name, q, p));
  }
  for (const name of sortedKeys(req.requests)) {
    const p = keyPath(reqPath, name);
    errs.push(...validateContainerResourceName(name, p));
    const q = quantityAt(req.requests![name], p, errs);
    if (!q) continue;
    errs.push(...validateResourceQuantityValue(name, q, p));
    const lim = limits.get(name);
    if (lim) {
      if (q.cmp(lim) !== 0 && !isOvercommitAllowed(name)) {
        errs.push(invalid(reqPath, q.toString(), `must be equal to ${name} limit of ${lim.toString()}`));
      } else if (q.cmp(lim) > 0) {
        errs.push(invalid(reqPath, q.toString(), `must be less than or equal to ${name} limit of ${lim.toString()}`));
      }
    } else if (!isOvercommitAllowed(name) && req.limits?.[name] === undefined) {
      errs.push(required(limPath, 'Limit must be set for non overcommitable resources'));
    }
  }
  return errs;
}
