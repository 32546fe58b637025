// Mirrors go-yaml v2 resolve.go (the YAML 1.1 implicit typing kubectl uses via
// sigs.k8s.io/yaml) and Go's strconv number formatting ('g', shortest), which
// decide both how a plain scalar is read and whether a string must be quoted.

/** A plain scalar read the way go-yaml v2 reads it: y/on/yes are booleans, 0755 is octal. */
export type Resolved =
  | { tag: 'str'; value: string }
  | { tag: 'bool'; value: boolean }
  | { tag: 'null'; value: null }
  | { tag: 'int'; value: number }
  | { tag: 'float'; value: number }
  | { tag: 'timestamp'; value: string }
  | { tag: 'merge'; value: string };

const boolTrue = ['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'];
const boolFalse = ['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'];
const nulls = ['', '~', 'null', 'Null', 'NULL'];

const resolveMap = new Map<string, Resolved>();
for (const s of boolTrue) resolveMap.set(s, { tag: 'bool', value: true });
for (const s of boolFalse) resolveMap.set(s, { tag: 'bool', value: false });
for (const s of nulls) resolveMap.set(s, { tag: 'null', value: null });
for (const s of ['.nan', '.NaN', '.NAN']) resolveMap.set(s, { tag: 'float', value: NaN });
for (const s of ['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF']) resolveMap.set(s, { tag: 'float', value: Infinity });
for (const s of ['-.inf', '-.Inf', '-.INF']) resolveMap.set(s, { tag: 'float', value: -Infinity });

/** The first character decides which resolutions are even tried (go-yaml's resolveTable). */
function hint(c: string): 'D' | 'S' | 'M' | '.' | null {
  if (c >= '0' && c <= '9') return 'D';
  if (c === '+' || c === '-') return 'S';
  if (c === '.') return '.';
  if ('yYnNtTfFoO~'.includes(c)) return 'M';
  return null;
}

const yamlStyleFloat = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const base60Float = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
const timestampRe = [
  /^\d{4}-\d\d?-\d\d?$/,
  /^\d{4}-\d\d?-\d\d?[Tt]\d\d?:\d\d?:\d\d?(\.\d+)?(Z|[+-]\d\d?(:\d\d)?)$/,
  /^\d{4}-\d\d?-\d\d?\s+\d\d?:\d\d?:\d\d?(\.\d+)?(\s*(Z|[+-]\d\d?(:\d\d)?))?$/,
];

export function isBase60Float(s: string): boolean {
  return base60Float.test(s);
}

const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/** strconv.ParseInt(s, 0, 64) / ParseUint: base prefixes 0x, 0o, 0b and a bare leading 0 (octal). */
function parseGoInt(s: string): bigint | null {
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
  if (!m) return null;
  const body = m[2]!;
  let v: bigint;
  if (/^0[oO]/.test(body)) v = BigInt('0o' + body.slice(2));
  else if (/^0[0-7]+$/.test(body)) v = BigInt('0o' + body.slice(1));
  else v = BigInt(body);
  if (m[1] === '-') v = -v;
  if (v > UINT64_MAX || v < -(INT64_MAX + 1n)) return null;
  if (m[1] === '-' && v > 0n) return null;
  return v;
}

/** resolve("", plain) of go-yaml v2. */
export function resolvePlain(s: string): Resolved {
  const h = s === '' ? 'M' : hint(s[0]!);
  if (h === null) return { tag: 'str', value: s };
  const known = resolveMap.get(s);
  if (known) return known;
  if (s === '<<') return { tag: 'merge', value: s };
  switch (h) {
    case 'M':
      break;
    case '.': {
      const f = parseGoFloat(s);
      if (f !== null) return { tag: 'float', value: f };
      break;
    }
    case 'D':
    case 'S': {
      if (timestampRe.some((re) => re.test(s))) return { tag: 'timestamp', value: s };
      const plain = s.replace(/_/g, '');
      const i = parseGoInt(plain);
      if (i !== null) return { tag: 'int', value: Number(i) };
      if (yamlStyleFloat.test(plain)) {
        const f = parseGoFloat(plain);
        if (f !== null) return { tag: 'float', value: f };
      }
      break;
    }
  }
  return { tag: 'str', value: s };
}

/** strconv.ParseFloat for the decimal forms YAML allows; out of range is an error, as in Go. */
function parseGoFloat(s: string): number | null {
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return null;
  const f = Number(s);
  if (!Number.isFinite(f)) return null;
  return f;
}

/** True when go-yaml would write this string plain: it reads back as a string. */
export function isPlainString(s: string): boolean {
  const r = resolvePlain(s);
  return (r.tag === 'str' || r.tag === 'merge') && !isBase60Float(s);
}

/**
 * strconv.FormatFloat(f, 'g', -1, 64), which is also fmt's %v: shortest digits,
 * exponent form when the exponent is < -4 or >= 6. Example: 1234567.5 →
 * "1.2345675e+06", 0.000025 → "2.5e-05", 150000.5 → "150000.5".
 */
export function formatGoFloat(f: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (f === Infinity) return '+Inf';
  if (f === -Infinity) return '-Inf';
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  // JS exponential gives the shortest round-trip digits.
  const [mant, expStr] = f.toExponential().split('e') as [string, string];
  const exp = Number(expStr);
  const neg = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  if (exp < -4 || exp >= 6) {
    const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    const e = Math.abs(exp);
    return (neg ? '-' : '') + m + 'e' + (exp < 0 ? '-' : '+') + (e < 10 ? '0' + e : String(e));
  }
  let out: string;
  if (exp < 0) out = '0.' + '0'.repeat(-exp - 1) + digits;
  else if (digits.length <= exp + 1) out = digits + '0'.repeat(exp + 1 - digits.length);
  else out = digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
  return (neg ? '-' : '') + out;
}

/**
 * How a JSON number comes out of kubectl's JSON → YAML round trip: integers that
 * fit int64/uint64 print as integers, everything else as a Go float64.
 * Example: 1e19 → "10000000000000000000" (fits uint64), 1e20 → "1e+20".
 */
export function formatYAMLNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 2 ** 64 && !(n < 0 && -n > 2 ** 63)) {
    return BigInt(n).toString();
  }
  const s = formatGoFloat(n);
  if (s === '+Inf') return '.inf';
  if (s === '-Inf') return '-.inf';
  if (s === 'NaN') return '.nan';
  return s;
}
