// Pack Markdown in the page: markdown-it without HTML (src/lessons/markdown.ts),
// then DOMPurify as a second wall. Code blocks get a "run" button that types
// the block into the terminal.
import DOMPurify from 'dompurify';
import { useEffect, useMemo, useRef } from 'react';
import { codeBlocks, renderInline, renderMarkdown } from '../../../lessons/markdown.js';

export function sanitize(html: string): string {
  return DOMPurify.sanitize(html, { USE_PROFILES: { html: true }, ADD_ATTR: ['target'], FORBID_TAGS: ['style', 'form', 'input'] });
}

export function SafeMarkdown({ text, inline, runLabel, onRun }: { text: string; inline?: boolean; runLabel?: string; onRun?: (code: string) => void }) {
  const html = useMemo(() => sanitize(inline ? renderInline(text) : renderMarkdown(text)), [text, inline]);
  const blocks = useMemo(() => (inline ? [] : codeBlocks(text)), [text, inline]);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = ref.current;
    if (!root || !onRun) return;
    for (const pre of Array.from(root.querySelectorAll<HTMLPreElement>('pre[data-code-index]'))) {
      const block = blocks[Number(pre.dataset.codeIndex)];
      if (!block || !/^(sh|bash|shell|console)?$/.test(block.lang)) continue;
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'code-run';
      b.textContent = runLabel ?? 'Run';
      b.dataset.testid = 'code-run';
      b.addEventListener('click', () => onRun(block.text));
      pre.prepend(b);
    }
  }, [html, blocks, onRun, runLabel]);
  if (inline) return <span className="md-inline" dangerouslySetInnerHTML={{ __html: html }} />;
  // Links to files of the pack mean nothing to the page: keep the student here.
  const onClick = (e: React.MouseEvent) => {
    const a = (e.target as HTMLElement).closest('a');
    if (a && !/^(https?:|mailto:)/i.test(a.getAttribute('href') ?? '')) e.preventDefault();
  };
  return <div ref={ref} className="md" onClick={onClick} dangerouslySetInnerHTML={{ __html: html }} />;
}
