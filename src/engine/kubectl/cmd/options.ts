// `kubectl options`: prints the flags every command inherits, as
// staging/src/k8s.io/kubectl/pkg/cmd/options/options.go does (text captured from v1.32).
import type { Command } from '../command.js';
import { helpText } from '../help/index.js';

export const optionsCommand: Command = {
  name: 'options',
  short: 'Print the list of flags inherited by all commands',
  flags: [],
  help: () => helpText(['options']) ?? '',
  run: (ctx) => {
    ctx.io.stdout(helpText(['options']) ?? '');
    return 0;
  },
};
