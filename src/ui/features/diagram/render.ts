// The d3 adapter (the only module that imports d3): draws the frames, the
// components, the Deployments and the owner links of a DiagramLayout into an
// SVG with keyed joins. Pods are drawn by pods.ts (many, changing every frame)
// and messages by animate.ts; this part changes rarely.
import { select, type BaseType, type Selection } from 'd3';
import type { ComponentBox, DiagramLayout, OwnerChip, OwnerLink } from './layout.js';
import { label, type Lang } from './strings.js';

type Root = Selection<SVGSVGElement, unknown, null, undefined>;

interface Frame {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  title: string;
  sub: string;
  cls: string;
  node?: string;
}

/** The layers, bottom to top; created once. */
const layers = ['frames', 'links', 'components', 'owners', 'pods', 'messages'] as const;

export function ensureLayers(svg: SVGSVGElement): Record<(typeof layers)[number], SVGGElement> {
  const root = select(svg);
  const out = {} as Record<(typeof layers)[number], SVGGElement>;
  for (const l of layers) {
    out[l] = root
      .selectAll<SVGGElement, string>(`g.layer-${l}`)
      .data([l])
      .join('g')
      .attr('class', `layer-${l}`)
      .node()!;
  }
  return out;
}

/** Sets a text only where it changed: the structure is redrawn whenever a node's Pod count moves, and rewriting the same text makes the browser shape it again. */
function keepText<D>(fn: (d: D) => string) {
  return function (this: BaseType, d: D): void {
    const t = fn(d);
    const el = this as Element | null;
    if (el && el.textContent !== t) el.textContent = t;
  };
}

function truncate(s: string, cells: number): string {
  return s.length > cells ? `${s.slice(0, Math.max(1, cells - 1))}…` : s;
}

export function renderStructure(svg: SVGSVGElement, layout: DiagramLayout, lang: Lang, t: (k: string, o?: Record<string, unknown>) => string): void {
  const root: Root = select(svg).attr('viewBox', `0 0 ${layout.width} ${layout.height}`).attr('height', layout.height);
  const g = ensureLayers(svg);
  const cp = layout.controlPlane;
  const frames: Frame[] = [
    { id: 'control-plane', x: cp.x, y: cp.y, w: cp.w, h: cp.h, title: t('diagram.controlPlane'), sub: '', cls: 'frame control-plane' },
    ...(layout.ownersBox ? [{ ...layout.ownersBox, title: label(lang, 'deployments'), sub: '', cls: 'frame owners' }] : []),
    ...layout.nodes.map((n) => ({
      id: n.id,
      x: n.x,
      y: n.y,
      w: n.w,
      h: n.h,
      title: n.name,
      sub: n.ready ? String(n.podCount) : label(lang, 'notReady'),
      cls: `frame node ${n.ready ? 'ready' : 'not-ready'}`,
      node: n.name,
    })),
    ...(layout.noNodes ? [{ ...layout.noNodes, title: label(lang, 'noNodes'), sub: '', cls: 'frame empty' }] : []),
    ...(layout.unscheduled.count ? [{ ...layout.unscheduled, title: label(lang, 'unscheduled', { count: layout.unscheduled.count }), sub: '', cls: 'frame unscheduled' }] : []),
  ];
  const f = select(g.frames)
    .selectAll<SVGGElement, Frame>('g.frame-g')
    .data(frames, (d) => d.id)
    .join((enter) => {
      const e = enter.append('g').attr('class', 'frame-g');
      e.append('rect').attr('rx', 7);
      e.append('text').attr('class', 'frame-title');
      e.append('text').attr('class', 'frame-sub').attr('text-anchor', 'end');
      return e;
    });
  f.attr('data-testid', (d) => `diagram-${d.id.replace('/', '-')}`)
    .attr('data-resource', (d) => (d.node ? 'nodes' : null))
    .attr('data-name', (d) => d.node ?? null);
  f.select('rect')
    .attr('class', (d) => d.cls)
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y)
    .attr('width', (d) => d.w)
    .attr('height', (d) => d.h);
  f.select('text.frame-title')
    .attr('x', (d) => d.x + 8)
    .attr('y', (d) => d.y + 15)
    .each(keepText((d: Frame) => (d.node ? truncate(d.title, Math.floor((d.w - 30) / 7)) : d.title)));
  f.select('text.frame-sub')
    .attr('x', (d) => d.x + d.w - 8)
    .attr('y', (d) => d.y + 15)
    .each(keepText((d: Frame) => d.sub));

  // Fixed wires: kubectl to the API server, the API server to etcd.
  const by = (place: string) => layout.components.find((c) => c.place === place)!;
  const api = by('apiserver');
  const etcd = by('etcd');
  const you = by('you');
  const wires: OwnerLink[] = [
    { id: 'you-api', x1: you.x + you.w / 2, y1: you.y + you.h, x2: you.x + you.w / 2, y2: api.y },
    { id: 'api-etcd', x1: api.x + api.w, y1: api.y + api.h / 2, x2: etcd.x, y2: etcd.y + etcd.h / 2 },
    ...layout.links,
  ];
  select(g.links)
    .selectAll<SVGLineElement, OwnerLink>('line')
    .data(wires, (d) => d.id)
    .join('line')
    .attr('class', (d) => (d.id.startsWith('l/') ? 'owner-link' : 'link'))
    .attr('x1', (d) => d.x1)
    .attr('y1', (d) => d.y1)
    .attr('x2', (d) => d.x2)
    .attr('y2', (d) => d.y2);

  const comps = select(g.components)
    .selectAll<SVGGElement, ComponentBox>('g.component')
    .data(layout.components, (d) => d.id)
    .join((enter) => {
      const e = enter.append('g').attr('tabindex', 0).attr('role', 'button');
      e.append('rect').attr('class', 'component-box');
      e.append('text').attr('class', 'component-label').attr('text-anchor', 'middle');
      return e;
    });
  comps
    .attr('class', (d) => `component kind-${d.kind}`)
    .attr('data-testid', (d) => `component-${d.id.replace('/', '-')}`)
    .attr('data-component', (d) => d.kind)
    .attr('data-place', (d) => d.place)
    .attr('data-cname', (d) => (d.kind === 'controller' ? d.label : null))
    .attr('aria-label', (d) => (d.node ? `${d.label} (${d.node})` : d.label));
  comps
    .select('rect')
    .attr('rx', (d) => (d.kind === 'controller' ? 7 : 5))
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y)
    .attr('width', (d) => d.w)
    .attr('height', (d) => d.h);
  comps
    .select('text')
    .attr('x', (d) => d.x + d.w / 2)
    // The controller manager's name sits at the top of its box, above its controllers.
    .attr('y', (d) => (d.kind === 'controller-manager' ? d.y + 14 : d.y + d.h / 2 + (d.h < 20 ? 3.5 : 4)))
    .each(keepText((d: ComponentBox) => (d.kind === 'controller' ? d.label : truncate(d.label, Math.floor((d.w - 6) / (d.h < 20 ? 5.8 : 6.6))))));

  select(g.owners)
    .selectAll<SVGGElement, OwnerChip>('g.owner')
    .data(layout.owners, (d) => d.id)
    .join((enter) => {
      const e = enter.append('g').attr('tabindex', 0).attr('role', 'button');
      e.append('rect').attr('rx', 4);
      e.append('text');
      return e;
    })
    .attr('class', (d) => `owner ${d.resource}${d.selected ? ' selected' : ''}`)
    .attr('data-testid', (d) => `owner-${d.resource}-${d.namespace}-${d.name}`)
    .attr('data-resource', (d) => d.resource)
    .attr('data-ns', (d) => d.namespace)
    .attr('data-name', (d) => d.name)
    .call((sel) => {
      sel
        .select('rect')
        .attr('x', (d) => d.x)
        .attr('y', (d) => d.y)
        .attr('width', (d) => d.w)
        .attr('height', (d) => d.h);
      sel
        .select('text')
        .attr('x', (d) => d.x + 7)
        .attr('y', (d) => d.y + d.h / 2 + 4)
        .each(keepText((d: OwnerChip) => truncate(d.label, Math.floor((d.w - 10) / 6.2))));
    });
  void root;
}
