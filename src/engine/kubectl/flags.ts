// Mirrors spf13/pflag as cobra uses it for kubectl: long (--name=v, --name v)
// and short (-n v, -nv, -n=v, grouped booleans -it) flags interspersed with
// arguments, `--` ending flags, and pflag's exact error messages.

export type FlagType = 'bool' | 'string' | 'int' | 'stringArray' | 'stringSlice' | 'duration';

export interface FlagSpec {
  name: string;
  short?: string;
  type: FlagType;
  default?: string | number | boolean | string[];
  /** Help text, as `kubectl <cmd> --help` prints it. */
  usage?: string;
  /** pflag's NoOptDefVal: the value of a bare `--flag` (e.g. `--dry-run` → "unchanged"); a value then needs `=`. */
  noOptDefault?: string;
}

export type FlagValue = string | number | boolean | string[];

export interface ParsedFlags {
  /** Values of flags that were set, by long name. */
  values: Map<string, FlagValue>;
  /** Non-flag arguments, in order. */
  args: string[];
  /** How many args came before `--` (-1 when there was no `--`), as cobra's ArgsLenAtDash. */
  argsLenAtDash: number;
}

export class FlagError extends Error {}

/** Go's time.ParseDuration, to milliseconds ("1m30s", "500ms", "0"). */
export function parseGoDuration(s: string): number | undefined {
  if (s === '0') return 0;
  const re = /(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g;
  let total = 0;
  let consumed = 0;
  let m: RegExpExecArray | null;
  const units: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
  const body = s.startsWith('-') || s.startsWith('+') ? s.slice(1) : s;
  while ((m = re.exec(body))) {
    if (m.index !== consumed) return undefined;
    total += Number(m[1]) * units[m[2]!]!;
    consumed = m.index + m[0].length;
  }
  if (consumed !== body.length || consumed === 0) return undefined;
  return s.startsWith('-') ? -total : total;
}

function convert(spec: FlagSpec, raw: string, shown: string): FlagValue {
  switch (spec.type) {
    case 'bool':
      if (/^(1|t|T|TRUE|true|True)$/.test(raw)) return true;
      if (/^(0|f|F|FALSE|false|False)$/.test(raw)) return false;
      throw new FlagError(`invalid argument "${raw}" for "${shown}" flag: strconv.ParseBool: parsing "${raw}": invalid syntax`);
    case 'int':
      if (!/^[+-]?\d+$/.test(raw)) {
        throw new FlagError(`invalid argument "${raw}" for "${shown}" flag: strconv.ParseInt: parsing "${raw}": invalid syntax`);
      }
      return Number(raw);
    case 'duration':
      if (parseGoDuration(raw) === undefined) {
        throw new FlagError(`invalid argument "${raw}" for "${shown}" flag: time: invalid duration ${goQuoteSimple(raw)}`);
      }
      return raw;
    default:
      return raw;
  }
}

function goQuoteSimple(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Parse argv (without the command path) against the flags a command accepts. */
export function parseFlags(argv: string[], specs: FlagSpec[]): ParsedFlags {
  const byLong = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short!, s]));
  const values = new Map<string, FlagValue>();
  const args: string[] = [];
  let argsLenAtDash = -1;

  const set = (spec: FlagSpec, raw: string, shown: string) => {
    const v = convert(spec, raw, shown);
    if (spec.type === 'stringArray') {
      const prev = (values.get(spec.name) as string[] | undefined) ?? [];
      values.set(spec.name, [...prev, raw]);
    } else if (spec.type === 'stringSlice') {
      const prev = (values.get(spec.name) as string[] | undefined) ?? [];
      values.set(spec.name, [...prev, ...(raw === '' ? [] : raw.split(','))]);
    } else values.set(spec.name, v);
  };

  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      argsLenAtDash = args.length;
      args.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      const spec = byLong.get(name);
      if (!spec) throw new FlagError(`unknown flag: --${name}`);
      const shown = `--${name}`;
      if (eq >= 0) set(spec, a.slice(eq + 1), shown);
      else if (spec.type === 'bool') set(spec, 'true', shown);
      else if (spec.noOptDefault !== undefined) set(spec, spec.noOptDefault, shown);
      else if (i + 1 < argv.length) set(spec, argv[++i]!, shown);
      else throw new FlagError(`flag needs an argument: --${name}`);
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      // A group of shorthands: -it, -nkube-system, -n=default.
      let j = 1;
      while (j < a.length) {
        const c = a[j]!;
        const spec = byShort.get(c);
        if (!spec) throw new FlagError(`unknown shorthand flag: '${c}' in ${a}`);
        const shown = `-${c}, --${spec.name}`;
        const rest = a.slice(j + 1);
        if (rest.startsWith('=')) {
          set(spec, rest.slice(1), shown);
          break;
        }
        if (spec.type === 'bool') {
          set(spec, 'true', shown);
          j++;
          continue;
        }
        if (rest) set(spec, rest, shown);
        else if (i + 1 < argv.length) set(spec, argv[++i]!, shown);
        else throw new FlagError(`flag needs an argument: '${c}' in -${c}`);
        break;
      }
      continue;
    }
    args.push(a);
  }
  return { values, args, argsLenAtDash };
}

/** Typed access to parsed flags with their defaults. */
export class Flags {
  constructor(
    private readonly parsed: ParsedFlags,
    private readonly specs: FlagSpec[],
  ) {}

  get args(): string[] {
    return this.parsed.args;
  }

  get argsLenAtDash(): number {
    return this.parsed.argsLenAtDash;
  }

  changed(name: string): boolean {
    return this.parsed.values.has(name);
  }

  private value(name: string): FlagValue | undefined {
    if (this.parsed.values.has(name)) return this.parsed.values.get(name);
    return this.specs.find((s) => s.name === name)?.default;
  }

  string(name: string): string {
    const v = this.value(name);
    return v === undefined ? '' : String(v);
  }

  bool(name: string): boolean {
    return this.value(name) === true;
  }

  int(name: string): number {
    const v = this.value(name);
    return typeof v === 'number' ? v : Number(v ?? 0);
  }

  strings(name: string): string[] {
    const v = this.value(name);
    return Array.isArray(v) ? v : v === undefined || v === '' ? [] : [String(v)];
  }

  /** A duration flag in milliseconds. */
  duration(name: string): number {
    return parseGoDuration(this.string(name) || '0') ?? 0;
  }
}
