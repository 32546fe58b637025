// `kubectl logs`: mirrors staging/src/k8s.io/kubectl/pkg/cmd/logs/logs.go (v1.32) and
// polymorphichelpers/logsforobject.go: POD | TYPE/NAME | -l selector, -c (or the
// default container, with kubectl's note), -p/--previous, --tail, --since,
// --since-time, --timestamps, --limit-bytes, --prefix, and -f, which follows the
// log on virtual time until the container stops or Ctrl-C.
import type { Pod } from 'kubernetes-types/core/v1';
import type { LogStream, PodLogOptions } from '../../apiserver/nodeproxy.js';
import type { Job } from '../../shell/types.js';
import { CmdError, UsageError, type Command, type CommandContext } from '../command.js';
import { isNotFound, type StatusError } from '../../api/errors.js';
import { defaultContainer, hasContainer, podFor } from './podcmd.js';

const usage = "expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command";

export const logsCommand: Command = {
  name: 'logs',
  short: 'Print the logs for a container in a pod',
  flags: [
    { name: 'all-containers', type: 'bool', default: false },
    { name: 'container', short: 'c', type: 'string', default: '' },
    { name: 'follow', short: 'f', type: 'bool', default: false },
    { name: 'ignore-errors', type: 'bool', default: false },
    { name: 'limit-bytes', type: 'int', default: 0 },
    { name: 'max-log-requests', type: 'int', default: 5 },
    { name: 'pod-running-timeout', type: 'string', default: '20s' },
    { name: 'prefix', type: 'bool', default: false },
    { name: 'previous', short: 'p', type: 'bool', default: false },
    { name: 'selector', short: 'l', type: 'string', default: '' },
    { name: 'since', type: 'duration', default: '0s' },
    { name: 'since-time', type: 'string', default: '' },
    { name: 'tail', type: 'int', default: -1 },
    { name: 'timestamps', type: 'bool', default: false },
    { name: 'quiet', short: 'q', type: 'bool', default: false },
  ],
  run: (ctx) => {
    const { flags, io } = ctx;
    const args = flags.args;
    const selector = flags.string('selector');
    if (selector && args.length) throw new CmdError('only a selector (-l) or a POD name is allowed');
    if (!selector && (args.length === 0 || args.length > 2)) throw new UsageError(usage);
    if (flags.changed('since') && flags.changed('since-time')) throw new CmdError('at most one of `sinceTime` or `sinceSeconds` may be specified');
    const opts: PodLogOptions = { follow: flags.bool('follow'), previous: flags.bool('previous'), timestamps: flags.bool('timestamps') };
    if (flags.changed('since')) opts.sinceSeconds = Math.ceil(flags.duration('since') / 1000);
    if (flags.string('since-time')) opts.sinceTime = flags.string('since-time');
    const tail = flags.int('tail');
    if (tail >= 0) opts.tailLines = tail;
    else if (selector) opts.tailLines = 10;
    if (flags.int('limit-bytes') > 0) opts.limitBytes = flags.int('limit-bytes');

    let pods: Pod[];
    if (selector) pods = ctx.deps.client.list<Pod>('', 'pods', ctx.namespace, { labelSelector: selector }).items;
    else {
      try {
        pods = [podFor(ctx.deps.client, ctx.namespace, args[0]!, io.stderr)];
      } catch (e) {
        // logs.go reports the builder's NotFound in its own words.
        if (isNotFound(e)) throw new CmdError(`error from server (NotFound): ${(e as StatusError).status.message} in namespace "${ctx.namespace}"`);
        throw e;
      }
    }
    if (selector && !pods.length) {
      io.stderr(`No resources found in ${ctx.namespace} namespace.\n`);
      return 0;
    }
    const streams: { prefix: string; stream: LogStream }[] = [];
    for (const pod of pods) {
      const containers = flags.bool('all-containers') ? [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])].map((c) => c.name) : [containerFor(ctx, pod, args[1])];
      for (const c of containers) {
        const stream = ctx.deps.client.podLogs(pod.metadata!.namespace!, pod.metadata!.name!, { ...opts, container: c });
        streams.push({ prefix: flags.bool('prefix') ? `[pod/${pod.metadata!.name}/${c}] ` : '', stream });
      }
    }
    const prefixed = (prefix: string, text: string) => (prefix ? text.replace(/^(?=.)/gm, prefix) : text);
    for (const s of streams) io.stdout(prefixed(s.prefix, s.stream.text));
    const following = streams.filter((s) => s.stream.follow);
    if (!opts.follow || !following.length) return 0;
    return follow(ctx, following, prefixed);
  },
};

function containerFor(ctx: CommandContext, pod: Pod, positional: string | undefined): string {
  const named = ctx.flags.string('container') || positional || '';
  const name = named || defaultContainer(pod, ctx.io.stderr, ctx.flags.bool('quiet'));
  if (!hasContainer(pod, name)) throw new CmdError(`container ${name} is not valid for pod ${pod.metadata?.name}`);
  return name;
}

/** -f: print what the kubelet streams until every followed container has stopped. */
function follow(ctx: CommandContext, streams: { prefix: string; stream: LogStream }[], prefixed: (p: string, t: string) => string): Job {
  const pending: string[] = [];
  let open = streams.length;
  const cancels = streams.map((s) =>
    s.stream.follow!(
      (text) => {
        pending.push(prefixed(s.prefix, text));
        ctx.io.wake();
      },
      () => {
        open--;
        ctx.io.wake();
      },
    ),
  );
  return (function* (): Job {
    try {
      for (;;) {
        yield { kind: 'wake' };
        while (pending.length) ctx.io.stdout(pending.shift()!);
        if (open <= 0) return 0;
      }
    } finally {
      for (const c of cancels) c();
    }
  })();
}
