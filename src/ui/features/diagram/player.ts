// The queue of messages the diagram plays, one step at a time, so a burst of
// requests (a Deployment's whole roll-out happens in one virtual instant) is
// told in order and slowly enough to follow at 1×, and stays readable at 60×:
// steps of the same kind are coalesced ("created 120 Pods") and a long queue
// plays faster. Pure: the caller passes wall time in.
import type { AuditRecord } from '../../../engine/protocol/index.js';
import { isMinor, isStory, stepKey, type Step } from './story.js';

export interface Playing {
  step: Step;
  start: number;
  duration: number;
}

/** Wall milliseconds one step takes at each clock speed, before the queue speeds it up. */
const baseMs: Record<number, number> = { 0: 1100, 1: 1100, 10: 750, 60: 500 };
/** At 1× a step stays on screen long enough to read; faster clocks allow shorter steps. */
const minMs: Record<number, number> = { 0: 700, 1: 700, 10: 350, 60: 220 };
/** Waiting steps that do not yet speed playback up (at 1× a Deployment's roll-out is about a dozen). */
const patience: Record<number, number> = { 0: 14, 1: 14, 10: 4, 60: 0 };
/** From this many waiting steps on, a new record joins any waiting step of its kind, not only the last. */
const mergeAnywhereAt = 3;
const maxQueue = 24;
/** Records kept per step (the rest are counted). */
const sampleSize = 200;

export class StoryPlayer {
  private queue: Step[] = [];
  private playing: Playing | undefined;

  get waiting(): number {
    return this.queue.length;
  }

  get current(): Playing | undefined {
    return this.playing;
  }

  /** Queue the records that make messages. */
  push(records: AuditRecord[]): void {
    for (const r of records) {
      if (!isStory(r)) continue;
      const key = stepKey(r);
      const last = this.queue[this.queue.length - 1];
      const into = last?.key === key ? last : this.queue.length >= mergeAnywhereAt ? this.queue.find((s) => s.key === key) : undefined;
      if (into) {
        into.objects.add(`${r.namespace ?? ''}/${r.name ?? ''}`);
        into.count = into.objects.size;
        if (into.records.length < sampleSize) into.records.push(r);
        else into.records[into.records.length - 1] = r;
        continue;
      }
      this.queue.push({ key, records: [r], objects: new Set([`${r.namespace ?? ''}/${r.name ?? ''}`]), count: 1, minor: isMinor(r) });
      if (this.queue.length > maxQueue) {
        const i = this.queue.findIndex((s) => s.minor);
        this.queue.splice(i >= 0 ? i : 0, 1);
      }
    }
  }

  /**
   * Advance to wall time `now`: returns the step playing and how far it is
   * (0…1), starting the next one when the current one is done.
   */
  tick(now: number, speed: number): { playing: Playing; progress: number; started: boolean } | undefined {
    let started = false;
    if (this.playing && now - this.playing.start >= this.playing.duration) this.playing = undefined;
    if (!this.playing) {
      const step = this.queue.shift();
      if (!step) return undefined;
      const base = (baseMs[speed] ?? 1100) * (step.minor ? 0.55 : 1);
      const backlog = Math.max(0, this.queue.length - (patience[speed] ?? 0));
      const duration = Math.max(minMs[speed] ?? 220, base / (1 + backlog / 3));
      this.playing = { step, start: now, duration };
      started = true;
    }
    const p = this.playing;
    return { playing: p, progress: Math.min(1, (now - p.start) / p.duration), started };
  }

  clear(): void {
    this.queue = [];
    this.playing = undefined;
  }
}
