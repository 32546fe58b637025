// The composition root: createCluster(seed) assembles the clock, the store, the
// API server, the control-plane components, the nodes and the student's
// workstation, and wires the few calls that run against the layering.
import { VirtualClock } from '../clock/clock.js';
import { SeededRandom } from '../clock/random.js';
import { MemoryStore } from '../store/index.js';
import { APIServer } from '../apiserver/server.js';
import type { AuditRecord } from '../apiserver/audit.js';
import { Client } from '../client/client.js';
import { createKubectl } from '../kubectl/index.js';
import { deferredCoreutils } from '../shell/programs/deferred.js';
import { afterAnswer } from '../lazy/state.js';
// Node has the after-the-answer chunk from the start; the worker fetches it (lazy/source.browser.ts).
import '../lazy/source.js';
import { ShellSession, type SessionOutput } from '../shell/session.js';
import type { Program, ProcessIO, ProgramResult } from '../shell/types.js';
import type { MemoryFS } from '../shell/fs.js';
import { bootstrapAPI } from './bootstrap.js';
import { components } from './components.js';
import type { NodeControl, SimulationControl } from './lab.js';
import { afterAnswerProgram } from '../lazy/program.js';
import { defaultTopology, type NodeSpec } from './topology.js';
import { newWorkstationFS, readKubeconfig, workstationPrompt, workstationState } from './workstation.js';

export interface ClusterOptions {
  /** Seed of the one random generator (names, uids, IPs). */
  seed?: number;
  /** Number of worker nodes besides `controlplane`. */
  workers?: number;
  /** Virtual time at which the cluster is created (ms since epoch). */
  startTime?: number;
  /**
   * Virtual time that passes before the student arrives (default 5 minutes), so
   * that nodes are Ready and system Pods Running, as on a freshly set-up lab.
   */
  warmupMs?: number;
}

/** 2025-01-06T09:00:00Z: a Monday morning, when the course's cluster was set up. */
export const defaultStartTime = Date.UTC(2025, 0, 6, 9, 0, 0);

export const kubernetesVersion = { major: '1', minor: '32', gitVersion: 'v1.32.4', platform: 'linux/amd64' };

export class Cluster {
  readonly clock: VirtualClock;
  readonly random: SeededRandom;
  readonly store: MemoryStore;
  readonly api: APIServer;
  readonly fs: MemoryFS;
  readonly programs = new Map<string, Program>();
  readonly audit: AuditRecord[] = [];
  readonly options: Required<ClusterOptions>;
  /** The nodes of this cluster (the kubelets register them). */
  readonly topology: NodeSpec[];
  /** How the host paces virtual time; `lab` changes it. */
  readonly sim: SimulationControl = { speed: 1, paused: false, stepBudgetMs: 0, resetRequested: false };
  /** Per-node kubelet controls for `lab node stop|start` (registered by the kubelets). */
  readonly nodeControls = new Map<string, NodeControl>();
  /**
   * The lab's editor, for `kubectl edit` (set by the browser's engine host):
   * opens `path` and returns a Job that ends when the student saves or closes.
   * Unset (headless runs), kubectl edit finds no editor.
   */
  edit: ((path: string, content: string, io: ProcessIO) => ProgramResult | undefined) | undefined;
  /** `lab ssh NODE`: a root shell on a node (set by the node shells' starter). */
  nodeShell: ((node: string, io: ProcessIO) => ProgramResult | undefined) | undefined;

  constructor(opts: ClusterOptions = {}) {
    this.options = {
      seed: opts.seed ?? 1,
      workers: opts.workers ?? 2,
      startTime: opts.startTime ?? defaultStartTime,
      warmupMs: opts.warmupMs ?? 300_000,
    };
    this.topology = defaultTopology(this.options.workers);
    this.clock = new VirtualClock(this.options.startTime);
    this.random = new SeededRandom(this.options.seed);
    this.store = new MemoryStore();
    this.api = new APIServer({ store: this.store, clock: this.clock, random: this.random });
    this.api.onAudit((r) => {
      // Keep a bounded window (at least the last 5,000 records) for the UI and lesson checks,
      // trimmed in one splice when it reaches 10,000: shift() per record is O(1) only while V8
      // may trim the array from the left, and copied the window per record during GC marking
      // (~1 s of a 10,000-Pod run).
      this.audit.push(r);
      if (this.audit.length >= 10_000) this.audit.splice(0, this.audit.length - 5000);
    });
    bootstrapAPI(this.client('system:apiserver'));
    this.fs = newWorkstationFS(this.clock);
    for (const [name, p] of Object.entries(deferredCoreutils())) this.programs.set(name, p);
    this.programs.set(
      'kubectl',
      createKubectl({
        client: this.client('kubectl'),
        clock: this.clock,
        kubeconfig: (io) => readKubeconfig(io),
        serverVersion: kubernetesVersion,
        edit: (path, content, io) => this.edit?.(path, content, io),
      }),
    );
    // `lab`'s code comes with the after-the-answer chunk; before it, `lab` waits for it like any program there.
    const labDeps = { sim: this.sim, seed: this.options.seed, now: () => this.clock.now(), nodes: this.nodeControls, ssh: (node: string, io: ProcessIO) => this.nodeShell?.(node, io) };
    let lab: Program | undefined;
    this.programs.set(
      'lab',
      afterAnswerProgram('lab', () => (lab ??= afterAnswer().createLabProgram(labDeps))),
    );
    for (const start of components) start(this);
    this.clock.runDue();
    if (this.options.warmupMs > 0) this.clock.advance(this.options.warmupMs);
  }

  /** A client acting as `user` (every request is audited under that name). */
  client(user: string): Client {
    return new Client(this.api, user);
  }

  /** A new shell on the workstation, writing to `out`. */
  openShell(out: SessionOutput): ShellSession {
    const state = workstationState(this.fs, this.clock, this.programs);
    return new ShellSession(state, this.clock, out, workstationPrompt);
  }

  /** Run everything due now (watch deliveries, controller syncs) without moving time. */
  settle(): void {
    this.clock.runDue();
  }

  /** Let virtual time pass, running every component as it would. */
  advance(ms: number): void {
    this.clock.advance(ms);
  }
}

export function createCluster(opts: ClusterOptions = {}): Cluster {
  return new Cluster(opts);
}
