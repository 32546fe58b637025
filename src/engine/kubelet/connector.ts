// The kubelet's server side of `kubectl logs` and `kubectl exec` (pkg/kubelet/server
// containerLogs and exec, kubelet_pods.go validateContainerLogStatus and
// kuberuntime_logs.go ReadLogs): pick the container the Pod status names
// (--previous: the last terminated one), then read its log from the runtime.
// Implements the NodeConnector the API server declares.
import type { ContainerStatus as APIContainerStatus, Pod } from 'kubernetes-types/core/v1';
import { StatusError, newBadRequest } from '../api/errors.js';
import { kubeletUnreachable, type ExecRequest, type ExecResult, type LogStream, type NodeConnector, type PodLogOptions } from '../apiserver/nodeproxy.js';
import { parseRFC3339 } from '../clock/clock.js';
import type { LogLine } from '../runtime/cri.js';
import type { Kubelet } from './kubelet.js';
import { interactiveExec } from './exec.js';

export type { NodeConnector } from '../apiserver/nodeproxy.js';

/** How often `logs -f` looks for new lines (the kubelet follows the log file). */
const followPollMs = 1000;

/** RFC 3339 with nanoseconds, trailing zeros trimmed, as Go's RFC3339Nano prints CRI log times. */
export function rfc3339Nano(ms: number): string {
  const iso = new Date(Math.floor(ms)).toISOString();
  return iso.replace(/\.(\d{3})Z$/, (_, f: string) => (f === '000' ? 'Z' : `.${f.replace(/0+$/, '')}Z`));
}

export class KubeletConnector implements NodeConnector {
  constructor(private readonly kubelet: Kubelet) {}

  logs(pod: Pod, container: string, opts: PodLogOptions): LogStream {
    this.mustBeUp(pod, container, 'containerLogs');
    const id = this.containerForLogs(pod, container, !!opts.previous);
    const rt = this.kubelet.runtime;
    const lines = rt.containerLogs(id);
    const now = this.kubelet.clock.now();
    let since = -Infinity;
    if (opts.sinceSeconds !== undefined) since = now - opts.sinceSeconds * 1000;
    if (opts.sinceTime) since = parseRFC3339(opts.sinceTime) ?? since;
    let shown = lines.filter((l) => l.time >= since);
    if (opts.tailLines !== undefined && opts.tailLines >= 0) shown = opts.tailLines === 0 ? [] : shown.slice(-opts.tailLines);
    const format = (l: LogLine) => `${opts.timestamps ? `${rfc3339Nano(l.time)} ` : ''}${l.text.endsWith('\n') ? l.text : `${l.text}\n`}`;
    let text = shown.map(format).join('');
    if (opts.limitBytes && opts.limitBytes > 0) text = text.slice(0, opts.limitBytes);
    const stream: LogStream = { text };
    const running = () => rt.containerStatus(id)?.state === 'CONTAINER_RUNNING';
    if (opts.follow && !opts.previous && running()) {
      const clock = this.kubelet.clock;
      stream.follow = (write, end) => {
        let seen = lines.length;
        let timer: number | undefined;
        const poll = () => {
          const now = rt.containerLogs(id);
          for (; seen < now.length; seen++) write(format(now[seen]!));
          if (!running()) return end();
          timer = clock.setTimeout(poll, followPollMs);
        };
        timer = clock.setTimeout(poll, followPollMs);
        return () => clock.clearTimeout(timer);
      };
    }
    return stream;
  }

  exec(pod: Pod, container: string, req: ExecRequest): ExecResult {
    this.mustBeUp(pod, container, 'exec');
    const id = this.runningContainer(pod, container);
    if (!id) throw newBadRequest(`container not found ("${container}")`);
    try {
      if (req.stream) return interactiveExec(this.kubelet.runtime, id, container, req, req.stream);
      const shell = /^(\/bin\/|\/usr\/bin\/)?(sh|bash|ash|dash)$/.test(req.command[0] ?? '') && !req.command.includes('-c');
      // `-i` without a terminal: a shell reads its script from stdin.
      if (shell && req.stdin) return this.kubelet.runtime.execSync(id, [...req.command, '-c', req.stdin], 0);
      return this.kubelet.runtime.execSync(id, req.command, 0);
    } catch (e) {
      throw new StatusError({
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Failure',
        message: `Internal error occurred: error executing command in container: ${e instanceof Error ? e.message : String(e)}`,
        reason: 'InternalError',
        code: 500,
      });
    }
  }

  /** A stopped kubelet (`lab node stop`) answers nothing on :10250. */
  private mustBeUp(pod: Pod, container: string, path: string): void {
    if (this.kubelet.running()) return;
    throw kubeletUnreachable(this.kubelet.node.ip, `/${path}/${pod.metadata?.namespace}/${pod.metadata?.name}/${container}`);
  }

  private runningContainer(pod: Pod, name: string): string | undefined {
    const st = this.kubelet.podByName(pod.metadata!.namespace!, pod.metadata!.name!);
    if (!st) return undefined;
    const latest = this.kubelet.podContainers(st).get(name)?.[0];
    return latest?.state === 'CONTAINER_RUNNING' ? latest.id : undefined;
  }

  /** validateContainerLogStatus: which container's log, or why there is none. */
  private containerForLogs(pod: Pod, name: string, previous: boolean): string {
    const podName = pod.metadata?.name;
    const st = this.kubelet.podByName(pod.metadata!.namespace!, pod.metadata!.name!);
    const status = st?.lastStatus ?? pod.status;
    const all: APIContainerStatus[] = [...(status?.containerStatuses ?? []), ...(status?.initContainerStatuses ?? [])];
    const cs = all.find((c) => c.name === name);
    if (!cs) throw newBadRequest(`container "${name}" in pod "${podName}" is not available`);
    const { running, terminated, waiting } = cs.state ?? {};
    const last = cs.lastState?.terminated;
    let cid: string | undefined;
    if (previous) {
      if (!last?.containerID) throw newBadRequest(`previous terminated container "${name}" in pod "${podName}" not found`);
      cid = last.containerID;
    } else if (running) {
      cid = cs.containerID;
    } else if (terminated) {
      cid = terminated.containerID || last?.containerID;
      if (!cid) throw newBadRequest(`container "${name}" in pod "${podName}" is terminated`);
    } else if (last) {
      cid = last.containerID;
      if (!cid) throw newBadRequest(`container "${name}" in pod "${podName}" is terminated`);
    } else if (waiting) {
      const reason = waiting.reason;
      if (reason === 'ErrImagePull') throw newBadRequest(`container "${name}" in pod "${podName}" is waiting to start: image can't be pulled`);
      if (reason === 'ImagePullBackOff') throw newBadRequest(`container "${name}" in pod "${podName}" is waiting to start: trying and failing to pull image`);
      throw newBadRequest(`container "${name}" in pod "${podName}" is waiting to start: ${reason}`);
    } else {
      throw newBadRequest(`container "${name}" in pod "${podName}" is waiting to start - no logs yet`);
    }
    return (cid ?? '').replace(/^containerd:\/\//, '');
  }
}
