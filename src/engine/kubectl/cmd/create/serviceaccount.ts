// Mirrors staging/src/k8s.io/kubectl/pkg/cmd/create/create_serviceaccount.go:
// `kubectl create serviceaccount|sa NAME`, an object with nothing but its name.
import type { Command } from '../../command.js';
import { createFlagsNoFile } from './flags.js';
import { meta, oneName, sendGenerated } from './common.js';

export const createServiceAccount: Command = {
  name: 'serviceaccount',
  aliases: ['sa'],
  short: 'Create a service account with the specified name',
  flags: createFlagsNoFile,
  run(ctx) {
    const name = oneName(ctx);
    const sa = { kind: 'ServiceAccount', apiVersion: 'v1', metadata: meta(ctx, name) };
    return sendGenerated(ctx, '', 'serviceaccounts', sa, { failedTo: 'failed to create serviceaccount: ' });
  },
};
