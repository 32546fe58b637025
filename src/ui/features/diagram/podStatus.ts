// A Pod's STATUS and RESTARTS the way `kubectl get pods` prints them
// (printPod in pkg/printers/internalversion/printers.go), so the diagram's
// colours say the same thing as the terminal: ContainerCreating, Running,
// CrashLoopBackOff, Error, Completed, Terminating …
import type { KubeObject } from '../../../engine/protocol/index.js';

export interface ContainerView {
  name: string;
  /** running | waiting | terminated (ok) | failed (terminated, exit code ≠ 0) */
  state: 'running' | 'waiting' | 'terminated' | 'failed';
  ready: boolean;
  restarts: number;
}

export interface PodView {
  status: string;
  restarts: number;
  containers: ContainerView[];
}

interface ContainerStatus {
  name: string;
  ready?: boolean;
  restartCount?: number;
  state?: {
    waiting?: { reason?: string };
    running?: unknown;
    terminated?: { reason?: string; exitCode?: number; signal?: number };
  };
}

function containerView(c: ContainerStatus): ContainerView {
  const st = c.state ?? {};
  const state = st.running ? 'running' : st.terminated ? (st.terminated.exitCode ? 'failed' : 'terminated') : 'waiting';
  return { name: c.name, state, ready: Boolean(c.ready), restarts: c.restartCount ?? 0 };
}

export function podView(p: KubeObject): PodView {
  const status = (p.status ?? {}) as { phase?: string; reason?: string; containerStatuses?: ContainerStatus[]; initContainerStatuses?: ContainerStatus[] };
  const specContainers = ((p.spec?.containers ?? []) as { name: string }[]).map((c) => c.name);
  const statuses = status.containerStatuses ?? [];
  let reason = status.reason || status.phase || 'Pending';
  let restarts = 0;
  let initializing = false;
  const inits = status.initContainerStatuses ?? [];
  inits.forEach((c, i) => {
    restarts += c.restartCount ?? 0;
    const t = c.state?.terminated;
    if (t && t.exitCode === 0) return;
    initializing = true;
    if (t) reason = t.reason ? `Init:${t.reason}` : t.signal ? `Init:Signal:${t.signal}` : `Init:ExitCode:${t.exitCode}`;
    else if (c.state?.waiting?.reason && c.state.waiting.reason !== 'PodInitializing') reason = `Init:${c.state.waiting.reason}`;
    else reason = `Init:${i}/${inits.length}`;
  });
  if (!initializing) {
    let hasRunning = false;
    for (let i = statuses.length - 1; i >= 0; i--) {
      const c = statuses[i]!;
      restarts += c.restartCount ?? 0;
      const w = c.state?.waiting;
      const t = c.state?.terminated;
      if (w?.reason) reason = w.reason;
      else if (t?.reason) reason = t.reason;
      else if (t) reason = t.signal ? `Signal:${t.signal}` : `ExitCode:${t.exitCode}`;
      else if (c.ready && c.state?.running) hasRunning = true;
    }
    if (reason === 'Completed' && hasRunning) reason = 'Running';
  }
  if (p.metadata.deletionTimestamp) reason = status.reason === 'NodeLost' ? 'Unknown' : 'Terminating';
  const byName = new Map(statuses.map((c) => [c.name, containerView(c)]));
  const containers = specContainers.map((n) => byName.get(n) ?? { name: n, state: 'waiting' as const, ready: false, restarts: 0 });
  return { status: reason, restarts, containers };
}

/** The colour family of a STATUS: the CSS class `st-<family>`. */
export function statusFamily(status: string): 'running' | 'pending' | 'creating' | 'error' | 'terminating' | 'completed' {
  if (status === 'Running') return 'running';
  if (status === 'Terminating' || status === 'Unknown') return 'terminating';
  if (status === 'Completed' || status === 'Succeeded') return 'completed';
  if (status === 'Pending') return 'pending';
  if (status === 'ContainerCreating' || status === 'PodInitializing' || status.startsWith('Init:')) {
    return /Err|BackOff|Error|Invalid/.test(status) ? 'error' : 'creating';
  }
  return 'error';
}
