import { describe, expect, it } from 'vitest';
import {
  errFormatWrong,
  errSuffix,
  isQuantity,
  mustParse,
  newMilliQuantity,
  newQuantity,
  newScaledQuantity,
  parseQuantity,
  Quantity,
  QuantityError,
  type QuantityFormat,
} from './quantity.js';

/** decQuantity(i, exponent, format) of quantity_test.go: i × 10^exponent. */
function dec(i: number | bigint, exponent: number, format: QuantityFormat): Quantity {
  const shift = exponent + 9;
  const n = BigInt(i);
  return new Quantity(shift >= 0 ? n * 10n ** BigInt(shift) : n / 10n ** BigInt(-shift), format);
}

describe('parseQuantity (TestQuantityParse)', () => {
  const maxAllowed = new Quantity(((1n << 63n) - 1n) * 1_000_000_000n, 'BinarySI');
  const table: [string, Quantity][] = [
    ['0', dec(0, 0, 'DecimalSI')],
    ['0n', dec(0, 0, 'DecimalSI')],
    ['0u', dec(0, 0, 'DecimalSI')],
    ['0m', dec(0, 0, 'DecimalSI')],
    ['0Ki', dec(0, 0, 'BinarySI')],
    ['0k', dec(0, 0, 'DecimalSI')],
    ['0Mi', dec(0, 0, 'BinarySI')],
    ['0M', dec(0, 0, 'DecimalSI')],
    ['0Gi', dec(0, 0, 'BinarySI')],
    ['0G', dec(0, 0, 'DecimalSI')],
    ['0Ti', dec(0, 0, 'BinarySI')],
    ['0T', dec(0, 0, 'DecimalSI')],
    ['1', dec(1, 0, 'DecimalSI')],
    ['1Ki', dec(1024, 0, 'BinarySI')],
    ['8Ki', dec(8 * 1024, 0, 'BinarySI')],
    ['7Mi', dec(7 * 1024 * 1024, 0, 'BinarySI')],
    ['6Gi', dec(6n * 1024n ** 3n, 0, 'BinarySI')],
    ['5Ti', dec(5n * 1024n ** 4n, 0, 'BinarySI')],
    ['4Pi', dec(4n * 1024n ** 5n, 0, 'BinarySI')],
    ['3Ei', dec(3n * 1024n ** 6n, 0, 'BinarySI')],
    ['10Ti', dec(10n * 1024n ** 4n, 0, 'BinarySI')],
    ['100Ti', dec(100n * 1024n ** 4n, 0, 'BinarySI')],
    ['5n', dec(5, -9, 'DecimalSI')],
    ['4u', dec(4, -6, 'DecimalSI')],
    ['3m', dec(3, -3, 'DecimalSI')],
    ['9', dec(9, 0, 'DecimalSI')],
    ['8k', dec(8, 3, 'DecimalSI')],
    ['50k', dec(5, 4, 'DecimalSI')],
    ['7M', dec(7, 6, 'DecimalSI')],
    ['6G', dec(6, 9, 'DecimalSI')],
    ['5T', dec(5, 12, 'DecimalSI')],
    ['40T', dec(4, 13, 'DecimalSI')],
    ['300T', dec(3, 14, 'DecimalSI')],
    ['2P', dec(2, 15, 'DecimalSI')],
    ['1E', dec(1, 18, 'DecimalSI')],
    ['1E-3', dec(1, -3, 'DecimalExponent')],
    ['1e3', dec(1, 3, 'DecimalExponent')],
    ['1E6', dec(1, 6, 'DecimalExponent')],
    ['1e9', dec(1, 9, 'DecimalExponent')],
    ['1E12', dec(1, 12, 'DecimalExponent')],
    ['1e15', dec(1, 15, 'DecimalExponent')],
    ['1E18', dec(1, 18, 'DecimalExponent')],
    ['1e14', dec(1, 14, 'DecimalExponent')],
    ['1e13', dec(1, 13, 'DecimalExponent')],
    ['100.035k', dec(100035, 0, 'DecimalSI')],
    ['0.001', dec(1, -3, 'DecimalSI')],
    ['0.0005k', dec(5, -1, 'DecimalSI')],
    ['0.005', dec(5, -3, 'DecimalSI')],
    ['0.05', dec(5, -2, 'DecimalSI')],
    ['0.5', dec(5, -1, 'DecimalSI')],
    ['0.00050k', dec(5, -1, 'DecimalSI')],
    ['0.00500', dec(5, -3, 'DecimalSI')],
    ['0.05000', dec(5, -2, 'DecimalSI')],
    ['0.50000', dec(5, -1, 'DecimalSI')],
    ['0.5e0', dec(5, -1, 'DecimalExponent')],
    ['0.5e-1', dec(5, -2, 'DecimalExponent')],
    ['0.5e-2', dec(5, -3, 'DecimalExponent')],
    ['10.035M', dec(10035, 3, 'DecimalSI')],
    ['1.2e3', dec(12, 2, 'DecimalExponent')],
    ['1.3E+6', dec(13, 5, 'DecimalExponent')],
    ['1.40e9', dec(14, 8, 'DecimalExponent')],
    ['1.53E12', dec(153, 10, 'DecimalExponent')],
    ['1.6e15', dec(16, 14, 'DecimalExponent')],
    ['1.7E18', dec(17, 17, 'DecimalExponent')],
    ['9.01', dec(901, -2, 'DecimalSI')],
    ['8.1k', dec(81, 2, 'DecimalSI')],
    ['7.123456M', dec(7123456, 0, 'DecimalSI')],
    ['6.987654321G', dec(6987654321, 0, 'DecimalSI')],
    ['5.444T', dec(5444, 9, 'DecimalSI')],
    ['40.1T', dec(401, 11, 'DecimalSI')],
    ['300.2T', dec(3002, 11, 'DecimalSI')],
    ['2.5P', dec(25, 14, 'DecimalSI')],
    ['1.01E', dec(101, 16, 'DecimalSI')],
    ['3.001n', dec(4, -9, 'DecimalSI')],
    ['1.1E-9', dec(2, -9, 'DecimalExponent')],
    ['0.0000000001', dec(1, -9, 'DecimalSI')],
    ['0.0000000005', dec(1, -9, 'DecimalSI')],
    ['0.00000000050', dec(1, -9, 'DecimalSI')],
    ['0.5e-9', dec(1, -9, 'DecimalExponent')],
    ['0.9n', dec(1, -9, 'DecimalSI')],
    ['0.00000012345', dec(124, -9, 'DecimalSI')],
    ['0.00000012354', dec(124, -9, 'DecimalSI')],
    ['9Ei', maxAllowed],
    ['9223372036854775807Ki', maxAllowed],
    ['12E', dec(12, 18, 'DecimalSI')],
    ['100.035Ki', dec(10243584, -2, 'BinarySI')],
    ['0.5Mi', dec(0.5 * 1024 * 1024, 0, 'BinarySI')],
    ['0.05Gi', dec(536870912, -1, 'BinarySI')],
    ['0.025Ti', dec(274877906944, -1, 'BinarySI')],
    ['0.000000000001Ki', dec(2, -9, 'DecimalSI')],
    ['.001', dec(1, -3, 'DecimalSI')],
    ['.0001k', dec(100, -3, 'DecimalSI')],
    ['1.', dec(1, 0, 'DecimalSI')],
    ['1.G', dec(1, 9, 'DecimalSI')],
  ];

  it.each(table)('%s', (input, want) => {
    const got = parseQuantity(input);
    expect(got.cmp(want)).toBe(0);
    expect(got.format).toBe(want.format);
    const neg = parseQuantity('-' + input);
    expect(neg.cmp(want.neg())).toBe(0);
    expect(neg.format).toBe(want.format);
    const plus = parseQuantity('+' + input);
    expect(plus.cmp(want)).toBe(0);
  });

  it('rejects malformed input with upstream messages', () => {
    for (const s of ['', '1.1.M', '1+1.0M', '0.1am', 'aoeu', ' 1', '1 ']) {
      expect(() => parseQuantity(s)).toThrow(errFormatWrong);
    }
    for (const s of ['0.1mi', '.5i', '1i', '-3.01i', '-3.01e-', '1K', '1e4294967297']) {
      expect(() => parseQuantity(s)).toThrow(errSuffix);
    }
    expect(() => parseQuantity('x')).toThrow(QuantityError);
    expect(errFormatWrong).toBe(
      "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
    );
    expect(isQuantity('100m')).toBe(true);
    expect(isQuantity('100 m')).toBe(false);
  });

  it('keeps the upstream oddities of the scanner', () => {
    expect(parseQuantity('.').toString()).toBe('0');
    expect(parseQuantity('-.').toString()).toBe('0');
    expect(parseQuantity('+').toString()).toBe('0');
  });
});

describe('canonical form (TestQuantityString)', () => {
  const table: [Quantity, string, string][] = [
    [dec(1024 * 1024 * 1024, 0, 'BinarySI'), '1Gi', '1024Mi'],
    [dec(300 * 1024 * 1024, 0, 'BinarySI'), '300Mi', '307200Ki'],
    [dec(6 * 1024, 0, 'BinarySI'), '6Ki', ''],
    [dec(1001n * 1024n ** 3n, 0, 'BinarySI'), '1001Gi', '1025024Mi'],
    [dec(1024n ** 4n, 0, 'BinarySI'), '1Ti', '1024Gi'],
    [dec(5, 0, 'BinarySI'), '5', '5000m'],
    [dec(500, -3, 'BinarySI'), '500m', '0.5'],
    [dec(1, 9, 'DecimalSI'), '1G', '1000M'],
    [dec(1000, 6, 'DecimalSI'), '1G', '0.001T'],
    [dec(1000000, 3, 'DecimalSI'), '1G', ''],
    [dec(1000000000, 0, 'DecimalSI'), '1G', ''],
    [dec(1, -3, 'DecimalSI'), '1m', '1000u'],
    [dec(80, -3, 'DecimalSI'), '80m', ''],
    [dec(1080, -3, 'DecimalSI'), '1080m', '1.08'],
    [dec(108, -2, 'DecimalSI'), '1080m', '1080000000n'],
    [dec(10800, -4, 'DecimalSI'), '1080m', ''],
    [dec(300, 6, 'DecimalSI'), '300M', ''],
    [dec(1, 12, 'DecimalSI'), '1T', ''],
    [dec(1, 18, 'DecimalSI'), '1E', ''],
    [dec(1, 21, 'DecimalSI'), '1e21', '1000E'],
    [dec(5, 21, 'DecimalSI'), '5e21', '5000E'],
    [dec(1234567, 6, 'DecimalSI'), '1234567M', ''],
    [dec(1234567, -3, 'BinarySI'), '1234567m', ''],
    [dec(3, 3, 'DecimalSI'), '3k', ''],
    [dec(1025, 0, 'BinarySI'), '1025', ''],
    [dec(0, 0, 'DecimalSI'), '0', ''],
    [dec(0, 0, 'BinarySI'), '0', ''],
    [dec(1, 9, 'DecimalExponent'), '1e9', '.001e12'],
    [dec(1, -3, 'DecimalExponent'), '1e-3', '0.001e0'],
    [dec(1, -9, 'DecimalExponent'), '1e-9', '1000e-12'],
    [dec(80, -3, 'DecimalExponent'), '80e-3', ''],
    [dec(300, 6, 'DecimalExponent'), '300e6', ''],
    [dec(1, 12, 'DecimalExponent'), '1e12', ''],
    [dec(1, 3, 'DecimalExponent'), '1e3', ''],
    [dec(3, 3, 'DecimalExponent'), '3e3', ''],
    [dec(0, 0, 'DecimalExponent'), '0', '00'],
    [dec(1, -9, 'DecimalSI'), '1n', ''],
    [dec(80, -9, 'DecimalSI'), '80n', ''],
    [dec(1080, -9, 'DecimalSI'), '1080n', ''],
    [dec(108, -8, 'DecimalSI'), '1080n', ''],
    [dec(1, -6, 'DecimalSI'), '1u', ''],
    [dec(80, -6, 'DecimalSI'), '80u', ''],
    [dec(1080, -6, 'DecimalSI'), '1080u', ''],
  ];

  it.each(table)('%s → %s (alternate %s)', (q, want, alternate) => {
    expect(q.toString()).toBe(want);
    expect(parseQuantity(want).toString()).toBe(want);
    if (alternate) expect(parseQuantity(alternate).toString()).toBe(want);
    if (!q.isZero()) expect(q.neg().toString()).toBe('-' + want);
  });

  it('prints binary amounts past Ei as exact decimals', () => {
    expect(mustParse('1Ei').mul(1024).toString()).toBe('1180591620717411303424');
    expect(dec(1, 70, 'BinarySI').toString()).toBe('10e69');
  });
});

describe('TestQuantityParseEmit and the brief', () => {
  const table: [string, string][] = [
    ['1Ki', '1Ki'],
    ['1Mi', '1Mi'],
    ['1Gi', '1Gi'],
    ['1024Mi', '1Gi'],
    ['1000M', '1G'],
    ['.001Ki', '1024m'],
    ['.000001Ki', '1024u'],
    ['.000000001Ki', '1024n'],
    ['.000000000001Ki', '2n'],
    ['0.5', '500m'],
    ['1000', '1k'],
    ['1e3', '1e3'],
    ['1.5Gi', '1536Mi'],
    ['100m', '100m'],
    ['0.1', '100m'],
    ['1001m', '1001m'],
    ['1.5', '1500m'],
    ['2000m', '2'],
    ['128974848', '128974848'],
    ['129e6', '129e6'],
    ['129M', '129M'],
    ['123Mi', '123Mi'],
    ['250m', '250m'],
    ['64Mi', '64Mi'],
    ['4096Mi', '4Gi'],
    ['1536Ki', '1536Ki'],
    ['2048Ki', '2Mi'],
  ];
  it.each(table)('%s → %s', (input, want) => {
    expect(parseQuantity(input).toString()).toBe(want);
    if (!parseQuantity(input).isZero()) expect(parseQuantity('-' + input).toString()).toBe('-' + want);
  });

  it('echoes inputs that the int64 fast path judges canonical, as upstream does', () => {
    expect(parseQuantity('+1k').toString()).toBe('+1k');
    expect(parseQuantity('1E3').toString()).toBe('1E3');
    expect(parseQuantity('10.035M').toString()).toBe('10.035M');
    expect(parseQuantity('1.5k').toString()).toBe('1500');
    expect(JSON.stringify({ cpu: parseQuantity('0.5') })).toBe('{"cpu":"500m"}');
  });
});

describe('values and arithmetic', () => {
  it('Value and MilliValue round away from zero', () => {
    expect(parseQuantity('100m').value()).toBe(1);
    expect(parseQuantity('100m').milliValue()).toBe(100);
    expect(parseQuantity('1.5').milliValue()).toBe(1500);
    expect(parseQuantity('1Gi').value()).toBe(1073741824);
    expect(parseQuantity('2').milliValue()).toBe(2000);
    expect(parseQuantity('1n').milliValue()).toBe(1);
    expect(parseQuantity('-9.01').value()).toBe(-10);
    expect(parseQuantity('9.01').scaledValue(-1)).toBe(91);
    expect(parseQuantity('1k').scaledValue(3)).toBe(1);
  });

  it('Cmp (TestQuantityCmp)', () => {
    expect(mustParse('0').cmp(mustParse('0'))).toBe(0);
    expect(mustParse('100m').cmp(mustParse('50m'))).toBe(1);
    expect(mustParse('50m').cmp(mustParse('100m'))).toBe(-1);
    expect(mustParse('10000T').cmp(mustParse('100Gi'))).toBe(1);
    expect(mustParse('1Gi').equal(mustParse('1024Mi'))).toBe(true);
  });

  it('Add/Sub keep the non-zero side\'s suffix (TestQuantityAddZeroPreservesSuffix)', () => {
    for (const v of ['100m', '1Gi']) {
      const q = mustParse(v);
      const zero = mustParse('0');
      expect(q.add(zero).toString()).toBe(v);
      expect(zero.add(q).toString()).toBe(v);
      expect(q.sub(zero).toString()).toBe(v);
      expect(zero.sub(q).toString()).toBe(q.neg().toString());
    }
    expect(mustParse('1Gi').add(mustParse('512Mi')).toString()).toBe('1536Mi');
    expect(mustParse('500m').add(mustParse('1')).toString()).toBe('1500m');
    expect(mustParse('1').sub(mustParse('1')).toString()).toBe('0');
    expect(mustParse('1000m').sub(mustParse('1n')).toString()).toBe('999999999n');
  });

  it('Neg (TestQuantityNeg) and constructors', () => {
    expect(dec(901, -2, 'DecimalSI').neg().toString()).toBe('-9010m');
    expect(newQuantity(5, 'BinarySI').toString()).toBe('5');
    expect(newQuantity(2048, 'BinarySI').toString()).toBe('2Ki');
    expect(newMilliQuantity(250).toString()).toBe('250m');
    expect(newScaledQuantity(4, 9).toString()).toBe('4G');
    expect(() => mustParse('abc')).toThrow(`cannot parse 'abc': ${errFormatWrong}`);
  });
});
