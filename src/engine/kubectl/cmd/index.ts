// Every kubectl command the lab implements, in the order of `kubectl --help`.
import type { Command } from '../command.js';
import { apiResourcesCommand, apiVersionsCommand } from './apiresources.js';
import { optionsCommand } from './options.js';
import { create } from './create/index.js';
import { apply } from './apply.js';
import { exposeCommand } from './expose.js';
import { replaceCommand } from './replace.js';
import { setCommand } from './set/index.js';
import { waitCommand } from './wait.js';
import { eventsCommand } from './events.js';
import { editCommand } from './edit/index.js';
import { deleteCommand } from './delete.js';
import { label } from './label.js';
import { annotate } from './annotate.js';
import { patch } from './patch.js';
import { scale } from './scale.js';
import { rollout } from './rollout/index.js';
import { runCommand } from './run.js';
import { versionCommand } from './version.js';
import { explainCommand } from './explain.js';
import { clusterInfoCommand } from './clusterinfo.js';
import { configCommand } from './config/index.js';
import { getCommand } from './get/index.js';
import { describeCommand } from './describe.js';
import { logsCommand } from './logs.js';
import { execCommand } from './exec.js';
import { debugCommand } from './debug.js';
import { attachCommand } from './attach.js';
import { cordonCommand, drainCommand, uncordonCommand } from './drain.js';
import { taintCommand } from './taint.js';
import { topCommand } from './top.js';

export const commands: Command[] = [
  create,
  exposeCommand,
  runCommand,
  setCommand,
  apply,
  replaceCommand,
  waitCommand,
  deleteCommand,
  label,
  annotate,
  patch,
  rollout,
  scale,
  getCommand,
  editCommand,
  describeCommand,
  eventsCommand,
  logsCommand,
  attachCommand,
  execCommand,
  debugCommand,
  explainCommand,
  clusterInfoCommand,
  topCommand,
  cordonCommand,
  uncordonCommand,
  drainCommand,
  taintCommand,
  versionCommand,
  apiResourcesCommand,
  apiVersionsCommand,
  configCommand,
  optionsCommand,
];
