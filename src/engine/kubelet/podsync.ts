// Mirrors pkg/kubelet/kuberuntime/kuberuntime_manager.go SyncPod and
// computePodActions, kuberuntime_container.go startContainer / killContainer:
// one pass that brings the runtime towards the Pod's spec — sandbox, volumes,
// init containers one by one, then every container (pull, create, start),
// restarts by restartPolicy with the crash-loop back-off, kills on failed
// liveness/startup probes. A generator: it yields while an image pulls or a
// container stops, so the pass runs on virtual time like the kubelet's worker.
import type { Container, Pod, PodStatus } from 'kubernetes-types/core/v1';
import type { ContainerConfig, ContainerStatus, PodSandboxStatus } from '../runtime/cri.js';
import { goDuration } from './backoff.js';
import type { EnsureResult } from './images.js';
import { ContainerConfigError, expand, makeEnvironmentVariables } from './envvars.js';
import { MountError, VolumePending, containerMounts, setUpVolumes } from './volumes.js';
import { linuxResources } from './cgroups.js';
import type { PodState, SyncHost } from './podstate.js';

/** A wait: the callback resumes the pass with a value. */
export type Step = (resume: (v?: unknown) => void) => void;
export type SyncPass = Generator<Step, void, unknown>;

const containerFieldPath = (kind: 'containers' | 'initContainers', name: string) => `spec.${kind}{${name}}`;

export function* syncPod(k: SyncHost, st: PodState): SyncPass {
  if (st.removed || st.pod.metadata?.deletionTimestamp) {
    yield* terminatePod(k, st);
    return;
  }
  const before = k.writeStatus(st);
  const pod = st.pod;
  if (before.phase === 'Succeeded' || before.phase === 'Failed') {
    // A finished Pod keeps its exited containers for logs; its sandbox goes.
    const sb = st.sandboxId ? k.runtime.podSandboxStatus(st.sandboxId) : undefined;
    if (sb?.state === 'SANDBOX_READY') k.runtime.stopPodSandbox(sb.id);
    k.writeStatus(st);
    return;
  }
  let sandbox = st.sandboxId ? k.runtime.podSandboxStatus(st.sandboxId) : undefined;
  if (!sandbox || sandbox.state !== 'SANDBOX_READY') {
    try {
      sandbox = createSandbox(k, st, sandbox ? sandbox.metadata.attempt + 1 : 0);
    } catch (e) {
      k.recorder.event(pod, 'Warning', 'FailedCreatePodSandBox', `Failed to create pod sandbox: ${errMsg(e)}`);
      k.requeue(st, 10_000);
      return;
    }
  }
  try {
    setUpVolumes(pod, k.volumeHost, k.sources, st.volumes);
  } catch (e) {
    if (!(e instanceof MountError)) throw e;
    if (e instanceof VolumePending) {
      k.requeue(st, 1000);
      return;
    }
    k.recorder.event(pod, 'Warning', 'FailedMount', e.message);
    k.requeue(st, 10_000);
    return;
  }

  const byName = k.podContainers(st);
  // Init containers run one at a time, in order, each to success.
  const restart = pod.spec?.restartPolicy ?? 'Always';
  for (const c of pod.spec?.initContainers ?? []) {
    const latest = byName.get(c.name)?.[0];
    if (latest?.state === 'CONTAINER_EXITED' && latest.exitCode === 0) continue;
    if (latest?.state === 'CONTAINER_RUNNING' || latest?.state === 'CONTAINER_CREATED') return finish(k, st, before);
    if (latest && restart === 'Never') return finish(k, st, before);
    if (latest && inBackOff(k, st, c, latest, 'initContainers')) return finish(k, st, before);
    yield* startContainer(k, st, sandbox, c, 'initContainers', latest ? latest.metadata.attempt + 1 : 0);
    return finish(k, st, before);
  }

  for (const c of pod.spec?.containers ?? []) {
    if (gone(st)) return;
    let latest = byName.get(c.name)?.[0];
    if (latest?.state === 'CONTAINER_RUNNING') {
      const failed = k.prober.failed(latest.id);
      if (!failed) continue;
      k.recorder.event(pod, 'Normal', 'Killing', `Container ${c.name} failed ${failed} probe, will be restarted`, containerFieldPath('containers', c.name));
      const id = latest.id;
      yield (resume) => k.runtime.stopContainer(id, gracePeriod(pod), () => resume());
      k.prober.removeContainer(id);
      latest = k.runtime.containerStatus(id) ?? latest;
    }
    if (latest?.state === 'CONTAINER_CREATED') continue;
    if (latest) {
      const again = restart === 'Always' || (restart === 'OnFailure' && latest.exitCode !== 0);
      if (!again) continue;
      if (inBackOff(k, st, c, latest, 'containers')) continue;
    }
    yield* startContainer(k, st, sandbox, c, 'containers', latest ? latest.metadata.attempt + 1 : 0);
  }
  finish(k, st, before);
}

/** A pass changed what the status would say: post it from a fresh pass in a second (PLEG's relist period). */
function finish(k: SyncHost, st: PodState, before: { status: PodStatus }): void {
  if (gone(st)) return;
  if (k.statusChanged(st, before.status)) k.requeue(st, 1000);
}

function gone(st: PodState): boolean {
  return st.removed || !!st.pod.metadata?.deletionTimestamp;
}

function errMsg(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** doBackOff: restart now, or wait (CrashLoopBackOff) until the back-off since the last exit passes. */
function inBackOff(k: SyncHost, st: PodState, c: Container, latest: ContainerStatus, kind: 'containers' | 'initContainers'): boolean {
  const pod = st.pod;
  const podDesc = `${pod.metadata?.name}_${pod.metadata?.namespace}(${pod.metadata?.uid})`;
  const key = `${st.key}/${c.name}`;
  if (k.crashBackOff.isInBackOffSince(key, latest.finishedAt)) {
    const wait = k.crashBackOff.get(key);
    k.recorder.event(pod, 'Warning', 'BackOff', `Back-off restarting failed container ${c.name} in pod ${podDesc}`, containerFieldPath(kind, c.name));
    k.setReason(st, c.name, { reason: 'CrashLoopBackOff', message: `back-off ${goDuration(wait)} restarting failed container=${c.name} pod=${podDesc}` });
    k.requeue(st, latest.finishedAt + wait - k.clock.now());
    return true;
  }
  k.crashBackOff.next(key, latest.finishedAt);
  return false;
}

export function gracePeriod(pod: Pod): number {
  return pod.metadata?.deletionGracePeriodSeconds ?? pod.spec?.terminationGracePeriodSeconds ?? 30;
}

function createSandbox(k: SyncHost, st: PodState, attempt: number): PodSandboxStatus {
  const pod = st.pod;
  const meta = pod.metadata!;
  const id = k.runtime.runPodSandbox({
    name: meta.name!,
    namespace: meta.namespace!,
    uid: st.key,
    attempt,
    hostname: pod.spec?.hostname ?? meta.name!,
    labels: { ...meta.labels, 'io.kubernetes.pod.name': meta.name!, 'io.kubernetes.pod.namespace': meta.namespace!, 'io.kubernetes.pod.uid': st.key },
    annotations: { ...meta.annotations },
    cgroupParent: k.cgroupParent(pod),
    dns: k.dnsConfig(pod),
    hostNetwork: !!pod.spec?.hostNetwork,
    hostPID: !!pod.spec?.hostPID,
    hostIPC: !!pod.spec?.hostIPC,
  });
  st.sandboxId = id;
  k.indexSandbox(id, st);
  return k.runtime.podSandboxStatus(id)!;
}

/** startContainer: pull, create, start, with the events and waiting reasons of each failure. */
function* startContainer(k: SyncHost, st: PodState, sandbox: PodSandboxStatus, c: Container, kind: 'containers' | 'initContainers', attempt: number): SyncPass {
  const fieldPath = containerFieldPath(kind, c.name);
  const pull = (yield (resume) => k.images.ensureImageExists(st.pod, c, fieldPath, resume)) as EnsureResult;
  if (gone(st)) return;
  const pod = st.pod;
  const fail = (reason: string, message: string, event = `Error: ${message}`) => {
    k.setReason(st, c.name, { reason, message });
    k.recorder.event(pod, 'Warning', 'Failed', event, fieldPath);
  };
  if (!pull.ok) {
    fail(pull.reason, pull.message, `Error: ${pull.reason}`);
    const retryAt = k.images.backOffEnds(pod, c.image ?? '');
    if (pull.reason === 'ImagePullBackOff' && retryAt !== undefined) k.requeue(st, retryAt - k.clock.now());
    return;
  }
  let envs: { key: string; value: string }[];
  try {
    envs = makeEnvironmentVariables(pod, c, { ...k.sources, podIP: sandbox.ip, hostIP: k.node.ip, nodeName: k.node.name });
  } catch (e) {
    if (!(e instanceof ContainerConfigError)) throw e;
    fail('CreateContainerConfigError', e.message);
    k.requeue(st, 10_000);
    return;
  }
  const vars = new Map(envs.map((e) => [e.key, e.value]));
  const config: ContainerConfig = {
    name: c.name,
    attempt,
    image: c.image ?? '',
    command: (c.command ?? []).map((s) => expand(s, vars)),
    args: (c.args ?? []).map((s) => expand(s, vars)),
    workingDir: c.workingDir,
    envs,
    mounts: containerMounts(pod, c, k.sources),
    labels: {
      'io.kubernetes.container.name': c.name,
      'io.kubernetes.pod.name': pod.metadata!.name!,
      'io.kubernetes.pod.namespace': pod.metadata!.namespace!,
      'io.kubernetes.pod.uid': st.key,
    },
    annotations: {
      'io.kubernetes.container.restartCount': String(attempt),
      'io.kubernetes.container.terminationMessagePath': c.terminationMessagePath ?? '/dev/termination-log',
      'io.kubernetes.container.terminationMessagePolicy': c.terminationMessagePolicy ?? 'File',
      'io.kubernetes.pod.terminationGracePeriod': String(pod.spec?.terminationGracePeriodSeconds ?? 30),
    },
    linux: linuxResources(c),
    tty: !!c.tty,
    stdin: !!c.stdin,
  };
  let id: string;
  try {
    id = k.runtime.createContainer(sandbox.id, config);
  } catch (e) {
    fail('CreateContainerError', errMsg(e));
    k.requeue(st, 10_000);
    return;
  }
  k.recorder.event(pod, 'Normal', 'Created', `Created container: ${c.name}`, fieldPath);
  try {
    k.runtime.startContainer(id);
  } catch (e) {
    fail('RunContainerError', errMsg(e));
    return;
  }
  k.recorder.event(pod, 'Normal', 'Started', `Started container ${c.name}`, fieldPath);
  k.setReason(st, c.name, undefined);
  k.pruneContainers(st, c.name, attempt);
  k.prober.addContainer(st.key, () => st.pod, c, id, fieldPath, () => sandbox.ip);
}

/** killPod: `Stopping container` for each running one, stop within the grace period, then the sandbox. */
function* terminatePod(k: SyncHost, st: PodState): SyncPass {
  const pod = st.pod;
  if (st.mirror) {
    k.resetMirror(st);
    return;
  }
  const running = [...k.podContainers(st).values()].map((h) => h[0]!).filter((c) => c.state === 'CONTAINER_RUNNING' || c.state === 'CONTAINER_CREATED');
  const grace = gracePeriod(pod);
  for (const c of running) {
    const kind = pod.spec?.initContainers?.some((i) => i.name === c.metadata.name) ? 'initContainers' : 'containers';
    k.recorder.event(pod, 'Normal', 'Killing', `Stopping container ${c.metadata.name}`, containerFieldPath(kind, c.metadata.name));
  }
  if (running.length) {
    yield (resume) => {
      let left = running.length;
      for (const c of running) k.runtime.stopContainer(c.id, grace, () => --left === 0 && resume());
    };
  }
  for (const c of running) k.prober.removeContainer(c.id);
  if (st.sandboxId) k.runtime.stopPodSandbox(st.sandboxId);
  st.reasons.clear();
  k.podTerminated(st);
}
