// The API server's side of pods/log and pods/exec (pkg/registry/core/pod/rest/log.go,
// subresources.go and strategy.go LogLocation/ExecLocation): find the Pod, settle
// which container is meant, and hand the request to the kubelet of the Pod's
// node. The API server declares the NodeConnector it calls; the kubelet
// implements it and the composition root registers one per node (so the
// apiserver never imports the kubelet).
import type { Pod } from 'kubernetes-types/core/v1';
import { StatusError, newBadRequest } from '../api/errors.js';

/** v1.PodLogOptions. */
export interface PodLogOptions {
  container?: string;
  follow?: boolean;
  previous?: boolean;
  sinceSeconds?: number;
  sinceTime?: string;
  timestamps?: boolean;
  tailLines?: number;
  limitBytes?: number;
}

/** The log text so far; with follow, further text until the container stops. */
export interface LogStream {
  text: string;
  /** Subscribe to text written later; `end` fires when the container stops. Returns a cancel function. */
  follow?(write: (s: string) => void, end: () => void): () => void;
}

export interface ExecRequest {
  command: string[];
  stdin?: string;
  tty?: boolean;
  /** pods/attach: join the terminal of the container's own process instead of starting `command`. */
  attach?: boolean;
  /**
   * `-it` from a terminal: the streams of an interactive session. The kubelet then answers
   * with `session` (the shell reading the terminal's lines) and calls `done` when it ends.
   */
  stream?: {
    write(s: string): void;
    idle?(): void;
    commandDone?(record: { line: string; output: string; exitCode: number }): void;
    done(exitCode: number): void;
  };
}

export interface ExecResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** An interactive exec's session (input lines, Ctrl-C, its prompt) while it runs. */
  session?: { readonly prompt: string; readonly busy: boolean; input(line: string): void; interrupt(): void };
}

/** What a kubelet serves on :10250 for the API server (containerLogs, exec). Errors are StatusErrors. */
export interface NodeConnector {
  logs(pod: Pod, container: string, opts: PodLogOptions): LogStream;
  exec(pod: Pod, container: string, req: ExecRequest): ExecResult;
}

const names = (cs: { name: string }[] | undefined) => (cs ?? []).map((c) => c.name);

/** LogLocation / ExecLocation's container check. */
export function resolveContainer(pod: Pod, container: string | undefined): string {
  const name = pod.metadata?.name;
  const regular = names(pod.spec?.containers);
  const init = names(pod.spec?.initContainers);
  if (!container) {
    if (regular.length === 1) return regular[0]!;
    let msg = `a container name must be specified for pod ${name}, choose one of: [${regular.join(' ')}]`;
    if (init.length) msg += ` or one of the init containers: [${init.join(' ')}]`;
    throw newBadRequest(msg);
  }
  if (!regular.includes(container) && !init.includes(container) && !names(pod.spec?.ephemeralContainers).includes(container)) {
    throw newBadRequest(`container ${container} is not valid for pod ${name}`);
  }
  return container;
}

/** The error a client sees when nothing answers on the node's kubelet port. */
export function kubeletUnreachable(nodeIP: string, path: string): StatusError {
  return new StatusError({
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message: `Get "https://${nodeIP}:10250${path}": dial tcp ${nodeIP}:10250: connect: connection refused`,
    code: 500,
  });
}
