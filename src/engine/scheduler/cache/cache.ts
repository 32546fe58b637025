// Mirrors pkg/scheduler/backend/cache (cache.go, node_tree.go): NodeInfos kept up to
// date from informer events, Pods assumed on a node the moment the scheduler picks it
// (before the binding's watch event confirms it), and the node order of the node tree
// (zones interleaved round-robin, nodes in insertion order within a zone).
// Simplification: the engine is single-threaded, so the scheduling cycle reads the
// cache directly instead of a copied Snapshot; nothing changes during a cycle.
import type { Node, Pod } from 'kubernetes-types/core/v1';
import { NodeChangeLog, sameCountIdentity, sameLabels } from '../framework/nodeChanges.js';
import { NodeInfo, type ImageState } from '../framework/nodeInfo.js';
import { PodInfo } from '../framework/podInfo.js';

/** utilnode.GetZoneKey: region and zone labels, "" when neither is set. */
function zoneKey(node: Node): string {
  const l = node.metadata?.labels ?? {};
  const region = l['topology.kubernetes.io/region'] ?? l['failure-domain.beta.kubernetes.io/region'] ?? '';
  const zone = l['topology.kubernetes.io/zone'] ?? l['failure-domain.beta.kubernetes.io/zone'] ?? '';
  return region === '' && zone === '' ? '' : `${region}:\x00:${zone}`;
}

interface PodState {
  info: PodInfo;
  node: string;
  assumed: boolean;
}

export class Cache {
  private readonly nodes = new Map<string, NodeInfo>();
  private readonly pods = new Map<string, PodState>();
  private readonly images = new Map<string, ImageState>();
  /** nodeTree: zone → node names, zones in order of first appearance. */
  private readonly tree = new Map<string, string[]>();
  private list: NodeInfo[] | null = null;
  /** Pods counted onto and off nodes, and node changes, for counts kept across cycles. */
  readonly changes: NodeChangeLog;
  private readonly freeSlots: number[] = [];
  /** Label key → value → the Pods with it (keys PodTopologySpread's selectors require). */
  private readonly labelIndex = new Map<string, Map<string, Set<PodState>>>();
  private nextSlot = 0;

  /** `changeLogLimit`: entries the change log keeps (tests make it small). */
  constructor(changeLogLimit?: number) {
    this.changes = new NodeChangeLog(changeLogLimit);
  }

  /** Every NodeInfo with a Node, in node-tree order; the array is replaced when nodes change. */
  nodeInfos(): readonly NodeInfo[] {
    if (!this.list) {
      const zones = [...this.tree.values()];
      const out: NodeInfo[] = [];
      for (let i = 0, more = true; more; i++) {
        more = false;
        for (const z of zones) {
          if (i < z.length) {
            out.push(this.nodes.get(z[i]!)!);
            more = true;
          }
        }
      }
      this.list = out;
    }
    return this.list;
  }

  get(name: string): NodeInfo | undefined {
    const ni = this.nodes.get(name);
    return ni?.node ? ni : undefined;
  }

  addNode(node: Node): void {
    const name = node.metadata!.name!;
    const ni = this.nodeFor(name);
    if (ni.node) this.removeFromTree(ni.node);
    else this.removeImages(ni);
    ni.setNode(node);
    this.addToTree(node);
    this.setImages(ni, node);
    this.changes.nodesChanged();
  }

  updateNode(_old: Node, node: Node): void {
    const ni = this.nodes.get(node.metadata!.name!);
    if (!ni?.node) return this.addNode(node);
    if (zoneKey(ni.node) !== zoneKey(node)) {
      this.removeFromTree(ni.node);
      this.addToTree(node);
    }
    if (!sameLabels(ni.labels, node.metadata?.labels ?? {})) this.changes.nodesChanged();
    this.removeImages(ni);
    ni.setNode(node);
    this.setImages(ni, node);
  }

  removeNode(node: Node): void {
    const name = node.metadata!.name!;
    const ni = this.nodes.get(name);
    if (!ni?.node) return;
    this.removeFromTree(ni.node);
    this.removeImages(ni);
    ni.node = null;
    this.changes.nodesChanged();
    // A NodeInfo outlives its Node while Pods still point at it.
    if (!ni.pods.size) this.dropNodeInfo(ni);
  }

  /** An image's cluster-wide state by name (as in node.status.images). */
  imageState(name: string): ImageState | undefined {
    return this.images.get(name);
  }

  /** AssumePod: count the Pod on its node before the binding is observed. */
  assumePod(info: PodInfo, nodeName: string): void {
    this.setPod(info.uid, { info, node: nodeName, assumed: true });
    this.addToNode(this.nodeFor(nodeName), info);
  }

  /** ForgetPod: the binding failed; take the assumed Pod off its node. */
  forgetPod(uid: string): void {
    const st = this.pods.get(uid);
    if (!st?.assumed) return;
    this.deletePod(uid);
    this.removeFromNode(st.node, uid);
  }

  isAssumed(uid: string): boolean {
    return !!this.pods.get(uid)?.assumed;
  }

  /** AddPod: an assigned Pod observed (confirms an assumed one). */
  addPod(pod: Pod): void {
    const uid = pod.metadata?.uid ?? '';
    const node = pod.spec!.nodeName!;
    const cur = this.pods.get(uid);
    // Confirming an assumed Pod: the binding only set spec.nodeName, so its requests stand.
    const info = new PodInfo(pod, cur?.assumed && cur.node === node ? cur.info : undefined);
    this.setPod(info.uid, { info, node, assumed: false });
    const same = cur && cur.node === node ? this.nodes.get(node) : undefined;
    if (same?.node && sameCountIdentity(cur!.info, info)) {
      // A status update or the binding confirming an assumed Pod: no selector count moves.
      same.removePod(info.uid);
      same.addPod(info);
      return;
    }
    if (cur) this.removeFromNode(cur.node, info.uid);
    this.addToNode(this.nodeFor(node), info);
  }

  updatePod(_old: Pod, pod: Pod): void {
    this.addPod(pod);
  }

  removePod(pod: Pod): void {
    const uid = pod.metadata?.uid ?? '';
    const st = this.pods.get(uid);
    if (!st) return;
    this.deletePod(uid);
    this.removeFromNode(st.node, uid);
  }

  podCount(): number {
    return this.pods.size;
  }

  /**
   * Each Pod with label key=value on a listed node, with its NodeInfo (what
   * countPodsMatchSelector would visit, narrowed by one label); the cache indexes the
   * key from its first use on.
   */
  forEachPodWithLabel(key: string, value: string, fn: (pod: PodInfo, node: NodeInfo) => void): void {
    let byValue = this.labelIndex.get(key);
    if (!byValue) {
      this.labelIndex.set(key, (byValue = new Map()));
      for (const st of this.pods.values()) this.indexPod(byValue, key, st);
    }
    for (const st of byValue.get(value) ?? []) {
      const ni = this.nodes.get(st.node);
      if (ni?.node) fn(st.info, ni);
    }
  }

  private setPod(uid: string, st: PodState): void {
    if (this.labelIndex.size) this.unindexPod(uid);
    this.pods.set(uid, st);
    for (const [key, byValue] of this.labelIndex) this.indexPod(byValue, key, st);
  }

  private deletePod(uid: string): void {
    if (this.labelIndex.size) this.unindexPod(uid);
    this.pods.delete(uid);
  }

  private indexPod(byValue: Map<string, Set<PodState>>, key: string, st: PodState): void {
    const v = st.info.labels[key];
    if (v === undefined) return;
    const set = byValue.get(v);
    if (set) set.add(st);
    else byValue.set(v, new Set([st]));
  }

  private unindexPod(uid: string): void {
    const old = this.pods.get(uid);
    if (!old) return;
    for (const [key, byValue] of this.labelIndex) {
      const v = old.info.labels[key];
      if (v === undefined) continue;
      const set = byValue.get(v);
      set?.delete(old);
      if (set && !set.size) byValue.delete(v);
    }
  }

  private nodeFor(name: string): NodeInfo {
    let ni = this.nodes.get(name);
    if (!ni) {
      ni = new NodeInfo(name);
      ni.slot = this.freeSlots.pop() ?? this.nextSlot++;
      this.nodes.set(name, ni);
    }
    return ni;
  }

  private dropNodeInfo(ni: NodeInfo): void {
    this.nodes.delete(ni.name);
    this.freeSlots.push(ni.slot);
  }

  private addToNode(ni: NodeInfo, info: PodInfo): void {
    ni.addPod(info);
    if (ni.node) this.changes.record(ni, info, 1);
  }

  private removeFromNode(name: string, uid: string): void {
    const ni = this.nodes.get(name);
    if (!ni) return;
    const p = ni.removePod(uid);
    if (p && ni.node) this.changes.record(ni, p, -1);
    if (!ni.node && !ni.pods.size) this.dropNodeInfo(ni);
  }

  private addToTree(node: Node): void {
    const z = zoneKey(node);
    let names = this.tree.get(z);
    if (!names) this.tree.set(z, (names = []));
    names.push(node.metadata!.name!);
    this.list = null;
  }

  private removeFromTree(node: Node): void {
    const z = zoneKey(node);
    const names = this.tree.get(z);
    if (!names) return;
    const i = names.indexOf(node.metadata!.name!);
    if (i >= 0) names.splice(i, 1);
    if (!names.length) this.tree.delete(z);
    this.list = null;
  }

  private setImages(ni: NodeInfo, node: Node): void {
    const states = new Map<string, ImageState>();
    for (const img of node.status?.images ?? []) {
      for (const n of img.names ?? []) {
        let st = this.images.get(n);
        if (!st) this.images.set(n, (st = { size: img.sizeBytes ?? 0, nodes: new Set(), onNode: new Uint8Array(Math.max(64, this.nextSlot)) }));
        st.nodes.add(ni.name);
        if (st.onNode!.length <= ni.slot) {
          const grown = new Uint8Array(Math.max(ni.slot + 1, st.onNode!.length * 2));
          grown.set(st.onNode!);
          st.onNode = grown;
        }
        st.onNode![ni.slot] = 1;
        states.set(n, st);
      }
    }
    ni.setImageStates(states);
  }

  private removeImages(ni: NodeInfo): void {
    for (const [n, st] of ni.imageStates) {
      st.nodes.delete(ni.name);
      if (st.onNode && ni.slot < st.onNode.length) st.onNode[ni.slot] = 0;
      if (!st.nodes.size) this.images.delete(n);
    }
    ni.setImageStates(new Map());
  }
}
