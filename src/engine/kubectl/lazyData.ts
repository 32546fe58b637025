// kubectl's large tables (the captured `--help` texts, explain's API schema) as a
// loadable unit: present from the start in Node, fetched by the browser worker after
// its first answer. A command that needs them before they arrive waits for them (a
// job yielding `wake`), then answers exactly as if they had always been there.
import type { ExplainSchema } from './explain/schema.js';
import type { Wait } from '../shell/types.js';
import { source } from './lazyDataSource.js';

export interface KubectlData {
  /** `kubectl <path> --help` texts by command path (`'rollout status'`; `''` is the root). */
  helpTexts: Record<string, string>;
  schema: ExplainSchema;
}

/** Either the tables themselves (Node) or how to fetch them (the browser worker). */
export interface KubectlDataSource {
  loaded?: KubectlData;
  load?: () => Promise<KubectlData>;
}

let from: KubectlDataSource = source;
let data: KubectlData | undefined = source.loaded;
let loading: Promise<KubectlData> | undefined;
/** Jobs waiting for the tables; while one waits, the worker holds its clock and messages (protocol/lazyGate.ts). */
let waiting = 0;

/** The tables; only for code that runs once they are loaded (see waitForKubectlData). */
export function kubectlData(): KubectlData {
  if (!data) throw new Error('kubectl: the help texts and API schema are not loaded yet');
  return data;
}

export function kubectlDataLoaded(): boolean {
  return data !== undefined;
}

/** Fetch the tables (once; a failed fetch is tried again on the next call). */
export function loadKubectlData(): Promise<KubectlData> {
  if (data) return Promise.resolve(data);
  if (!loading) {
    const load = from.load;
    if (!load) return Promise.reject(new Error('kubectl: no source for the help texts and API schema'));
    const attempt: Promise<KubectlData> = load().then(
      (d) => {
        if (loading === attempt) {
          data = d;
          loading = undefined;
        }
        return d;
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
 * Whether a job waits for tables that are still being fetched. While it does, the
 * worker lets no virtual time pass and holds further messages, so the command
 * answers at the instant it was typed, as if the tables had been there all along.
 */
export function kubectlDataPending(): boolean {
  return waiting > 0 && loading !== undefined;
}

/** Whether a job waits for the tables (fetched or not yet resumed). */
export function kubectlDataAwaited(): boolean {
  return waiting > 0;
}

/** Inside a job: wait until the tables are loaded; throws if fetching them failed. */
export function* waitForKubectlData(wake: () => void): Generator<Wait, void, void> {
  if (data) return;
  waiting++;
  try {
    let settled = false;
    let failure: unknown;
    loadKubectlData().then(
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
    if (!data) throw failure instanceof Error ? failure : new Error(String(failure));
  } finally {
    waiting--;
  }
}

/** Tests: take the tables from `s` from now on (e.g. a loader that answers late). */
export function setKubectlDataSource(s: KubectlDataSource): void {
  from = s;
  data = s.loaded;
  loading = undefined;
}
