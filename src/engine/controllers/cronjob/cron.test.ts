import { describe, expect, it } from 'vitest';
import { nextTime, parseSchedule } from './cron.js';

const at = (s: string) => Date.parse(s);
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

describe('cron schedules (robfig ParseStandard)', () => {
  it.each([
    ['*/1 * * * *', '2025-01-06T09:00:30Z', '2025-01-06T09:01:00.000Z'],
    ['*/15 * * * *', '2025-01-06T09:01:00Z', '2025-01-06T09:15:00.000Z'],
    ['@hourly', '2025-01-06T09:00:00Z', '2025-01-06T10:00:00.000Z'],
    ['@daily', '2025-01-06T09:00:00Z', '2025-01-07T00:00:00.000Z'],
    ['@weekly', '2025-01-06T09:00:00Z', '2025-01-12T00:00:00.000Z'],
    ['@monthly', '2025-01-06T09:00:00Z', '2025-02-01T00:00:00.000Z'],
    ['@yearly', '2025-01-06T09:00:00Z', '2026-01-01T00:00:00.000Z'],
    ['30 2 * * MON-FRI', '2025-01-10T03:00:00Z', '2025-01-13T02:30:00.000Z'],
    ['0 0 1,15 * *', '2025-01-02T00:00:00Z', '2025-01-15T00:00:00.000Z'],
    ['0 0 13 * 5', '2025-01-06T00:00:00Z', '2025-01-10T00:00:00.000Z'], // dom OR dow when both restricted
    ['0 12 * JAN,feb ?', '2025-01-31T13:00:00Z', '2025-02-01T12:00:00.000Z'],
  ])('%s after %s is %s', (spec, after, want) => {
    expect(iso(nextTime(parseSchedule(spec), at(after)))).toBe(want);
  });

  it.each([
    ['* * * *', 'expected exactly 5 fields, found 4: * * * *'],
    ['61 * * * *', 'end of range (61) above maximum (59): 61'],
    ['@every 5m', 'unrecognized descriptor: @every 5m'],
    ['TZ=UTC * * * * *', 'CRON_TZ or TZ used in schedule is not supported, please use timeZone instead'],
  ])('rejects %s', (spec, msg) => {
    expect(() => parseSchedule(spec)).toThrow(msg);
  });
});
