// Markdown of lesson packs to HTML, safe by construction: markdown-it with raw
// HTML off (so `<script>` is text), links limited to http(s), mailto and
// relative paths, and emphasis that works next to Chinese punctuation. The
// browser additionally passes the result through DOMPurify (ui/features/lessons);
// Node has no DOM, and needs none for this to be safe.
import MarkdownIt from 'markdown-it';
import type { StateInline, Token } from 'markdown-it';

type Md = InstanceType<typeof MarkdownIt>;

const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;
const asciiPunct = /[!-/:-@[-`{-~]/;
const unicodePunct = /[\p{P}\p{S}]/u;
const whitespace = /[\s\u00a0\u2000-\u200a\u3000]/u;

function charAt(src: string, i: number): string {
  if (i < 0 || i >= src.length) return ' ';
  return String.fromCodePoint(src.codePointAt(i)!);
}

function charBefore(src: string, i: number): string {
  if (i <= 0) return ' ';
  const c = src.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) return src.slice(i - 2, i);
  return src[i - 1]!;
}

/**
 * CommonMark's flanking rules, with one change (the idea of the CJK-friendly
 * emphasis proposal): a CJK character beside a delimiter run counts like
 * whitespace or punctuation on that side. CommonMark alone rejects
 * `**重点，**后面` because the closing `**` follows punctuation and precedes a
 * letter; Chinese puts no spaces there, so we accept it.
 */
function scanDelimsCjk(this: StateInline, start: number, canSplitWord: boolean) {
  const src = this.src;
  const max = this.posMax;
  const marker = src.charCodeAt(start);
  let pos = start;
  while (pos < max && src.charCodeAt(pos) === marker) pos++;
  const last = charBefore(src, start);
  const next = pos < max ? charAt(src, pos) : ' ';
  const lastPunct = asciiPunct.test(last) || unicodePunct.test(last);
  const nextPunct = asciiPunct.test(next) || unicodePunct.test(next);
  const lastSpace = whitespace.test(last);
  const nextSpace = whitespace.test(next);
  const lastCjk = cjk.test(last);
  const nextCjk = cjk.test(next);
  const left = !nextSpace && (!nextPunct || lastSpace || lastPunct || lastCjk);
  const right = !lastSpace && (!lastPunct || nextSpace || nextPunct || nextCjk);
  return {
    can_open: left && (canSplitWord || !right || lastPunct),
    can_close: right && (canSplitWord || !left || nextPunct),
    length: pos - start,
  };
}

/** Links a pack may carry: web pages, mail, and paths inside the pack. */
export function isSafeLink(url: string): boolean {
  const u = url.trim();
  // Control characters and whitespace inside a scheme hide `java\nscript:`.
  const compact = u.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact);
  if (!scheme) return !compact.startsWith('//') && !compact.startsWith('\\');
  return ['http', 'https', 'mailto'].includes(scheme[1]!);
}

/** A link that points at a file of the pack (not a web page, not an anchor). */
export function isPackLink(url: string): boolean {
  return isSafeLink(url) && !/^[a-z][a-z0-9+.-]*:/i.test(url.trim()) && !url.trim().startsWith('#');
}

function create(): Md {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
  md.validateLink = isSafeLink;
  md.linkify.set({ fuzzyEmail: false });
  const Base = md.inline.State;
  class CjkState extends Base {}
  (CjkState.prototype as unknown as { scanDelims: typeof scanDelimsCjk }).scanDelims = scanDelimsCjk;
  md.inline.State = CjkState;
  const defaultLink = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const href = String(tokens[idx]!.attrGet('href') ?? '');
    if (/^https?:/i.test(href)) {
      tokens[idx]!.attrSet('target', '_blank');
      tokens[idx]!.attrSet('rel', 'noopener noreferrer');
    }
    return defaultLink(tokens, idx, options, env, self);
  };
  // Code blocks carry their index so the UI can add "run in terminal" and
  // "open in editor" buttons next to them (codeBlocks() gives their text).
  const defaultFence = md.renderer.rules.fence!;
  md.renderer.rules.fence = (tokens, idx, options, env, self) => {
    const e = env as { codeIndex?: number };
    const n = (e.codeIndex = (e.codeIndex ?? -1) + 1);
        return defaultFence(tokens, idx, options, env, self).replace(/^<pre>/, `<pre data-code-index="${n}">`);
  };
  return md;
}

let instance: Md | undefined;
function md(): Md {
  return (instance ??= create());
}

/** A block of Markdown (step text) to HTML. */
export function renderMarkdown(src: string): string {
  return md().render(String(src ?? ''), {});
}

/** One line of Markdown (hints, choices) to HTML without the paragraph. */
export function renderInline(src: string): string {
  return md().renderInline(String(src ?? ''), {});
}

export interface CodeBlock {
  lang: string;
  text: string;
}

/** The fenced code blocks of a text, in the order `data-code-index` numbers them. */
export function codeBlocks(src: string): CodeBlock[] {
  return md()
    .parse(String(src ?? ''), {})
    .filter((t: Token) => t.type === 'fence')
    .map((t: Token) => ({ lang: t.info.trim().split(/\s+/)[0] ?? '', text: t.content }));
}

export interface MarkdownLink {
  href: string;
  /** 1-based line in the Markdown source. */
  line: number;
  image: boolean;
}

/** Every link and image of a text, with its line (for `pack lint`). */
export function markdownLinks(src: string): MarkdownLink[] {
  const out: MarkdownLink[] = [];
  // Parse without validation so unsafe links are reported, not silently dropped.
  const raw = new MarkdownIt({ html: false, linkify: false });
  raw.validateLink = () => true;
  for (const block of raw.parse(String(src ?? ''), {})) {
    if (block.type !== 'inline' || !block.children) continue;
    const line = (block.map?.[0] ?? 0) + 1;
    for (const t of block.children) {
      if (t.type === 'link_open') out.push({ href: String(t.attrGet('href') ?? ''), line, image: false });
      if (t.type === 'image') out.push({ href: String(t.attrGet('src') ?? ''), line, image: true });
    }
  }
  return out;
}
