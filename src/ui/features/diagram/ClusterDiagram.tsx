// The right pane: the live cluster diagram (drawn by render.ts from the
// watched objects) and the most recent API requests from the audit stream.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLab } from '../../state/labStore.js';
import { componentsFor } from './auditRoles.js';
import { layoutDiagram } from './layout.js';
import { flashComponents, markPods, renderDiagram } from './render.js';
import { objectAt, useSelection } from '../inspector/selectionStore.js';

function useWidth(el: React.RefObject<HTMLElement | null>): number {
  const [w, setW] = useState(360);
  useEffect(() => {
    if (!el.current) return;
    const ro = new ResizeObserver(([e]) => setW(Math.floor(e!.contentRect.width)));
    ro.observe(el.current);
    return () => ro.disconnect();
  }, [el]);
  return w;
}

export function ClusterDiagram() {
  const { t, i18n } = useTranslation();
  const objects = useLab((s) => s.objects);
  const audit = useLab((s) => s.audit);
  const box = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const width = useWidth(box);
  const lastSeq = useRef(0);
  const selected = useSelection((s) => (s.selected?.resource === 'pods' ? `${s.selected.namespace}/${s.selected.name}` : undefined));
  const hovered = useSelection((s) => (s.hovered?.resource === 'pods' ? `${s.hovered.namespace}/${s.hovered.name}` : undefined));

  const nodes = useMemo(() => Object.values(objects.nodes), [objects.nodes]);
  const pods = useMemo(() => Object.values(objects.pods), [objects.pods]);
  const layout = useMemo(() => layoutDiagram(width, nodes, pods), [width, nodes, pods]);

  useEffect(() => {
    if (svg.current) renderDiagram(svg.current, layout, (k, o) => t(k, o) as string);
  }, [layout, t, i18n.language]);

  useEffect(() => {
    if (svg.current) markPods(svg.current, selected, hovered);
  }, [layout, selected, hovered]);

  useEffect(() => {
    const fresh = audit.filter((r) => r.seq > lastSeq.current);
    if (!fresh.length) return;
    lastSeq.current = fresh[fresh.length - 1]!.seq;
    if (svg.current) flashComponents(svg.current, [...new Set(fresh.flatMap(componentsFor))]);
  }, [audit]);

  const summary = t('diagram.summary', {
    nodes: nodes.length,
    pods: pods.length,
    deployments: Object.keys(objects.deployments).length,
    services: Object.keys(objects.services).length,
  });
  const recent = audit.slice(-50).reverse();

  return (
    <section className="pane diagram-pane" aria-label={t('diagram.label')}>
      <header className="pane-header">
        <h2>{t('diagram.label')}</h2>
        <span className="muted" data-testid="diagram-summary">
          {summary}
        </span>
      </header>
      <div className="diagram-scroll" ref={box}>
        <svg
          ref={svg}
          className="diagram"
          data-testid="diagram"
          role="img"
          aria-label={summary}
          width="100%"
          onClick={(e) => {
            const o = objectAt(e.target);
            if (o) useSelection.getState().select(o);
          }}
          onMouseOver={(e) => {
            const o = objectAt(e.target);
            const h = useSelection.getState().hovered;
            if (o?.name !== h?.name || o?.namespace !== h?.namespace) useSelection.getState().hover(o);
          }}
          onMouseLeave={() => useSelection.getState().hover(undefined)}
        />
      </div>
      <div className="audit-feed" data-testid="audit-feed">
        <h3>{t('diagram.recentRequests')}</h3>
        {recent.length === 0 ? (
          <p className="muted">{t('diagram.noRequests')}</p>
        ) : (
          <ol>
            {recent.map((r) => (
              <li key={r.seq} className={r.code >= 400 ? 'failed' : undefined}>
                <code>
                  <span className="verb">{r.verb}</span> {r.resource}
                  {r.subresource ? `/${r.subresource}` : ''} {r.namespace ? `${r.namespace}/` : ''}
                  {r.name ?? ''}
                </code>
                <span className="code">{r.code}</span>
                <span className="user" title={r.user}>
                  {r.user}
                </span>
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
