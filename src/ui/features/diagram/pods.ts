// Draws the Pods of a layout into their SVG layer with a hand-written keyed
// diff: one <g> per Pod, rewritten only when what it shows changed (position,
// STATUS, restarts, containers). With hundreds of Pods scaling up, a frame
// touches only the Pods that moved or changed, never the whole set.
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

  constructor(
    private readonly layer: SVGGElement,
    private readonly animate: () => boolean,
  ) {}

  render(pods: PodChip[]): void {
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

  /** Mark the selected and hovered Pods (keys `namespace/name`). */
  mark(selected: string | undefined, hovered: string | undefined): void {
    if (selected === this.selected && hovered === this.hovered) return;
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
