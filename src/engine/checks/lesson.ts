// A lesson inside the engine: the cluster a lesson starts from (its setup) and
// the progress of its steps. Steps are checked in order, like a lab guide: the
// current step's goals are evaluated after every command and as time passes;
// audit records and commands count from the moment the step became current, and
// a goal once met stays met until the step is done (so "a Pod was Terminating"
// can be seen even though it passes). Both the browser worker and `kubelab pack
// test` go through this file, so what the test proves is what students get.
import { createCluster, type Cluster } from '../cluster/index.js';
import type { ShellSession } from '../shell/session.js';
import { evaluateGoal, type CheckContext } from './evaluate.js';
import type { CommandRecord, Goal, GoalResult } from './goals.js';

export interface LessonSetupSpec {
  seed?: number;
  workers?: number;
  /** Applied with `kubectl apply -f` in a silent session, in order. */
  manifests: { name: string; content: string }[];
  /** Written into the student's home directory (paths relative to it). */
  files: { path: string; content: string }[];
  /** Run silently after the manifests (e.g. `kubectl wait …`). */
  commands: string[];
}

export interface LessonStepSpec {
  id: string;
  goals: Goal[];
}

export interface LessonSpec {
  id: string;
  setup: LessonSetupSpec;
  steps: LessonStepSpec[];
}

export interface SetupFailure {
  /** The manifest name or the command line. */
  what: string;
  output: string;
  exitCode: number;
}

export interface StepProgress {
  id: string;
  done: boolean;
  goals: GoalResult[];
}

export interface LessonProgressState {
  lesson: string;
  /** Index of the step being checked; equals steps.length when the lesson is complete. */
  current: number;
  steps: StepProgress[];
}

const home = '/root';
const setupDir = '/tmp/.lesson-setup';

/**
 * Type one line into `session` and let virtual time run until the command
 * finishes (interrupting it after `maxMs`, as Ctrl-C would).
 */
export function runLine(cluster: Cluster, session: ShellSession, line: string, maxMs = 600_000): void {
  session.input(line);
  cluster.settle();
  const started = cluster.clock.now();
  while (session.busy) {
    const next = cluster.clock.nextTimerAt();
    if (next === undefined || next - started > maxMs) {
      cluster.clock.advanceTo(Math.max(cluster.clock.now(), started + maxMs));
      if (session.busy) session.interrupt();
      break;
    }
    cluster.clock.step();
  }
  cluster.settle();
}

function parentDir(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

/** Write files, apply manifests and run the setup commands on `cluster`; report what failed. */
export function applySetup(cluster: Cluster, setup: LessonSetupSpec): SetupFailure[] {
  const failures: SetupFailure[] = [];
  for (const f of setup.files) {
    const path = f.path.startsWith('/') ? f.path : `${home}/${f.path}`;
    try {
      cluster.fs.mkdir(parentDir(path), { recursive: true });
      cluster.fs.writeFile(path, f.content);
    } catch (e) {
      failures.push({ what: f.path, output: (e as Error).message, exitCode: 1 });
    }
  }
  let current: { line: string; output: string } = { line: '', output: '' };
  const session = cluster.openShell({
    write: (s) => (current.output += s),
  });
  const run = (what: string, line: string) => {
    current = { line, output: '' };
    runLine(cluster, session, line);
    const code = session.state.lastStatus;
    if (code !== 0) failures.push({ what, output: current.output, exitCode: code });
  };
  if (setup.manifests.length) {
    cluster.fs.mkdir(setupDir, { recursive: true });
    setup.manifests.forEach((m, i) => {
      const file = `${setupDir}/${i}.yaml`;
      cluster.fs.writeFile(file, m.content);
      run(m.name, `kubectl apply -f ${file}`);
    });
    cluster.fs.rm(setupDir, { recursive: true });
  }
  for (const c of setup.commands) {
    current = { line: c, output: '' };
    for (const l of c.replace(/\n$/, '').split('\n')) runLine(cluster, session, l);
    if (session.state.lastStatus !== 0) failures.push({ what: c, output: current.output, exitCode: session.state.lastStatus });
  }
  cluster.settle();
  return failures;
}

/** A fresh cluster prepared for the lesson. */
export function createLessonCluster(spec: LessonSpec): { cluster: Cluster; failures: SetupFailure[] } {
  const cluster = createCluster({ seed: spec.setup.seed ?? 1, workers: spec.setup.workers ?? 2 });
  const failures = applySetup(cluster, spec.setup);
  return { cluster, failures };
}

/** Tracks which goals of which step are met, over one cluster and one command log. */
export class LessonProgress {
  private readonly commands: CommandRecord[] = [];
  private current = 0;
  private stepAuditSeq = 0;
  private stepCommandIndex = 0;
  private latched: boolean[] = [];
  private results: GoalResult[][];

  constructor(
    private readonly cluster: Cluster,
    readonly spec: LessonSpec,
    /** Who the checker reads as; the browser uses the lab view's user so its reads are not drawn. */
    private readonly checkerUser = 'lesson-checker',
  ) {
    this.results = spec.steps.map((s) => s.goals.map(() => ({ met: false })));
    this.enterStep(0);
  }

  /** Feed from SessionOutput.commandDone of the student's terminals. */
  recordCommand(r: { line: string; output: string; exitCode: number }): void {
    this.commands.push({ ...r, time: this.cluster.clock.now() });
  }

  get currentStep(): number {
    return this.current;
  }

  get complete(): boolean {
    return this.current >= this.spec.steps.length;
  }

  /** Make `index` the step being checked (the student skipped ahead or went back). */
  goTo(index: number): void {
    const i = Math.max(0, Math.min(index, this.spec.steps.length));
    for (let k = i; k < this.spec.steps.length; k++) this.results[k] = this.spec.steps[k]!.goals.map(() => ({ met: false }));
    this.enterStep(i);
  }

  private enterStep(i: number): void {
    this.current = i;
    const audit = this.cluster.audit;
    this.stepAuditSeq = audit.length ? audit[audit.length - 1]!.seq : 0;
    this.stepCommandIndex = this.commands.length;
    this.latched = (this.spec.steps[i]?.goals ?? []).map(() => false);
  }

  private context(): CheckContext {
    const since = this.stepAuditSeq;
    return {
      client: this.cluster.client(this.checkerUser),
      audit: this.cluster.audit.filter((r) => r.seq > since && r.user !== this.checkerUser),
      commands: this.commands.slice(this.stepCommandIndex),
      defaultNamespace: 'default',
    };
  }

  /** Evaluate the current step's goals only (no latching, no advancing): what `pack test` checks at a step's start. */
  peek(): GoalResult[] {
    const step = this.spec.steps[this.current];
    if (!step) return [];
    const ctx = this.context();
    return step.goals.map((g) => evaluateGoal(g, ctx));
  }

  /**
   * Evaluate the current step's goals; when all are met (each may have been
   * met at a different moment) the step is done and the next one becomes
   * current, with fresh windows on the audit stream and the command log. The
   * next step is evaluated on the next call, never in this one, so a command
   * completes at most one step. With `advance: false` goals are latched but the
   * step stays current (`pack test` types a whole solution before moving on).
   * Returns true when anything changed.
   */
  evaluate(opts: { advance?: boolean } = {}): boolean {
    if (this.complete) return false;
    const step = this.spec.steps[this.current]!;
    const merged = this.peek().map((r, k) => {
      if (r.met) this.latched[k] = true;
      return this.latched[k] ? { met: true } : r;
    });
    let changed = JSON.stringify(merged) !== JSON.stringify(this.results[this.current]);
    this.results[this.current] = merged;
    if (opts.advance !== false && step.goals.length && merged.every((r) => r.met)) {
      this.enterStep(this.current + 1);
      changed = true;
    }
    return changed;
  }

  state(): LessonProgressState {
    return {
      lesson: this.spec.id,
      current: this.current,
      steps: this.spec.steps.map((s, i) => ({ id: s.id, done: i < this.current, goals: this.results[i]! })),
    };
  }
}
