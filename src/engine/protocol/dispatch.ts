// The engine side of the protocol (duckdb-wasm's pattern): a pure host that
// owns one Cluster and its terminals, answers requests through dispatch() and
// posts pushes. It has no timers: its caller drives virtual time with
// tick(wallMs), and virtual time moves by the wall time elapsed × speed.
import { createCluster, type Cluster, type ClusterOptions } from '../cluster/index.js';
import type { ShellSession } from '../shell/session.js';
import {
  speeds,
  toWireError,
  type ClockState,
  type FromEngine,
  type Method,
  type Params,
  type Push,
  type Reply,
  type Request,
  type Result,
  type Snapshot,
  type Speed,
  type TerminalId,
} from './messages.js';
import { LabView, labViewUser } from './view.js';
import { coalescePushes } from './coalesce.js';
import { slimObject } from './slim.js';
import { LessonHost } from './lessons.js';
import { afterAnswer } from '../lazy/state.js';
import { EditSessions, homeDir, listFiles, writeFile } from './editing.js';
import { storeDigest, type JournalEntry, type SavedLab } from './journal.js';
import type { ArgCompleter } from '../shell/complete.js';
import { readKubeconfig } from '../cluster/workstation.js';
import type { ProcessIO } from '../shell/types.js';

export interface HostOptions extends ClusterOptions {
  /**
   * The longest wall-time gap one tick may turn into virtual time (ms). A tab
   * that slept for an hour should not fast-forward the cluster by an hour.
   */
  maxTickMs?: number;
  /** Speed the clock starts at (default 1×). */
  speed?: Speed;
  /** How many audit records a snapshot carries. */
  snapshotAudit?: number;
}

export interface EngineHost {
  /** Answer one request; the reply is posted (after any pushes it caused) and returned. */
  dispatch(request: Request): Reply;
  /** Advance virtual time to match wall time `wallMs` (any monotonic ms clock). */
  tick(wallMs: number): void;
  /** The cluster now (it changes on `cluster.reset`). For tests and tools. */
  readonly cluster: Cluster;
}

interface Terminal {
  session: ShellSession;
  cols: number;
  rows: number;
  /** Restored by a replay and not yet claimed by `terminal.open`: what it showed and what was typed. */
  restored?: { screen: string; history: string[] };
}

type JournalOp = JournalEntry extends infer E ? (E extends { at: number } ? Omit<E, 'at'> : never) : never;

/** How much of a restored terminal's screen is kept for the page. */
const maxRestoredScreen = 200_000;

type Handlers = { [M in Method]: (params: Params<M>) => Result<M> };

class Host implements EngineHost {
  cluster!: Cluster;
  private view!: LabView;
  private unsubscribeAudit: () => void = () => {};
  private readonly terminals = new Map<TerminalId, Terminal>();
  private nextTerminal = 1;
  private outbox: Push[] = [];
  /** Speed asked for before the first cluster exists; afterwards cluster.sim is the truth (`lab speed` changes it too). */
  private initialSpeed: Speed;
  private lastWall: number | undefined;
  private carryMs = 0;
  private lastClockPush: ClockState | undefined;
  private readonly options: HostOptions;
  private readonly lessons = new LessonHost((p) => this.push(p));
  private readonly edits = new EditSessions((p) => this.push(p));
  /** What the student did, for the saved lab (see journal.ts). */
  private journal: JournalEntry[] = [];
  private replaying = false;

  constructor(
    private readonly post: (m: FromEngine) => void,
    opts: HostOptions,
  ) {
    this.options = opts;
    this.initialSpeed = opts.speed ?? 1;
    this.boot(opts.seed ?? 1);
  }

  dispatch(request: Request): Reply {
    let reply: Reply;
    try {
      const handler = this.handlers[request.method] as (p: unknown) => unknown;
      if (!handler) throw new Error(`unknown method ${JSON.stringify(request.method)}`);
      const result = handler(request.params ?? {});
      reply = { type: 'reply', id: request.id, ok: true, result: result ?? null };
    } catch (e) {
      reply = { type: 'reply', id: request.id, ok: false, error: toWireError(e) };
    }
    this.flush();
    this.post(reply);
    return reply;
  }

  tick(wallMs: number): void {
    const last = this.lastWall ?? wallMs;
    this.lastWall = wallMs;
    const elapsed = Math.min(Math.max(wallMs - last, 0), this.options.maxTickMs ?? 1000);
    // Keep fractions of a millisecond so 1× over many 16.7 ms ticks stays exact.
    this.carryMs += elapsed * this.speed;
    let ms = Math.floor(this.carryMs);
    this.carryMs -= ms;
    // `lab step 10s` lets that much time pass at once, even while paused.
    const sim = this.cluster.sim;
    if (sim.stepBudgetMs > 0) {
      ms = Math.max(ms, sim.stepBudgetMs);
      sim.stepBudgetMs = 0;
    }
    this.guard(() => (ms > 0 ? this.cluster.advance(ms) : this.cluster.settle()));
    this.guard(() => this.lessons.onTick(this.cluster.clock.now()));
    this.pushClock(false);
    this.flush();
  }

  /** Virtual seconds per wall second now: 0 while paused. */
  private get speed(): Speed {
    const sim = this.cluster?.sim;
    if (!sim) return this.initialSpeed;
    return (sim.paused ? 0 : sim.speed) as Speed;
  }

  private readonly handlers: Handlers = {
    'terminal.open': ({ cols, rows }) => {
      for (const [id, t] of this.terminals) {
        if (!t.restored) continue;
        const { screen, history } = t.restored;
        t.restored = undefined;
        t.cols = cols;
        t.rows = rows;
        t.session.state.columns = cols;
        return { terminal: id, prompt: t.session.prompt, screen, history };
      }
      const id = this.nextTerminal++;
      this.record({ op: 'open', terminal: id, cols, rows });
      const t: Terminal = { session: undefined as unknown as ShellSession, cols, rows };
      this.terminals.set(id, t);
      this.openSession(id, t);
      return { terminal: id, prompt: t.session.prompt };
    },
    'terminal.input': ({ terminal, line }) => {
      const t = this.terminal(terminal);
      this.record({ op: 'input', terminal, line });
      if (t.restored) {
        t.restored.screen += `${t.session.prompt}${line}\n`;
        if (line.trim()) t.restored.history.push(line);
      }
      this.guard(() => {
        t.session.input(line);
        this.cluster.settle();
      });
      if (this.cluster.sim.resetRequested) {
        this.handlers['cluster.reset']({});
        return null;
      }
      if (t.session.hasExited) {
        // `exit` ends the shell; like a lab terminal, a fresh one takes its place.
        this.openSession(terminal, t);
        this.push({ kind: 'terminal.idle', terminal, prompt: t.session.prompt });
      }
      return null;
    },
    'terminal.interrupt': ({ terminal }) => {
      const t = this.terminal(terminal);
      this.record({ op: 'interrupt', terminal });
      if (t.restored) t.restored.screen += '^C\n';
      const wasBusy = t.session.busy;
      this.guard(() => {
        t.session.interrupt();
        this.cluster.settle();
      });
      // A running job answers Ctrl-C with `^C` and an idle; at the prompt the
      // terminal prints `^C` itself and needs the (possibly changed) prompt.
      if (!wasBusy) this.push({ kind: 'terminal.idle', terminal, prompt: t.session.prompt });
      return null;
    },
    'terminal.resize': ({ terminal, cols, rows }) => {
      const t = this.terminal(terminal);
      t.cols = cols;
      t.rows = rows;
      t.session.state.columns = cols;
      return null;
    },
    'cluster.reset': ({ seed }) => {
      this.view.stop();
      this.unsubscribeAudit();
      this.journal = [];
      this.outbox = this.outbox.filter((p) => p.kind !== 'objects' && p.kind !== 'audit' && p.kind !== 'terminal.output');
      this.boot(seed ?? this.cluster.options.seed);
      this.push({ kind: 'journal', seed: this.cluster.options.seed, workers: this.cluster.options.workers, entries: [], reset: true });
      for (const [id, t] of this.terminals) {
        this.record({ op: 'open', terminal: id, cols: t.cols, rows: t.rows });
        this.openSession(id, t);
        this.push({ kind: 'terminal.reset', terminal: id });
        this.push({ kind: 'terminal.idle', terminal: id, prompt: t.session.prompt });
      }
      return this.snapshot();
    },
    'clock.setSpeed': ({ speed }) => {
      if (!speeds.includes(speed)) throw new Error(`speed must be one of ${speeds.join(', ')}`);
      const sim = this.cluster.sim;
      sim.paused = speed === 0;
      if (speed !== 0) sim.speed = speed;
      this.carryMs = 0;
      this.pushClock(true);
      return this.clockState();
    },
    'clock.step': ({ ms }) => {
      const before = this.cluster.clock.now();
      this.guard(() => {
        if (ms !== undefined) this.cluster.advance(Math.max(0, ms));
        else if (!this.cluster.clock.step()) this.cluster.advance(1000);
      });
      this.pushClock(true);
      return { ...this.clockState(), advancedMs: this.cluster.clock.now() - before };
    },
    'lesson.start': ({ spec }) => {
      // The lesson's cluster shape sticks: resetting during the lesson keeps it.
      if (spec.setup.workers !== undefined) this.options.workers = spec.setup.workers;
      this.handlers['cluster.reset']({ seed: spec.setup.seed ?? 1 });
      this.record({ op: 'lesson.start', spec });
      return this.lessons.start(this.cluster, spec);
    },
    'lesson.goto': ({ step }) => {
      this.record({ op: 'lesson.goto', step });
      return this.lessons.goTo(step);
    },
    'lesson.state': () => this.lessons.state(),
    'lesson.stop': () => {
      this.record({ op: 'lesson.stop' });
      this.lessons.stop();
      return null;
    },
    'state.snapshot': () => this.snapshot(),
    'fs.list': ({ dir }) => listFiles(this.cluster.fs, dir ?? homeDir),
    'fs.read': ({ path }) => ({ path, content: this.cluster.fs.readFile(path) }),
    'fs.write': ({ path, content }) => {
      this.record({ op: 'write', path, content });
      return writeFile(this.cluster.fs, path, content);
    },
    'editor.diagnose': ({ content, output }) => ({ markers: afterAnswer().diagnoseApply(content, output) }),
    'editor.saved': ({ session, content }) => {
      this.record({ op: 'saved', session, content });
      this.edits.saved(session, content);
      this.guard(() => this.cluster.settle());
      return null;
    },
    'editor.closed': ({ session }) => {
      this.record({ op: 'closed', session });
      this.edits.closed(session);
      this.guard(() => this.cluster.settle());
      return null;
    },
    'state.restore': ({ lab }) => this.restore(lab),
    'state.digest': () => ({ now: this.cluster.clock.now(), digest: storeDigest(this.cluster) }),
    // The inspector, Tab and the editor's markers run code of the after-the-answer chunk (the worker loads it first: lazyGate.ts).
    'object.inspect': (p) => {
      const { inspect, containerView } = afterAnswer();
      return inspect(this.cluster.client(labViewUser), this.cluster.api, p, (r) => this.view.items(r), (pod) => containerView(this.cluster, pod));
    },
    'terminal.complete': ({ terminal, line, cursor }) => {
      const { completeLine, kubectlCompleter } = afterAnswer();
      const state = this.terminal(terminal).session.state;
      const completers = new Map<string, ArgCompleter>([
        [
          'kubectl',
          kubectlCompleter({
            client: this.cluster.client(labViewUser),
            defaultNamespace: () => readKubeconfig({ fs: state.fs, env: new Map(state.vars), cwd: state.cwd } as unknown as ProcessIO).namespace || 'default',
          }),
        ],
      ]);
      return completeLine(state, line, cursor ?? line.length, completers);
    },
  };

  private boot(seed: number): void {
    this.lessons.stop();
    this.edits.clear();
    const previous = this.cluster?.sim;
    this.cluster = createCluster({ ...this.options, seed });
    // Time controls survive a reset; a reset request does not.
    if (previous) Object.assign(this.cluster.sim, { speed: previous.speed, paused: previous.paused, stepBudgetMs: 0, resetRequested: false });
    else if (this.initialSpeed === 0) this.cluster.sim.paused = true;
    else this.cluster.sim.speed = this.initialSpeed;
    this.cluster.edit = (path, content, io) => this.edits.open(path, content, io);
    this.view = new LabView(this.cluster.client(labViewUser), (e) => {
      const last = this.outbox[this.outbox.length - 1];
      if (last?.kind === 'objects') last.events.push(e);
      else this.push({ kind: 'objects', events: [e] });
    });
    this.cluster.settle();
    this.unsubscribeAudit = this.cluster.api.onAudit((r) => {
      if (r.user === labViewUser) return;
      const last = this.outbox[this.outbox.length - 1];
      if (last?.kind === 'audit') last.records.push(r);
      else this.push({ kind: 'audit', records: [r] });
    });
    this.lastClockPush = undefined;
  }

  private openSession(id: TerminalId, t: Terminal): void {
    const session: ShellSession = this.cluster.openShell({
      write: (data) => {
        if (t.restored) t.restored.screen = (t.restored.screen + data).slice(-maxRestoredScreen);
        if (this.replaying) return;
        const last = this.outbox[this.outbox.length - 1];
        if (last?.kind === 'terminal.output' && last.terminal === id) last.data += data;
        else this.push({ kind: 'terminal.output', terminal: id, data });
      },
      commandDone: (r) => this.guard(() => this.lessons.onCommand(r)),
      idle: () => {
        if (!session.hasExited && this.terminals.get(id)?.session === session) {
          this.push({ kind: 'terminal.idle', terminal: id, prompt: session.prompt });
        }
      },
    });
    session.state.columns = t.cols;
    t.session = session;
  }

  /** Append to the journal (and tell the page, unless this is a replay). */
  private record(op: JournalOp): void {
    const e = { at: this.cluster.clock.now(), ...op } as JournalEntry;
    this.journal.push(e);
    if (this.replaying) return;
    const last = this.outbox[this.outbox.length - 1];
    if (last?.kind === 'journal' && !last.reset) last.entries.push(e);
    else this.push({ kind: 'journal', seed: this.cluster.options.seed, workers: this.cluster.options.workers, entries: [e] });
  }

  /** state.restore: a fresh cluster from the lab's seed, then every entry at its virtual time. */
  private restore(lab: SavedLab): { snapshot: Snapshot; digest: string; matches: boolean | null } {
    if (lab?.version !== 1 || !Array.isArray(lab.entries) || typeof lab.seed !== 'number') throw new Error('not a saved lab');
    this.view.stop();
    this.unsubscribeAudit();
    this.terminals.clear();
    this.nextTerminal = 1;
    this.journal = [];
    if (typeof lab.workers === 'number') this.options.workers = lab.workers;
    this.boot(lab.seed);
    this.replaying = true;
    try {
      for (const e of lab.entries) {
        const gap = e.at - this.cluster.clock.now();
        if (gap > 0) this.cluster.advance(gap);
        this.replay(e);
      }
      const gap = lab.now - this.cluster.clock.now();
      if (gap > 0) this.cluster.advance(gap);
    } finally {
      this.replaying = false;
    }
    // The clock resumes as it was saved (paused stays paused), from this instant of wall time.
    if (lab.speed !== undefined && speeds.includes(lab.speed)) {
      this.cluster.sim.paused = lab.speed === 0;
      if (lab.speed !== 0) this.cluster.sim.speed = lab.speed;
    }
    this.lastWall = undefined;
    this.carryMs = 0;
    // The page gets the state as a snapshot; only a still-waiting `kubectl edit` is news.
    this.outbox = this.outbox.filter((p) => p.kind === 'clock' || p.kind === 'engine.error' || (p.kind === 'editor.open' && this.edits.isOpen(p.session)));
    this.lastClockPush = undefined;
    const digest = storeDigest(this.cluster);
    return { snapshot: this.snapshot(), digest, matches: lab.digest ? digest === lab.digest : null };
  }

  private replay(e: JournalEntry): void {
    switch (e.op) {
      case 'open': {
        const t: Terminal = { session: undefined as unknown as ShellSession, cols: e.cols, rows: e.rows, restored: { screen: '', history: [] } };
        this.terminals.set(e.terminal, t);
        this.nextTerminal = Math.max(this.nextTerminal, e.terminal + 1);
        this.openSession(e.terminal, t);
        this.journal.push(e);
        return;
      }
      case 'input':
        this.handlers['terminal.input']({ terminal: e.terminal, line: e.line });
        return;
      case 'interrupt':
        this.handlers['terminal.interrupt']({ terminal: e.terminal });
        return;
      case 'write':
        this.handlers['fs.write']({ path: e.path, content: e.content });
        return;
      case 'saved':
        this.handlers['editor.saved']({ session: e.session, content: e.content });
        return;
      case 'closed':
        this.handlers['editor.closed']({ session: e.session });
        return;
      case 'lesson.start':
        this.record({ op: 'lesson.start', spec: e.spec });
        this.lessons.start(this.cluster, e.spec as Params<'lesson.start'>['spec']);
        return;
      case 'lesson.goto':
        this.handlers['lesson.goto']({ step: e.step });
        return;
      case 'lesson.stop':
        this.handlers['lesson.stop']({});
        return;
    }
  }

  private terminal(id: TerminalId): Terminal {
    const t = this.terminals.get(id);
    if (!t) throw new Error(`no terminal ${id}`);
    return t;
  }

  private snapshot(): Snapshot {
    const n = this.options.snapshotAudit ?? 200;
    const audit = this.cluster.audit.filter((r) => r.user !== labViewUser);
    const objects = this.view.snapshot().map(({ resource, items }) => ({ resource, items: items.map((o) => slimObject(resource, o)) }));
    return { seed: this.cluster.options.seed, clock: this.clockState(), objects, audit: audit.slice(-n) };
  }

  private clockState(): ClockState {
    return { now: this.cluster.clock.now(), speed: this.speed };
  }

  /** Push the clock when its shown second or the speed changed (or when forced). */
  private pushClock(force: boolean): void {
    const c = this.clockState();
    const p = this.lastClockPush;
    if (!force && p && p.speed === c.speed && Math.floor(p.now / 1000) === Math.floor(c.now / 1000)) return;
    this.lastClockPush = c;
    this.push({ kind: 'clock', clock: c });
  }

  /** Run engine work; an exception outside a request becomes an `engine.error` push. */
  private guard(fn: () => void): void {
    try {
      fn();
    } catch (e) {
      this.push({ kind: 'engine.error', error: toWireError(e) });
    }
  }

  private push(p: Push): void {
    this.outbox.push(p);
  }

  private flush(): void {
    if (!this.outbox.length) return;
    const pushes = coalescePushes(this.outbox);
    this.outbox = [];
    if (pushes.length) this.post({ type: 'push', pushes });
  }
}

/** The engine behind the protocol. `post` receives replies and push batches in order. */
export function createEngineHost(post: (m: FromEngine) => void, opts: HostOptions = {}): EngineHost {
  return new Host(post, opts);
}
