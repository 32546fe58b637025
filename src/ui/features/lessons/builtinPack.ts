// The built-in course, compiled at build time (vite.config.ts, `virtual:builtin-pack`):
// loadPack() ran in Node and its Markdown was rendered there, so the first paint
// needs neither yaml/ajv nor markdown-it. Packs from files or URLs still go
// through the loader (loaded on demand) and DOMPurify (SafeMarkdown).
import builtin from 'virtual:builtin-pack';
import type { Pack, PackProblem } from '../../../lessons/types.js';

export interface BuiltinPack {
  pack?: Pack;
  problems: PackProblem[];
  /** `b:`/`i:` + Markdown → HTML (block / inline), `c:` + Markdown → code blocks. */
  html: Record<string, string>;
  blocks: Record<string, { lang: string; text: string }[]>;
}

export const builtinPack = builtin as BuiltinPack;
