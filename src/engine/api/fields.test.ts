import { describe, expect, it } from 'vitest';
import {
  andFieldSelectors,
  escapeValue,
  everythingFields,
  fieldSelectorFromSet,
  oneTermEqualSelector,
  parseFieldSelector,
  unescapeValue,
} from './fields.js';

describe('parseFieldSelector', () => {
  it.each([
    ['', ''],
    ['a=b', 'a=b'],
    ['a==b', 'a=b'],
    ['a!=b', 'a!=b'],
    ['b=1,a=2', 'a=2,b=1'],
    ['spec.nodeName=node01,status.phase!=Running', 'spec.nodeName=node01,status.phase!=Running'],
    ['a=', 'a='],
    ['metadata.name=x\\,y', 'metadata.name=x\\,y'],
    ['x=a\\=b', 'x=a\\=b'],
    [',a=b,', 'a=b'],
  ])('%j round-trips as %j', (input, want) => {
    expect(parseFieldSelector(input).toString()).toBe(want);
  });

  it('matches fields; a missing field reads as ""', () => {
    const s = parseFieldSelector('spec.nodeName=node01,status.phase!=Running');
    expect(s.matches({ 'spec.nodeName': 'node01', 'status.phase': 'Pending' })).toBe(true);
    expect(s.matches({ 'spec.nodeName': 'node01', 'status.phase': 'Running' })).toBe(false);
    expect(s.matches({ 'spec.nodeName': 'node02' })).toBe(false);
    expect(parseFieldSelector('spec.nodeName=').matches({})).toBe(true);
    expect(parseFieldSelector('spec.nodeName!=').matches({ 'spec.nodeName': 'n' })).toBe(true);
    expect(parseFieldSelector('metadata.name=x\\,y').matches({ 'metadata.name': 'x,y' })).toBe(true);
  });

  it('exposes requirements with "==" reported as "="', () => {
    expect(parseFieldSelector('b==1,a!=2').requirements()).toEqual([
      { field: 'a', operator: '!=', value: '2' },
      { field: 'b', operator: '=', value: '1' },
    ]);
    expect(parseFieldSelector('spec.nodeName=n1').requiresExactMatch('spec.nodeName')).toBe('n1');
    expect(parseFieldSelector('spec.nodeName!=n1').requiresExactMatch('spec.nodeName')).toBeUndefined();
  });

  it('is empty only when it selects everything', () => {
    expect(parseFieldSelector('').empty()).toBe(true);
    expect(parseFieldSelector('=').empty()).toBe(true);
    expect(parseFieldSelector('a=b').empty()).toBe(false);
    expect(everythingFields().matches({ x: 'y' })).toBe(true);
  });

  it('fails with upstream wording', () => {
    expect(() => parseFieldSelector('spec.nodeName')).toThrow(
      "invalid selector: 'spec.nodeName'; can't understand 'spec.nodeName'",
    );
    expect(() => parseFieldSelector('a=b,c')).toThrow("invalid selector: 'a=b,c'; can't understand 'c'");
    expect(() => parseFieldSelector('a=b=c')).toThrow('invalid field selector: unescaped character in value: 61');
    expect(() => parseFieldSelector('a=b\\c')).toThrow('invalid field selector: invalid escape sequence: \\c');
    expect(() => parseFieldSelector('a=b\\')).toThrow('invalid field selector: invalid escape sequence: \\');
  });
});

describe('helpers', () => {
  it('escape and unescape values', () => {
    expect(escapeValue('a,b=c\\d')).toBe('a\\,b\\=c\\\\d');
    expect(unescapeValue('a\\,b\\=c\\\\d')).toBe('a,b=c\\d');
  });

  it('builds selectors from sets and terms', () => {
    expect(fieldSelectorFromSet({ b: '1', a: '2' }).toString()).toBe('a=2,b=1');
    expect(fieldSelectorFromSet(null).empty()).toBe(true);
    const s = andFieldSelectors(oneTermEqualSelector('metadata.name', 'x'), oneTermEqualSelector('metadata.namespace', 'y'));
    expect(s.toString()).toBe('metadata.name=x,metadata.namespace=y');
    expect(s.transform((f, v) => [f.replace('metadata.', ''), v]).toString()).toBe('name=x,namespace=y');
  });
});
