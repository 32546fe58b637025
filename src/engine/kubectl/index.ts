// The kubectl program: cobra-style dispatch to a command, global flags
// (kubectl options), pflag parsing, and cmdutil.CheckErr's error reporting.
// Mirrors staging/src/k8s.io/kubectl/pkg/cmd/cmd.go. In the browser worker only `get`
// is there before the first answer; the other commands, the help texts and the YAML
// parser come with the after-the-answer chunk (lazy/), which a command line waits for.
import type { ProcessIO, ProgramResult, Program } from '../shell/types.js';
import { isJob } from '../shell/types.js';
import { getCommand, getNeedsMore } from './cmd/get/index.js';
import { kubeconfigKnown } from './cmd/config/kubeconfig.js';
import type { Command, CommandContext, KubectlDeps } from './command.js';
import { formatError } from './errors.js';
import { FlagError, Flags, parseFlags, type FlagSpec } from './flags.js';
import { globalFlags } from './globals.js';
import { helpText, isRealCommand, realCommandName, rootCommandOrder, rootHelp } from './help/index.js';
import { afterAnswer, afterAnswerLoaded, waitForAfterAnswer } from '../lazy/state.js';
import { UsageError } from './command.js';

export type { KubectlDeps } from './command.js';

/** cobra's suggestion: real kubectl commands within Levenshtein distance 2, or with the typed prefix. */
function suggestions(typed: string): string[] {
  const t = typed.toLowerCase();
  return rootCommandOrder().filter((n) => levenshtein(t, n.toLowerCase()) <= 2 || n.toLowerCase().startsWith(t));
}

/** A command real kubectl has but the lab does not implement: its real help on -h, else a clear refusal. */
function notInLab(path: string[], args: string[], io: ProcessIO): number {
  // Descend through real sub-commands typed after the path (`rollout status`).
  const p = [...path];
  for (const a of args) {
    if (a === '--') break;
    if (a.startsWith('-')) continue;
    const name = realCommandName(p, a);
    if (!isRealCommand([...p, name])) break;
    p.push(name);
  }
  const dash = args.indexOf('--');
  const before = dash < 0 ? args : args.slice(0, dash);
  if (before.includes('-h') || before.includes('--help')) {
    io.stdout(helpText(p) ?? '');
    return 0;
  }
  io.stderr(`error: "${['kubectl', ...p].join(' ')}" is not available in this lab yet\n`);
  return 1;
}

function levenshtein(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length]![b.length]!;
}

/** The command table: every command once the after-the-answer chunk is there, else `get` (coreAnswers). */
function commands(): Command[] {
  return afterAnswerLoaded() ? afterAnswer().commands : [getCommand];
}

/** Find the command path: `kubectl create deployment …` → [create, deployment]. */
function resolve(argv: string[]): { cmd: Command | undefined; path: string[]; rest: string[]; unknown?: string } {
  let list = commands();
  const path: string[] = [];
  let cmd: Command | undefined;
  let i = 0;
  // Skip global flags given before the command name (`kubectl -n x get po`).
  const rest: string[] = [];
  while (i < argv.length) {
    const a = argv[i]!;
    if (a.startsWith('-')) {
      rest.push(a);
      const spec = findGlobal(a);
      if (spec && spec.type !== 'bool' && !a.includes('=') && !(a.length > 2 && !a.startsWith('--'))) {
        if (i + 1 < argv.length) rest.push(argv[++i]!);
      }
      i++;
      continue;
    }
    const next = list.find((c) => c.name === a || c.aliases?.includes(a));
    if (!next) {
      if (!cmd) return { cmd, path, rest: [...rest, ...argv.slice(i)], unknown: a };
      break;
    }
    cmd = next;
    path.push(next.name);
    list = next.subcommands ?? [];
    i++;
    if (!next.subcommands?.length) break;
  }
  return { cmd, path, rest: [...rest, ...argv.slice(i)] };
}

/** The leading unknown flag when cobra's Find would fail on it (no `=`, so it eats the next word). */
function flagBeforeCommand(args: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('-') || a === '-' || a === '--') return undefined;
    const spec = findGlobal(a);
    if (spec || a === '-h' || a === '--help') {
      if (spec && spec.type !== 'bool' && !a.includes('=') && !(a.length > 2 && !a.startsWith('--'))) i++;
      continue;
    }
    if (a.includes('=')) return undefined;
    const after = args[i + 2];
    if (after === undefined || after.startsWith('-') || commands().some((c) => c.name === after || c.aliases?.includes(after))) return undefined;
    return args[0];
  }
  return undefined;
}

function findGlobal(arg: string): FlagSpec | undefined {
  if (arg.startsWith('--')) {
    const name = arg.slice(2).split('=')[0];
    return globalFlags.find((f) => f.name === name);
  }
  return globalFlags.find((f) => f.short === arg[1]);
}

/**
 * Whether the core answers this line as the whole of kubectl would, without the
 * after-the-answer chunk: `get` typed first (no global flag before it), flags that
 * parse, no help (the texts), no -f/-k (the YAML parser), human-readable tables only
 * (get/more.ts prints the rest), and a kubeconfig the lab wrote (read without the parser).
 */
function coreAnswers(args: string[], io: ProcessIO): boolean {
  if (args[0] !== getCommand.name || !kubeconfigKnown(io)) return false;
  const specs = [...getCommand.flags, ...globalFlags, { name: 'help', short: 'h', type: 'bool' as const }];
  let f: Flags;
  try {
    f = new Flags(parseFlags(args.slice(1), specs), specs);
  } catch {
    return false;
  }
  return !f.bool('help') && f.strings('filename').length === 0 && f.string('kustomize') === '' && !getNeedsMore(f);
}

export function createKubectl(deps: KubectlDeps): Program {
  const kubectl = run(deps);
  return (argv: string[], io: ProcessIO): ProgramResult => {
    if (afterAnswerLoaded() || coreAnswers(argv.slice(1), io)) return kubectl(argv, io);
    // The browser worker is still fetching the rest of kubectl: wait, then answer as always.
    return (function* () {
      try {
        yield* waitForAfterAnswer(() => io.wake());
      } catch (e) {
        io.stderr(`error: the lab could not load the rest of kubectl (${e instanceof Error ? e.message : String(e)}); try again\n`);
        return 1;
      }
      const r = kubectl(argv, io);
      return isJob(r) ? yield* r : r;
    })();
  };
}

function run(deps: KubectlDeps): Program {
  return (argv: string[], io: ProcessIO): ProgramResult => {
    const args = argv.slice(1);
    const { cmd, path, rest, unknown } = resolve(args);
    const pathText = ['kubectl', ...path].join(' ');
    const misplaced = flagBeforeCommand(args);
    if (misplaced !== undefined) {
      // kubectl.go: cobra cannot find the command (stripFlags took the next word as the
      // unknown flag's value), so it looks for a plugin, which refuses a leading flag.
      io.stderr(`Error: flags cannot be placed before plugin name: ${misplaced}\n`);
      return 1;
    }
    if (unknown !== undefined) {
      if (isRealCommand([unknown])) return notInLab([unknown], args.slice(args.indexOf(unknown) + 1), io);
      const s = suggestions(unknown);
      io.stderr(`error: unknown command "${unknown}" for "kubectl"\n${s.length ? `\nDid you mean this?\n${s.map((x) => `\t${x}\n`).join('')}` : ''}`);
      return 1;
    }
    if (!cmd) {
      if (rest.includes('-h') || rest.includes('--help') || rest.length === 0) {
        io.stdout(rootHelp());
        return 0;
      }
    }
    // A real sub-command the lab has not registered, typed right after its parent
    // (`kubectl create role r --verb=get`): its flags are not the parent's, so look before parsing.
    const first = rest[0];
    if (cmd?.subcommands?.length && first !== undefined && !first.startsWith('-') && isRealCommand([...path, realCommandName(path, first)]) && !cmd.subcommands.some((c) => c.name === first || c.aliases?.includes(first))) {
      return notInLab(path, rest, io);
    }
    const specs = [...(cmd?.flags ?? []), ...globalFlags, { name: 'help', short: 'h', type: 'bool' as const }];
    let flags: Flags;
    try {
      flags = new Flags(parseFlags(rest, specs), specs);
    } catch (e) {
      if (e instanceof FlagError) {
        io.stderr(formatError(e, pathText).text);
        return 1;
      }
      throw e;
    }
    if (!cmd) {
      io.stdout(rootHelp());
      return 0;
    }
    // A real sub-command the lab has not registered (`kubectl create secret …`).
    const sub = flags.args[0];
    if (sub !== undefined && flags.argsLenAtDash !== 0 && isRealCommand([...path, realCommandName(path, sub)]) && !cmd.subcommands?.some((c) => c.name === sub || c.aliases?.includes(sub))) {
      return notInLab(path, rest, io);
    }
    if (flags.bool('help')) {
      io.stdout(helpText(path) ?? cmd.help?.() ?? `${cmd.short}\n`);
      return 0;
    }
    if (!cmd.run) {
      // cmdutil.DefaultSubCommandRun: help on stderr, exit 1; an argument is an unknown sub-command.
      if (sub !== undefined) return guard(() => { throw new UsageError(`unknown command "${sub}"`); }, io, pathText);
      io.stderr(helpText(path) ?? cmd.help?.() ?? `${cmd.short}\n`);
      return 1;
    }
    const kc = deps.kubeconfig(io);
    const explicit = flags.changed('namespace');
    const ctx: CommandContext = {
      deps,
      io,
      flags,
      namespace: explicit ? flags.string('namespace') : kc.namespace || 'default',
      explicitNamespace: explicit,
      path: pathText,
    };
    return guard(() => cmd.run!(ctx), io, pathText);
  };
}

/** Run a command, turning thrown errors (also from inside a job) into kubectl's messages. */
function guard(fn: () => ProgramResult, io: ProcessIO, path: string): ProgramResult {
  let r: ProgramResult;
  try {
    r = fn();
  } catch (e) {
    const { text, code } = formatError(e, path);
    io.stderr(text);
    return code;
  }
  if (!isJob(r)) return r;
  const job = r;
  return (function* () {
    try {
      return yield* job;
    } catch (e) {
      const { text, code } = formatError(e, path);
      io.stderr(text);
      return code;
    }
  })();
}
