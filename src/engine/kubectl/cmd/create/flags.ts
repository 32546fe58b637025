// The flags every `kubectl create <generator>` sub-command has (AddDryRunFlag,
// PrintFlags, --save-config, --validate, --field-manager).
import type { FlagSpec } from '../../flags.js';
import { validateFlag } from '../shared/files.js';
import { dryRunFlag, printFlags } from '../shared/print.js';

export const createFlagsNoFile: FlagSpec[] = [
  dryRunFlag,
  ...printFlags,
  validateFlag,
  { name: 'save-config', type: 'bool', default: false },
  { name: 'field-manager', type: 'string', default: 'kubectl-create' },
];
