// Where lazyData.ts gets kubectl's tables: in Node (tests, CLI, transcripts) they
// are imported up front, so every command answers synchronously. The worker build
// swaps this module for lazyDataSource.browser.ts (vite.config.ts).
import { kubectlData } from './kubectlData.js';
import type { KubectlDataSource } from './lazyData.js';

export const source: KubectlDataSource = { loaded: kubectlData };
