// The headless lesson runner (`kubelab pack test`, the course tests): a
// cluster prepared by the lesson's setup, a student terminal whose commands
// feed the lesson's progress, and the reference check of every step — no goal
// is met before its solution runs; running the solution meets every goal.
import { createLessonCluster, LessonProgress, runLine, type SetupFailure } from '../engine/checks/lesson.js';
import type { GoalResult } from '../engine/checks/goals.js';
import type { Cluster } from '../engine/cluster/index.js';
import type { ShellSession } from '../engine/shell/session.js';
import { lessonSpec } from './spec.js';
import type { Lesson, Locale, Pack } from './types.js';

export { lessonSpec };

/** A lesson being played headlessly: type lines, let time pass, read progress. */
export class LessonRun {
  readonly cluster: Cluster;
  readonly progress: LessonProgress;
  readonly session: ShellSession;
  readonly setupFailures: SetupFailure[];
  /** What the student's terminal shows. */
  transcript = '';

  constructor(readonly lesson: Lesson) {
    const spec = lessonSpec(lesson);
    const { cluster, failures } = createLessonCluster(spec);
    this.cluster = cluster;
    this.setupFailures = failures;
    this.progress = new LessonProgress(cluster, spec);
    this.session = cluster.openShell({
      write: (s) => (this.transcript += s),
      commandDone: (r) => this.progress.recordCommand(r),
    });
  }

  /** Type one command (its lines, for a heredoc) and run it to the end on virtual time. */
  type(command: string, opts: { advance?: boolean } = {}): void {
    for (const line of command.replace(/\n$/, '').split('\n')) {
      this.transcript += this.session.prompt + line + '\n';
      runLine(this.cluster, this.session, line);
      this.progress.evaluate(opts);
    }
  }

  /** Let up to `maxMs` of virtual time pass, a second at a time, until `done()`. */
  waitFor(done: () => boolean, maxMs: number): void {
    for (let t = 0; t < maxMs && !done(); t += 1000) {
      this.cluster.advance(1000);
      this.progress.evaluate();
    }
  }
}

export interface StepReport {
  lesson: string;
  step: string;
  index: number;
  ok: boolean;
  /** Goals met before the solution ran (should be none). */
  premature: number[];
  /** Each goal's result after the solution (and waiting). */
  after: GoalResult[];
  /** The step was not reached because an earlier one failed. */
  skipped?: boolean;
}

export interface LessonReport {
  lesson: string;
  title: string;
  ok: boolean;
  setupFailures: SetupFailure[];
  steps: StepReport[];
}

export interface TestOptions {
  /** Virtual time allowed after a step's solution for its goals to be met (default 5 min). */
  maxWaitMs?: number;
}

export function testLesson(lesson: Lesson, opts: TestOptions = {}): LessonReport {
  const run = new LessonRun(lesson);
  const steps: StepReport[] = [];
  let failed = run.setupFailures.length > 0;
  const setupFailed = failed;
  lesson.steps.forEach((step, i) => {
    const base = { lesson: lesson.id, step: step.id, index: i };
    // A step whose goals were met despite a premature one still hands over to the next.
    if (setupFailed || run.progress.currentStep !== i) {
      failed = true;
      steps.push({ ...base, ok: false, premature: [], after: [], skipped: true });
      return;
    }
    const before = run.progress.peek();
    const premature = before.flatMap((r, k) => (r.met ? [k] : []));
    for (const command of step.solution) run.type(command, { advance: false });
    run.progress.evaluate();
    run.waitFor(() => run.progress.currentStep > i, opts.maxWaitMs ?? 300_000);
    const after = run.progress.currentStep > i ? step.goals.map(() => ({ met: true })) : run.progress.state().steps[i]!.goals;
    const ok = premature.length === 0 && after.every((r) => r.met);
    if (!ok) failed = true;
    steps.push({ ...base, ok, premature, after });
  });
  return { lesson: lesson.id, title: lesson.title.en, ok: !failed, setupFailures: run.setupFailures, steps };
}

export function testPack(pack: Pack, opts: TestOptions & { only?: string } = {}): LessonReport[] {
  return pack.lessons.filter((l) => !opts.only || l.id === opts.only).map((l) => testLesson(l, opts));
}

function goalLabel(lesson: Lesson | undefined, step: number, goal: number, zh: boolean): string {
  const g = lesson?.steps[step]?.goals[goal];
  const n = zh ? `目标 ${goal + 1}` : `goal ${goal + 1}`;
  if (!g) return n;
  return g.label ? `${n} (${g.label[zh ? 'zh-CN' : 'en']})` : `${n} (${g.kind})`;
}

/** The report `kubelab pack test` prints: one line per step, details under failures. */
export function formatReports(reports: LessonReport[], pack?: Pack, locale: Locale = 'en'): string {
  const zh = locale === 'zh-CN';
  let out = '';
  for (const r of reports) {
    const lesson = pack?.lessons.find((l) => l.id === r.lesson);
    out += `${r.ok ? '✓' : '✗'} ${r.lesson}: ${lesson?.title[locale] ?? r.title}\n`;
    for (const f of r.setupFailures) out += `    ${zh ? '初始准备失败' : 'setup failed'}: ${f.what} (exit ${f.exitCode})\n${indent(f.output, 6)}`;
    for (const s of r.steps) {
      out += `  ${s.ok ? '✓' : '✗'} ${s.index + 1}. ${s.step}${s.skipped ? (zh ? '（未执行到）' : ' (not reached)') : ''}\n`;
      for (const k of s.premature)
        out += `      ${goalLabel(lesson, s.index, k, zh)} ${zh ? '在参考答案运行之前就已达成' : 'is already met before the solution runs'}\n`;
      s.after.forEach((g, k) => {
        if (!g.met) out += `      ${goalLabel(lesson, s.index, k, zh)} ${zh ? '在参考答案运行之后仍未达成' : 'not met after the solution'}: ${g.detail ?? '-'}\n`;
      });
    }
  }
  const failed = reports.filter((r) => !r.ok).length;
  const steps = reports.reduce((n, r) => n + r.steps.length, 0);
  const okSteps = reports.reduce((n, r) => n + r.steps.filter((s) => s.ok).length, 0);
  out += zh
    ? `\n${reports.length} 课中 ${reports.length - failed} 课通过，${steps} 步中 ${okSteps} 步通过\n`
    : `\n${reports.length - failed} of ${reports.length} lessons passed, ${okSteps} of ${steps} steps\n`;
  return out;
}

function indent(text: string, n: number): string {
  const pad = ' '.repeat(n);
  return text
    .replace(/\n$/, '')
    .split('\n')
    .filter((l) => l.length)
    .map((l) => pad + l + '\n')
    .join('');
}
