import { describe, expect, it } from 'vitest';
import { VirtualClock, toRFC3339, toRFC3339Micro } from './clock.js';
import { SeededRandom } from './random.js';
import { generateName, nameAlphabet, newUID } from './names.js';

describe('VirtualClock', () => {
  it('fires timers in time order, FIFO among equal times', () => {
    const c = new VirtualClock(0);
    const log: string[] = [];
    c.setTimeout(() => log.push('b@10'), 10);
    c.setTimeout(() => log.push('a@5'), 5);
    c.setTimeout(() => log.push('c@10'), 10);
    c.defer(() => log.push('now'));
    c.advance(7);
    expect(log).toEqual(['now', 'a@5']);
    expect(c.now()).toBe(7);
    c.advance(10);
    expect(log).toEqual(['now', 'a@5', 'b@10', 'c@10']);
  });

  it('sees the time of the timer inside its callback and runs work it schedules', () => {
    const c = new VirtualClock(1000);
    const seen: number[] = [];
    c.setTimeout(() => {
      seen.push(c.now());
      c.setTimeout(() => seen.push(c.now()), 3);
      c.defer(() => seen.push(c.now()));
    }, 5);
    c.advance(100);
    expect(seen).toEqual([1005, 1005, 1008]);
  });

  it('cancels timers and steps to the next one', () => {
    const c = new VirtualClock(0);
    const log: number[] = [];
    const id = c.setTimeout(() => log.push(1), 10);
    c.setTimeout(() => log.push(2), 20);
    c.clearTimeout(id);
    expect(c.nextTimerAt()).toBe(20);
    expect(c.step()).toBe(true);
    expect(log).toEqual([2]);
    expect(c.now()).toBe(20);
    expect(c.step()).toBe(false);
  });

  it('refuses a zero-delay loop instead of hanging', () => {
    const c = new VirtualClock(0);
    const loop = () => c.defer(loop);
    c.defer(loop);
    expect(() => c.runDue(1000)).toThrow(/more than 1000 timers/);
  });

  it('formats metav1.Time and MicroTime', () => {
    expect(toRFC3339(Date.UTC(2024, 0, 2, 3, 4, 5, 678))).toBe('2024-01-02T03:04:05Z');
    expect(toRFC3339Micro(Date.UTC(2024, 0, 2, 3, 4, 5, 678))).toBe('2024-01-02T03:04:05.678000Z');
  });
});

describe('SeededRandom and names', () => {
  it('is reproducible from a seed and differs between seeds', () => {
    const a = new SeededRandom(42);
    const b = new SeededRandom(42);
    const c = new SeededRandom(43);
    const sa = Array.from({ length: 5 }, () => a.nextUint32());
    expect(Array.from({ length: 5 }, () => b.nextUint32())).toEqual(sa);
    expect(Array.from({ length: 5 }, () => c.nextUint32())).not.toEqual(sa);
  });

  it('generates names with a 5-character suffix from the Kubernetes alphabet', () => {
    const r = new SeededRandom(1);
    const name = generateName('nginx-deployment-5d59d67564-', r);
    expect(name).toMatch(new RegExp(`^nginx-deployment-5d59d67564-[${nameAlphabet}]{5}$`));
    expect(generateName('x'.repeat(70), r)).toHaveLength(63);
  });

  it('generates v4 UUIDs', () => {
    const r = new SeededRandom(7);
    const uid = newUID(r);
    expect(uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newUID(r)).not.toBe(uid);
  });
});
