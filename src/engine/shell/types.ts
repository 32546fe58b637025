// The contract between the small sh and the programs it runs. Programs are
// plain functions; a program that must wait (sleep, kubectl get -w, rollout
// status) returns a generator that yields Waits, so the whole engine stays
// synchronous and deterministic on the virtual clock.
import type { FileSystem } from './fs.js';

export type Wait =
  /** resume after ms of virtual time */
  | { kind: 'sleep'; ms: number }
  /** resume when io.wake() is called (e.g. from a watch handler), or after timeoutMs */
  | { kind: 'wake'; timeoutMs?: number };

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
