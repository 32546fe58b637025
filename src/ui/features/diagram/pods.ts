// Draws the Pods of a layout. A few Pods: named chips in the SVG, with a
// hand-written keyed diff (one <g> per Pod, rewritten only when what it shows
// changed). Many Pods (the layout's dense mode): squares on a <canvas> over
// the SVG — hundreds of SVG nodes restyled while a Deployment scales would
// cost the browser more than a frame; a canvas repaint costs well under 1 ms.
import type { PodChip } from './layout.js';

const svgNS = 'http://www.w3.org/2000/svg';

interface Drawn {
  el: SVGGElement;
  sig: string;
  key: string;
}

function esc(s: string): string {
  return s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Keep the random suffix, which tells Pods of one ReplicaSet apart: `nginx-deploy…-wp7dc`. */
export function middleTruncate(s: string, cells: number): string {
  if (s.length <= cells) return s;
  const tail = Math.min(6, Math.max(0, cells - 4));
  return `${s.slice(0, Math.max(1, cells - tail - 1))}…${s.slice(s.length - tail)}`;
}

function signature(p: PodChip): string {
  return `${p.x},${p.y},${p.w},${p.dense ? 1 : 0},${p.status},${p.restarts},${p.containers.map((c) => c.state[0]).join('')}`;
}

function inner(p: PodChip): string {
  const title = `<title>${esc(`${p.namespace}/${p.name} · ${p.status}${p.restarts ? ` · ↻${p.restarts}` : ''}`)}</title>`;
  if (p.dense) return `<rect class="pod-bg" width="${p.w}" height="${p.h}" rx="2"></rect>${title}`;
  const n = p.containers.length;
  const boxes = p.containers
    .map((c, i) => `<rect class="ctr ctr-${c.state}" x="${p.w - 8 - (n - 1 - i) * 8}" y="${p.h / 2 - 3}" width="6" height="6" rx="1"><title>${esc(c.name)}</title></rect>`)
    .join('');
  const badgeW = p.restarts ? 8 + String(p.restarts).length * 6 : 0;
  const restarts = p.restarts ? `<text class="restarts" x="${p.w - 10 - n * 8}" y="${p.h / 2 + 3.5}" text-anchor="end">↻${p.restarts}</text>` : '';
  const cells = Math.floor((p.w - 14 - n * 8 - badgeW - 4) / 6);
  return (
    `<rect class="pod-bg" width="${p.w}" height="${p.h}" rx="4"></rect>` +
    `<rect class="pod-bar" width="4" height="${p.h}" rx="2"></rect>` +
    `<text class="pod-name" x="8" y="${p.h / 2 + 3.5}">${esc(middleTruncate(p.name, cells))}</text>${restarts}${boxes}${title}`
  );
}

export class PodLayer {
  private readonly drawn = new Map<string, Drawn>();
  private selected: string | undefined;
  private hovered: string | undefined;

  private dense: PodChip[] = [];
  private colours: Record<string, string> = {};
  private theme: string | undefined = '\0';

  constructor(
    private readonly layer: SVGGElement,
    private readonly canvas: HTMLCanvasElement,
    private readonly animate: () => boolean,
  ) {}

  /** The dense Pod under a point of the diagram (layout coordinates). */
  hit(x: number, y: number): PodChip | undefined {
    return this.dense.find((p) => x >= p.x - 1 && x <= p.x + p.w + 1 && y >= p.y - 1 && y <= p.y + p.h + 1);
  }

  render(pods: PodChip[], width: number, height: number): void {
    const dense = pods.length > 0 && pods[0]!.dense;
    this.dense = dense ? pods : [];
    this.paint(width, height);
    if (dense) pods = [];
    const seen = new Set<string>();
    for (const p of pods) {
      seen.add(p.id);
      const sig = signature(p);
      let d = this.drawn.get(p.id);
      if (!d) {
        const el = document.createElementNS(svgNS, 'g');
        el.setAttribute('data-resource', 'pods');
        el.setAttribute('data-ns', p.namespace);
        el.setAttribute('data-name', p.name);
        el.setAttribute('data-testid', `pod-${p.namespace}-${p.name}`);
        d = { el, sig: '', key: p.key };
        this.drawn.set(p.id, d);
        this.layer.appendChild(el);
        if (this.animate()) el.classList.add('entering');
      }
      if (d.sig === sig) continue;
      d.sig = sig;
      const el = d.el;
      el.setAttribute('transform', `translate(${p.x},${p.y})`);
      el.setAttribute('data-status', p.status);
      el.setAttribute('data-phase', p.status);
      el.setAttribute('class', `pod st-${p.family}${p.dense ? ' dense' : ''}${el.classList.contains('entering') ? ' entering' : ''}${p.key === this.selected ? ' selected' : ''}${p.key === this.hovered ? ' hovered' : ''}`);
      el.innerHTML = inner(p);
    }
    for (const [id, d] of this.drawn) {
      if (seen.has(id)) continue;
      d.el.remove();
      this.drawn.delete(id);
    }
  }

  /** Colours from the theme's CSS variables, read again only when the theme changes. */
  private palette(): Record<string, string> {
    const theme = document.documentElement.dataset.theme;
    if (theme !== this.theme) {
      this.theme = theme;
      const css = getComputedStyle(document.documentElement);
      const v = (name: string) => css.getPropertyValue(name).trim() || '#888';
      this.colours = { running: v('--ok'), pending: v('--warn'), creating: v('--accent'), error: v('--bad'), completed: v('--done'), terminating: v('--muted'), mark: v('--text') };
    }
    return this.colours;
  }

  private paint(width: number, height: number): void {
    const c = this.canvas;
    if (!this.dense.length) {
      if (c.width) {
        c.width = 0;
        c.height = 0;
        c.style.display = 'none';
      }
      return;
    }
    const dpr = Math.min(2, window.devicePixelRatio || 1);
    if (c.width !== Math.round(width * dpr) || c.height !== Math.round(height * dpr)) {
      c.width = Math.round(width * dpr);
      c.height = Math.round(height * dpr);
      c.style.width = `${width}px`;
      c.style.height = `${height}px`;
    }
    c.style.display = '';
    const g = c.getContext('2d');
    if (!g) return;
    const colours = this.palette();
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    g.clearRect(0, 0, width, height);
    for (const p of this.dense) {
      g.globalAlpha = p.family === 'terminating' ? 0.45 : 1;
      g.fillStyle = colours[p.family] ?? colours.pending!;
      g.fillRect(p.x, p.y, p.w, p.h);
    }
    g.globalAlpha = 1;
    g.strokeStyle = colours.mark!;
    g.lineWidth = 1.5;
    for (const p of this.dense) if (p.key === this.selected || p.key === this.hovered) g.strokeRect(p.x - 1, p.y - 1, p.w + 2, p.h + 2);
  }

  /** Mark the selected and hovered Pods (keys `namespace/name`). */
  mark(selected: string | undefined, hovered: string | undefined): void {
    if (selected === this.selected && hovered === this.hovered) return;
    if (this.dense.length) {
      this.selected = selected;
      this.hovered = hovered;
      this.paint(this.canvas.width ? parseFloat(this.canvas.style.width) : 0, this.canvas.height ? parseFloat(this.canvas.style.height) : 0);
    }
    for (const d of this.drawn.values()) {
      if (d.key === this.selected || d.key === selected) d.el.classList.toggle('selected', d.key === selected);
      if (d.key === this.hovered || d.key === hovered) d.el.classList.toggle('hovered', d.key === hovered);
    }
    this.selected = selected;
    this.hovered = hovered;
  }

  clear(): void {
    for (const d of this.drawn.values()) d.el.remove();
    this.drawn.clear();
  }
}
