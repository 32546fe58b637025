// Mirrors k8s.io/apimachinery/pkg/api/resource (quantity.go, suffix.go, amount.go):
// parsing, canonical String(), Value()/MilliValue(), Cmp/Add/Sub of resource.Quantity.
// The amount is held exactly as a BigInt count of nano-units (parsing rounds up to 1n).

export type QuantityFormat = 'DecimalSI' | 'BinarySI' | 'DecimalExponent';

/** The regular expression quoted in ErrFormatWrong; the scanner below implements it by hand. */
export const splitREString = '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$';
export const errFormatWrong = `quantities must match the regular expression '${splitREString}'`;
export const errNumeric = 'unable to parse numeric part of quantity';
export const errSuffix = "unable to parse quantity's suffix";

export class QuantityError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QuantityError';
  }
}

const NANO = 1_000_000_000n;
const MAX_INT64 = (1n << 63n) - 1n;
/**
 * Deliberate limit: upstream keeps any int32 exponent, but 1e2000000000 would need a
 * two-billion-digit BigInt here. Nothing in a cluster comes near 10^4000.
 */
const MAX_DECIMAL_EXPONENT = 4000;

const decimalSuffixes: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const binarySuffixes: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const decimalByExponent = new Map(Object.entries(decimalSuffixes).map(([s, e]) => [e, s]));
const binaryByPower = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];

const pow10 = (n: number): bigint => 10n ** BigInt(n);
const abs = (n: bigint): bigint => (n < 0n ? -n : n);

/** Integer division rounding away from zero, as int64Amount.AsScale does. */
function divAwayFromZero(n: bigint, d: bigint): bigint {
  const q = n / d;
  if (q * d === n) return q;
  return n < 0n ? q - 1n : q + 1n;
}

export class Quantity {
  /**
   * @param nanos the amount in units of 10^-9 (so "1" is 1_000_000_000n, "1m" is 1_000_000n)
   * @param format the suffix family used when printing
   * @param cached the input string, kept when ParseQuantity judged it already canonical
   */
  constructor(
    readonly nanos: bigint,
    readonly format: QuantityFormat = 'DecimalSI',
    private readonly cached?: string,
  ) {}

  /** Canonical form (Quantity.String): largest suffix that loses no precision, no fraction digits. */
  toString(): string {
    if (this.cached !== undefined) return this.cached;
    const [number, suffix] = canonicalize(this.nanos, this.format);
    return number + suffix;
  }

  /** A Quantity serializes as its string, as in MarshalJSON. */
  toJSON(): string {
    return this.toString();
  }

  /** Value(): the amount rounded up (away from zero) to an integer. */
  value(): number {
    return Number(this.scaledValueBig(0));
  }

  /** MilliValue(): ceil(q * 1000), rounded away from zero. */
  milliValue(): number {
    return Number(this.scaledValueBig(-3));
  }

  /** ScaledValue(scale): the amount in units of 10^scale, rounded away from zero. */
  scaledValue(scale: number): number {
    return Number(this.scaledValueBig(scale));
  }

  scaledValueBig(scale: number): bigint {
    const shift = scale + 9;
    if (shift <= 0) return this.nanos * pow10(-shift);
    return divAwayFromZero(this.nanos, pow10(shift));
  }

  /** AsApproximateFloat64. */
  asApproximateFloat64(): number {
    return Number(this.nanos) / 1e9;
  }

  isZero(): boolean {
    return this.nanos === 0n;
  }

  sign(): -1 | 0 | 1 {
    return this.nanos < 0n ? -1 : this.nanos > 0n ? 1 : 0;
  }

  cmp(o: Quantity): -1 | 0 | 1 {
    return this.nanos < o.nanos ? -1 : this.nanos > o.nanos ? 1 : 0;
  }

  equal(o: Quantity): boolean {
    return this.nanos === o.nanos;
  }

  /** Add: a zero receiver takes the other's format (so 0 + 1Gi prints "1Gi"). */
  add(o: Quantity): Quantity {
    return new Quantity(this.nanos + o.nanos, this.isZero() ? o.format : this.format);
  }

  sub(o: Quantity): Quantity {
    return new Quantity(this.nanos - o.nanos, this.isZero() ? o.format : this.format);
  }

  neg(): Quantity {
    return new Quantity(-this.nanos, this.format);
  }

  mul(n: number | bigint): Quantity {
    return new Quantity(this.nanos * BigInt(n), this.format);
  }

  withFormat(format: QuantityFormat): Quantity {
    return new Quantity(this.nanos, format);
  }
}

/** NewQuantity(value, format). */
export function newQuantity(value: number | bigint, format: QuantityFormat = 'DecimalSI'): Quantity {
  return new Quantity(BigInt(value) * NANO, format);
}

/** NewMilliQuantity(value, format): value thousandths. */
export function newMilliQuantity(value: number | bigint, format: QuantityFormat = 'DecimalSI'): Quantity {
  return new Quantity(BigInt(value) * 1_000_000n, format);
}

/** NewScaledQuantity(value, scale): value × 10^scale in DecimalSI (scale ≥ -9). */
export function newScaledQuantity(value: number | bigint, scale: number): Quantity {
  const shift = scale + 9;
  const nanos = shift >= 0 ? BigInt(value) * pow10(shift) : divAwayFromZero(BigInt(value), pow10(-shift));
  return new Quantity(nanos, 'DecimalSI');
}

export function isQuantity(s: string): boolean {
  try {
    parseQuantity(s);
    return true;
  } catch {
    return false;
  }
}

/** MustParse: for constants the program itself writes. */
export function mustParse(s: string): Quantity {
  try {
    return parseQuantity(s);
  } catch (e) {
    throw new Error(`cannot parse '${s}': ${(e as Error).message}`);
  }
}

interface Scanned {
  positive: boolean;
  num: string;
  denom: string;
  suffix: string;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/**
 * parseQuantityString: sign, leading zeros stripped, integer digits, optional "."
 * and fraction digits, then suffix letters, an optional sign and exponent digits.
 * Oddities kept from upstream: "." and "+" parse as 0, "1." and "1.G" are accepted.
 */
function scan(str: string): Scanned {
  let positive = true;
  let pos = 0;
  const end = str.length;
  if (str[0] === '-') {
    positive = false;
    pos++;
  } else if (str[0] === '+') {
    pos++;
  }
  while (pos < end && str[pos] === '0') pos++;
  if (pos >= end) return { positive, num: '0', denom: '', suffix: '' };

  let i = pos;
  while (i < end && isDigit(str[i])) i++;
  const num = str.slice(pos, i) || '0';
  if (i >= end) return { positive, num, denom: '', suffix: '' };
  pos = i;

  let denom = '';
  if (str[pos] === '.') {
    pos++;
    i = pos;
    while (i < end && isDigit(str[i])) i++;
    denom = str.slice(pos, i);
    if (i >= end) return { positive, num, denom, suffix: '' };
    pos = i;
  }

  const suffixStart = pos;
  while (pos < end && 'eEinumkKMGTP'.includes(str[pos]!)) pos++;
  if (pos < end && (str[pos] === '-' || str[pos] === '+')) pos++;
  while (pos < end && isDigit(str[pos])) pos++;
  if (pos < end) throw new QuantityError(errFormatWrong);
  return { positive, num, denom, suffix: str.slice(suffixStart) };
}

/** suffixer.interpret: base, exponent and format of a suffix, or null. */
function interpret(s: string): { base: 10 | 2; exponent: number; format: QuantityFormat } | null {
  if (s in decimalSuffixes) return { base: 10, exponent: decimalSuffixes[s]!, format: 'DecimalSI' };
  if (s in binarySuffixes) return { base: 2, exponent: binarySuffixes[s]!, format: 'BinarySI' };
  if (s.length > 1 && (s[0] === 'e' || s[0] === 'E')) {
    if (!/^[+-]?[0-9]+$/.test(s.slice(1))) return null;
    const exponent = Number(s.slice(1));
    // Exponents outside int32 are rejected rather than wrapped (newer upstream behaviour).
    if (Math.abs(exponent) > 2147483647) return null;
    return { base: 10, exponent, format: 'DecimalExponent' };
  }
  return null;
}

/** ParseQuantity. Throws QuantityError with upstream's messages. */
export function parseQuantity(str: string): Quantity {
  if (str.length === 0) throw new QuantityError(errFormatWrong);
  if (str === '0') return new Quantity(0n, 'DecimalSI', '0');

  const { positive, num, denom, suffix } = scan(str);
  const suf = interpret(suffix);
  if (!suf) throw new QuantityError(errSuffix);
  let format = suf.format;
  const digits = BigInt(num + denom);

  let nanos: bigint;
  if (suf.base === 10) {
    const shift = suf.exponent - denom.length + 9;
    if (shift > MAX_DECIMAL_EXPONENT) throw new QuantityError(errNumeric);
    if (shift >= 0) nanos = digits * pow10(shift);
    else if (-shift > (num + denom).length + 1) nanos = digits === 0n ? 0n : 1n;
    else nanos = divAwayFromZero(digits, pow10(-shift));
  } else {
    nanos = divAwayFromZero(digits * (1n << BigInt(suf.exponent)) * NANO, pow10(denom.length));
  }
  // BinarySI amounts are capped at 2^63-1 units; DecimalSI ones are not.
  if (format === 'BinarySI' && nanos > MAX_INT64 * NANO) nanos = MAX_INT64 * NANO;
  // 0 < x < 1 cannot be written with a binary suffix: 0.000000000001Ki prints as "2n".
  if (format === 'BinarySI' && nanos > 0n && nanos < NANO) format = 'DecimalSI';
  if (!positive) nanos = -nanos;

  return new Quantity(nanos, format, reusesInput(num, denom, suf) ? str : undefined);
}

/**
 * Upstream's int64 fast path returns the input string itself as the canonical form
 * when it judges it canonical: binary values not divisible by 8 ("1Ki", "1025Mi"),
 * or decimal ones whose scale is a multiple of 3 without trailing "000" or a leading
 * zero ("100m", "1e3"). The judgement ignores signs and letter case, so "+1k" and
 * "1E3" print back unchanged — copied because the API server echoes exactly that.
 */
function reusesInput(num: string, denom: string, suf: { base: 10 | 2; exponent: number }): boolean {
  let precision: number;
  if (suf.base === 10) precision = 18 - (num.length + denom.length);
  else if (denom.length === 0) precision = 15 - num.length - Math.trunc((suf.exponent * 3) / 10) - 1;
  else precision = -1;
  if (precision < 0) return false;
  const scale = (suf.base === 10 ? suf.exponent : 0) - denom.length;
  if (scale < -9) return false;
  const shifted = num + denom;
  const value = BigInt(shifted);
  if (suf.base === 2) {
    if (value << BigInt(suf.exponent) > MAX_INT64) return false;
    return suf.exponent % 10 === 0 && (value & 7n) !== 0n;
  }
  return scale % 3 === 0 && !shifted.endsWith('000') && shifted[0] !== '0';
}

/**
 * CanonicalizeBytes. Worked example: 1.5Gi is 1610612736 = 1536 × 1024^2 → "1536Mi";
 * 0.5 is 5 × 10^-1, and the exponent moves down to a multiple of 3 → 500 × 10^-3 = "500m".
 */
function canonicalize(nanos: bigint, format: QuantityFormat): [string, string] {
  if (nanos === 0n) return ['0', ''];
  if (format === 'BinarySI') {
    // Small or fractional binary amounts print as DecimalSI rather than being rounded.
    if (abs(nanos) < 1024n * NANO || nanos % NANO !== 0n) format = 'DecimalSI';
    else {
      let amount = nanos / NANO;
      let power = 0;
      while (amount % 1024n === 0n) {
        amount /= 1024n;
        power++;
      }
      if (power < binaryByPower.length) return [amount.toString(), binaryByPower[power]!];
      // Past "Ei" there is no binary suffix: v1.32 printed the bare mantissa, losing
      // the magnitude; we take the later upstream fix and print a decimal exponent.
      format = 'DecimalExponent';
    }
  }
  let mantissa = nanos;
  let exponent = -9;
  while (mantissa % 10n === 0n) {
    mantissa /= 10n;
    exponent++;
  }
  while (exponent % 3 !== 0) {
    mantissa *= 10n;
    exponent--;
  }
  if (format === 'DecimalSI') {
    const s = decimalByExponent.get(exponent);
    // Beyond "E" DecimalSI has no suffix; later upstream falls back to "e21" and so do we.
    if (s !== undefined) return [mantissa.toString(), s];
  }
  return [mantissa.toString(), exponent === 0 ? '' : `e${exponent}`];
}
