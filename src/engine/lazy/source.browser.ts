// The browser worker's source of the after-the-answer chunk: fetched by dynamic
// import after the first answer (or when a command needs it first), so the
// JavaScript before that answer stays small. vite.config.ts puts it in place of source.ts.
import { provideAfterAnswer, type AfterAnswerSource } from './state.js';

export const source: AfterAnswerSource = { load: () => import('./afterAnswer.js') };
provideAfterAnswer(source);
