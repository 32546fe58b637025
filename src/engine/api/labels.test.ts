import { describe, expect, it } from 'vitest';
import { fieldErrorString } from './errors.js';
import {
  everything,
  formatLabels,
  formatLabelSelector,
  labelSelectorAsMap,
  matchesNothing,
  newRequirement,
  nothing,
  parseSelector,
  parseToLabelSelector,
  Requirement,
  selectorFromLabelSelector,
  selectorFromSet,
  validateLabelSelector,
} from './labels.js';

const qualifiedNameRegex =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const labelValueRegex =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

describe('parseSelector (TestSelectorParse)', () => {
  it.each([
    ['', ''],
    ['x=a,y=b,z=c', 'x=a,y=b,z=c'],
    ['x!=a,y=b', 'x!=a,y=b'],
    ['x=', 'x='],
    ['x= ', 'x='],
    ['x=,z= ', 'x=,z='],
    ['x= ,z= ', 'x=,z='],
    ['!x', '!x'],
    ['x>1', 'x>1'],
    ['x>1,z<5', 'x>1,z<5'],
    ['x==a', 'x==a'],
    ['z in (b,a),y', 'y,z in (a,b)'],
    ['x notin (a)', 'x notin (a)'],
    ['x in ()', 'x in ()'],
    ['x in (a,,b)', 'x in (,a,b)'],
    ['x in (,)', 'x in ()'],
    ['x in (in,notin)', 'x in (in,notin)'],
    ['a=in', 'a=in'],
    ['  app = web , tier  in  ( fe ) ', 'app=web,tier in (fe)'],
    ['example.com/app=web', 'example.com/app=web'],
    ['b=1,a=2,b!=3', 'a=2,b=1,b!=3'],
  ])('%j → %j', (input, want) => {
    expect(parseSelector(input).toString()).toBe(want);
  });

  it.each([
    ['x=a||y=b', `unable to parse requirement: values[0][x]: Invalid value: "a||y": ${labelValueRegex}`],
    ['a b', "unable to parse requirement: found 'b', expected: in, notin, =, ==, !=, gt, lt"],
    ['a in (', "unable to parse requirement: found '', expected: ',', ')' or identifier"],
    ['a in', "unable to parse requirement: found '' expected: '('"],
    ['x in (a,b', "unable to parse requirement: found '', expected: ',' or ')'"],
    ['a,', "found '', expected: identifier after ','"],
    ['a in (x) y', "found 'y', expected: ',' or 'end of string'"],
    ['=x', "found '=', expected: !, identifier, or 'end of string'"],
    ['!x=a', "found '=', expected: ',' or 'end of string'"],
    ['x==a==b', "found '==', expected: ',' or 'end of string'"],
    ['a>b', `unable to parse requirement: values[0]: Invalid value: "b": for 'Gt', 'Lt' operators, the value must be an integer`],
    ['a=b$', `unable to parse requirement: values[0][a]: Invalid value: "b$": ${labelValueRegex}`],
    ['app:web', `unable to parse requirement: <nil>: Invalid value: "app:web": ${qualifiedNameRegex}`],
    ['!', "unable to parse requirement: found '', expected: identifier"],
  ])('%j fails with upstream text', (input, message) => {
    let got = '';
    try {
      parseSelector(input);
    } catch (e) {
      got = (e as Error).message;
    }
    expect(got).toBe(message);
  });

  it('reports a key with too many slashes as a qualified name', () => {
    expect(() => parseSelector('a/b/c=d')).toThrow(
      `unable to parse requirement: <nil>: Invalid value: "a/b/c": a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
    );
  });
});

describe('matching (TestSelectorMatches)', () => {
  it.each([
    ['', {}, true],
    ['', { x: 'y' }, true],
    ['x=y', { x: 'y' }, true],
    ['x=y,z=w', { x: 'y', z: 'w' }, true],
    ['x!=y,z!=w', { x: 'z', z: 'a' }, true],
    ['notin=in', { notin: 'in' }, true],
    ['x', { x: 'z' }, true],
    ['!x', { y: 'z' }, true],
    ['x>1', { x: '2' }, true],
    ['x<1', { x: '0' }, true],
    ['x=z', {}, false],
    ['x=y', { x: 'z' }, false],
    ['x=y,z=w', { x: 'w', z: 'w' }, false],
    ['x!=y,z!=w', { x: 'z', z: 'w' }, false],
    ['x', { y: 'z' }, false],
    ['!x', { x: 'z' }, false],
    ['x>1', { x: '0' }, false],
    ['x<1', { x: '2' }, false],
    ['x>1', { x: 'abc' }, false],
    ['x in (a,b)', { x: 'b' }, true],
    ['x in (a,b)', {}, false],
    ['x notin (a,b)', {}, true],
    ['x notin (a,b)', { x: 'a' }, false],
    ['x in ()', { x: '' }, true],
    ['x=', {}, false],
    ['x!=', {}, true],
  ] as [string, Record<string, string>, boolean][])('%j on %j → %s', (sel, labels, want) => {
    expect(parseSelector(sel).matches(labels)).toBe(want);
  });

  it('treats undefined labels as an empty set', () => {
    expect(parseSelector('!x').matches(undefined)).toBe(true);
    expect(parseSelector('x').matches(undefined)).toBe(false);
    expect(everything().matches(undefined)).toBe(true);
  });

  it('does not see inherited properties as labels', () => {
    expect(parseSelector('constructor').matches({})).toBe(false);
  });
});

describe('Requirement', () => {
  it('prints like Requirement.String', () => {
    expect(new Requirement('x', 'in', ['b', 'a']).toString()).toBe('x in (a,b)');
    expect(new Requirement('x', 'gt', ['1']).toString()).toBe('x>1');
    expect(new Requirement('x', 'exists', []).toString()).toBe('x');
  });

  it('validates like NewRequirement', () => {
    expect(() => newRequirement('x', 'in', null)).toThrow(
      "values: Invalid value: []string(nil): for 'in', 'notin' operators, values set can't be empty",
    );
    expect(() => newRequirement('x', '=', ['a', 'b'])).toThrow(
      'values: Invalid value: []string{"a", "b"}: exact-match compatibility requires one single value',
    );
    expect(() => newRequirement('x', 'exists', ['a'])).toThrow(
      'values: Invalid value: []string{"a"}: values set must be empty for exists and does not exist',
    );
    expect(() => newRequirement('-x', '=', ['a b'])).toThrow(
      `[key: Invalid value: "-x": ${qualifiedNameRegex}, values[0][-x]: Invalid value: "a b": ${labelValueRegex}]`,
    );
    expect(() => newRequirement('x', 'bad' as never, [])).toThrow(
      'operator: Unsupported value: "bad": supported values: "in", "notin", "=", "==", "!=", "gt", "lt", "exists", "!"',
    );
  });
});

describe('metav1 helpers', () => {
  it('LabelSelectorAsSelector: nil selects nothing, {} everything', () => {
    const none = selectorFromLabelSelector(undefined);
    expect(matchesNothing(none)).toBe(true);
    expect(none.matches({ a: 'b' })).toBe(false);
    expect(none.empty()).toBe(false);
    expect(selectorFromLabelSelector({}).matches({ a: 'b' })).toBe(true);
    expect(selectorFromLabelSelector({ matchLabels: {}, matchExpressions: [] }).empty()).toBe(true);
    expect(matchesNothing(nothing())).toBe(true);
  });

  it('converts matchLabels and matchExpressions', () => {
    const s = selectorFromLabelSelector({
      matchLabels: { app: 'web', tier: 'fe' },
      matchExpressions: [
        { key: 'env', operator: 'In', values: ['prod', 'dev'] },
        { key: 'canary', operator: 'DoesNotExist' },
        { key: 'zone', operator: 'Exists' },
        { key: 'rack', operator: 'NotIn', values: ['r1'] },
      ],
    });
    expect(s.toString()).toBe('app=web,!canary,env in (dev,prod),rack notin (r1),tier=fe,zone');
    expect(s.matches({ app: 'web', tier: 'fe', env: 'dev', zone: 'a' })).toBe(true);
    expect(s.matches({ app: 'web', tier: 'fe', env: 'dev', zone: 'a', canary: 'y' })).toBe(false);
    expect(s.requiresExactMatch('app')).toBe('web');
    expect(() => selectorFromLabelSelector({ matchExpressions: [{ key: 'a', operator: 'Foo' }] })).toThrow(
      '"Foo" is not a valid pod selector operator',
    );
  });

  it('FormatLabelSelector prints the SELECTOR column', () => {
    expect(formatLabelSelector({ matchLabels: { app: 'nginx' } })).toBe('app=nginx');
    expect(formatLabelSelector({})).toBe('<none>');
    expect(formatLabelSelector(undefined)).toBe('<none>');
    expect(formatLabelSelector({ matchExpressions: [{ key: 'a', operator: 'In', values: [] }] })).toBe('<error>');
  });

  it('selectorFromSet and formatLabels', () => {
    expect(selectorFromSet({ b: '2', a: '1' }).toString()).toBe('a=1,b=2');
    expect(selectorFromSet({}).empty()).toBe(true);
    expect(selectorFromSet(undefined).matches({ x: 'y' })).toBe(true);
    expect(formatLabels({ run: 'nginx', app: 'x' })).toBe('app=x,run=nginx');
    expect(formatLabels({})).toBe('<none>');
  });

  it('ParseToLabelSelector and LabelSelectorAsMap', () => {
    expect(parseToLabelSelector('app=web,env in (b,a),!x')).toEqual({
      matchLabels: { app: 'web' },
      matchExpressions: [
        { key: 'env', operator: 'In', values: ['a', 'b'] },
        { key: 'x', operator: 'DoesNotExist', values: [] },
      ],
    });
    expect(() => parseToLabelSelector('a in (')).toThrow(
      `couldn't parse the selector string "a in (": unable to parse requirement: found '', expected: ',', ')' or identifier`,
    );
    expect(() => parseToLabelSelector('a>1')).toThrow(`"gt" isn't supported in label selectors`);
    expect(labelSelectorAsMap({ matchLabels: { a: 'b' }, matchExpressions: [{ key: 'c', operator: 'In', values: ['d'] }] })).toEqual({
      a: 'b',
      c: 'd',
    });
  });
});

describe('validateLabelSelector', () => {
  it('reports operators, values and keys with upstream wording', () => {
    const errs = validateLabelSelector(
      {
        matchLabels: { 'bad key': 'v' },
        matchExpressions: [
          { key: 'a', operator: 'In' },
          { key: 'b', operator: 'Exists', values: ['x'] },
          { key: 'c', operator: 'Equals', values: ['x'] },
          { key: 'd', operator: 'In', values: ['not valid'] },
        ],
      },
      'spec.selector',
    ).map(fieldErrorString);
    expect(errs).toEqual([
      `spec.selector.matchLabels: Invalid value: "bad key": ${qualifiedNameRegex}`,
      "spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'",
      "spec.selector.matchExpressions[1].values: Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
      'spec.selector.matchExpressions[2].operator: Invalid value: "Equals": not a valid selector operator',
      `spec.selector.matchExpressions[3].values[0]: Invalid value: "not valid": ${labelValueRegex}`,
    ]);
    expect(
      validateLabelSelector({ matchExpressions: [{ key: 'd', operator: 'In', values: ['not valid'] }] }, 'x', {
        allowInvalidLabelValueInSelector: true,
      }),
    ).toEqual([]);
    expect(validateLabelSelector(undefined, 'spec.selector')).toEqual([]);
  });
});
