import { describe, expect, it } from 'vitest';
import {
  goSprint,
  parseCustomColumnsSpec,
  parseCustomColumnsTemplate,
  printCustomColumns,
  relaxedJSONPathExpression,
} from './customcolumns.js';

const pod = (name: string, images: string[], extra: Record<string, unknown> = {}) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, labels: { app: name } },
  spec: { containers: images.map((image, i) => ({ name: `c${i}`, image })) },
  ...extra,
});

describe('relaxedJSONPathExpression', () => {
  it.each([
    ['metadata.name', '{.metadata.name}'],
    ['.metadata.name', '{.metadata.name}'],
    ['{metadata.name}', '{.metadata.name}'],
    ['{.metadata.name}', '{.metadata.name}'],
    ['', ''],
  ])('%s', (input, out) => expect(relaxedJSONPathExpression(input)).toBe(out));
  it('rejects nested braces', () => {
    expect(() => relaxedJSONPathExpression('{{.a}}')).toThrow(
      "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'",
    );
  });
});

describe('parseCustomColumnsSpec', () => {
  it('splits headers and paths', () => {
    expect(parseCustomColumnsSpec('NAME:.metadata.name,IMAGE:.spec.containers[*].image')).toEqual([
      { header: 'NAME', fieldSpec: '{.metadata.name}' },
      { header: 'IMAGE', fieldSpec: '{.spec.containers[*].image}' },
    ]);
  });
  it('words errors as kubectl', () => {
    expect(() => parseCustomColumnsSpec('')).toThrow('custom-columns format specified but no custom columns given');
    expect(() => parseCustomColumnsSpec('A:.metadata.name,B')).toThrow(
      'unexpected custom-columns spec: B, expected <header>:<json-path-expr>',
    );
  });
});

describe('parseCustomColumnsTemplate', () => {
  it('reads a header line and a spec line', () => {
    expect(parseCustomColumnsTemplate('NAME   IMAGES\n{.metadata.name}  .spec.containers[*].image\n')).toEqual([
      { header: 'NAME', fieldSpec: '{.metadata.name}' },
      { header: 'IMAGES', fieldSpec: '{.spec.containers[*].image}' },
    ]);
  });
  it('checks the counts', () => {
    expect(() => parseCustomColumnsTemplate('A B\nx\n')).toThrow("number of headers (2) and field specifications (1) don't match");
  });
});

// Expected outputs follow kubectl's customcolumn_test.go cases and its tabwriter
// (minwidth 6, padding 3: a column is max(6, widest cell + 3) wide, the last unpadded).
describe('printCustomColumns', () => {
  it('prints one row per object under one header', () => {
    const cols = parseCustomColumnsSpec('NAME:.metadata.name');
    expect(printCustomColumns(cols, [pod('foo', []), pod('bar', [])])).toBe('NAME\nfoo\nbar\n');
  });
  it('pads columns and prints <none> for missing values', () => {
    const cols = parseCustomColumnsSpec('NAME:.metadata.name,API_VERSION:.apiVersion,NOT_FOUND:.notFound');
    expect(printCustomColumns(cols, [{ apiVersion: 'baz', metadata: { name: 'foo' } }])).toBe(
      'NAME   API_VERSION   NOT_FOUND\nfoo    baz           <none>\n',
    );
  });
  it('joins several values with commas and prints maps the Go way', () => {
    const cols = parseCustomColumnsSpec('NAME:.metadata.name,IMAGES:.spec.containers[*].image,LABELS:.metadata.labels');
    expect(printCustomColumns(cols, [pod('web', ['nginx:1.25', 'busybox']), pod('db-primary', ['mysql'])])).toBe(
      'NAME         IMAGES               LABELS\n' +
        'web          nginx:1.25,busybox   map[app:web]\n' +
        'db-primary   mysql                map[app:db-primary]\n',
    );
  });
  it('omits the header with --no-headers', () => {
    const cols = parseCustomColumnsSpec('NAME:.metadata.name');
    expect(printCustomColumns(cols, [pod('a', [])], { noHeaders: true })).toBe('a\n');
  });
  it('surfaces jsonpath parse errors', () => {
    expect(() => printCustomColumns(parseCustomColumnsSpec('X:.spec.containers[x]'), [])).toThrow('invalid array index x');
  });
});

describe('goSprint', () => {
  it('formats like fmt.Sprint', () => {
    expect(goSprint({ b: 1, a: [1.5, 'x', null] })).toBe('map[a:[1.5 x <nil>] b:1]');
    expect(goSprint(true)).toBe('true');
    expect(goSprint(1500000)).toBe('1500000');
  });
});
