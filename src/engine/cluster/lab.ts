// `lab`: the simulation's own controls in the terminal (DESIGN.md, "Time is a
// control"): speed, pause, resume, step, node stop/start, reset, seed, time.
// The host (browser worker or CLI) reads `SimulationControl` to pace the clock.
import { toRFC3339 } from '../clock/clock.js';
import type { Job, Program, ProcessIO, ProgramResult } from '../shell/types.js';

export interface SimulationControl {
  /** Virtual seconds per wall second: 0 (stopped), 1, 10, 60. */
  speed: number;
  paused: boolean;
  /** Virtual ms the host must let pass even while paused (from `lab step`). */
  stepBudgetMs: number;
  /** Set by `lab reset`; the host replaces the cluster with a fresh one. */
  resetRequested: boolean;
}

export interface NodeControl {
  running(): boolean;
  stop(): void;
  start(): void;
}

export interface LabDeps {
  sim: SimulationControl;
  seed: number;
  now(): number;
  nodes: Map<string, NodeControl>;
  /** A root shell on a node (`lab ssh`); undefined when there is no such machine. */
  ssh?(node: string, io: ProcessIO): ProgramResult | undefined;
}

const help = `lab controls the simulation.

Commands:
  lab speed [0|1|10|60]     show or set how many virtual seconds pass per real second
  lab pause                 stop time (commands still run; nothing progresses)
  lab resume                let time run again
  lab step [DURATION]       let DURATION of virtual time pass (default 1s), even while paused
  lab time                  print the virtual time
  lab node stop|start NAME  stop or start a node's kubelet (the node goes silent, as if it failed)
  lab ssh NODE              open a root shell on a node (exit to come back)
  lab reset                 throw this cluster away and start a fresh one
  lab seed                  print the seed this cluster was created from
`;

function parseDuration(s: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(s);
  if (!m) return undefined;
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? 's') as 'ms' | 's' | 'm' | 'h'];
  return Number(m[1]) * unit;
}

export function createLabProgram(deps: LabDeps): Program {
  return (argv, io) => {
    const [sub, ...args] = argv.slice(1);
    const fail = (msg: string) => {
      io.stderr(`lab: ${msg}\n`);
      return 1;
    };
    switch (sub) {
      case undefined:
      case 'help':
      case '-h':
      case '--help':
        io.stdout(help);
        return 0;
      case 'speed': {
        if (!args.length) {
          io.stdout(`speed: ${deps.sim.speed}x${deps.sim.paused ? ' (paused)' : ''}\n`);
          return 0;
        }
        const v = Number(args[0]!.replace(/x$/, ''));
        if (![0, 1, 10, 60].includes(v)) return fail(`speed must be one of 0, 1, 10, 60 (got "${args[0]}")`);
        deps.sim.speed = v;
        io.stdout(`speed: ${v}x\n`);
        return 0;
      }
      case 'pause':
        deps.sim.paused = true;
        io.stdout('time paused\n');
        return 0;
      case 'resume':
        deps.sim.paused = false;
        io.stdout(`time running at ${deps.sim.speed}x\n`);
        return 0;
      case 'time':
        io.stdout(`${toRFC3339(deps.now())}\n`);
        return 0;
      case 'seed':
        io.stdout(`${deps.seed}\n`);
        return 0;
      case 'step': {
        const ms = parseDuration(args[0] ?? '1s');
        if (ms === undefined) return fail(`invalid duration "${args[0]}" (examples: 500ms, 10s, 5m)`);
        deps.sim.stepBudgetMs += ms;
        return (function* (): Job {
          yield { kind: 'sleep', ms };
          io.stdout(`${toRFC3339(deps.now())}\n`);
          return 0;
        })();
      }
      case 'node': {
        const [action, name] = args;
        if ((action !== 'stop' && action !== 'start') || !name) return fail('usage: lab node stop|start NAME');
        const node = deps.nodes.get(name);
        if (!node) return fail(`no node named "${name}" (nodes: ${[...deps.nodes.keys()].join(', ')})`);
        if (action === 'stop') {
          if (!node.running()) return fail(`node ${name} is already stopped`);
          node.stop();
          io.stdout(`node ${name}: kubelet stopped\n`);
        } else {
          if (node.running()) return fail(`node ${name} is already running`);
          node.start();
          io.stdout(`node ${name}: kubelet started\n`);
        }
        return 0;
      }
      case 'ssh': {
        const name = args[0];
        if (!name) return fail('usage: lab ssh NODE');
        const r = deps.ssh?.(name, io);
        if (r === undefined) return fail(`no node named "${name}" (nodes: ${[...deps.nodes.keys()].join(', ')})`);
        return r;
      }
      case 'reset':
        deps.sim.resetRequested = true;
        io.stdout('resetting the lab: a fresh cluster is starting\n');
        return 0;
      default:
        return fail(`unknown command "${sub}"; see 'lab help'`);
    }
  };
}
