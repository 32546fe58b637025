// Pack Markdown in the page: markdown-it without HTML (src/lessons/markdown.ts),
// then DOMPurify as a second wall. The built-in course's HTML was rendered at
// build time (builtinPack.ts, a chunk the course arrives with) and still passes DOMPurify; other packs' Markdown
// is rendered by markdown-it, fetched on first use. Code blocks get a "run"
// button that types the block into the terminal.
import DOMPurify from 'dompurify';
import { useEffect, useMemo, useRef, useState } from 'react';
import { builtinPackNow } from './builtinPack.js';

type MarkdownModule = typeof import('../../../lessons/markdown.js');
let markdown: MarkdownModule | undefined;
let loading: Promise<MarkdownModule> | undefined;
const loadMarkdown = () => (loading ??= import('../../../lessons/markdown.js').then((m) => (markdown = m)));

export function sanitize(html: string): string {
  return DOMPurify.sanitize(html, { USE_PROFILES: { html: true }, ADD_ATTR: ['target'], FORBID_TAGS: ['style', 'form', 'input'] });
}

/** HTML and code blocks of a text: precomputed for the built-in course, else markdown-it (undefined until it has loaded). */
function render(text: string, inline: boolean | undefined): { html: string; blocks: { lang: string; text: string }[] } | undefined {
  const builtin = builtinPackNow();
  const pre = builtin?.html[`${inline ? 'i' : 'b'}:${text}`];
  if (pre !== undefined) return { html: pre, blocks: inline ? [] : (builtin?.blocks[`c:${text}`] ?? []) };
  if (!markdown) return undefined;
  return { html: inline ? markdown.renderInline(text) : markdown.renderMarkdown(text), blocks: inline ? [] : markdown.codeBlocks(text) };
}

export interface SafeMarkdownProps {
  text: string;
  inline?: boolean;
  runLabel?: string;
  openLabel?: string;
  /** A shell block's "run" button. */
  onRun?: (code: string) => void;
  /** A YAML block's "open in editor" button. */
  onOpen?: (code: string) => void;
  /** A click on a relative link (a file of the pack). */
  onLink?: (href: string) => void;
}

export function SafeMarkdown({ text, inline, runLabel, openLabel, onRun, onOpen, onLink }: SafeMarkdownProps) {
  const [loaded, setLoaded] = useState(markdown !== undefined);
  const rendered = useMemo(() => render(text, inline), [text, inline, loaded]);
  useEffect(() => {
    if (!rendered) void loadMarkdown().then(() => setLoaded(true));
  }, [rendered]);
  const html = useMemo(() => (rendered ? sanitize(rendered.html) : ''), [rendered]);
  const blocks = useMemo(() => rendered?.blocks ?? [], [rendered]);
  const ref = useRef<HTMLDivElement>(null);
  // The latest callbacks, so the buttons need not be rebuilt on every render.
  const actions = useRef({ onRun, onOpen, runLabel, openLabel });
  actions.current = { onRun, onOpen, runLabel, openLabel };
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const added: HTMLButtonElement[] = [];
    const { onRun, onOpen, runLabel, openLabel } = actions.current;
    for (const pre of Array.from(root.querySelectorAll<HTMLPreElement>('pre[data-code-index]'))) {
      const block = blocks[Number(pre.dataset.codeIndex)];
      if (!block) continue;
      const shell = /^(sh|bash|shell|console)?$/.test(block.lang);
      const yaml = /^ya?ml$/.test(block.lang);
      const action = shell ? onRun : yaml ? onOpen : undefined;
      if (!action) continue;
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'code-run';
      b.textContent = (shell ? runLabel : openLabel) ?? '▶';
      b.dataset.testid = shell ? 'code-run' : 'code-open';
      b.addEventListener('click', () => (shell ? actions.current.onRun : actions.current.onOpen)?.(block.text));
      pre.prepend(b);
      added.push(b);
    }
    return () => added.forEach((b) => b.remove());
  }, [html, blocks]);
  // Links to files of the pack mean nothing to the page: keep the student here.
  const onClick = (e: React.MouseEvent) => {
    const a = (e.target as HTMLElement).closest('a');
    const href = a?.getAttribute('href') ?? '';
    if (a && !/^(https?:|mailto:)/i.test(href)) {
      e.preventDefault();
      onLink?.(href);
    }
  };
  if (inline) return <span className="md-inline" onClick={onClick} dangerouslySetInnerHTML={{ __html: html }} />;
  return <div ref={ref} className="md" onClick={onClick} dangerouslySetInnerHTML={{ __html: html }} />;
}
