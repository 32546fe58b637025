// The browser worker's source of kubectl's tables: a chunk of its own, fetched by
// dynamic import after the first answer (or when a command needs it first), so the
// JavaScript before that answer stays small. vite.config.ts puts it in place of
// lazyDataSource.ts in the worker build.
import type { KubectlDataSource } from './lazyData.js';

export const source: KubectlDataSource = { load: () => import('./kubectlData.js').then((m) => m.kubectlData) };
