// `kubectl config`: mirrors staging/src/k8s.io/kubectl/pkg/cmd/config/config.go. The
// lab implements the sub-commands students use; the others answer "not available".
import type { Command } from '../../command.js';
import {
  currentContextCommand,
  getClustersCommand,
  getContextsCommand,
  getUsersCommand,
  setContextCommand,
  useContextCommand,
} from './contexts.js';
import { viewCommand } from './view.js';

export const configCommand: Command = {
  name: 'config',
  short: 'Modify kubeconfig files',
  flags: [],
  subcommands: [
    currentContextCommand,
    getClustersCommand,
    getContextsCommand,
    getUsersCommand,
    setContextCommand,
    useContextCommand,
    viewCommand,
  ],
};
