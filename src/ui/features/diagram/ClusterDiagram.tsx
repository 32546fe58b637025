// The right pane: the live architecture diagram (structure by render.ts, Pods
// by pods.ts, messages by animate.ts), a caption of what the components are
// doing, the explanation of a clicked component, and the recent API requests.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KubeObject } from '../../../engine/protocol/index.js';
import { useLab } from '../../state/labStore.js';
import { objectAt, useSelection, type ObjectRef } from '../inspector/selectionStore.js';
import { MessageLayer } from './animate.js';
import { AuditFeed } from './AuditFeed.js';
import { ExplainPanel, type Explained } from './ExplainPanel.js';
import { layoutDiagram, type ComponentKind, type DiagramLayout } from './layout.js';
import { markObjects } from './marks.js';
import { PodLayer } from './pods.js';
import { ensureLayers, renderStructure } from './render.js';
import { StoryCaption } from './StoryCaption.js';
import { langOf } from './strings.js';
import { useReducedMotion } from './useStory.js';
// diagram.css is imported by LazyClusterDiagram, so the placeholder has the pane's box.

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

/** What, besides the Pods, decides the drawing: redraw the structure only when it changes. */
function structureKey(l: DiagramLayout, lang: string): string {
  return [
    lang,
    l.width,
    l.height,
    l.nodes.map((n) => `${n.id}:${n.x},${n.y},${n.h},${n.ready},${n.podCount}`).join(';'),
    l.owners.map((o) => `${o.id}:${o.label}:${o.x},${o.y},${o.selected}`).join(';'),
    l.links.length,
    l.unscheduled.count,
    l.unscheduled.y,
  ].join('|');
}

const values = (r: Record<string, KubeObject>) => Object.values(r);

export function ClusterDiagram() {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const objects = useLab((s) => s.objects);
  const box = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const podLayer = useRef<PodLayer | null>(null);
  const messages = useRef<MessageLayer | null>(null);
  const drawnKey = useRef('');
  const width = useWidth(box);
  const reducedMotion = useReducedMotion();
  const [explained, setExplained] = useState<Explained>();
  const selected = useSelection((s) => s.selected);
  const hovered = useSelection((s) => s.hovered);
  const selectedDeployment = selected?.resource === 'deployments' ? `${selected.namespace}/${selected.name}` : undefined;

  const nodes = useMemo(() => values(objects.nodes), [objects.nodes]);
  const pods = useMemo(() => values(objects.pods), [objects.pods]);
  const deployments = useMemo(() => values(objects.deployments), [objects.deployments]);
  const replicasets = useMemo(() => values(objects.replicasets), [objects.replicasets]);
  const layout = useMemo(
    () => layoutDiagram({ width, nodes, pods, deployments, replicasets, selectedDeployment }),
    [width, nodes, pods, deployments, replicasets, selectedDeployment],
  );

  const motion = useRef(!reducedMotion);
  motion.current = !reducedMotion;
  useLayoutEffect(() => {
    const el = svg.current;
    if (!el) return;
    const layers = ensureLayers(el);
    podLayer.current ??= new PodLayer(layers.pods, canvas.current!, () => motion.current);
    messages.current ??= new MessageLayer(layers.messages, el);
    const key = structureKey(layout, lang);
    if (key !== drawnKey.current) {
      drawnKey.current = key;
      renderStructure(el, layout, lang, (k, o) => t(k, o) as string);
      messages.current.setLayout(layout);
    }
    podLayer.current.render(layout.pods, layout.width, layout.height);
  }, [layout, lang, t]);

  // The chain of a Deployment just selected: bring it into view.
  useEffect(() => {
    if (!selectedDeployment) return;
    svg.current?.querySelector('[data-testid="diagram-owners"]')?.scrollIntoView({ block: 'start', behavior: reducedMotion ? 'auto' : 'smooth' });
  }, [selectedDeployment, reducedMotion]);

  useEffect(() => {
    const key = (r?: { resource: string; namespace?: string; name: string }) => (r?.resource === 'pods' ? `${r.namespace}/${r.name}` : undefined);
    podLayer.current?.mark(key(selected), key(hovered));
    if (svg.current) markObjects(svg.current, selected, hovered);
  }, [layout, selected, hovered]);

  const summary = t('diagram.summary', {
    nodes: nodes.length,
    pods: pods.length,
    deployments: deployments.length,
    services: Object.keys(objects.services).length,
  });

  const componentAt = (target: EventTarget | null): Explained | undefined => {
    const el = (target as Element | null)?.closest?.('[data-component]');
    if (!el) return undefined;
    return { kind: el.getAttribute('data-component') as ComponentKind, name: el.getAttribute('data-cname') ?? undefined };
  };
  /** A Pod drawn on the canvas (many Pods) under the pointer. */
  const densePodAt = (e: { clientX: number; clientY: number }): ObjectRef | undefined => {
    const r = svg.current?.getBoundingClientRect();
    const p = r && podLayer.current?.hit(((e.clientX - r.left) * layout.width) / r.width, ((e.clientY - r.top) * layout.width) / r.width);
    return p && { resource: 'pods', namespace: p.namespace, name: p.name };
  };
  const activate = (target: EventTarget | null, point?: { clientX: number; clientY: number }) => {
    const c = componentAt(target);
    if (c) {
      setExplained((e) => (e?.kind === c.kind && e.name === c.name ? undefined : c));
      return;
    }
    const o = (point && densePodAt(point)) ?? objectAt(target);
    if (!o) return;
    const sel = useSelection.getState();
    // A second click on the selected Deployment folds its chain away again.
    if (o.resource === 'deployments' && sel.selected?.resource === 'deployments' && sel.selected.name === o.name && sel.selected.namespace === o.namespace) sel.select(undefined);
    else sel.select(o);
  };

  return (
    <section className="pane diagram-pane" aria-label={t('diagram.label')}>
      <header className="pane-header">
        <h2>{t('diagram.label')}</h2>
        <span className="muted" data-testid="diagram-summary">
          {summary}
        </span>
      </header>
      <StoryCaption messages={messages} reducedMotion={reducedMotion} lang={lang} />
      <div className="diagram-body">
        <div className="diagram-scroll" ref={box}>
          <svg
            ref={svg}
            className={`diagram${reducedMotion ? ' reduced-motion' : ''}`}
            data-testid="diagram"
            role="group"
            aria-label={summary}
            width="100%"
            onClick={(e) => activate(e.target, e)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter' && e.key !== ' ') return;
              e.preventDefault();
              activate(e.target);
            }}
            onMouseMove={(e) => {
              const o = densePodAt(e) ?? objectAt(e.target);
              const h = useSelection.getState().hovered;
              if (o?.name !== h?.name || o?.namespace !== h?.namespace || o?.resource !== h?.resource) useSelection.getState().hover(o);
            }}
            onMouseLeave={() => useSelection.getState().hover(undefined)}
            // Keyboard focus on a chip (Tab) highlights its object everywhere, as the pointer does.
            onFocus={(e) => {
              const o = objectAt(e.target);
              if (o) useSelection.getState().hover(o);
            }}
            onBlur={() => useSelection.getState().hover(undefined)}
          />
          <canvas ref={canvas} className="diagram-pods" aria-hidden="true" data-testid="diagram-pods-canvas" />
        </div>
        {explained && <ExplainPanel explained={explained} lang={lang} onClose={() => setExplained(undefined)} />}
      </div>
      <AuditFeed />
    </section>
  );
}
