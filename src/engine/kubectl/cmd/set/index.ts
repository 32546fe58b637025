// Mirrors staging/src/k8s.io/kubectl/pkg/cmd/set/set.go: `kubectl set` groups the
// commands that change one feature of existing objects (image, env).
import type { Command } from '../../command.js';
import { setEnvCommand } from './env.js';
import { setImageCommand } from './image.js';

export const setCommand: Command = {
  name: 'set',
  short: 'Set specific features on objects',
  flags: [],
  subcommands: [setEnvCommand, setImageCommand],
};
