// kubectl's large tables (the captured `--help` texts, explain's API schema) are part
// of the chunk the browser worker fetches after its first answer (lazy/afterAnswer.ts);
// in Node they are there from the start. Read them only once it is loaded: kubectl
// waits for it before a command that may need them (kubectl/index.ts).
import type { ExplainSchema } from './explain/schema.js';
import { afterAnswer } from '../lazy/state.js';

export interface KubectlData {
  /** `kubectl <path> --help` texts by command path (`'rollout status'`; `''` is the root). */
  helpTexts: Record<string, string>;
  schema: ExplainSchema;
}

/** The tables; only for code that runs once the chunk is loaded. */
export function kubectlData(): KubectlData {
  return afterAnswer().kubectlData;
}
