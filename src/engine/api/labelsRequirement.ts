// Mirrors k8s.io/apimachinery/pkg/labels/selector.go (Requirement, NewRequirement,
// internalSelector, Everything, Nothing): what a label selector is once parsed.
// labels.ts is the public entry point; labelsParser.ts turns text into these.
import { fieldErrorString, GoValue, goQuote, invalid, notSupported, type FieldError } from './errors.js';
import { isQualifiedName, isValidLabelValue } from './validation/identifiers.js';

/** selection.Operator values, spelled as upstream. */
export type Operator = '!' | '=' | '==' | 'in' | '!=' | 'notin' | 'exists' | 'gt' | 'lt';

export type Labels = Readonly<Record<string, string>> | undefined | null;

const binaryOperators: Operator[] = ['in', 'notin', '=', '==', '!=', 'gt', 'lt'];
const validRequirementOperators: Operator[] = [...binaryOperators, 'exists', '!'];
/** The text of `expected:` in parseOperator's error. */
export const binaryOperatorList = binaryOperators.join(', ');

/** An error whose message is exactly what the Go code returns. */
export class SelectorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SelectorError';
  }
}

/** utilerrors.NewAggregate(...).Error(): one message alone, several deduplicated in brackets. */
export function aggregateMessage(msgs: string[]): string {
  if (msgs.length === 1) return msgs[0]!;
  const seen = [...new Set(msgs)];
  return seen.length === 1 ? seen[0]! : `[${seen.join(', ')}]`;
}

const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;

/** strconv.ParseInt(s, 10, 64), or null. */
function parseInt64(s: string): bigint | null {
  if (!/^[+-]?[0-9]+$/.test(s)) return null;
  const n = BigInt(s);
  return n < INT64_MIN || n > INT64_MAX ? null : n;
}

const child = (path: string | undefined, name: string): string => (path ? `${path}.${name}` : name);

/** One clause of a selector: key, operator and (for most operators) values. */
export class Requirement {
  constructor(
    readonly key: string,
    readonly operator: Operator,
    readonly values: readonly string[],
  ) {}

  /** Requirement.Matches: In/= need the key with a listed value; NotIn/!= also match a missing key. */
  matches(labels: Labels): boolean {
    const has = labels != null && Object.prototype.hasOwnProperty.call(labels, this.key);
    const val = has ? labels![this.key]! : '';
    switch (this.operator) {
      case 'in':
      case '=':
      case '==':
        return has && this.values.includes(val);
      case 'notin':
      case '!=':
        return !has || !this.values.includes(val);
      case 'exists':
        return has;
      case '!':
        return !has;
      case 'gt':
      case 'lt': {
        if (!has || this.values.length !== 1) return false;
        const lv = parseInt64(val);
        const rv = parseInt64(this.values[0]!);
        if (lv === null || rv === null) return false;
        return this.operator === 'gt' ? lv > rv : lv < rv;
      }
      default:
        return false;
    }
  }

  /** Requirement.String: "!a", "a", "a=b", "a in (x,y)" with values sorted. */
  toString(): string {
    let s = (this.operator === '!' ? '!' : '') + this.key;
    switch (this.operator) {
      case '!':
      case 'exists':
        return s;
      case 'in':
        s += ' in ';
        break;
      case 'notin':
        s += ' notin ';
        break;
      case 'gt':
        s += '>';
        break;
      case 'lt':
        s += '<';
        break;
      default:
        s += this.operator;
    }
    const vals = this.values.length === 1 ? this.values[0]! : [...this.values].sort().join(',');
    return this.operator === 'in' || this.operator === 'notin' ? `${s}(${vals})` : s + vals;
  }
}

/** validateLabelKey: every message of IsQualifiedName joined with "; ". */
export function labelKeyError(key: string, fieldPath: string): FieldError | null {
  const errs = isQualifiedName(key);
  return errs.length ? invalid(fieldPath, key, errs.join('; ')) : null;
}

const goStringSlice = (xs: readonly string[] | null): GoValue =>
  new GoValue(xs === null ? '[]string(nil)' : `[]string{${xs.map(goQuote).join(', ')}}`);

/**
 * NewRequirement: validates key, operator and values and throws their aggregate.
 * `vals` null stands for Go's nil slice (it prints as `[]string(nil)` in errors).
 * `path` prefixes the field paths ("key", "values[0][app]") as field.WithPath does.
 */
export function newRequirement(key: string, op: Operator, vals: readonly string[] | null, path?: string): Requirement {
  const errs: FieldError[] = [];
  const keyErr = labelKeyError(key, child(path, 'key'));
  if (keyErr) errs.push(keyErr);
  const values = vals ?? [];
  const valuePath = child(path, 'values');
  switch (op) {
    case 'in':
    case 'notin':
      if (values.length === 0) errs.push(invalid(valuePath, goStringSlice(vals), "for 'in', 'notin' operators, values set can't be empty"));
      break;
    case '=':
    case '==':
    case '!=':
      if (values.length !== 1) errs.push(invalid(valuePath, goStringSlice(vals), 'exact-match compatibility requires one single value'));
      break;
    case 'exists':
    case '!':
      if (values.length !== 0) errs.push(invalid(valuePath, goStringSlice(vals), 'values set must be empty for exists and does not exist'));
      break;
    case 'gt':
    case 'lt':
      if (values.length !== 1) errs.push(invalid(valuePath, goStringSlice(vals), "for 'Gt', 'Lt' operators, exactly one value is required"));
      values.forEach((v, i) => {
        if (parseInt64(v) === null) errs.push(invalid(`${valuePath}[${i}]`, v, "for 'Gt', 'Lt' operators, the value must be an integer"));
      });
      break;
    default:
      errs.push(notSupported(child(path, 'operator'), op, validRequirementOperators));
  }
  values.forEach((v, i) => {
    const msgs = isValidLabelValue(v);
    if (msgs.length) errs.push(invalid(`${valuePath}[${i}][${key}]`, v, msgs.join('; ')));
  });
  if (errs.length) throw new SelectorError(aggregateMessage(errs.map(fieldErrorString)));
  return new Requirement(key, op, [...values]);
}

/** labels.Selector. */
export interface Selector {
  matches(labels: Labels): boolean;
  /** True when the selector does not restrict anything (matches everything). */
  empty(): boolean;
  toString(): string;
  requirements(): Requirement[];
  /** A copy with more requirements, re-sorted by key. */
  add(...reqs: Requirement[]): Selector;
  /** RequiresExactMatch: the single value an "=", "==" or one-value "in" requires of a label. */
  requiresExactMatch(label: string): string | undefined;
}

/** Stable sort by key: Go sorts these short lists by insertion sort, which keeps ties in order. */
const byKey = (reqs: Requirement[]): Requirement[] => [...reqs].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

/** internalSelector: the AND of its requirements, kept sorted by key. */
export class InternalSelector implements Selector {
  private readonly reqs: Requirement[];
  constructor(reqs: Requirement[] = []) {
    this.reqs = byKey(reqs);
  }
  matches(labels: Labels): boolean {
    return this.reqs.every((r) => r.matches(labels));
  }
  empty(): boolean {
    return this.reqs.length === 0;
  }
  toString(): string {
    return this.reqs.map((r) => r.toString()).join(',');
  }
  requirements(): Requirement[] {
    return [...this.reqs];
  }
  add(...reqs: Requirement[]): Selector {
    return new InternalSelector([...this.reqs, ...reqs]);
  }
  requiresExactMatch(label: string): string | undefined {
    const r = this.reqs.find((x) => x.key === label);
    if (r && (r.operator === '=' || r.operator === '==' || r.operator === 'in') && r.values.length === 1) return r.values[0];
    return undefined;
  }
}

class NothingSelector implements Selector {
  matches(): boolean {
    return false;
  }
  empty(): boolean {
    return false;
  }
  toString(): string {
    return '';
  }
  requirements(): Requirement[] {
    return [];
  }
  add(): Selector {
    return this;
  }
  requiresExactMatch(): string | undefined {
    return undefined;
  }
}

const everythingSelector = new InternalSelector();
const nothingSelector = new NothingSelector();

/** labels.Everything(): matches all objects. */
export const everything = (): Selector => everythingSelector;
/** labels.Nothing(): matches no object (what a nil LabelSelector means). */
export const nothing = (): Selector => nothingSelector;
/** labels.MatchesNothing. */
export const matchesNothing = (s: Selector): boolean => s === nothingSelector;
