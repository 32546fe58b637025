// The inspector as the page first has it: InspectorPane is a chunk of its own,
// fetched right after the terminal's first answer, or at once when an object is
// selected before that (a name clicked in the terminal). While it comes, a
// selected object gets the pane's box with its name and a quiet note.
import { useEffect } from 'react';
import { useT, withI18next } from '../../i18n/index.js';
import { LazyPane } from '../../components/LazyPane.js';
import { paneChunk } from '../../components/paneChunk.js';
import { whenFirstAnswer } from '../terminal/firstAnswer.js';
import { useSelection } from './selectionStore.js';
// The pane's styles (and the right column's) stay in the page's first stylesheet.
import './inspector.css';

const chunk = paneChunk(() => withI18next(import('./InspectorPane.js')));

function InspectorPlaceholder({ want }: { want: () => void }) {
  const { t } = useT();
  const selected = useSelection((s) => s.selected);
  useEffect(() => {
    if (selected) want();
  }, [selected, want]);
  if (!selected) return null;
  return (
    <section className="pane inspector-pane" aria-label={t('pane.inspector')} aria-busy="true" data-lazy-placeholder="" data-testid="inspector-loading">
      <header className="pane-header inspector-header">
        <h2>
          {selected.resource} <code>{selected.namespace ? `${selected.namespace}/` : ''}{selected.name}</code>
        </h2>
      </header>
      <p className="pane-loading muted" role="status">
        {t('pane.loadingInspector')}
      </p>
    </section>
  );
}

export function LazyInspectorPane() {
  return (
    <LazyPane chunk={chunk} after={whenFirstAnswer} placeholder={(want) => <InspectorPlaceholder want={want} />}>
      {({ InspectorPane }) => <InspectorPane />}
    </LazyPane>
  );
}
