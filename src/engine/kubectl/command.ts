// The shape of a kubectl command, as cobra.Command gives it upstream
// (staging/src/k8s.io/kubectl/pkg/cmd/…): a name, its flags, its help text,
// sub-commands, and a run function that reads flags and talks to the API.
import type { VirtualClock } from '../clock/clock.js';
import type { Client } from '../client/client.js';
import type { ProcessIO, ProgramResult } from '../shell/types.js';
import type { FlagSpec, Flags } from './flags.js';

/** The kubeconfig the workstation's ~/.kube/config describes. */
export interface KubeConfigView {
  currentContext: string;
  cluster: string;
  user: string;
  server: string;
  /** The context's namespace; "" means `default`. */
  namespace: string;
}

/** What the cluster offers to kubectl besides the API (wired by engine/cluster). */
export interface KubectlDeps {
  client: Client;
  clock: VirtualClock;
  kubeconfig(io: ProcessIO): KubeConfigView;
  /** Server version info for `kubectl version`. */
  serverVersion: { major: string; minor: string; gitVersion: string; platform: string };
  /** Open a file in the lab's editor (`kubectl edit`); undefined where there is none. */
  edit?: (path: string, content: string, io: ProcessIO) => ProgramResult | undefined;
}

export interface CommandContext {
  deps: KubectlDeps;
  io: ProcessIO;
  flags: Flags;
  /** -n, else the kubeconfig context's namespace, else `default`. */
  namespace: string;
  /** true when -n/--namespace was given. */
  explicitNamespace: boolean;
  /** e.g. `kubectl get`, for "See 'kubectl get --help' for usage." */
  path: string;
}

export interface Command {
  name: string;
  aliases?: string[];
  /** One line for `kubectl --help`'s command list. */
  short: string;
  /** The full `--help` text (help/ holds them, captured from kubectl v1.32). */
  help?: () => string;
  flags: FlagSpec[];
  subcommands?: Command[];
  /** Commands with sub-commands may omit run: they print their help. */
  run?: (ctx: CommandContext) => ProgramResult;
}

/** An error kubectl itself reports (`error: …`, exit 1), as cmdutil.CheckErr prints it. */
export class CmdError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
    /** print the message as is, without the `error: ` prefix */
    readonly raw = false,
  ) {
    super(message);
  }
}

/** A usage error: `error: <msg>\nSee 'kubectl get -h' for help and examples` (cmdutil.UsageErrorf). */
export class UsageError extends CmdError {}
