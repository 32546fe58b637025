// kubectl's two large tables in one module: the captured `--help` texts and explain's
// API schema. Part of the chunk the browser worker fetches after its first answer
// (lazy/afterAnswer.ts); read them through lazyData.ts, never by importing this file.
import { helpTexts } from './help/texts.js';
import { schema } from './explain/schema.generated.js';
import type { KubectlData } from './lazyData.js';

export const kubectlData: KubectlData = { helpTexts, schema };
