// The diagram pane as the page first has it: ClusterDiagram (with d3) is a
// chunk of its own, fetched right after the terminal's first answer or at once
// when the pointer reaches the pane. Until then the pane has its own box: the
// header with the live summary, the caption's space, a quiet note where the
// drawing goes, and the recent API requests (AuditFeed, already live).
import { useT, withI18next } from '../../i18n/index.js';
import { LazyPane } from '../../components/LazyPane.js';
import { paneChunk } from '../../components/paneChunk.js';
import { useLab } from '../../state/labStore.js';
import { whenFirstAnswer } from '../terminal/firstAnswer.js';
import { AuditFeed } from './AuditFeed.js';
// The pane's styles stay in the page's first stylesheet, so the placeholder has the same box.
import './diagram.css';

const chunk = paneChunk(() => withI18next(import('./ClusterDiagram.js')));

function DiagramPlaceholder({ want }: { want: () => void }) {
  const { t } = useT();
  const summary = useLab((s) =>
    t('diagram.summary', {
      nodes: Object.keys(s.objects.nodes).length,
      pods: Object.keys(s.objects.pods).length,
      deployments: Object.keys(s.objects.deployments).length,
      services: Object.keys(s.objects.services).length,
    }),
  );
  return (
    <section className="pane diagram-pane" aria-label={t('diagram.label')} aria-busy="true" data-lazy-placeholder="" data-testid="diagram-loading" onPointerEnter={want}>
      <header className="pane-header">
        <h2>{t('diagram.label')}</h2>
        <span className="muted">{summary}</span>
      </header>
      <div className="diagram-caption" aria-hidden="true" />
      <div className="diagram-body">
        <p className="pane-loading muted" role="status">
          {t('pane.loadingDiagram')}
        </p>
      </div>
      <AuditFeed />
    </section>
  );
}

export function LazyClusterDiagram() {
  return (
    <LazyPane chunk={chunk} after={whenFirstAnswer} placeholder={(want) => <DiagramPlaceholder want={want} />}>
      {({ ClusterDiagram }) => <ClusterDiagram />}
    </LazyPane>
  );
}
