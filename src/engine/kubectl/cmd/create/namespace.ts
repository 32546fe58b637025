// Mirrors staging/src/k8s.io/kubectl/pkg/cmd/create/create_namespace.go.
import type { Command, CommandContext } from '../../command.js';
import { createFlagsNoFile } from './flags.js';
import { oneName, sendGenerated } from './common.js';

function run(ctx: CommandContext): number {
  const name = oneName(ctx);
  const ns = { kind: 'Namespace', apiVersion: 'v1', metadata: { name, creationTimestamp: null }, spec: {}, status: {} };
  return sendGenerated(ctx, '', 'namespaces', ns);
}

export const createNamespace: Command = {
  name: 'namespace',
  aliases: ['ns'],
  short: 'Create a namespace with the specified name',
  flags: createFlagsNoFile,
  run,
};
