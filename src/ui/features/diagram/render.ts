// The d3 adapter (the only module that imports d3): draws a DiagramLayout into
// an SVG with keyed joins, so Pods fade in when created, slide when they
// move and fade out when deleted; components flash when they make a request.
import { select, transition, type Selection } from 'd3';
import type { ComponentBox, DiagramLayout, NodeBox, PodChip } from './layout.js';

type Label = (key: string, opts?: Record<string, unknown>) => string;

const ms = 350;
/** Approximate width of one character of a 12px component label. */
const labelCharW = 6.8;

/**
 * A named timing: fading and moving must not interrupt each other, so each
 * kind has its own name. (Naming `transition` also keeps d3-transition, which
 * patches selections, in the bundle.)
 */
const timed = (name: 'fade' | 'move' | 'flash', duration = ms) => transition(name).duration(duration);

function truncate(s: string, cells: number): string {
  return s.length > cells ? `${s.slice(0, Math.max(1, cells - 1))}…` : s;
}

function group(root: Selection<SVGSVGElement, unknown, null, undefined>, cls: string) {
  return root
    .selectAll<SVGGElement, string>(`g.${cls}`)
    .data([cls])
    .join('g')
    .attr('class', cls);
}

export function renderDiagram(svg: SVGSVGElement, layout: DiagramLayout, t: Label): void {
  const root = select(svg).attr('viewBox', `0 0 ${layout.width} ${layout.height}`).attr('height', layout.height);

  // Frames: the control plane, the nodes, the tray of unscheduled Pods.
  const frames = group(root, 'frames');
  const cp = layout.controlPlane;
  const frameData = [
    { id: cp.id, x: cp.x, y: cp.y, w: cp.w, h: cp.h, title: t('diagram.controlPlane'), sub: '', cls: 'frame control-plane' },
    ...layout.nodes.map((n: NodeBox) => ({
      id: n.id,
      x: n.x,
      y: n.y,
      w: n.w,
      h: n.h,
      title: n.name,
      sub: `${t('diagram.kubelet')} · ${t('diagram.podsOnNode', { count: n.pods.length })}`,
      cls: `frame node ${n.ready ? 'ready' : 'not-ready'}`,
    })),
    ...(layout.noNodes ? [{ ...layout.noNodes, title: t('diagram.noNodes'), sub: '', cls: 'frame empty' }] : []),
    {
      ...layout.unscheduled,
      title: t('diagram.unscheduled', { count: layout.unscheduled.pods.length }),
      sub: '',
      cls: 'frame unscheduled',
    },
  ];
  const f = frames
    .selectAll<SVGGElement, (typeof frameData)[number]>('g.frame-g')
    .data(frameData, (d) => d.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'frame-g');
      g.append('rect').attr('rx', 8);
      g.append('text').attr('class', 'frame-title');
      g.append('text').attr('class', 'frame-sub');
      return g;
    });
  f.attr('data-testid', (d) => `diagram-${d.id.replace('/', '-')}`);
  // Nodes can be inspected: the inspector finds them by these attributes.
  f.attr('data-resource', (d) => (d.cls.startsWith('frame node') ? 'nodes' : null)).attr('data-name', (d) => (d.cls.startsWith('frame node') ? d.title : null));
  f.select('rect')
    .attr('class', (d) => d.cls)
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y)
    .attr('width', (d) => d.w)
    .attr('height', (d) => d.h);
  f.select('text.frame-title')
    .attr('x', (d) => d.x + 12)
    .attr('y', (d) => d.y + 20)
    .text((d) => d.title);
  f.select('text.frame-sub')
    .attr('x', (d) => d.x + d.w - 12)
    .attr('y', (d) => d.y + 20)
    .attr('text-anchor', 'end')
    .text((d) => d.sub);

  // The link from you to the API server, and from the API server to etcd.
  const api = layout.components.find((c) => c.role === 'apiserver')!;
  const etcd = layout.components.find((c) => c.role === 'etcd')!;
  const you = layout.components.find((c) => c.role === 'you')!;
  const links = [
    { id: 'you-api', x1: api.x + api.w - 28, y1: you.y + you.h, x2: api.x + api.w - 28, y2: api.y },
    { id: 'api-etcd', x1: api.x + api.w, y1: api.y + api.h / 2, x2: etcd.x, y2: etcd.y + etcd.h / 2 },
  ];
  group(root, 'links')
    .selectAll<SVGLineElement, (typeof links)[number]>('line')
    .data(links, (d) => d.id)
    .join('line')
    .attr('class', 'link')
    .attr('x1', (d) => d.x1)
    .attr('y1', (d) => d.y1)
    .attr('x2', (d) => d.x2)
    .attr('y2', (d) => d.y2);

  const comps = group(root, 'components')
    .selectAll<SVGGElement, ComponentBox>('g.component')
    .data(layout.components, (d) => d.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'component');
      g.append('rect').attr('class', 'component-box').attr('rx', 6);
      g.append('rect').attr('class', 'component-flash').attr('rx', 6).attr('opacity', 0);
      g.append('text').attr('class', 'component-label').attr('text-anchor', 'middle');
      return g;
    });
  comps.attr('data-testid', (d) => `component-${d.id}`).attr('data-role', (d) => d.role);
  // select (not selectAll) so each child takes its group's new datum.
  for (const cls of ['rect.component-box', 'rect.component-flash']) {
    comps
      .select<SVGRectElement>(cls)
      .attr('x', (d) => d.x)
      .attr('y', (d) => d.y)
      .attr('width', (d) => d.w)
      .attr('height', (d) => d.h);
  }
  comps
    .select<SVGTextElement>('text')
    .attr('x', (d) => d.x + d.w / 2)
    .attr('y', (d) => d.y + d.h / 2 + 4)
    .text((d) => t(d.label))
    // A long name squeezes into its box rather than spilling out of it.
    .attr('textLength', (d) => (t(d.label).length * labelCharW > d.w - 12 ? d.w - 12 : null))
    .attr('lengthAdjust', 'spacingAndGlyphs');

  const pods = [...layout.nodes.flatMap((n) => n.pods), ...layout.unscheduled.pods];
  group(root, 'pods')
    .selectAll<SVGGElement, PodChip>('g.pod')
    .data(pods, (d) => d.id)
    .join(
      (enter) => {
        const g = enter.append('g').attr('class', 'pod').attr('opacity', 0);
        g.append('rect').attr('rx', 11);
        g.append('circle').attr('r', 4);
        g.append('text');
        g.append('title');
        g.attr('transform', (d) => `translate(${d.x},${d.y})`);
        g.transition(timed('fade')).attr('opacity', 1);
        return g;
      },
      (update) => update,
      (exit) => exit.transition(timed('fade')).attr('opacity', 0).remove(),
    )
    .attr('data-testid', (d) => `pod-${d.namespace}-${d.name}`)
    .attr('data-phase', (d) => d.phase)
    .attr('data-resource', 'pods')
    .attr('data-ns', (d) => d.namespace)
    .attr('data-name', (d) => d.name)
    .attr('class', (d) => `pod phase-${d.phase}${d.terminating ? ' terminating' : ''}`)
    .call((g) => g.transition(timed('move')).attr('transform', (d) => `translate(${d.x},${d.y})`))
    .call((g) => {
      g.select('rect').attr('width', (d) => d.w).attr('height', (d) => d.h);
      g.select('circle').attr('cx', 11).attr('cy', (d) => d.h / 2);
      g.select('text')
        .attr('x', 21)
        .attr('y', (d) => d.h / 2 + 4)
        .text((d) => truncate(d.name, Math.floor((d.w - 26) / 7)));
      g.select('title').text((d) => `${d.namespace}/${d.name} · ${d.terminating ? 'Terminating' : d.phase}`);
    });
}

/** Mark the selected and hovered Pods (keys `namespace/name`). */
export function markPods(svg: SVGSVGElement, selected: string | undefined, hovered: string | undefined): void {
  select(svg)
    .selectAll<SVGGElement, PodChip>('g.pod')
    .classed('selected', (d) => `${d.namespace}/${d.name}` === selected)
    .classed('hovered', (d) => `${d.namespace}/${d.name}` === hovered);
}

/** Light up components (and the link between) that just made or served a request. */
export function flashComponents(svg: SVGSVGElement, ids: string[]): void {
  const root = select(svg);
  for (const id of ids) {
    root
      .selectAll<SVGRectElement, unknown>(`g.component[data-testid="component-${id}"] rect.component-flash`)
      .interrupt('flash')
      .attr('opacity', 0.85)
      .transition(timed('flash', 700))
      .attr('opacity', 0);
  }
}
