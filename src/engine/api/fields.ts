// Mirrors k8s.io/apimachinery/pkg/fields (selector.go, requirements.go): field selectors
// such as `spec.nodeName=node01,status.phase!=Running`, with "\," "\=" "\\" escapes in values.
// Which fields a resource supports is the registry's business, not this file's.

export type FieldOperator = '=' | '==' | '!=';

export interface FieldRequirement {
  field: string;
  operator: FieldOperator;
  value: string;
}

export type Fields = Readonly<Record<string, string>>;

export class FieldSelectorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FieldSelectorError';
  }
}

/** fields.Selector. */
export interface FieldSelector {
  /** A missing field reads as "", as fields.Set.Get does. */
  matches(fields: Fields): boolean;
  empty(): boolean;
  /** Terms in parse order: "=" and "==" are both reported as "=" (selection.Equals), as upstream. */
  requirements(): FieldRequirement[];
  /** RequiresExactMatch: the value an equality term requires of a field. */
  requiresExactMatch(field: string): string | undefined;
  /** Transform: rewrite every term (the registry uses it to map field names). */
  transform(fn: (field: string, value: string) => [string, string]): FieldSelector;
  toString(): string;
}

/** fields.EscapeValue: "\" → "\\", "," → "\,", "=" → "\=". */
export function escapeValue(s: string): string {
  return s.replace(/[\\,=]/g, (c) => '\\' + c);
}

/** fields.UnescapeValue: only \\ \, \= are escapes; a bare , or = is an error. */
export function unescapeValue(s: string): string {
  if (!/[\\,=]/.test(s)) return s;
  let out = '';
  let inSlash = false;
  for (const c of s) {
    if (inSlash) {
      if (c !== '\\' && c !== ',' && c !== '=') {
        throw new FieldSelectorError(`invalid field selector: invalid escape sequence: \\${c}`);
      }
      out += c;
      inSlash = false;
    } else if (c === '\\') inSlash = true;
    else if (c === ',' || c === '=') {
      // UnescapedRune formats the rune with %v, which prints its code point: "=" → 61.
      throw new FieldSelectorError(`invalid field selector: unescaped character in value: ${c.codePointAt(0)}`);
    } else out += c;
  }
  if (inSlash) throw new FieldSelectorError('invalid field selector: invalid escape sequence: \\');
  return out;
}

class Term implements FieldSelector {
  constructor(
    readonly field: string,
    readonly value: string,
    readonly negated: boolean,
  ) {}
  matches(fields: Fields): boolean {
    const v = Object.prototype.hasOwnProperty.call(fields, this.field) ? fields[this.field]! : '';
    return this.negated ? v !== this.value : v === this.value;
  }
  empty(): boolean {
    return false;
  }
  requirements(): FieldRequirement[] {
    return [{ field: this.field, operator: this.negated ? '!=' : '=', value: this.value }];
  }
  requiresExactMatch(field: string): string | undefined {
    return !this.negated && field === this.field ? this.value : undefined;
  }
  transform(fn: (field: string, value: string) => [string, string]): FieldSelector {
    const [field, value] = fn(this.field, this.value);
    // hasTerm.Transform: a term rewritten to nothing selects everything.
    if (!this.negated && field === '' && value === '') return everythingFields();
    return new Term(field, value, this.negated);
  }
  toString(): string {
    return `${this.field}${this.negated ? '!=' : '='}${escapeValue(this.value)}`;
  }
}

class AndTerm implements FieldSelector {
  constructor(readonly terms: FieldSelector[] = []) {}
  matches(fields: Fields): boolean {
    return this.terms.every((t) => t.matches(fields));
  }
  empty(): boolean {
    return this.terms.every((t) => t.empty());
  }
  requirements(): FieldRequirement[] {
    return this.terms.flatMap((t) => t.requirements());
  }
  requiresExactMatch(field: string): string | undefined {
    for (const t of this.terms) {
      const v = t.requiresExactMatch(field);
      if (v !== undefined) return v;
    }
    return undefined;
  }
  transform(fn: (field: string, value: string) => [string, string]): FieldSelector {
    return new AndTerm(this.terms.map((t) => t.transform(fn)).filter((t) => !t.empty()));
  }
  toString(): string {
    return this.terms.map((t) => t.toString()).join(',');
  }
}

/** fields.Everything(). */
export function everythingFields(): FieldSelector {
  return new AndTerm();
}

/** fields.OneTermEqualSelector. */
export function oneTermEqualSelector(field: string, value: string): FieldSelector {
  return new Term(field, value, false);
}

/** fields.OneTermNotEqualSelector. */
export function oneTermNotEqualSelector(field: string, value: string): FieldSelector {
  return new Term(field, value, true);
}

/** fields.AndSelectors. */
export function andFieldSelectors(...selectors: FieldSelector[]): FieldSelector {
  return new AndTerm(selectors);
}

/** fields.SelectorFromSet: one equality term per pair (keys sorted here, for determinism). */
export function fieldSelectorFromSet(set: Fields | undefined | null): FieldSelector {
  if (!set) return everythingFields();
  const terms = Object.keys(set)
    .sort()
    .map((k) => new Term(k, set[k]!, false));
  return terms.length === 1 ? terms[0]! : new AndTerm(terms);
}

/** splitTerms: split on commas not escaped by a backslash (the backslash stays in the term). */
function splitTerms(s: string): string[] {
  if (s.length === 0) return [];
  const terms: string[] = [];
  let start = 0;
  let inSlash = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (inSlash) inSlash = false;
    else if (c === '\\') inSlash = true;
    else if (c === ',') {
      terms.push(s.slice(start, i));
      start = i + 1;
    }
  }
  terms.push(s.slice(start));
  return terms;
}

/** splitTerm: the first "!=", "==" or "=" (checked in that order at each position) splits lhs from rhs. */
function splitTerm(term: string): [string, FieldOperator, string] | null {
  for (let i = 0; i < term.length; i++) {
    for (const op of ['!=', '==', '='] as const) {
      if (term.startsWith(op, i)) return [term.slice(0, i), op, term.slice(i + op.length)];
    }
  }
  return null;
}

/** Go's sort.Strings: byte order of UTF-8, which for JS strings is code-point order. */
function goSortStrings(xs: string[]): string[] {
  return xs.sort((a, b) => {
    const ca = [...a].map((c) => c.codePointAt(0)!);
    const cb = [...b].map((c) => c.codePointAt(0)!);
    for (let i = 0; i < Math.min(ca.length, cb.length); i++) if (ca[i] !== cb[i]) return ca[i]! - cb[i]!;
    return ca.length - cb.length;
  });
}

/**
 * fields.ParseSelector. Terms are sorted as strings before parsing, as upstream does,
 * so toString() of "b=1,a=2" is "a=2,b=1". Errors read e.g.
 * `invalid selector: 'spec.nodeName'; can't understand 'spec.nodeName'`.
 */
export function parseFieldSelector(selector: string): FieldSelector {
  const items: FieldSelector[] = [];
  for (const part of goSortStrings(splitTerms(selector))) {
    if (part === '') continue;
    const split = splitTerm(part);
    if (!split) throw new FieldSelectorError(`invalid selector: '${selector}'; can't understand '${part}'`);
    const [lhs, op, rhs] = split;
    items.push(new Term(lhs, unescapeValue(rhs), op === '!='));
  }
  // Upstream ends with an identity Transform, which turns a bare "=" into Everything.
  return (items.length === 1 ? items[0]! : new AndTerm(items)).transform((f, v) => [f, v]);
}
