// The built-in course, compiled at build time (vite.config.ts, `virtual:builtin-pack`):
// loadPack() ran in Node and its Markdown was rendered there, so the page needs
// neither yaml/ajv nor markdown-it for it. It is a chunk of its own (~74 KiB gzip),
// fetched once the terminal is ready or as soon as the lesson pane needs it, so the
// first paint and the first answer never wait for it. Packs from files or URLs
// still go through the loader (loaded on demand) and DOMPurify (SafeMarkdown).
import type { Pack, PackProblem } from '../../../lessons/types.js';

export interface BuiltinPack {
  pack?: Pack;
  problems: PackProblem[];
  /** `b:`/`i:` + Markdown → HTML (block / inline), `c:` + Markdown → code blocks. */
  html: Record<string, string>;
  blocks: Record<string, { lang: string; text: string }[]>;
}

let loaded: BuiltinPack | undefined;
let loading: Promise<BuiltinPack> | undefined;

/** The course once its chunk has arrived, else undefined. */
export function builtinPackNow(): BuiltinPack | undefined {
  return loaded;
}

/** Fetch the course's chunk (once; a failed fetch may be retried). */
export function loadBuiltinPack(): Promise<BuiltinPack> {
  loading ??= import('virtual:builtin-pack').then(
    (m) => (loaded = m.default as BuiltinPack),
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  );
  return loading;
}
