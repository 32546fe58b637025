// Mirrors staging/src/k8s.io/kubectl/pkg/cmd/create/create_deployment.go:
// `kubectl create deployment NAME --image=… [--replicas] [--port] [-- COMMAND]`.
import type { Command, CommandContext } from '../../command.js';
import { CmdError } from '../../command.js';
import { createFlagsNoFile } from './flags.js';
import { dashArgs, meta, oneName, requireFlag, sendGenerated } from './common.js';

const randAlphabet = 'bcdfghjklmnpqrstvwxz2456789';

/** sanitizeAndUniquify: `_` → `-`, plus a 5-character suffix when the name had to change (derived, not random). */
function containerName(image: string): string {
  let name = image.split('/').pop()!;
  if (name.includes(':')) name = name.split(':')[0]!;
  if (name.includes('@')) name = name.split('@')[0]!;
  if (!name.includes('_')) return name;
  let h = 0;
  for (const c of image) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  let suffix = '';
  for (let i = 0; i < 5; i++) {
    suffix += randAlphabet[h % randAlphabet.length];
    h = Math.floor(h / randAlphabet.length) + 7 * (i + 1);
  }
  return `${name.replace(/_/g, '-')}-${suffix}`;
}

function run(ctx: CommandContext): number {
  requireFlag(ctx, 'image');
  const name = oneName(ctx);
  const images = ctx.flags.strings('image');
  const command = dashArgs(ctx);
  if (images.length > 1 && command.length) throw new CmdError('cannot specify multiple --image options and command');
  const labels = { app: name };
  const port = ctx.flags.int('port');
  const containers = images.map((image, i) => ({
    name: containerName(image),
    image,
    ...(i === 0 && command.length ? { command } : {}),
    ...(i === 0 && port >= 0 ? { ports: [{ containerPort: port }] } : {}),
    resources: {},
  }));
  const deploy = {
    kind: 'Deployment',
    apiVersion: 'apps/v1',
    metadata: meta(ctx, name, labels),
    spec: {
      replicas: ctx.flags.int('replicas'),
      selector: { matchLabels: { ...labels } },
      template: { metadata: { creationTimestamp: null, labels: { ...labels } }, spec: { containers } },
      strategy: {},
    },
    status: {},
  };
  return sendGenerated(ctx, 'apps', 'deployments', deploy, { failedTo: 'failed to create deployment: ' });
}

export const createDeployment: Command = {
  name: 'deployment',
  aliases: ['deploy'],
  short: 'Create a deployment with the specified name',
  flags: [
    ...createFlagsNoFile,
    { name: 'image', type: 'stringSlice', default: [] },
    { name: 'port', type: 'int', default: -1 },
    { name: 'replicas', short: 'r', type: 'int', default: 1 },
  ],
  run,
};
