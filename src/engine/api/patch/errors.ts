// Mirrors how the API server reports patch failures (apiserver/pkg/endpoints/handlers/patch.go
// and interpretStrategicMergePatchError): a PatchError carries the library's message and the
// HTTP status the server wraps it in; toStatusError() builds that metav1.Status.
import { StatusError, newBadRequest } from '../errors.js';

/**
 * How the server classifies a patch failure:
 * - Invalid (422): errors.NewGenericServerResponse(422, …, msg). JSON patch ops that do not
 *   apply, and malformed SMP directives. kubectl v1.32 prints it as
 *   `The request is invalid: : <msg>` (the empty field of the UnexpectedServerResponse cause
 *   leaves the doubled colon).
 * - BadRequest (400): undecodable patch bodies; kubectl prints `Error from server (BadRequest): <msg>`.
 * - Unknown (500): any other error from the patch library (missing merge key, …);
 *   kubectl prints `Error from server: <msg>`.
 * - RequestEntityTooLarge (413): more than 10000 JSON patch operations.
 */
export type PatchErrorReason = 'Invalid' | 'BadRequest' | 'Unknown' | 'RequestEntityTooLarge';

const codes: Record<PatchErrorReason, number> = { Invalid: 422, BadRequest: 400, Unknown: 500, RequestEntityTooLarge: 413 };

export class PatchError extends Error {
  constructor(
    message: string,
    readonly reason: PatchErrorReason = 'Invalid',
  ) {
    super(message);
    this.name = 'PatchError';
  }

  get code(): number {
    return codes[this.reason];
  }

  /** The metav1.Status the API server would answer with. */
  toStatusError(): StatusError {
    switch (this.reason) {
      case 'BadRequest':
        return newBadRequest(this.message);
      case 'Invalid':
        return new StatusError({
          kind: 'Status',
          apiVersion: 'v1',
          metadata: {},
          status: 'Failure',
          message: 'the server rejected our request due to an error in our request',
          reason: 'Invalid',
          details: { causes: [{ reason: 'UnexpectedServerResponse', message: this.message }] },
          code: 422,
        });
      case 'RequestEntityTooLarge':
        return new StatusError({
          kind: 'Status',
          apiVersion: 'v1',
          metadata: {},
          status: 'Failure',
          message: `Request entity too large: ${this.message}`,
          reason: 'RequestEntityTooLarge',
          code: 413,
        });
      default:
        return new StatusError({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: this.message, code: 500 });
    }
  }
}

// Messages of k8s.io/apimachinery/pkg/util/mergepatch/errors.go.
export const errBadJSONDoc = (): PatchError => new PatchError('invalid JSON document', 'BadRequest');
export const errNoListOfLists = (): PatchError => new PatchError('lists of lists are not supported', 'BadRequest');
export const errBadPatchFormatForPrimitiveList = (): PatchError => new PatchError('invalid patch format of primitive list');
export const errBadPatchFormatForRetainKeys = (): PatchError => new PatchError('invalid patch format of retainKeys');
export const errBadPatchFormatForSetElementOrderList = (): PatchError => new PatchError('invalid patch format of setElementOrder list');
export const errNoMergeKey = (m: unknown, key: string): PatchError =>
  new PatchError(`map: ${goString(m)} does not contain declared merge key: ${key}`, 'Unknown');
export const errBadPatchType = (t: unknown, m: unknown): PatchError =>
  new PatchError(`unknown patch type: ${goString(t)} in map: ${goString(m)}`, 'Unknown');
export const errBadArgType = (expected: 'map' | 'slice', actual: unknown): PatchError =>
  new PatchError(`expected a ${goTypeName(expected === 'map' ? {} : [])}, but received a ${goTypeName(actual)}`, 'Unknown');
export const unknownError = (message: string): PatchError => new PatchError(message, 'Unknown');

/** reflect.TypeOf(v).String() for a decoded JSON value. */
export function goTypeName(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (Array.isArray(v)) return '[]interface {}';
  switch (typeof v) {
    case 'string':
      return 'string';
    case 'number':
      return Number.isInteger(v) ? 'int64' : 'float64';
    case 'boolean':
      return 'bool';
    default:
      return 'map[string]interface {}';
  }
}

/**
 * Go's `%v` of a decoded JSON value: maps print as `map[k:v …]` with sorted keys, slices as
 * `[a b]`, nil as `<nil>`; numbers like strconv 'g' (80 → 80, 1e21 → 1e+21).
 */
export function goString(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (Array.isArray(v)) return `[${v.map(goString).join(' ')}]`;
  switch (typeof v) {
    case 'string':
      return v;
    case 'number':
      return goNumber(v);
    case 'boolean':
      return String(v);
    case 'object': {
      const o = v as Record<string, unknown>;
      const keys = Object.keys(o).sort();
      return `map[${keys.map((k) => `${k}:${goString(o[k])}`).join(' ')}]`;
    }
    default:
      return String(v);
  }
}

function goNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n);
  // %v of float64 is %g with the shortest representation: exponent when < 1e-4 or >= 1e21.
  const abs = Math.abs(n);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e21)) {
    const [m, e] = n.toExponential().split('e') as [string, string];
    const sign = e.startsWith('-') ? '-' : '+';
    const digits = e.replace(/^[+-]/, '').padStart(2, '0');
    return `${m}e${sign}${digits}`;
  }
  return String(n);
}
