import { describe, expect, it } from 'vitest';
import { humanDuration, parseTimestamp, shortHumanDuration, translateTimestampSince } from './duration.js';

const s = 1000;
const m = 60 * s;
const h = 60 * m;
const d = 24 * h;

describe('humanDuration (apimachinery duration_test cases)', () => {
  it.each([
    [1 * s, '1s'],
    [70 * s, '70s'],
    [119 * s, '119s'],
    [120 * s, '2m'],
    [190 * s, '3m10s'],
    [9 * m + 59 * s, '9m59s'],
    [15 * m, '15m'],
    [70 * m, '70m'],
    [179 * m, '179m'],
    [3 * h, '3h'],
    [3 * h + 5 * m, '3h5m'],
    [7 * h + 59 * m, '7h59m'],
    [8 * h, '8h'],
    [47 * h, '47h'],
    [49 * h, '2d1h'],
    [2 * d + 3 * h, '2d3h'],
    [5 * d, '5d'],
    [8 * d + 2 * h, '8d'],
    [367 * d, '367d'],
    [365 * 2 * d + 25 * h, '2y1d'],
    [3 * 365 * d + 45 * d, '3y45d'],
    [365 * 8 * d + 2 * h, '8y'],
  ])('%i ms → %s', (ms, want) => {
    expect(humanDuration(ms)).toBe(want);
  });

  it('treats up to a second of clock skew as now, more as invalid', () => {
    expect(humanDuration(0)).toBe('0s');
    expect(humanDuration(-1500)).toBe('0s');
    expect(humanDuration(-2 * s)).toBe('<invalid>');
    expect(humanDuration(999)).toBe('0s');
  });
});

describe('shortHumanDuration', () => {
  it.each([
    [1 * s, '1s'],
    [70 * s, '1m'],
    [190 * s, '3m'],
    [70 * m, '1h'],
    [47 * h, '1d'],
    [49 * h, '2d'],
    [8 * d + 2 * h, '8d'],
    [367 * d, '1y'],
    [365 * 2 * d + 25 * h, '2y'],
    [365 * 8 * d + 2 * h, '8y'],
    [-2 * s, '<invalid>'],
    [-1 * s, '0s'],
  ])('%i ms → %s', (ms, want) => {
    expect(shortHumanDuration(ms)).toBe(want);
  });
});

describe('translateTimestampSince', () => {
  const now = Date.parse('2025-01-01T12:00:00Z');
  it('prints the age of a timestamp', () => {
    expect(translateTimestampSince('2025-01-01T11:55:00Z', now)).toBe('5m');
    expect(translateTimestampSince('2025-01-01T11:59:15Z', now)).toBe('45s');
    expect(translateTimestampSince('2024-12-30T09:00:00Z', now)).toBe('2d3h');
  });
  it('prints <unknown> for a missing or zero timestamp', () => {
    expect(translateTimestampSince(undefined, now)).toBe('<unknown>');
    expect(translateTimestampSince('', now)).toBe('<unknown>');
    expect(translateTimestampSince('0001-01-01T00:00:00Z', now)).toBe('<unknown>');
  });
  it('parses MicroTime', () => {
    expect(parseTimestamp('2025-01-01T11:59:59.500000Z')).toBe(now - 500);
  });
});
