// Test support standing in for the scheduler and kubelets: every new Pod becomes
// Running and Ready (via pods/status, as a kubelet reports) after `delayMs` of
// virtual time, and a Pod marked for deletion is removed at once.
import type { Pod } from 'kubernetes-types/core/v1';
import { toRFC3339, type VirtualClock } from '../../clock/clock.js';
import type { Client } from '../../client/client.js';
import { SharedInformerFactory, keyOf } from '../../client/informer.js';
import { isNotFound, isConflict } from '../../api/errors.js';

export interface PodReadyMarker {
  stop(): void;
  /** Pods marked Ready so far. */
  readonly marked: number;
}

export function startPodReadyMarker(client: Client, clock: VirtualClock, opts: { delayMs?: number; nodeName?: string } = {}): PodReadyMarker {
  const delay = opts.delayMs ?? 1000;
  const factory = new SharedInformerFactory(client, clock);
  const pods = factory.informerFor<Pod>('', 'pods');
  const pending = new Set<string>();
  let stopped = false;
  const state = { marked: 0 };
  const consider = (p: Pod) => {
    const key = keyOf(p);
    if (p.metadata?.deletionTimestamp) {
      // The kubelet would stop the containers; finish the graceful deletion now.
      clock.defer(() => {
        if (stopped) return;
        try {
          client.delete('', 'pods', p.metadata!.namespace, p.metadata!.name!, { gracePeriodSeconds: 0 });
        } catch (e) {
          if (!isNotFound(e)) throw e;
        }
      });
      return;
    }
    if (p.status?.phase === 'Running' || pending.has(key)) return;
    pending.add(key);
    clock.setTimeout(() => {
      pending.delete(key);
      if (stopped) return;
      const cur = pods.getByKey(key);
      if (!cur || cur.metadata?.uid !== p.metadata?.uid || cur.metadata?.deletionTimestamp) return;
      const now = toRFC3339(clock.now());
      const status = {
        ...(cur.status ?? {}),
        phase: 'Running',
        conditions: ['Initialized', 'Ready', 'ContainersReady', 'PodScheduled'].map((type) => ({ type, status: 'True', lastProbeTime: null, lastTransitionTime: now })),
        startTime: now,
        containerStatuses: (cur.spec?.containers ?? []).map((c) => ({
          name: c.name,
          image: c.image,
          imageID: '',
          ready: true,
          started: true,
          restartCount: 0,
          state: { running: { startedAt: now } },
        })),
      };
      try {
        client.updateStatus('', 'pods', cur.metadata!.namespace, { ...cur, status });
        state.marked++;
      } catch (e) {
        if (!isNotFound(e) && !isConflict(e)) throw e;
      }
    }, delay);
  };
  pods.addEventHandler({ onAdd: consider, onUpdate: (_o, p) => consider(p) });
  factory.start();
  return {
    stop: () => {
      stopped = true;
      factory.stop();
    },
    get marked() {
      return state.marked;
    },
  };
}
