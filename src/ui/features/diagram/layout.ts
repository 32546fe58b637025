// Where things go in the cluster diagram: the control plane on top, then one
// box per Node with its Pods as chips, then Pods no scheduler has placed yet.
// Pure: objects in, rectangles out (the d3 renderer draws them).
import type { KubeObject } from '../../../engine/protocol/index.js';

export interface Box {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface ComponentBox extends Box {
  /** i18n key of the label */
  label: string;
  /** Which audit users light this component up. */
  role: 'apiserver' | 'etcd' | 'scheduler' | 'controller-manager' | 'you';
}

export interface PodChip extends Box {
  name: string;
  namespace: string;
  phase: string;
  terminating: boolean;
  node?: string;
}

export interface NodeBox extends Box {
  name: string;
  ready: boolean;
  pods: PodChip[];
}

export interface DiagramLayout {
  width: number;
  height: number;
  controlPlane: Box;
  components: ComponentBox[];
  nodes: NodeBox[];
  /** Pods without spec.nodeName. */
  unscheduled: Box & { pods: PodChip[] };
  /** Where to say that no Node has registered yet. */
  noNodes: Box | undefined;
}

const pad = 12;
const chipH = 22;
const chipGap = 6;
const headerH = 40;

export function podPhase(p: KubeObject): string {
  return (p.status?.phase as string | undefined) ?? 'Pending';
}

function nodeReady(n: KubeObject): boolean {
  const conds = (n.status?.conditions ?? []) as { type: string; status: string }[];
  return conds.some((c) => c.type === 'Ready' && c.status === 'True');
}

function chipsIn(pods: KubeObject[], x: number, y: number, w: number, node?: string): { chips: PodChip[]; height: number } {
  const chipW = Math.min(190, Math.max(90, w - 2 * pad));
  const perRow = Math.max(1, Math.floor((w - 2 * pad + chipGap) / (chipW + chipGap)));
  const chips = pods.map((p, i) => ({
    id: p.metadata.uid ?? `${p.metadata.namespace}/${p.metadata.name}`,
    name: p.metadata.name,
    namespace: p.metadata.namespace ?? '',
    phase: podPhase(p),
    terminating: Boolean(p.metadata.deletionTimestamp),
    node,
    x: x + pad + (i % perRow) * (chipW + chipGap),
    y: y + Math.floor(i / perRow) * (chipH + chipGap),
    w: chipW,
    h: chipH,
  }));
  const rows = Math.ceil(pods.length / perRow);
  return { chips, height: rows ? rows * (chipH + chipGap) - chipGap : 0 };
}

const byName = (a: KubeObject, b: KubeObject) => {
  const ka = `${a.metadata.namespace ?? ''}/${a.metadata.name}`;
  const kb = `${b.metadata.namespace ?? ''}/${b.metadata.name}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

export function layoutDiagram(width: number, nodes: KubeObject[], pods: KubeObject[]): DiagramLayout {
  const w = Math.max(260, width);
  const inner = w - 2 * pad;

  // You (kubectl) on top, talking to the API server below; etcd beside it;
  // the scheduler and the controller manager under them.
  const you: ComponentBox = { id: 'you', role: 'you', label: 'diagram.you', x: pad, y: pad, w: inner, h: 30 };
  const cpY = you.y + you.h + 2 * pad;
  const colW = (inner - 3 * pad) / 2;
  const compH = 34;
  const row1 = cpY + headerH - 8;
  const row2 = row1 + compH + 10;
  const components: ComponentBox[] = [
    you,
    { id: 'apiserver', role: 'apiserver', label: 'diagram.apiserver', x: pad * 2, y: row1, w: colW, h: compH },
    { id: 'etcd', role: 'etcd', label: 'diagram.etcd', x: pad * 3 + colW, y: row1, w: colW, h: compH },
    { id: 'scheduler', role: 'scheduler', label: 'diagram.scheduler', x: pad * 2, y: row2, w: colW, h: compH },
    { id: 'controller-manager', role: 'controller-manager', label: 'diagram.controllerManager', x: pad * 3 + colW, y: row2, w: colW, h: compH },
  ];
  const controlPlane: Box = { id: 'control-plane', x: pad, y: cpY, w: inner, h: row2 + compH + pad - cpY };
  let y = controlPlane.y + controlPlane.h + pad;

  const podsByNode = new Map<string, KubeObject[]>();
  const unscheduledPods: KubeObject[] = [];
  for (const p of [...pods].sort(byName)) {
    const n = p.spec?.nodeName as string | undefined;
    if (!n) unscheduledPods.push(p);
    else podsByNode.set(n, [...(podsByNode.get(n) ?? []), p]);
  }

  const nodeBoxes: NodeBox[] = [];
  for (const n of [...nodes].sort(byName)) {
    const name = n.metadata.name;
    const { chips, height } = chipsIn(podsByNode.get(name) ?? [], pad, y + headerH, inner, name);
    const h = headerH + height + (height ? pad : 0);
    nodeBoxes.push({ id: `node/${name}`, name, ready: nodeReady(n), pods: chips, x: pad, y, w: inner, h });
    podsByNode.delete(name);
    y += h + pad;
  }
  // Pods bound to a Node the API does not know (yet) still belong somewhere visible.
  for (const [name, ps] of podsByNode) {
    const { chips, height } = chipsIn(ps, pad, y + headerH, inner, name);
    const h = headerH + height + pad;
    nodeBoxes.push({ id: `node/${name}`, name, ready: false, pods: chips, x: pad, y, w: inner, h });
    y += h + pad;
  }
  let noNodes: Box | undefined;
  if (nodes.length === 0) {
    noNodes = { id: 'no-nodes', x: pad, y, w: inner, h: 40 };
    y += 40 + pad;
  }

  const { chips, height } = chipsIn(unscheduledPods, pad, y + 30, inner);
  const unscheduled = { id: 'unscheduled', x: pad, y, w: inner, h: 30 + height + (height ? pad : 0), pods: chips };
  y += unscheduled.h + pad;

  return { width: w, height: y, controlPlane, components, nodes: nodeBoxes, unscheduled, noNodes };
}
