// Where things go in the cluster diagram: you (kubectl) and the control plane
// on top (kube-apiserver, etcd, kube-scheduler, kube-controller-manager with
// its controllers), the Deployments, then one column per Node (kubelet,
// containerd, kube-proxy and its Pods), then Pods no scheduler has placed yet.
// Pure: objects in, rectangles out (render.ts and pods.ts draw them).
import type { KubeObject } from '../../../engine/protocol/index.js';
import { podView, statusFamily, type ContainerView } from './podStatus.js';

export interface Box {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Something the student can click to read what it does (explain.ts). */
export type ComponentKind = 'you' | 'apiserver' | 'etcd' | 'scheduler' | 'controller-manager' | 'controller' | 'kubelet' | 'runtime' | 'kube-proxy';

export interface ComponentBox extends Box {
  kind: ComponentKind;
  /** The text drawn (a name, not translated: these are program names). */
  label: string;
  /** Where messages start and end: `apiserver`, `kubelet/node01`, `controller/replicaset` … */
  place: string;
  node?: string;
}

export interface PodChip extends Box {
  key: string;
  name: string;
  namespace: string;
  status: string;
  family: ReturnType<typeof statusFamily>;
  restarts: number;
  containers: ContainerView[];
  node?: string;
  /** Drawn as a small square (many Pods) rather than a named chip. */
  dense: boolean;
}

export interface NodeBox extends Box {
  name: string;
  ready: boolean;
  podCount: number;
}

export interface OwnerChip extends Box {
  resource: 'deployments' | 'replicasets';
  name: string;
  namespace: string;
  label: string;
  selected: boolean;
}

export interface OwnerLink {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface DiagramLayout {
  width: number;
  height: number;
  controlPlane: Box;
  components: ComponentBox[];
  nodes: NodeBox[];
  pods: PodChip[];
  /** Pods without spec.nodeName. */
  unscheduled: Box & { count: number };
  noNodes: Box | undefined;
  /** Deployments (and, for the selected one, its ReplicaSets). */
  owners: OwnerChip[];
  ownersBox: Box | undefined;
  /** Deployment → ReplicaSet → Pod, for the selected Deployment. */
  links: OwnerLink[];
}

/** kube-controller-manager's controllers, as upstream names them (--controllers). */
export const controllerNames = [
  'deployment',
  'replicaset',
  'daemonset',
  'statefulset',
  'job',
  'endpointslice',
  'garbage-collector',
  'namespace',
  'node-lifecycle',
  'serviceaccount',
] as const;

const pad = 8;
const gap = 8;
const compH = 26;
const chipH = 20;
const cell = 9;
/** Above this many Pods the diagram draws squares instead of named chips. */
export const denseAbove = 36;
/** Approximate width of one character at the diagram's 10–11px fonts. */
const charW = 6.2;

function nodeReady(n: KubeObject): boolean {
  const conds = (n.status?.conditions ?? []) as { type: string; status: string }[];
  return conds.some((c) => c.type === 'Ready' && c.status === 'True');
}

/** An object's place in "oldest first, then by namespace/name", as one string (\0 sorts below every character of a timestamp). */
const ageKeys = new WeakMap<KubeObject, string>();
function ageKey(o: KubeObject): string {
  let k = ageKeys.get(o);
  if (k === undefined) ageKeys.set(o, (k = `${(o.metadata.creationTimestamp as string | undefined) ?? ''}\0${o.metadata.namespace ?? ''}/${o.metadata.name}`));
  return k;
}

/** Oldest first, then by name: a new Pod joins the end, so the others stay put. */
function byAge(a: KubeObject, b: KubeObject): number {
  const ka = ageKey(a);
  const kb = ageKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** A Pod object's view, computed once per object: a store update replaces only the objects that changed. */
const views = new WeakMap<KubeObject, ReturnType<typeof podView>>();
function viewOf(p: KubeObject): ReturnType<typeof podView> {
  let v = views.get(p);
  if (!v) views.set(p, (v = podView(p)));
  return v;
}

function placePods(pods: KubeObject[], x: number, y: number, w: number, dense: boolean, node: string | undefined, out: PodChip[]): number {
  if (!pods.length) return 0;
  const perRow = dense ? Math.max(1, Math.floor((w + 2) / (cell + 2))) : 1;
  pods.forEach((p, i) => {
    const v = viewOf(p);
    out.push({
      id: p.metadata.uid ?? `${p.metadata.namespace}/${p.metadata.name}`,
      key: `${p.metadata.namespace ?? ''}/${p.metadata.name}`,
      name: p.metadata.name,
      namespace: p.metadata.namespace ?? '',
      status: v.status,
      family: statusFamily(v.status),
      restarts: v.restarts,
      containers: v.containers,
      node,
      dense,
      x: dense ? x + (i % perRow) * (cell + 2) : x,
      y: dense ? y + Math.floor(i / perRow) * (cell + 2) : y + i * (chipH + 4),
      w: dense ? cell : w,
      h: dense ? cell : chipH,
    });
  });
  return dense ? Math.ceil(pods.length / perRow) * (cell + 2) - 2 : pods.length * (chipH + 4) - 4;
}

export interface LayoutInput {
  width: number;
  nodes: KubeObject[];
  pods: KubeObject[];
  deployments: KubeObject[];
  replicasets: KubeObject[];
  /** `namespace/name` of the selected Deployment: its chain is drawn. */
  selectedDeployment?: string;
}

export function layoutDiagram(input: LayoutInput): DiagramLayout {
  const w = Math.max(260, input.width);
  const inner = w - 2 * pad;
  const components: ComponentBox[] = [];

  const you: ComponentBox = { id: 'you', kind: 'you', place: 'you', label: 'kubectl', x: pad, y: pad, w: 96, h: 22 };
  components.push(you);

  // The control plane: the API server and etcd, then the scheduler beside the
  // controller manager, whose controllers flow as small pills inside its box.
  const cp: Box = { id: 'control-plane', x: pad, y: you.y + you.h + 14, w: inner, h: 0 };
  const cx = cp.x + pad;
  const cw = cp.w - 2 * pad;
  const row1 = cp.y + 22;
  const apiW = Math.round(cw * 0.6);
  components.push({ id: 'apiserver', kind: 'apiserver', place: 'apiserver', label: 'kube-apiserver', x: cx, y: row1, w: apiW, h: compH });
  components.push({ id: 'etcd', kind: 'etcd', place: 'etcd', label: 'etcd', x: cx + apiW + gap, y: row1, w: cw - apiW - gap, h: compH });
  const row2 = row1 + compH + gap;
  const schedW = Math.round(cw * 0.34);
  components.push({ id: 'scheduler', kind: 'scheduler', place: 'scheduler', label: 'kube-scheduler', x: cx, y: row2, w: schedW, h: compH });
  const cm: ComponentBox = { id: 'controller-manager', kind: 'controller-manager', place: 'controller-manager', label: 'kube-controller-manager', x: cx + schedW + gap, y: row2, w: cw - schedW - gap, h: 0 };
  components.push(cm);
  let px = cm.x + 5;
  let py = cm.y + 20;
  for (const name of controllerNames) {
    const pw = Math.ceil(name.length * 5.6) + 10;
    if (px + pw > cm.x + cm.w - 4 && px > cm.x + 5) {
      px = cm.x + 5;
      py += 16;
    }
    components.push({ id: `controller/${name}`, kind: 'controller', place: `controller/${name}`, label: name, x: px, y: py, w: pw, h: 14 });
    px += pw + 3;
  }
  cm.h = py + 14 + 5 - cm.y;
  cp.h = cm.y + cm.h + pad - cp.y;
  let y = cp.y + cp.h + gap;

  // Deployments; the selected one shows its ReplicaSets under it.
  const owners: OwnerChip[] = [];
  let ownersBox: Box | undefined;
  const deployments = [...input.deployments].sort(byAge);
  if (deployments.length) {
    const top = y;
    let ox = pad + 6;
    let oy = y + 18;
    const place = (c: Omit<OwnerChip, 'x' | 'y' | 'w' | 'h' | 'id'>) => {
      const cw2 = Math.min(inner - 12, Math.ceil(c.label.length * charW) + 14);
      if (ox + cw2 > pad + inner - 6 && ox > pad + 6) {
        ox = pad + 6;
        oy += chipH + 4;
      }
      owners.push({ ...c, id: `${c.resource}/${c.namespace}/${c.name}`, x: ox, y: oy, w: cw2, h: chipH });
      ox += cw2 + 4;
    };
    for (const d of deployments) {
      const key = `${d.metadata.namespace}/${d.metadata.name}`;
      const ready = (d.status?.readyReplicas as number | undefined) ?? 0;
      const want = (d.spec?.replicas as number | undefined) ?? 1;
      place({ resource: 'deployments', name: d.metadata.name, namespace: d.metadata.namespace ?? '', label: `${d.metadata.name} ${ready}/${want}`, selected: key === input.selectedDeployment });
    }
    const sel = deployments.find((d) => `${d.metadata.namespace}/${d.metadata.name}` === input.selectedDeployment);
    if (sel) {
      ox = pad + 6;
      oy += chipH + 6;
      for (const rs of [...input.replicasets].sort(byAge)) {
        if (!rs.metadata.ownerReferences?.some((o) => o.controller && o.uid === sel.metadata.uid)) continue;
        const n = (rs.spec?.replicas as number | undefined) ?? 0;
        place({ resource: 'replicasets', name: rs.metadata.name, namespace: rs.metadata.namespace ?? '', label: `${rs.metadata.name} (${n})`, selected: false });
      }
    }
    y = oy + chipH + 6;
    ownersBox = { id: 'owners', x: pad, y: top, w: inner, h: y - top };
    y += gap;
  }

  // Nodes side by side (as many columns as fit), Pods in each.
  const dense = input.pods.length > denseAbove;
  const podsByNode = new Map<string, KubeObject[]>();
  const unscheduledPods: KubeObject[] = [];
  for (const p of [...input.pods].sort(byAge)) {
    const n = p.spec?.nodeName as string | undefined;
    if (!n) unscheduledPods.push(p);
    else {
      const list = podsByNode.get(n);
      if (list) list.push(p);
      else podsByNode.set(n, [p]);
    }
  }
  const nodeObjs = [...input.nodes].sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1));
  const names = nodeObjs.map((n) => n.metadata.name);
  for (const n of podsByNode.keys()) if (!names.includes(n)) names.push(n);
  const cols = Math.max(1, Math.min(names.length, Math.floor((inner + gap) / (112 + gap))));
  const colW = (inner - (cols - 1) * gap) / cols;
  const nodes: NodeBox[] = [];
  const pods: PodChip[] = [];
  for (let r = 0; r < names.length; r += cols) {
    let rowH = 0;
    const rowStart = nodes.length;
    names.slice(r, r + cols).forEach((name, i) => {
      const nx = pad + i * (colW + gap);
      const obj = nodeObjs.find((n) => n.metadata.name === name);
      let ny = y + 22;
      const stacked = colW < 230;
      const parts: [ComponentKind, string][] = [
        ['kubelet', 'kubelet'],
        ['runtime', 'containerd'],
        ['kube-proxy', 'kube-proxy'],
      ];
      parts.forEach(([kind, label], j) => {
        const pw = stacked ? colW - 12 : (colW - 12 - 2 * 4) / 3;
        components.push({ id: `${kind}/${name}`, kind, place: `${kind}/${name}`, node: name, label, x: nx + 6 + (stacked ? 0 : j * (pw + 4)), y: ny + (stacked ? j * 16 : 0), w: pw, h: 14 });
      });
      ny += stacked ? 3 * 16 + 4 : 20;
      const list = podsByNode.get(name) ?? [];
      const ph = placePods(list, nx + 6, ny, colW - 12, dense, name, pods);
      const h = ny - y + ph + (ph ? 8 : 2);
      nodes.push({ id: `node/${name}`, name, ready: obj ? nodeReady(obj) : false, podCount: list.length, x: nx, y, w: colW, h });
      rowH = Math.max(rowH, h);
    });
    for (const n of nodes.slice(rowStart)) n.h = rowH;
    y += rowH + gap;
  }
  let noNodes: Box | undefined;
  if (!names.length) {
    noNodes = { id: 'no-nodes', x: pad, y, w: inner, h: 36 };
    y += 36 + gap;
  }

  const uh = placePods(unscheduledPods, pad + 6, y + 24, inner - 12, dense, undefined, pods);
  const unscheduled = { id: 'unscheduled', x: pad, y, w: inner, h: 24 + uh + (uh ? 8 : 0), count: unscheduledPods.length };
  y += unscheduled.h + pad;

  // The chain of the selected Deployment: Deployment → ReplicaSets → Pods.
  const links: OwnerLink[] = [];
  const deploy = owners.find((o) => o.selected);
  if (deploy) {
    const rsChips = owners.filter((o) => o.resource === 'replicasets');
    const rsByName = new Map(rsChips.map((c) => [c.name, c]));
    for (const rs of rsChips) links.push({ id: `l/${rs.id}`, x1: deploy.x + deploy.w / 2, y1: deploy.y + deploy.h, x2: rs.x + rs.w / 2, y2: rs.y });
    const podByKey = new Map(pods.map((p) => [p.key, p]));
    for (const p of input.pods) {
      const owner = p.metadata.ownerReferences?.find((o) => o.controller && o.kind === 'ReplicaSet');
      const rs = owner && p.metadata.namespace === deploy.namespace ? rsByName.get(owner.name) : undefined;
      const chip = rs && podByKey.get(`${p.metadata.namespace}/${p.metadata.name}`);
      if (rs && chip && links.length < 600) links.push({ id: `l/${chip.key}`, x1: rs.x + rs.w / 2, y1: rs.y + rs.h, x2: chip.x + chip.w / 2, y2: chip.y });
    }
  }

  return { width: w, height: y, controlPlane: cp, components, nodes, pods, unscheduled, noNodes, owners, ownersBox, links };
}

/** Where a message touches a component: the middle of its box. */
export function anchor(layout: DiagramLayout, place: string): { x: number; y: number } | undefined {
  const c = layout.components.find((b) => b.place === place);
  return c ? { x: c.x + c.w / 2, y: c.y + c.h / 2 } : undefined;
}
