// Where the after-the-answer chunk comes from in Node (tests, CLI, transcripts):
// imported up front, so everything answers synchronously. Importing this module
// provides it (createCluster's module does; so does a test that builds a runtime
// alone). The worker build swaps it for source.browser.ts (vite.config.ts).
import * as afterAnswer from './afterAnswer.js';
import { provideAfterAnswer, type AfterAnswerSource } from './state.js';

export const source: AfterAnswerSource = { loaded: afterAnswer };
provideAfterAnswer(source);
