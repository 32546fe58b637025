// kubectl's two large tables in one module, so the browser worker can fetch them
// as one chunk after its first answer: the captured `--help` texts and explain's
// API schema. Read them through lazyData.ts, never by importing this file.
import { helpTexts } from './help/texts.js';
import { schema } from './explain/schema.generated.js';
import type { KubectlData } from './lazyData.js';

export const kubectlData: KubectlData = { helpTexts, schema };
