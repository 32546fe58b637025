// Draws the message that is playing: dots travelling sender → kube-apiserver
// → etcd, then out to the watchers, and the components involved lit up.
// Called once per animation frame with the step's progress (player.ts);
// plain DOM (a few circles and class toggles), nothing is laid out again.
// With prefers-reduced-motion there are no moving dots: the components of
// the step light up together for as long as it plays.
import type { DiagramLayout } from './layout.js';
import type { Resolved } from './story.js';

const svgNS = 'http://www.w3.org/2000/svg';

interface Point {
  x: number;
  y: number;
}

interface Rect extends Point {
  w: number;
  h: number;
}

/** Where the line from the middle of `r` towards `to` leaves `r`: dots travel between box edges, not over the labels. */
export function edgeToward(r: Rect, to: Point): Point {
  const cx = r.x + r.w / 2;
  const cy = r.y + r.h / 2;
  const dx = to.x - cx;
  const dy = to.y - cy;
  if (!dx && !dy) return { x: cx, y: cy };
  const s = Math.min(dx ? r.w / 2 / Math.abs(dx) : Infinity, dy ? r.h / 2 / Math.abs(dy) : Infinity);
  return { x: cx + dx * Math.min(1, s), y: cy + dy * Math.min(1, s) };
}

interface Leg {
  from: string;
  to: string;
  t0: number;
  t1: number;
  failed?: boolean;
}

const ease = (t: number) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);

/** The legs of one step over its progress 0…1. */
export function legsOf(r: Resolved): Leg[] {
  if (!r.write) return [{ from: r.from, to: 'apiserver', t0: 0, t1: 0.5 }, { from: 'apiserver', to: r.from, t0: 0.5, t1: 1, failed: true }];
  if (!r.to.length) return [{ from: r.from, to: 'apiserver', t0: 0, t1: 0.5 }, { from: 'apiserver', to: 'etcd', t0: 0.5, t1: 1 }];
  return [
    { from: r.from, to: 'apiserver', t0: 0, t1: 0.35 },
    { from: 'apiserver', to: 'etcd', t0: 0.35, t1: 0.6 },
    ...r.to.map((to) => ({ from: 'apiserver', to, t0: 0.6, t1: 1 })),
  ];
}

export class MessageLayer {
  private anchors = new Map<string, Rect>();
  private elements = new Map<string, Element>();
  private dots: SVGCircleElement[] = [];
  private lit = new Set<Element>();

  constructor(
    private readonly layer: SVGGElement,
    private readonly svg: SVGSVGElement,
  ) {}

  /** After the structure was redrawn: where each place is now. */
  setLayout(layout: DiagramLayout): void {
    this.anchors.clear();
    this.elements.clear();
    for (const c of layout.components) this.anchors.set(c.place, { x: c.x, y: c.y, w: c.w, h: c.h });
    for (const el of this.svg.querySelectorAll('[data-place]')) this.elements.set(el.getAttribute('data-place')!, el);
    this.lit.clear();
  }

  private dot(i: number): SVGCircleElement {
    let d = this.dots[i];
    if (!d) {
      d = document.createElementNS(svgNS, 'circle');
      d.setAttribute('r', '4.5');
      d.setAttribute('data-testid', 'message-dot');
      this.layer.appendChild(d);
      this.dots[i] = d;
    }
    return d;
  }

  /** Light up `places` (and nothing else) with the given class. */
  private light(want: Map<string, string>): void {
    const next = new Set<Element>();
    for (const [place, cls] of want) {
      const el = this.elements.get(place);
      if (!el) continue;
      next.add(el);
      el.classList.toggle('msg-sender', cls === 'sender');
      el.classList.toggle('msg-busy', cls === 'busy');
    }
    for (const el of this.lit) if (!next.has(el)) el.classList.remove('msg-sender', 'msg-busy');
    this.lit = next;
  }

  draw(r: Resolved, progress: number, reducedMotion: boolean): void {
    const legs = legsOf(r);
    const want = new Map<string, string>([[r.from, 'sender']]);
    let n = 0;
    for (const leg of legs) {
      const on = reducedMotion || (progress >= leg.t0 && progress <= leg.t1);
      if (!on) continue;
      if (!want.has(leg.to) || want.get(leg.to) !== 'sender') want.set(leg.to, 'busy');
      if (!want.has(leg.from)) want.set(leg.from, 'busy');
      if (reducedMotion) continue;
      const ra = this.anchors.get(leg.from);
      const rb = this.anchors.get(leg.to);
      if (!ra || !rb) continue;
      const a = edgeToward(ra, { x: rb.x + rb.w / 2, y: rb.y + rb.h / 2 });
      const b = edgeToward(rb, { x: ra.x + ra.w / 2, y: ra.y + ra.h / 2 });
      const t = ease((progress - leg.t0) / Math.max(0.001, leg.t1 - leg.t0));
      const d = this.dot(n++);
      d.setAttribute('cx', (a.x + (b.x - a.x) * t).toFixed(1));
      d.setAttribute('cy', (a.y + (b.y - a.y) * t).toFixed(1));
      d.setAttribute('class', `message-dot${leg.failed ? ' failed' : ''}${leg.to === 'etcd' ? ' to-etcd' : ''}`);
      d.style.display = '';
    }
    for (let i = n; i < this.dots.length; i++) this.dots[i]!.style.display = 'none';
    this.light(want);
  }

  idle(): void {
    for (const d of this.dots) d.style.display = 'none';
    this.light(new Map());
  }
}
