// Every kubectl command the lab implements, in the order of `kubectl --help`.
import type { Command } from '../command.js';
import { apiResourcesCommand, apiVersionsCommand } from './apiresources.js';
import { optionsCommand } from './options.js';
import { create } from './create/index.js';
import { versionCommand } from './version.js';

export const commands: Command[] = [
  create,
  versionCommand,
  apiResourcesCommand,
  apiVersionsCommand,
  optionsCommand,
];
