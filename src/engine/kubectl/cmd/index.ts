// Every kubectl command the lab implements, in the order of `kubectl --help`.
import type { Command } from '../command.js';

export const commands: Command[] = [];
