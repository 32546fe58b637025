// The contract between the small sh and the programs it runs. Programs are
// plain functions; a program that must wait (sleep, kubectl get -w, rollout
// status) returns a generator that yields Waits, so the whole engine stays
// synchronous and deterministic on the virtual clock.
import type { FileSystem } from './fs.js';

export type Wait =
  /** resume after ms of virtual time */
  | { kind: 'sleep'; ms: number }
  /** resume when io.wake() is called (e.g. from a watch handler), or after timeoutMs */
  | { kind: 'wake'; timeoutMs?: number }
  /**
   * Hand the terminal to another interactive session (`kubectl exec -it`, `lab ssh`):
   * `open` builds it writing to the terminal; the job resumes, with the status passed
   * to `done`, once that session ends (`exit`).
   */
  | { kind: 'attach'; open(out: TerminalOutput, done: (status: number) => void): AttachedSession };

/** What a session writes to: the terminal, plus the hooks the UI and lesson checks use. */
export interface TerminalOutput {
  /** Terminal output; lines end with `\n` (the UI turns them into CRLF). */
  write(s: string): void;
  /** The session is ready for a new line (print the prompt). */
  idle?(): void;
  /** A command line finished: what was typed, what it printed, its status (lesson checks read this). */
  commandDone?(record: { line: string; output: string; exitCode: number }): void;
}

/** An interactive session nested in another one's terminal (a ShellSession satisfies it). */
export interface AttachedSession {
  readonly prompt: string;
  readonly busy: boolean;
  input(line: string): void;
  interrupt(): void;
}

export type Job = Generator<Wait, number, void>;

export type ProgramResult = number | Job;

export interface ProcessIO {
  /** Input from a pipe, a heredoc or `< file`; '' when none. */
  stdin: string;
  stdout(s: string): void;
  stderr(s: string): void;
  env: Map<string, string>;
  cwd: string;
  fs: FileSystem;
  /** Resume a job that yielded { kind: 'wake' } (on the next clock tick). */
  wake(): void;
  /** Virtual time, ms since epoch. */
  now(): number;
  /** Columns of the terminal, for programs that wrap or truncate. */
  columns: number;
  /** Run another command line in this shell (used by `timeout`, `watch`). */
  run(argv: string[], stdin?: string): ProgramResult;
  /** isatty(1): false when stdout is a pipe or a file (ls then prints one name per line). Unknown = terminal. */
  stdoutIsTerminal?: boolean;
  /** argv of the commands after this one in its pipeline (running alongside it on a real system). */
  pipelineRest?: string[][];
}

/** argv[0] is the program's name as typed. */
export type Program = (argv: string[], io: ProcessIO) => ProgramResult;

export function isJob(r: ProgramResult): r is Job {
  return typeof r === 'object' && r !== null && typeof (r as Job).next === 'function';
}

/** Wait for virtual time to pass, inside a job: `yield* sleep(5000)`. */
export function* sleep(ms: number): Generator<Wait, void, void> {
  yield { kind: 'sleep', ms };
}
