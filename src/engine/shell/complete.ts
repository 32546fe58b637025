// Tab completion, as bash's programmable completion does it: the word before
// the cursor is completed as a command name (first word of a simple command),
// a file name (a word with `/`, or after `-f`/`<`/`>`), or by the program's
// own completer (kubectl's `__complete`, here a function the composition root
// registers). Simplification: words are split at blanks and `|;&<>`, quotes
// are not interpreted.
import { resolvePath } from './fs.js';
import type { ShellState } from './interp.js';

export interface CompletionResult {
  /** Replace line[from, cursor) by one of the items. */
  from: number;
  items: string[];
  /** The longest common prefix of the items. */
  common: string;
}

/** What a program's completer gets: the words before the one being completed, and that word's prefix. */
export interface ArgContext {
  args: string[];
  prefix: string;
  /** File names matching a prefix (for `-f FILE`), relative to the shell's cwd. */
  files(prefix: string): string[];
}

/** Completions for the word `prefix`, or undefined to fall back to file names. */
export type ArgCompleter = (ctx: ArgContext) => string[] | undefined;

const builtins = ['cd', 'export', 'unset', 'exit', 'alias', 'unalias', 'true', 'false', 'pwd'];

export function commonPrefix(items: readonly string[]): string {
  if (!items.length) return '';
  let p = items[0]!;
  for (const s of items) while (!s.startsWith(p)) p = p.slice(0, -1);
  return p;
}

/** File and directory names for a partial path; directories end in `/`. */
export function completeFiles(state: Pick<ShellState, 'fs' | 'cwd' | 'home'>, word: string): string[] {
  const slash = word.lastIndexOf('/');
  const dirPart = slash >= 0 ? word.slice(0, slash + 1) : '';
  const base = slash >= 0 ? word.slice(slash + 1) : word;
  const dir = resolvePath(state.cwd, dirPart || '.', state.home);
  let names: string[];
  try {
    names = state.fs.readdir(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.startsWith(base) && (base.startsWith('.') || !n.startsWith('.')))
    .sort()
    .map((n) => dirPart + n + (state.fs.stat(resolvePath(dir, n, state.home))?.type === 'dir' ? '/' : ''));
}

/** Split the text before the cursor into the current simple command's words. */
function wordsBefore(text: string): { words: string[]; start: number; afterRedirect: boolean } {
  let segStart = 0;
  for (let i = 0; i < text.length; i++) if ('|;&'.includes(text[i]!)) segStart = i + 1;
  const seg = text.slice(segStart);
  const words: string[] = [];
  const re = /[^\s<>]+|[<>]+/g;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(seg); m; m = re.exec(seg)) {
    words.push(m[0]);
    last = m;
  }
  const endsInBlank = seg.length === 0 || /[\s<>]$/.test(seg);
  if (endsInBlank || !last) {
    const afterRedirect = /[<>]\s*$/.test(seg);
    return { words: words.filter((w) => !/^[<>]+$/.test(w)), start: text.length, afterRedirect };
  }
  const prev = words[words.length - 2];
  return {
    words: words.filter((w) => !/^[<>]+$/.test(w)),
    start: segStart + last.index,
    afterRedirect: prev !== undefined && /^[<>]+$/.test(prev),
  };
}

export function completeLine(
  state: ShellState,
  line: string,
  cursor: number,
  completers: ReadonlyMap<string, ArgCompleter> = new Map(),
): CompletionResult {
  const text = line.slice(0, cursor);
  const { words, start, afterRedirect } = wordsBefore(text);
  const current = start < text.length ? text.slice(start) : '';
  const before = start < text.length ? words.slice(0, -1) : words;
  let items: string[];
  if (afterRedirect) items = completeFiles(state, current);
  else if (before.length === 0) {
    if (current.includes('/')) items = completeFiles(state, current);
    else {
      const names = new Set([...state.programs.keys(), ...builtins, ...state.aliases.keys()]);
      items = [...names].filter((n) => n.startsWith(current)).sort();
    }
  } else {
    const completer = completers.get(before[0]!);
    const fromProgram = completer?.({ args: before.slice(1), prefix: current, files: (p) => completeFiles(state, p) });
    items = fromProgram ?? completeFiles(state, current);
  }
  items = [...new Set(items)];
  // A single complete word gets a trailing blank, as bash adds one (not after a directory's `/`).
  if (items.length === 1 && !items[0]!.endsWith('/') && !items[0]!.endsWith('=')) items = [items[0]! + ' '];
  return { from: start, items, common: commonPrefix(items) };
}
