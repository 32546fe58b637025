// `kubectl top node|pod`: mirrors staging/src/k8s.io/kubectl/pkg/cmd/top/top_node.go and
// top_pod.go. The arguments, --sort-by and the selectors are checked first; then kubectl asks
// discovery for the metrics.k8s.io group, which only Metrics Server serves. A kubeadm
// cluster has none installed (nor has the lab's), so every well-formed request ends in
// "Metrics API not available", as on a fresh kubeadm cluster.
import { parseFieldSelector } from '../../api/fields.js';
import { parseSelector } from '../../api/labels.js';
import type { Command, CommandContext } from '../command.js';
import { CmdError, UsageError } from '../command.js';
import type { FlagSpec } from '../flags.js';

const selector: FlagSpec = { name: 'selector', short: 'l', type: 'string', default: '' };
const sortBy: FlagSpec = { name: 'sort-by', type: 'string', default: '' };
const noHeaders: FlagSpec = { name: 'no-headers', type: 'bool', default: false };
const protobuf: FlagSpec = { name: 'use-protocol-buffers', type: 'bool', default: true };

function run(ctx: CommandContext, kind: 'node' | 'pod'): number {
  const f = ctx.flags;
  if (f.args.length > 1) throw new UsageError(`${kind} [NAME | -l label]`);
  const name = f.args[0] ?? '';
  const sort = f.string('sort-by');
  if (sort && sort !== 'cpu' && sort !== 'memory') throw new CmdError('--sort-by accepts only cpu or memory');
  const labels = f.string('selector');
  const fields = kind === 'pod' ? f.string('field-selector') : '';
  if (kind === 'pod' && name && (labels || fields)) throw new CmdError('only one of NAME or selector can be provided');
  try {
    if (labels) parseSelector(labels);
    if (fields) parseFieldSelector(fields);
  } catch (e) {
    throw new CmdError(e instanceof Error ? e.message : String(e));
  }
  // SupportedMetricsAPIVersionAvailable: the lab's API server serves no metrics.k8s.io (top.test.ts checks).
  throw new CmdError('Metrics API not available');
}

const topNode: Command = {
  name: 'node',
  aliases: ['nodes', 'no'],
  short: 'Display resource (CPU/memory) usage of nodes',
  flags: [noHeaders, selector, { name: 'show-capacity', type: 'bool', default: false }, sortBy, protobuf],
  run: (ctx) => run(ctx, 'node'),
};

const topPod: Command = {
  name: 'pod',
  aliases: ['pods', 'po'],
  short: 'Display resource (CPU/memory) usage of pods',
  flags: [
    { name: 'all-namespaces', short: 'A', type: 'bool', default: false },
    { name: 'containers', type: 'bool', default: false },
    { name: 'field-selector', type: 'string', default: '' },
    noHeaders,
    selector,
    sortBy,
    { name: 'sum', type: 'bool', default: false },
    protobuf,
  ],
  run: (ctx) => run(ctx, 'pod'),
};

export const topCommand: Command = {
  name: 'top',
  short: 'Display resource (CPU/memory) usage',
  flags: [],
  subcommands: [topNode, topPod],
};
