// Mirrors pkg/scheduler/framework/plugins/volumebinding (v1.32), reduced: PreFilter
// reads the Pod's claims (missing, being deleted, or unbound with Immediate
// binding make it unschedulable); Filter keeps only nodes that satisfy the
// nodeAffinity of its bound volumes (a local volume pins a Pod to its node).
// Claims with WaitForFirstConsumer are provisioned after binding: the scheduler
// annotates them with the chosen node (see scheduler.ts, PreBind).
import type { Node, PersistentVolume } from 'kubernetes-types/core/v1';
import { matchTerm } from '../../framework/helper/nodeAffinity.js';
import { Code, Status, skipStatus, type Plugin } from '../../framework/types.js';

export const name = 'VolumeBinding';
export const errReasonNodeConflict = 'node(s) had volume node affinity conflict';
export const errReasonBindConflict = 'pod has unbound immediate PersistentVolumeClaims';
const stateKey = 'PreFilter' + name;

export const volumeBinding: Plugin = {
  name,
  events: [{ resource: 'Node', actions: ['Add', 'UpdateNodeLabel'] }],
  preFilter(state, pod, h) {
    const claims = (pod.pod.spec?.volumes ?? []).filter((v) => v.persistentVolumeClaim);
    const vl = h.listers.volumes;
    if (!claims.length || !vl) return skipStatus;
    const ns = pod.pod.metadata?.namespace ?? 'default';
    const bound: PersistentVolume[] = [];
    for (const v of claims) {
      const claimName = v.persistentVolumeClaim!.claimName;
      const pvc = vl.claim(ns, claimName);
      if (!pvc) return new Status(Code.UnschedulableAndUnresolvable, [`persistentvolumeclaim "${claimName}" not found`]);
      if (pvc.metadata?.deletionTimestamp) return new Status(Code.UnschedulableAndUnresolvable, [`persistentvolumeclaim "${claimName}" is being deleted`]);
      if (pvc.spec?.volumeName) {
        const pv = vl.volume(pvc.spec.volumeName);
        if (pv) bound.push(pv);
        continue;
      }
      const sc = pvc.spec?.storageClassName ? vl.storageClass(pvc.spec.storageClassName) : undefined;
      if (sc?.volumeBindingMode !== 'WaitForFirstConsumer') return new Status(Code.UnschedulableAndUnresolvable, [errReasonBindConflict]);
    }
    state.write(stateKey, bound);
    return null;
  },
  filter(state, _pod, node) {
    const bound = state.read<PersistentVolume[]>(stateKey);
    if (!bound?.length || !node.node) return null;
    for (const pv of bound) {
      const terms = pv.spec?.nodeAffinity?.required?.nodeSelectorTerms;
      if (terms?.length && !terms.some((t) => matchTerm(t, node.node as Node))) return new Status(Code.UnschedulableAndUnresolvable, [errReasonNodeConflict]);
    }
    return null;
  },
};
