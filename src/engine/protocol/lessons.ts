// The lesson part of the protocol: the UI sends a lesson's setup and goals
// (never code, never Markdown), the engine prepares the cluster, evaluates the
// current step after every command and every virtual second, and pushes
// `lesson.progress` when a check mark changes. The checks come with the after-the-answer
// chunk (lazy/): the worker loads it before a lesson starts (lazyGate.ts).
import type { Cluster } from '../cluster/index.js';
import type { LessonProgress, LessonProgressState, LessonSpec, SetupFailure } from '../checks/lesson.js';
import { afterAnswer } from '../lazy/state.js';
import { labViewUser } from './view.js';

export type { LessonProgressState, LessonSpec, SetupFailure };

export interface LessonRequests {
  /** Start (or restart) a lesson: a fresh cluster from its setup; terminals are reset. */
  'lesson.start': { params: { spec: LessonSpec }; result: { progress: LessonProgressState; setupFailures: SetupFailure[] } };
  /** Make `step` the step being checked (the student skipped ahead or went back). */
  'lesson.goto': { params: { step: number }; result: LessonProgressState };
  /** Leave the lesson; the cluster stays as it is (a sandbox). */
  'lesson.stop': { params: Record<string, never>; result: null };
  /** The lesson being checked, if any (a page reloaded over a restored lab picks it up again). */
  'lesson.state': { params: Record<string, never>; result: LessonProgressState | null };
}

export type LessonPush = { kind: 'lesson.progress'; progress: LessonProgressState };

export class LessonHost {
  private progress: LessonProgress | undefined;
  private lastSecond = -1;
  private ticksSince = 0;

  constructor(private readonly push: (p: LessonPush) => void) {}

  /** Prepare `cluster` for the lesson and start checking its first step. */
  start(cluster: Cluster, spec: LessonSpec): { progress: LessonProgressState; setupFailures: SetupFailure[] } {
    const { applySetup, LessonProgress } = afterAnswer();
    const setupFailures = applySetup(cluster, spec.setup);
    // Reading as the lab view keeps the checker's requests out of the diagram and the audit feed.
    this.progress = new LessonProgress(cluster, spec, labViewUser);
    this.progress.evaluate();
    this.lastSecond = Math.floor(cluster.clock.now() / 1000);
    return { progress: this.progress.state(), setupFailures };
  }

  stop(): void {
    this.progress = undefined;
  }

  state(): LessonProgressState | null {
    return this.progress?.state() ?? null;
  }

  goTo(step: number): LessonProgressState {
    if (!this.progress) throw new Error('no lesson is running');
    this.progress.goTo(step);
    this.progress.evaluate();
    return this.progress.state();
  }

  /** A command finished in one of the student's terminals. */
  onCommand(r: { line: string; output: string; exitCode: number }): void {
    if (!this.progress) return;
    this.progress.recordCommand(r);
    this.evaluate();
  }

  /**
   * Time moved: check once per virtual second (Pods become Ready on their
   * own), but at most every 10th tick, so 60× speed costs ~6 checks a second.
   */
  onTick(now: number): void {
    this.ticksSince++;
    const s = Math.floor(now / 1000);
    if (!this.progress || s === this.lastSecond || this.ticksSince < 10) return;
    this.lastSecond = s;
    this.ticksSince = 0;
    this.evaluate();
  }

  private evaluate(): void {
    const p = this.progress!;
    if (p.evaluate()) this.push({ kind: 'lesson.progress', progress: p.state() });
  }
}
