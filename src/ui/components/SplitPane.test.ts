// The divider's arithmetic: the grid tracks (fr shares with px floors) and the
// fractions the divider may take in a box of a given size.
import { describe, expect, it } from 'vitest';
import { limits, trackList } from './SplitPane.js';

describe('trackList', () => {
  it('gives fr shares out of 100, so a pane left alone after the other hit its floor takes all the rest', () => {
    expect(trackList(0.6)).toBe('minmax(0px, 60.0fr) 6px minmax(0px, 40.0fr)');
  });
  it('floors the first pane at its preferred px where the second keeps its own minimum', () => {
    expect(trackList(0.6, 780, 240)).toBe('minmax(min(780px, 100% - 246px), 60.0fr) 6px minmax(min(240px, 100%), 40.0fr)');
  });
  it('collapses the first pane to its content and the divider to nothing', () => {
    expect(trackList(0.42, 0, 0, true)).toBe('auto 0px minmax(0, 1fr)');
  });
});

describe('limits', () => {
  it('are min and max when the box is roomy', () => {
    expect(limits(2000, 0.35, 0.8, 240)).toEqual([0.35, 0.8]);
  });
  it('keep the second pane its px minimum in a small box (1,050 px: at most (1044 - 240) / 1044 for the first)', () => {
    const [lo, hi] = limits(1050, 0.35, 0.8, 240);
    expect(lo).toBe(0.35);
    expect(hi).toBeCloseTo(804 / 1044, 6);
  });
  it('never let the upper limit fall under the lower one', () => {
    expect(limits(300, 0.35, 0.8, 240)).toEqual([0.35, 0.35]);
  });
});
