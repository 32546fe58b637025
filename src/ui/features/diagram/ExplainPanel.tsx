// What a clicked component does (explain.ts), over the bottom of the diagram.
import { useEffect, useRef } from 'react';
import { explain } from './explain.js';
import type { ComponentKind } from './layout.js';
import { label, type Lang } from './strings.js';

export interface Explained {
  kind: ComponentKind;
  /** A controller's name. */
  name?: string;
}

export function ExplainPanel({ explained, lang, onClose }: { explained: Explained; lang: Lang; onClose: () => void }) {
  const e = explain(explained.kind, lang, explained.name);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const onKey = (ev: KeyboardEvent) => ev.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <aside className="explain-panel" data-testid="explain-panel" data-component={explained.kind} aria-label={e.title} lang={lang}>
      <header>
        <h3>{e.title}</h3>
        <button ref={close} type="button" className="explain-close" onClick={onClose} aria-label={label(lang, 'close')} data-testid="explain-close">
          ×
        </button>
      </header>
      {e.text.map((p, i) => (
        <p key={i}>{p.split('`').map((part, j) => (j % 2 ? <code key={j}>{part}</code> : part))}</p>
      ))}
    </aside>
  );
}
