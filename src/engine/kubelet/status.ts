// Mirrors pkg/kubelet/kubelet_pods.go generateAPIPodStatus / getPhase /
// convertToAPIContainerStatuses and pkg/kubelet/status/generate.go: the Pod
// status the kubelet reports, computed from what the runtime says about the
// Pod's containers, the kubelet's own reasons (why a container is waiting) and
// the probers' results. Pure functions: the status manager decides when to write.
import type { Container, ContainerState, ContainerStatus as APIContainerStatus, Pod, PodCondition, PodStatus } from 'kubernetes-types/core/v1';
import { toRFC3339 } from '../clock/clock.js';
import type { ContainerStatus, PodSandboxStatus } from '../runtime/cri.js';

export interface WaitingReason {
  reason: string;
  message: string;
}

export interface StatusInput {
  pod: Pod;
  nodeIP: string;
  /** The Pod's containers in the runtime, newest attempt first per name. */
  containers: Map<string, ContainerStatus[]>;
  sandbox: PodSandboxStatus | undefined;
  reasons: Map<string, WaitingReason>;
  ready(containerId: string): boolean;
  started(containerId: string): boolean;
  startTime: number;
  now: number;
}

const t = (ms: number) => toRFC3339(ms);

function terminated(c: ContainerStatus): ContainerState {
  const s: NonNullable<ContainerState['terminated']> = {
    exitCode: c.exitCode,
    reason: c.reason || (c.exitCode === 0 ? 'Completed' : 'Error'),
    startedAt: c.startedAt ? t(c.startedAt) : undefined,
    finishedAt: t(c.finishedAt),
    containerID: `containerd://${c.id}`,
  };
  if (c.message) s.message = c.message;
  return { terminated: s };
}

/** convertToAPIContainerStatuses for one container of the spec. */
function containerStatus(spec: Container, input: StatusInput, pendingReason: string, terminal: boolean): APIContainerStatus {
  const history = input.containers.get(spec.name) ?? [];
  const latest = history[0];
  const prev = history[1];
  const reason = terminal ? undefined : input.reasons.get(spec.name);
  const out: APIContainerStatus = {
    name: spec.name,
    state: {},
    lastState: {},
    ready: false,
    restartCount: latest?.metadata.attempt ?? 0,
    image: latest?.image ?? spec.image ?? '',
    imageID: latest?.imageRef ?? '',
    started: false,
  };
  if (latest) out.containerID = `containerd://${latest.id}`;
  if (!latest) {
    out.state = { waiting: reason ? { ...reason } : { reason: pendingReason } };
  } else if (latest.state === 'CONTAINER_RUNNING') {
    out.state = { running: { startedAt: t(latest.startedAt) } };
    out.started = input.started(latest.id);
    out.ready = out.started && input.ready(latest.id);
    if (prev && prev.state === 'CONTAINER_EXITED') out.lastState = terminated(prev);
  } else if (latest.state === 'CONTAINER_EXITED') {
    if (reason) {
      out.state = { waiting: { ...reason } };
      out.lastState = terminated(latest);
    } else {
      out.state = terminated(latest);
      if (prev && prev.state === 'CONTAINER_EXITED') out.lastState = terminated(prev);
    }
  } else {
    out.state = { waiting: reason ? { ...reason } : { reason: pendingReason } };
    if (prev && prev.state === 'CONTAINER_EXITED') out.lastState = terminated(prev);
  }
  if (out.state.waiting && !out.state.waiting.message) delete out.state.waiting.message;
  const mounts = spec.volumeMounts ?? [];
  if (mounts.length) {
    (out as any).volumeMounts = mounts.map((m) => ({
      name: m.name,
      mountPath: m.mountPath,
      ...(m.readOnly ? { readOnly: true, recursiveReadOnly: 'Disabled' } : {}),
    }));
  }
  return out;
}

/** Whether an init container finished successfully. */
export function initDone(s: APIContainerStatus | undefined): boolean {
  return s?.state?.terminated?.exitCode === 0;
}

/** getPhase (kubelet_pods.go), for init containers and regular containers. */
export function getPhase(pod: Pod, init: APIContainerStatus[], regular: APIContainerStatus[]): string {
  const restart = pod.spec?.restartPolicy ?? 'Always';
  let pendingInit = 0;
  let failedInit = 0;
  for (const s of init) {
    if (initDone(s)) continue;
    if (s.state?.terminated || s.lastState?.terminated) failedInit++;
    else pendingInit++;
  }
  let running = 0;
  let waiting = 0;
  let stopped = 0;
  let succeeded = 0;
  for (const s of regular) {
    if (s.state?.running) running++;
    else if (s.state?.terminated) {
      stopped++;
      if (s.state.terminated.exitCode === 0) succeeded++;
    } else if (s.state?.waiting) {
      if (s.lastState?.terminated) stopped++;
      else waiting++;
    }
  }
  if (failedInit && restart === 'Never') return 'Failed';
  if (pendingInit || failedInit) return 'Pending';
  if (waiting) return 'Pending';
  if (running) return 'Running';
  if (stopped) {
    if (restart === 'Always') return 'Running';
    if (stopped === succeeded) return 'Succeeded';
    return restart === 'Never' ? 'Failed' : 'Running';
  }
  return 'Pending';
}

function condition(type: string, ok: boolean, reason?: string, message?: string): PodCondition {
  const c: PodCondition = { type, status: ok ? 'True' : 'False', lastProbeTime: null as unknown as undefined };
  if (!ok && reason) c.reason = reason;
  if (!ok && message) c.message = message;
  return c;
}

export function generatePodStatus(input: StatusInput): PodStatus {
  const { pod } = input;
  const old = pod.status ?? {};
  const specInit = pod.spec?.initContainers ?? [];
  const specRegular = pod.spec?.containers ?? [];
  // A finished Pod (restartPolicy Never/OnFailure) reports its last states, not reasons to wait.
  // The provisional statuses (with reasons) are the final ones unless the Pod turns out finished.
  const provisionalInit = specInit.map((c) => containerStatus(c, input, 'PodInitializing', false));
  const provisionalRegular = specRegular.map((c) => containerStatus(c, input, provisionalInit.every(initDone) ? 'ContainerCreating' : 'PodInitializing', false));
  const provisionalPhase = getPhase(pod, provisionalInit, provisionalRegular);
  const terminal = provisionalPhase === 'Succeeded' || provisionalPhase === 'Failed';
  const init = terminal ? specInit.map((c) => containerStatus(c, input, 'PodInitializing', true)) : provisionalInit;
  const initialized = init.every(initDone);
  const regular = terminal ? specRegular.map((c) => containerStatus(c, input, initialized ? 'ContainerCreating' : 'PodInitializing', true)) : provisionalRegular;
  const phase = getPhase(pod, init, regular);

  const incomplete = specInit.filter((_, i) => !initDone(init[i])).map((c) => c.name);
  const unready = regular.filter((s) => !s.ready).map((s) => s.name);
  const completed = phase === 'Succeeded';
  const notReadyReason = completed ? 'PodCompleted' : 'ContainersNotReady';
  const notReadyMessage = completed ? undefined : `containers with unready status: [${unready.join(' ')}]`;
  const conditions: PodCondition[] = [
    condition('PodReadyToStartContainers', !!input.sandbox && input.sandbox.state === 'SANDBOX_READY'),
    condition('Initialized', incomplete.length === 0 || completed, completed ? 'PodCompleted' : 'ContainersNotInitialized', `containers with incomplete status: [${incomplete.join(' ')}]`),
    condition('Ready', unready.length === 0 && !completed, notReadyReason, notReadyMessage),
    condition('ContainersReady', unready.length === 0 && !completed, notReadyReason, notReadyMessage),
    condition('PodScheduled', true),
  ];
  for (const c of conditions) {
    const prev = old.conditions?.find((o) => o.type === c.type);
    c.lastTransitionTime = prev && prev.status === c.status && prev.lastTransitionTime ? prev.lastTransitionTime : t(input.now);
  }
  // Conditions owned by others (DisruptionTarget, readiness gates) are kept.
  for (const o of old.conditions ?? []) if (!conditions.some((c) => c.type === o.type)) conditions.push(o);

  const status: PodStatus = {
    phase,
    conditions,
    hostIP: input.nodeIP,
    hostIPs: [{ ip: input.nodeIP }],
    startTime: t(input.startTime),
  };
  const ip = input.sandbox?.ip;
  if (ip) {
    status.podIP = ip;
    status.podIPs = [{ ip }];
  } else if (old.podIP) {
    status.podIP = old.podIP;
    status.podIPs = old.podIPs;
  }
  if (init.length) status.initContainerStatuses = init;
  status.containerStatuses = regular;
  status.qosClass = old.qosClass;
  return status;
}
