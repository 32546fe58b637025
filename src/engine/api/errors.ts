// Mirrors k8s.io/apimachinery/pkg/api/errors and pkg/util/validation/field:
// API failures travel as a metav1.Status inside a StatusError, and validation
// failures are field.Error lists whose text is byte-identical to Kubernetes'.
import type { Status, StatusCause } from 'kubernetes-types/meta/v1';

export type FieldErrorType =
  | 'FieldValueNotFound'
  | 'FieldValueRequired'
  | 'FieldValueDuplicate'
  | 'FieldValueInvalid'
  | 'FieldValueNotSupported'
  | 'FieldValueForbidden'
  | 'FieldValueTooLong'
  | 'FieldValueTooMany'
  | 'InternalError'
  | 'FieldValueTypeInvalid';

const typeText: Record<FieldErrorType, string> = {
  FieldValueNotFound: 'Not found',
  FieldValueRequired: 'Required value',
  FieldValueDuplicate: 'Duplicate value',
  FieldValueInvalid: 'Invalid value',
  FieldValueNotSupported: 'Unsupported value',
  FieldValueForbidden: 'Forbidden',
  FieldValueTooLong: 'Too long',
  FieldValueTooMany: 'Too many',
  InternalError: 'Internal error',
  FieldValueTypeInvalid: 'Invalid value',
};

/**
 * A value already rendered the way Go's `%#v` would print it, for bad values
 * that are not simple scalars (e.g. `map[string]string{"app":"nginx"}`).
 */
export class GoValue {
  constructor(readonly text: string) {}
}

/** Marker for errors that print without a value (field.omitValue). */
export const omitValue: unique symbol = Symbol('omitValue');

export type BadValue = string | number | boolean | null | undefined | GoValue | typeof omitValue;

export interface FieldError {
  type: FieldErrorType;
  field: string;
  badValue?: BadValue;
  detail?: string;
}

/** field.Error.ErrorBody(): the text after "<field>: ". */
export function fieldErrorBody(e: FieldError): string {
  let s: string;
  const t = typeText[e.type];
  if (
    e.type === 'FieldValueRequired' ||
    e.type === 'FieldValueForbidden' ||
    e.type === 'FieldValueTooLong' ||
    e.type === 'InternalError' ||
    e.badValue === omitValue
  ) {
    s = t;
  } else {
    const v = e.badValue;
    if (v === null || v === undefined) s = `${t}: "null"`;
    else if (typeof v === 'string') s = `${t}: ${goQuote(v)}`;
    else if (typeof v === 'number' || typeof v === 'boolean') s = `${t}: ${String(v)}`;
    else if (v instanceof GoValue) s = `${t}: ${v.text}`;
    else s = t;
  }
  if (e.detail) s += `: ${e.detail}`;
  return s;
}

/** field.Error.Error(). */
export function fieldErrorString(e: FieldError): string {
  return `${e.field}: ${fieldErrorBody(e)}`;
}

/** Go's %q for a string: double quotes with Go escapes. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + '"';
}

// Constructors named as in pkg/util/validation/field.
export const required = (field: string, detail = ''): FieldError => ({ type: 'FieldValueRequired', field, detail });
export const invalid = (field: string, badValue: BadValue, detail = ''): FieldError => ({ type: 'FieldValueInvalid', field, badValue, detail });
export const forbidden = (field: string, detail: string): FieldError => ({ type: 'FieldValueForbidden', field, detail });
export const duplicate = (field: string, badValue: BadValue): FieldError => ({ type: 'FieldValueDuplicate', field, badValue });
export const notFound = (field: string, badValue: BadValue): FieldError => ({ type: 'FieldValueNotFound', field, badValue });
export const tooLong = (field: string, badValue: BadValue, maxLength: number): FieldError => ({
  type: 'FieldValueTooLong',
  field,
  badValue,
  detail: `may not be more than ${maxLength} bytes`,
});
export const tooMany = (field: string, actual: number, max: number): FieldError => ({
  type: 'FieldValueTooMany',
  field,
  badValue: actual,
  detail: `must have at most ${max} items`,
});
/** field.NotSupported: `Unsupported value: "x": supported values: "a", "b"`. */
export function notSupported(field: string, badValue: BadValue, validValues: string[]): FieldError {
  const detail = validValues.length ? 'supported values: ' + validValues.map((v) => goQuote(v)).join(', ') : '';
  return { type: 'FieldValueNotSupported', field, badValue, detail };
}

/** A metav1.Status carried as an exception through the engine. */
export class StatusError extends Error {
  constructor(readonly status: Status) {
    super(status.message ?? '');
    this.name = 'StatusError';
  }
  get code(): number {
    return this.status.code ?? 500;
  }
  get reason(): string {
    return this.status.reason ?? '';
  }
}

/** "pods" or "deployments.apps": schema.GroupResource.String(). */
export function qualifiedResource(group: string, resource: string): string {
  return group ? `${resource}.${group}` : resource;
}

function failure(code: number, reason: string, message: string, details?: Status['details']): StatusError {
  const status: Status = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code };
  if (details) status.details = details;
  return new StatusError(status);
}

export function newNotFound(group: string, resource: string, name: string): StatusError {
  return failure(404, 'NotFound', `${qualifiedResource(group, resource)} ${goQuote(name)} not found`, {
    name,
    group: group || undefined,
    kind: resource,
  });
}

export function newAlreadyExists(group: string, resource: string, name: string): StatusError {
  return failure(409, 'AlreadyExists', `${qualifiedResource(group, resource)} ${goQuote(name)} already exists`, {
    name,
    group: group || undefined,
    kind: resource,
  });
}

export function newConflict(group: string, resource: string, name: string, detail: string): StatusError {
  return failure(
    409,
    'Conflict',
    `Operation cannot be fulfilled on ${qualifiedResource(group, resource)} ${goQuote(name)}: ${detail}`,
    { name, group: group || undefined, kind: resource },
  );
}

export const optimisticLockErrorMsg = 'the object has been modified; please apply your changes to the latest version and try again';

/** errors.NewInvalid: `Deployment.apps "x" is invalid: [a: ..., b: ...]`. */
export function newInvalid(group: string, kind: string, name: string, errs: FieldError[]): StatusError {
  const causes: StatusCause[] = errs.map((e) => ({
    reason: e.type,
    message: fieldErrorBody(e),
    field: e.field,
  }));
  const qualifiedKind = group ? `${kind}.${group}` : kind;
  const agg = errs.length === 1 ? fieldErrorString(errs[0]!) : `[${errs.map(fieldErrorString).join(', ')}]`;
  return failure(422, 'Invalid', `${qualifiedKind} ${goQuote(name)} is invalid: ${agg}`, {
    name,
    group: group || undefined,
    kind,
    causes,
  });
}

export function newBadRequest(message: string): StatusError {
  return failure(400, 'BadRequest', message);
}

export function newForbidden(group: string, resource: string, name: string, reason: string): StatusError {
  const subject = name ? `${qualifiedResource(group, resource)} ${goQuote(name)}` : qualifiedResource(group, resource);
  return failure(403, 'Forbidden', `${subject} is forbidden: ${reason}`, { name, group: group || undefined, kind: resource });
}

export function newMethodNotSupported(group: string, resource: string, action: string): StatusError {
  return failure(405, 'MethodNotAllowed', `${action} is not supported on resources of kind ${goQuote(qualifiedResource(group, resource))}`, {
    group: group || undefined,
    kind: resource,
  });
}

/** 410 Gone, as a watch from a compacted revision answers. */
export function newResourceExpired(message: string): StatusError {
  return failure(410, 'Expired', message);
}

export function newInternalError(message: string): StatusError {
  return failure(500, 'InternalError', `Internal error occurred: ${message}`);
}

export function isStatusError(e: unknown): e is StatusError {
  return e instanceof StatusError;
}

export function isNotFound(e: unknown): boolean {
  return e instanceof StatusError && e.reason === 'NotFound';
}

export function isAlreadyExists(e: unknown): boolean {
  return e instanceof StatusError && e.reason === 'AlreadyExists';
}

export function isConflict(e: unknown): boolean {
  return e instanceof StatusError && e.reason === 'Conflict';
}
