// The standard cron syntax the CronJob controller accepts (robfig/cron/v3
// ParseStandard, as pkg/controller/cronjob uses it in v1.32): five fields
// (minute hour day-of-month month day-of-week) with `*`, `?`, lists, ranges,
// steps and month/weekday names, or a descriptor (@yearly, @annually, @monthly,
// @weekly, @daily, @midnight, @hourly). Times are UTC: spec.timeZone other than
// UTC/Etc/UTC is not supported by the lab.
export interface Schedule {
  minute: Set<number>;
  hour: Set<number>;
  dom: Set<number>;
  month: Set<number>;
  dow: Set<number>;
  /** robfig: when either day field is `*`/`?`, both must match; otherwise either may. */
  domStar: boolean;
  dowStar: boolean;
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const days = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const descriptors: Record<string, string> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *',
};

function parseField(f: string, min: number, max: number, names?: string[]): Set<number> {
  const out = new Set<number>();
  const num = (s: string): number => {
    const i = names?.indexOf(s.toLowerCase()) ?? -1;
    if (i >= 0) return i + (names === months ? 1 : 0);
    if (!/^\d+$/.test(s)) throw new Error(`failed to parse int from ${s}: strconv.Atoi: parsing "${s}": invalid syntax`);
    return Number(s);
  };
  for (const part of f.split(',')) {
    const [range, stepStr] = part.split('/');
    let lo: number;
    let hi: number;
    if (range === '*' || range === '?') [lo, hi] = [min, max];
    else if (range!.includes('-')) {
      const [a, b] = range!.split('-');
      [lo, hi] = [num(a!), num(b!)];
    } else {
      lo = num(range!);
      hi = stepStr !== undefined ? max : lo;
    }
    const step = stepStr === undefined ? 1 : num(stepStr);
    if (lo < min) throw new Error(`beginning of range (${lo}) below minimum (${min}): ${part}`);
    if (hi > max) throw new Error(`end of range (${hi}) above maximum (${max}): ${part}`);
    if (lo > hi) throw new Error(`beginning of range (${lo}) beyond end of range (${hi}): ${part}`);
    if (step <= 0) throw new Error(`step of range should be a positive number: ${part}`);
    for (let v = lo; v <= hi; v += step) out.add(v);
  }
  return out;
}

export function parseSchedule(spec: string): Schedule {
  let s = spec.trim();
  if (/^(CRON_)?TZ=/.test(s)) throw new Error('CRON_TZ or TZ used in schedule is not supported, please use timeZone instead');
  if (s.startsWith('@')) {
    const d = descriptors[s];
    if (!d) throw new Error(`unrecognized descriptor: ${s}`);
    s = d;
  }
  const f = s.split(/\s+/);
  if (f.length !== 5) throw new Error(`expected exactly 5 fields, found ${f.length}: ${spec}`);
  const dow = parseField(f[4]!, 0, 7, days);
  if (dow.has(7)) {
    dow.delete(7);
    dow.add(0);
  }
  return {
    minute: parseField(f[0]!, 0, 59),
    hour: parseField(f[1]!, 0, 23),
    dom: parseField(f[2]!, 1, 31),
    month: parseField(f[3]!, 1, 12, months),
    dow,
    domStar: f[2] === '*' || f[2] === '?',
    dowStar: f[4] === '*' || f[4] === '?',
  };
}

function dayMatches(s: Schedule, d: Date): boolean {
  const dom = s.dom.has(d.getUTCDate());
  const dow = s.dow.has(d.getUTCDay());
  if (s.domStar || s.dowStar) return dom && dow;
  return dom || dow;
}

/** Next activation strictly after `afterMs` (UTC), or undefined within five years. */
export function nextTime(s: Schedule, afterMs: number): number | undefined {
  const d = new Date(Math.floor(afterMs / 60_000) * 60_000 + 60_000);
  const limit = afterMs + 5 * 366 * 86_400_000;
  while (d.getTime() <= limit) {
    if (!s.month.has(d.getUTCMonth() + 1)) {
      d.setUTCMonth(d.getUTCMonth() + 1, 1);
      d.setUTCHours(0, 0, 0, 0);
      continue;
    }
    if (!dayMatches(s, d)) {
      d.setUTCDate(d.getUTCDate() + 1);
      d.setUTCHours(0, 0, 0, 0);
      continue;
    }
    if (!s.hour.has(d.getUTCHours())) {
      d.setUTCHours(d.getUTCHours() + 1, 0, 0, 0);
      continue;
    }
    if (!s.minute.has(d.getUTCMinutes())) {
      d.setUTCMinutes(d.getUTCMinutes() + 1, 0, 0);
      continue;
    }
    return d.getTime();
  }
  return undefined;
}
