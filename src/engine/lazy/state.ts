// What the browser worker fetches after its first answer (afterAnswer.ts: kubectl's
// commands other than `get`, its help texts and schema, the shell's programs, the YAML
// parser): present from the start in Node, a chunk in the worker. Code that needs it
// before it came waits for it as a job (waitForAfterAnswer), on a held clock.
import type * as AfterAnswerModule from './afterAnswer.js';
import type { Wait } from '../shell/types.js';

export type AfterAnswer = typeof AfterAnswerModule;

/** Either the chunk itself (Node) or how to fetch it (the browser worker). */
export interface AfterAnswerSource {
  loaded?: AfterAnswer;
  load?: () => Promise<AfterAnswer>;
}

let from: AfterAnswerSource | undefined;
let chunk: AfterAnswer | undefined;
let loading: Promise<AfterAnswer> | undefined;
/** Jobs waiting for the chunk; while one waits, the worker holds its clock and messages (protocol/lazyGate.ts). */
let waiting = 0;
/** Reads of the chunk before it came: a path that should have waited did not (tests assert none). */
let misses = 0;

/** Where the chunk comes from: lazy/source.ts says so when imported (createCluster's module imports it). */
export function provideAfterAnswer(s: AfterAnswerSource): void {
  if (from) return;
  setAfterAnswerSource(s);
}

/** Tests: take the chunk from `s` from now on (e.g. a loader that answers late). */
export function setAfterAnswerSource(s: AfterAnswerSource): void {
  from = s;
  chunk = s.loaded;
  loading = undefined;
}

/** The chunk; only for code that runs once it is loaded (see waitForAfterAnswer). */
export function afterAnswer(): AfterAnswer {
  if (!chunk) {
    misses++;
    throw new Error(from ? 'the lab has not loaded this part of itself yet' : 'no source for the after-the-answer chunk: import lazy/source.js (createCluster does)');
  }
  return chunk;
}

export function afterAnswerMisses(): number {
  return misses;
}

export function afterAnswerLoaded(): boolean {
  return chunk !== undefined;
}

/** Fetch the chunk (once; a failed fetch is tried again on the next call). */
export function loadAfterAnswer(): Promise<AfterAnswer> {
  if (chunk) return Promise.resolve(chunk);
  if (!loading) {
    const load = from?.load;
    if (!load) return Promise.reject(new Error('no source for it'));
    const attempt: Promise<AfterAnswer> = load().then(
      (c) => {
        if (loading === attempt) {
          chunk = c;
          loading = undefined;
        }
        return c;
      },
      (e: unknown) => {
        if (loading === attempt) loading = undefined;
        throw e;
      },
    );
    loading = attempt;
  }
  return loading;
}

/**
 * Whether a job waits for a chunk that is still being fetched. While one does, the
 * worker lets no virtual time pass and holds further messages, so the command
 * answers at the instant it was typed, as if the chunk had been there all along.
 */
export function afterAnswerPending(): boolean {
  return waiting > 0 && loading !== undefined;
}

/** Whether a job waits for the chunk (fetched or not yet resumed). */
export function afterAnswerAwaited(): boolean {
  return waiting > 0;
}

/** Inside a job: wait until the chunk is loaded; throws if fetching it failed. */
export function* waitForAfterAnswer(wake: () => void): Generator<Wait, void, void> {
  if (chunk) return;
  waiting++;
  try {
    let settled = false;
    let failure: unknown;
    loadAfterAnswer().then(
      () => {
        settled = true;
        wake();
      },
      (e: unknown) => {
        settled = true;
        failure = e ?? new Error('unknown failure');
        wake();
      },
    );
    while (!settled) yield { kind: 'wake' };
    if (!chunk) throw failure instanceof Error ? failure : new Error(String(failure));
  } finally {
    waiting--;
  }
}

/** A failed fetch as a program reports it (`kubectl`, `grep` …): the next command tries again. */
export function notLoadedMessage(program: string, e: unknown): string {
  return `${program}: the lab could not load this program (${e instanceof Error ? e.message : String(e)}); try again\n`;
}
