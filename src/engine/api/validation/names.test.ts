import { describe, expect, it } from 'vitest';
import { fieldErrorString } from '../errors.js';
import {
  isCIdentifier,
  isConfigMapKey,
  isDNS1035Label,
  isDNS1123Label,
  isDNS1123Subdomain,
  isEnvVarName,
  isQualifiedName,
  isRelaxedEnvVarName,
  isValidIP,
  isValidLabelValue,
  isValidPercent,
  isValidPortName,
  isValidPortNum,
  nameIsDNS1035Label,
  nameIsDNSLabel,
  nameIsDNSSubdomain,
  parseIPSloppy,
  validateAnnotations,
  validateIP,
  validateLabels,
  validateObjectMeta,
  validateObjectMetaUpdate,
  validateOwnerReferences,
} from './names.js';

const subdomainMsg =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const labelMsg =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const dns1035Msg =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";
const qnameMsg =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

describe('DNS names (TestIsDNS1123Label, TestIsDNS1123Subdomain, TestIsDNS1035Label)', () => {
  it.each(['a', 'ab', 'abc', 'a1', 'a-1', 'a--1--2--b', '0', '01', '012', '1a', '1-a', '1--a--b--2', 'a'.repeat(63)])(
    'label %s is valid',
    (v) => expect(isDNS1123Label(v)).toEqual([]),
  );
  it.each(['', 'A', 'ABC', 'aBc', 'A1', 'A-1', '1-A', '-', 'a-', '-a', '1-', '-1', '_', 'a_', '_a', 'a_b', 'a.', '.a', 'a.b', '1.', '.1', '1.2', ' ', 'a ', ' a', 'a b', '1 ', ' 1', '1 2'])(
    'label %j is invalid',
    (v) => expect(isDNS1123Label(v).length).toBeGreaterThan(0),
  );
  it('explains labels', () => {
    expect(isDNS1123Label('a.b')).toEqual(['must not contain dots']);
    expect(isDNS1123Label('A')).toEqual([labelMsg]);
    expect(isDNS1123Label('a'.repeat(64))).toEqual(['must be no more than 63 characters']);
  });

  it.each(['a', 'ab', 'a.a', '1.a', 'a-1.a--1--2--b', '0.a', 'a.b.c.d.e', 'aa.bb.cc.dd.ee', '1.2.3.4.5', '11.22.33.44.55', 'a'.repeat(253)])(
    'subdomain %s is valid',
    (v) => expect(isDNS1123Subdomain(v)).toEqual([]),
  );
  it.each(['', 'A', 'ABC', 'aBc', 'A.a', 'a.A', '-', 'a-', '-a', 'a.-a', 'a-.a', '_', 'a_', 'a.', '.a', 'a..b', 'a b', 'a'.repeat(254)])(
    'subdomain %j is invalid',
    (v) => expect(isDNS1123Subdomain(v).length).toBeGreaterThan(0),
  );
  it('explains subdomains with the exact upstream text', () => {
    expect(isDNS1123Subdomain('Nginx')).toEqual([subdomainMsg]);
    expect(isDNS1123Subdomain('a'.repeat(254))).toEqual(['must be no more than 253 characters']);
  });

  it('DNS-1035 labels must start with a letter', () => {
    expect(isDNS1035Label('my-svc')).toEqual([]);
    expect(isDNS1035Label('1svc')).toEqual([dns1035Msg]);
    expect(isDNS1035Label('a'.repeat(64))).toEqual(['must be no more than 63 characters']);
  });
});

describe('qualified names and label values (TestIsQualifiedName, TestIsValidLabelValue)', () => {
  it.each(['simple', 'now-with-dashes', '1-starts-with-num', '1234', 'simple/simple', 'now-with-dashes/simple', 'now-with-dashes/now-with-dashes', 'now.with.dots/simple', 'now-with.dashes-and.dots/simple', '1-num.2-num/3-num', '1234/5678', '1.2.3.4/5678', 'Uppercase_Is_OK_123', 'example.com/Uppercase_Is_OK_123', 'requests.storage-foo', 'a'.repeat(63), 'a'.repeat(253) + '/' + 'b'.repeat(63)])(
    '%s is a qualified name',
    (v) => expect(isQualifiedName(v)).toEqual([]),
  );
  it.each(['nospecialchars%^=@', 'cantendwithadash-', '-cantstartwithadash-', 'only/one/slash', 'Example.com/abc', 'example_com/abc', 'example.com/', '/simple', 'a'.repeat(64), 'a'.repeat(254) + '/abc'])(
    '%s is not a qualified name',
    (v) => expect(isQualifiedName(v).length).toBeGreaterThan(0),
  );
  it('explains qualified names', () => {
    expect(isQualifiedName('-a')).toEqual([qnameMsg]);
    expect(isQualifiedName('/a')).toEqual(['prefix part must be non-empty']);
    expect(isQualifiedName('a/')).toEqual(['name part must be non-empty', qnameMsg]);
    expect(isQualifiedName('Example.com/a')).toEqual(['prefix part ' + subdomainMsg]);
    expect(isQualifiedName('a'.repeat(64))).toEqual(['name part must be no more than 63 characters']);
  });

  it.each(['simple', 'now-with-dashes', '1-starts-with-num', 'end-with-num-1', '1234', 'a'.repeat(63), ''])(
    'label value %j is valid',
    (v) => expect(isValidLabelValue(v)).toEqual([]),
  );
  it.each(['nospecialchars%^=@', 'Tama-nui-te-rā.is.Māori.sun', '\\backslashes\\are\\bad', '-starts-with-dash', 'ends-with-dash-', '.starts.with.dot', 'ends.with.dot.', 'a'.repeat(64)])(
    'label value %j is invalid',
    (v) => expect(isValidLabelValue(v).length).toBeGreaterThan(0),
  );
});

describe('other identifiers', () => {
  it('C identifiers and environment variable names', () => {
    expect(isCIdentifier('MY_NAME')).toEqual([]);
    expect(isCIdentifier('1a')).toEqual([
      "a valid C identifier must start with alphabetic character or '_', followed by a string of alphanumeric characters or '_' (e.g. 'my_name',  or 'MY_NAME',  or 'MyName', regex used for validation is '[A-Za-z_][A-Za-z0-9_]*')",
    ]);
    expect(isEnvVarName('my.env-name')).toEqual([]);
    expect(isEnvVarName('1bad')).toEqual([
      "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')",
    ]);
    expect(isEnvVarName('..')).toEqual(["must not be '..'"]);
    expect(isEnvVarName('..a')).toEqual(["must not start with '..'"]);
    expect(isRelaxedEnvVarName('1 is fine')).toEqual([]);
    expect(isRelaxedEnvVarName('a=b')).toEqual([
      "a valid environment variable name must consist only of printable ASCII characters other than '='",
    ]);
    expect(isRelaxedEnvVarName('')).toEqual(['environment variable name must be non-empty']);
    expect(isConfigMapKey('app.properties')).toEqual([]);
    expect(isConfigMapKey('a/b').length).toBe(1);
    expect(isValidPercent('25%')).toEqual([]);
    expect(isValidPercent('25').length).toBe(1);
  });

  it('ports (TestIsValidPortName, TestIsValidPortNum)', () => {
    for (const p of ['telnet', 're-mail-ck', 'pop3', 'a', 'a-1', '1-a', 'a-1-b-2-c', '1-a-2-b-3']) expect(isValidPortName(p)).toEqual([]);
    expect(isValidPortName('longerthan15characters')).toEqual(['must be no more than 15 characters']);
    expect(isValidPortName('')).toEqual([
      'must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
      'must contain at least one letter (a-z)',
    ]);
    expect(isValidPortName('12345')).toEqual(['must contain at least one letter (a-z)']);
    expect(isValidPortName('a--b')).toEqual(['must not contain consecutive hyphens']);
    expect(isValidPortName('-a')).toEqual(['must not begin or end with a hyphen']);
    expect(isValidPortName('Http')).toEqual(['must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)']);
    for (const p of [1, 2, 1000, 16384, 32768, 65535]) expect(isValidPortNum(p)).toEqual([]);
    for (const p of [0, -1, 65536, 100000]) expect(isValidPortNum(p)).toEqual(['must be between 1 and 65535, inclusive']);
  });

  it('IP addresses (ParseIPSloppy)', () => {
    for (const ip of ['1.2.3.4', '010.001.0.1', '::', '::1', '2001:db8::ffff', 'fe80::1:2:3:4', '::ffff:1.2.3.4', '1:2:3:4:5:6:7:8']) {
      expect(parseIPSloppy(ip)).not.toBeNull();
    }
    for (const ip of ['', '1.2.3', '1.2.3.256', '1.2.3.4.5', 'a.b.c.d', '1:2:3:4:5:6:7:8:9', '1::2::3', 'fe80::1%eth0', '12345::', ' 1.2.3.4']) {
      expect(parseIPSloppy(ip)).toBeNull();
    }
    expect(isValidIP('10.9.8.7')).toEqual([]);
    expect(validateIP('spec.clusterIP', 'x').map(fieldErrorString)).toEqual([
      'spec.clusterIP: Invalid value: "x": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)',
    ]);
  });
});

describe('ValidateNameFunc', () => {
  it('masks a trailing dash of a generateName the way upstream does', () => {
    expect(nameIsDNSSubdomain('web-', true)).toEqual([]);
    expect(nameIsDNSSubdomain('web-', false)).toEqual([subdomainMsg]);
    expect(nameIsDNSLabel('web-', true)).toEqual([]);
    expect(nameIsDNS1035Label('svc-', true)).toEqual([]);
    // "ab-" is checked as "aa"; "a-" as "a"; a lone "-" is not masked.
    expect(nameIsDNSLabel('a-', true)).toEqual([]);
    expect(nameIsDNSLabel('-', true)).toEqual([labelMsg]);
  });
});

describe('validateObjectMeta (TestValidateObjectMeta*)', () => {
  const errs = (...args: Parameters<typeof validateObjectMeta>) => validateObjectMeta(...args).map(fieldErrorString);

  it('requires a name and, for namespaced kinds, a namespace', () => {
    expect(errs({}, true, nameIsDNSSubdomain)).toEqual([
      'metadata.name: Required value: name or generateName is required',
      'metadata.namespace: Required value',
    ]);
    expect(errs(undefined, false, nameIsDNSSubdomain)).toEqual(['metadata.name: Required value: name or generateName is required']);
    expect(errs({ name: 'a', namespace: 'default' }, true, nameIsDNSSubdomain)).toEqual([]);
    expect(errs({ generateName: 'web-', name: 'web-x7k2p', namespace: 'default' }, true, nameIsDNSSubdomain)).toEqual([]);
  });

  it('validates name, generateName and namespace formats', () => {
    expect(errs({ name: 'Nginx', namespace: 'Default' }, true, nameIsDNSSubdomain)).toEqual([
      `metadata.name: Invalid value: "Nginx": ${subdomainMsg}`,
      `metadata.namespace: Invalid value: "Default": ${labelMsg}`,
    ]);
    expect(errs({ generateName: 'Web-', name: 'Web-abc' }, false, nameIsDNSSubdomain)).toEqual([
      `metadata.generateName: Invalid value: "Web-": ${subdomainMsg}`,
      `metadata.name: Invalid value: "Web-abc": ${subdomainMsg}`,
    ]);
    expect(errs({ name: 'n', namespace: 'x' }, false, nameIsDNSSubdomain)).toEqual([
      'metadata.namespace: Forbidden: not allowed on this type',
    ]);
    expect(errs({ name: 'n', generation: -1 }, false, nameIsDNSSubdomain, 'meta')).toEqual([
      'meta.generation: Invalid value: -1: must be greater than or equal to 0',
    ]);
  });

  it('validates labels, annotations, finalizers and owner references', () => {
    expect(
      errs(
        {
          name: 'n',
          labels: { 'a b': 'ok', app: 'not ok' },
          annotations: { 'Example.COM/Key': 'fine', 'bad key': 'v' },
          finalizers: ['orphan', 'foregroundDeletion', 'a/b/c'],
        },
        false,
        nameIsDNSSubdomain,
      ),
    ).toEqual([
      `metadata.labels: Invalid value: "a b": ${qnameMsg}`,
      `metadata.labels: Invalid value: "not ok": ${isValidLabelValue('not ok')[0]}`,
      `metadata.annotations: Invalid value: "bad key": ${qnameMsg}`,
      `metadata.finalizers: Invalid value: "a/b/c": ${isQualifiedName('a/b/c')[0]}`,
      'metadata.finalizers: Invalid value: []string{"orphan", "foregroundDeletion", "a/b/c"}: finalizer orphan and foregroundDeletion cannot be both set',
    ]);
  });

  it('limits the total size of annotations to 256 KiB', () => {
    expect(validateAnnotations({ a: 'x'.repeat(256 * 1024 - 1) }, 'metadata.annotations')).toEqual([]);
    expect(validateAnnotations({ a: 'x'.repeat(256 * 1024) }, 'metadata.annotations').map(fieldErrorString)).toEqual([
      'metadata.annotations: Too long: may not be more than 262144 bytes',
    ]);
    expect(validateLabels({ app: 'web' }, 'metadata.labels')).toEqual([]);
  });

  it('checks owner references', () => {
    const ref = { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'rs', uid: 'u1', controller: true };
    expect(validateOwnerReferences([ref], 'metadata.ownerReferences')).toEqual([]);
    expect(
      validateOwnerReferences([{ apiVersion: '', kind: '', name: '', uid: '' }], 'metadata.ownerReferences').map(fieldErrorString),
    ).toEqual([
      'metadata.ownerReferences.apiVersion: Invalid value: "": version must not be empty',
      'metadata.ownerReferences.kind: Invalid value: "": must not be empty',
      'metadata.ownerReferences.name: Invalid value: "": must not be empty',
      'metadata.ownerReferences.uid: Invalid value: "": must not be empty',
    ]);
    const two = validateOwnerReferences([ref, { ...ref, name: 'rs2' }], 'm').map(fieldErrorString);
    expect(two).toHaveLength(1);
    expect(two[0]).toContain('Only one reference can have Controller set to true. Found "true" in references for ReplicaSet/rs and ReplicaSet/rs2');
    expect(
      validateOwnerReferences([{ apiVersion: 'v1', kind: 'Event', name: 'e', uid: 'u' }], 'm').map(fieldErrorString)[0],
    ).toMatch(/^m: Invalid value: v1\.OwnerReference\{APIVersion:"v1", Kind:"Event".*\}: \/v1, Kind=Event is disallowed from being an owner$/);
  });
});

describe('validateObjectMetaUpdate', () => {
  const old = { name: 'a', namespace: 'ns', uid: 'u1', resourceVersion: '5', generation: 2, creationTimestamp: '2024-05-01T10:00:00Z' };

  it('accepts an unchanged identity', () => {
    expect(validateObjectMetaUpdate({ ...old, labels: { x: 'y' } }, old)).toEqual([]);
  });

  it('rejects identity changes and a missing resourceVersion', () => {
    const errs = validateObjectMetaUpdate(
      { ...old, name: 'b', uid: 'u2', resourceVersion: '', generation: 1, creationTimestamp: '2024-05-02T10:00:00Z' },
      old,
    ).map(fieldErrorString);
    expect(errs).toEqual([
      'metadata.resourceVersion: Invalid value: "": must be specified for an update',
      'metadata.generation: Invalid value: 1: must not be decremented',
      'metadata.name: Invalid value: "b": field is immutable',
      'metadata.uid: Invalid value: "u2": field is immutable',
      'metadata.creationTimestamp: Invalid value: 2024-05-02 10:00:00 +0000 UTC: field is immutable',
    ]);
  });

  it('forbids new finalizers while deleting', () => {
    const deleting = { ...old, deletionTimestamp: '2024-05-03T00:00:00Z', finalizers: ['a'] };
    expect(validateObjectMetaUpdate({ ...deleting, finalizers: ['a', 'b'] }, deleting).map(fieldErrorString)).toEqual([
      'metadata.finalizers: Forbidden: no new finalizers can be added if the object is being deleted, found new finalizers []string{"b"}',
    ]);
  });
});
