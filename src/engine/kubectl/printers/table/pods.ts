// Mirrors printPod in kubernetes/kubernetes pkg/printers/internalversion/printers.go
// (v1.32): READY, STATUS (phase → reason → init / container states → Terminating),
// RESTARTS with "(Xs ago)", and the wide IP / NODE / NOMINATED NODE / READINESS GATES.

import type { Container, ContainerStatus, Pod, PodCondition } from 'kubernetes-types/core/v1';
import { humanDuration, parseTimestamp, translateTimestampSince } from '../../../api/duration.js';
import { ageCol, col, nameCol, type TableHandler } from './types.js';

export const podColumns = [
  nameCol,
  col('Ready'),
  col('Status'),
  col('Restarts'),
  ageCol,
  col('IP', 1),
  col('Node', 1),
  col('Nominated Node', 1),
  col('Readiness Gates', 1),
];

/** node.NodeUnreachablePodReason: set by the node lifecycle controller. */
const NODE_UNREACHABLE_POD_REASON = 'NodeLost';

function isRestartableInitContainer(c: Container | undefined): boolean {
  return c?.restartPolicy === 'Always';
}

function conditionTrue(conditions: PodCondition[] | undefined, type: string): boolean {
  const c = (conditions ?? []).find((x) => x.type === type);
  return c?.status === 'True';
}

/** The latest LastTerminationState.Terminated.FinishedAt of a status, if later than `since`. */
function laterFinish(since: number | undefined, cs: ContainerStatus): number | undefined {
  const t = parseTimestamp(cs.lastState?.terminated?.finishedAt);
  if (t === undefined) return since;
  return since === undefined || t > since ? t : since;
}

export interface PodSummary {
  ready: string;
  status: string;
  restarts: string;
}

/**
 * The READY, STATUS and RESTARTS cells. STATUS starts as the phase (or
 * status.reason), is overridden by the first init container that has not
 * finished ("Init:1/2", "Init:CrashLoopBackOff", "Init:ExitCode:1"), else by the
 * first (in spec order) container waiting or terminated with a reason, and
 * finally by "Terminating" when deletionTimestamp is set on a non-terminal pod.
 */
export function podSummary(pod: Pod, nowMs: number): PodSummary {
  const spec = pod.spec ?? { containers: [] };
  const status = pod.status ?? {};
  let restarts = 0;
  let restartableInitRestarts = 0;
  let totalContainers = (spec.containers ?? []).length;
  let readyContainers = 0;
  let lastRestart: number | undefined;
  let lastRestartableInitRestart: number | undefined;

  const phase = status.phase ?? '';
  let reason = status.reason || phase;

  // A pod held back by scheduling gates reports SchedulingGated.
  for (const c of status.conditions ?? []) {
    if (c.type === 'PodScheduled' && c.reason === 'SchedulingGated') reason = 'SchedulingGated';
  }

  const initContainers = new Map<string, Container>();
  for (const c of spec.initContainers ?? []) {
    initContainers.set(c.name, c);
    // Sidecars (restartable init containers) count towards READY's denominator.
    if (isRestartableInitContainer(c)) totalContainers++;
  }

  let initializing = false;
  const initStatuses = status.initContainerStatuses ?? [];
  for (let i = 0; i < initStatuses.length; i++) {
    const cs = initStatuses[i];
    restarts += cs.restartCount ?? 0;
    lastRestart = laterFinish(lastRestart, cs);
    const restartable = isRestartableInitContainer(initContainers.get(cs.name));
    if (restartable) {
      restartableInitRestarts += cs.restartCount ?? 0;
      lastRestartableInitRestart = laterFinish(lastRestartableInitRestart, cs);
    }
    const terminated = cs.state?.terminated;
    const waiting = cs.state?.waiting;
    if (terminated && (terminated.exitCode ?? 0) === 0) continue;
    if (restartable && cs.started === true) {
      if (cs.ready) readyContainers++;
      continue;
    }
    if (terminated) {
      if (!terminated.reason) {
        reason = terminated.signal ? `Init:Signal:${terminated.signal}` : `Init:ExitCode:${terminated.exitCode ?? 0}`;
      } else {
        reason = `Init:${terminated.reason}`;
      }
    } else if (waiting?.reason && waiting.reason !== 'PodInitializing') {
      reason = `Init:${waiting.reason}`;
    } else {
      reason = `Init:${i}/${(spec.initContainers ?? []).length}`;
    }
    initializing = true;
    break;
  }

  if (!initializing || conditionTrue(status.conditions, 'Initialized')) {
    // Once initialised, only sidecar restarts still count next to the containers'.
    restarts = restartableInitRestarts;
    lastRestart = lastRestartableInitRestart;
    let hasRunning = false;
    const statuses = status.containerStatuses ?? [];
    // Walk backwards so that the first container's state wins.
    for (let i = statuses.length - 1; i >= 0; i--) {
      const cs = statuses[i];
      restarts += cs.restartCount ?? 0;
      lastRestart = laterFinish(lastRestart, cs);
      const waiting = cs.state?.waiting;
      const terminated = cs.state?.terminated;
      if (waiting?.reason) {
        reason = waiting.reason;
      } else if (terminated?.reason) {
        reason = terminated.reason;
      } else if (terminated) {
        reason = terminated.signal ? `Signal:${terminated.signal}` : `ExitCode:${terminated.exitCode ?? 0}`;
      } else if (cs.ready && cs.state?.running) {
        hasRunning = true;
        readyContainers++;
      }
    }
    // One container completed while another still runs: the pod is not "Completed".
    if (reason === 'Completed' && hasRunning) {
      reason = conditionTrue(status.conditions, 'Ready') ? 'Running' : 'NotReady';
    }
  }

  const deleting = parseTimestamp(pod.metadata?.deletionTimestamp) !== undefined;
  if (deleting && status.reason === NODE_UNREACHABLE_POD_REASON) {
    reason = 'Unknown';
  } else if (deleting && phase !== 'Succeeded' && phase !== 'Failed') {
    reason = 'Terminating';
  }

  let restartsStr = String(restarts);
  if (restarts !== 0 && lastRestart !== undefined) {
    restartsStr = `${restarts} (${humanDuration(nowMs - lastRestart)} ago)`;
  }
  return { ready: `${readyContainers}/${totalContainers}`, status: reason, restarts: restartsStr };
}

export const podTable: TableHandler<Pod> = {
  columns: podColumns,
  row(pod, nowMs) {
    const s = podSummary(pod, nowMs);
    // The v1 → internal conversion fills podIPs from a lone podIP, so fall back to it.
    const podIP = pod.status?.podIPs?.[0]?.ip || pod.status?.podIP || '<none>';
    const nodeName = pod.spec?.nodeName || '<none>';
    const nominated = pod.status?.nominatedNodeName || '<none>';
    let gates = '<none>';
    const readinessGates = pod.spec?.readinessGates ?? [];
    if (readinessGates.length > 0) {
      let trueConditions = 0;
      for (const g of readinessGates) {
        const c = (pod.status?.conditions ?? []).find((x) => x.type === g.conditionType);
        if (c?.status === 'True') trueConditions++;
      }
      gates = `${trueConditions}/${readinessGates.length}`;
    }
    return [
      pod.metadata?.name ?? '',
      s.ready,
      s.status,
      s.restarts,
      translateTimestampSince(pod.metadata?.creationTimestamp, nowMs),
      podIP,
      nodeName,
      nominated,
      gates,
    ];
  },
};
