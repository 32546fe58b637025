// `kubectl rollout`: mirrors staging/src/k8s.io/kubectl/pkg/cmd/rollout/rollout.go —
// a parent command whose sub-commands manage the rollout of Deployments.
import type { Command } from '../../command.js';
import { rolloutHistory } from './history.js';
import { rolloutPause, rolloutRestart, rolloutResume } from './pause.js';
import { rolloutStatus } from './status.js';
import { rolloutUndo } from './undo.js';

export const rollout: Command = {
  name: 'rollout',
  short: 'Manage the rollout of a resource',
  flags: [],
  subcommands: [rolloutHistory, rolloutPause, rolloutRestart, rolloutResume, rolloutStatus, rolloutUndo],
};
