// Mirrors staging/src/k8s.io/kubectl/pkg/cmd/describe/describe.go (v1.32): resources from
// the builder, one describer per object (describe/), events found by an involvedObject
// field selector (searchEvents), "\n\n" between objects, and DescribeMatchingResources:
// `describe pods web` describes every pod whose name starts with "web" when none is "web".
import type { Event } from 'kubernetes-types/core/v1';
import { isNotFound } from '../../api/errors.js';
import { escapeValue } from '../../api/fields.js';
import type { Client } from '../../client/client.js';
import type { ProgramResult } from '../../shell/types.js';
import type { Command, CommandContext } from '../command.js';
import { CmdError } from '../command.js';
import { describe, type DescribeContext } from '../describe/index.js';
import type { FlagSpec } from '../flags.js';
import { errorsText, planResources, visitResources, type Item } from '../util/builder.js';

const flags: FlagSpec[] = [
  { name: 'all-namespaces', short: 'A', type: 'bool', default: false },
  { name: 'chunk-size', type: 'int', default: 500 },
  { name: 'filename', short: 'f', type: 'stringSlice', default: [] },
  { name: 'kustomize', short: 'k', type: 'string', default: '' },
  { name: 'recursive', short: 'R', type: 'bool', default: false },
  { name: 'selector', short: 'l', type: 'string', default: '' },
  { name: 'show-events', type: 'bool', default: true },
];

/** searchEvents: events whose involvedObject is this object (name, namespace, kind, uid). */
function searchEvents(client: Client, obj: any, kind: string, uid: string): Event[] {
  const m = obj.metadata ?? {};
  const sel = [
    `involvedObject.name=${escapeValue(m.name ?? '')}`,
    `involvedObject.namespace=${escapeValue(m.namespace ?? '')}`,
    ...(kind ? [`involvedObject.kind=${escapeValue(kind)}`] : []),
    ...(uid ? [`involvedObject.uid=${escapeValue(uid)}`] : []),
  ].join(',');
  return client.list<Event>('', 'events', m.namespace || undefined, { fieldSelector: sel }).items;
}

/** The describer's view of the cluster for one object. */
function describeItem(ctx: CommandContext, item: Item, showEvents: boolean): string {
  const client = ctx.deps.client;
  // Describers fetch the object themselves (a fresh GET), then its events.
  const obj = client.get(item.info.group, item.info.name, item.info.namespaced ? item.namespace : undefined, item.name);
  let events: Event[] = [];
  if (showEvents) {
    if (item.info.name === 'nodes') {
      // Node events carry the node's UID or its name as involvedObject.uid: query both.
      events = [...searchEvents(client, obj, 'Node', obj.metadata?.uid ?? ''), ...searchEvents(client, obj, 'Node', obj.metadata?.name ?? '')];
    } else {
      // DescribePod: a mirror Pod's events are the static Pod's, whose UID is the config hash.
      const mirror = item.info.name === 'pods' ? obj.metadata?.annotations?.['kubernetes.io/config.mirror'] : undefined;
      events = searchEvents(client, obj, item.info.kind, mirror ?? obj.metadata?.uid ?? '');
    }
  }
  const dctx: DescribeContext = {
    nowMs: ctx.deps.clock.now(),
    events,
    list: (group, resource, namespace) => {
      try {
        return client.list(group, resource, namespace).items;
      } catch {
        return [];
      }
    },
    get: (group, resource, namespace, name) => {
      try {
        return client.get(group, resource, namespace, name);
      } catch {
        return undefined;
      }
    },
  };
  const text = describe(item.info.name, obj, dctx);
  // --show-events=false: describers get no event list and print no Events section,
  // which is always the last one.
  return showEvents ? text : text.replace(/(^|\n)Events:[^]*$/, '$1');
}

function run(ctx: CommandContext): ProgramResult {
  const { flags: f, io } = ctx;
  const args = f.args;
  const filenames = f.strings('filename');
  if (args.length === 0 && filenames.length === 0 && !f.string('kustomize')) {
    throw new CmdError('You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.');
  }
  if (f.string('kustomize')) throw new CmdError('kustomize is not supported by the lab');
  const allNamespaces = f.bool('all-namespaces');
  const showEvents = f.bool('show-events');
  const plan = planResources(io, {
    args,
    filenames,
    recursive: f.bool('recursive'),
    ...(f.changed('selector') ? { labelSelector: f.string('selector') } : {}),
    allNamespaces,
    namespace: ctx.namespace,
    enforceNamespace: ctx.explicitNamespace && !allNamespaces,
    allowEmptySelector: true,
  });
  const visited = visitResources(ctx.deps.client, plan);
  if (visited.errors.length === 1 && isNotFound(visited.errors[0]) && args.length === 2) {
    return describeMatching(ctx, visited.errors[0], args[0]!, args[1]!, showEvents);
  }
  const errors = [...visited.errors];
  const seen = new Set<string>();
  let out = '';
  let first = true;
  for (const item of visited.items) {
    let s: string;
    try {
      s = describeItem(ctx, item, showEvents);
    } catch (e) {
      const key = e instanceof Error ? e.message : String(e);
      if (!seen.has(key)) {
        seen.add(key);
        errors.push(e);
      }
      continue;
    }
    out += first ? s : `\n\n${s}`;
    first = false;
  }
  io.stdout(out);
  if (visited.items.length === 0 && errors.length === 0) {
    io.stderr(allNamespaces ? 'No resources found\n' : `No resources found in ${ctx.namespace} namespace.\n`);
  }
  if (!errors.length) return 0;
  io.stderr(errorsText(errors, ctx.path));
  return 1;
}

/** DescribeMatchingResources: list the type, describe names with the prefix, each followed by "\n". */
function describeMatching(ctx: CommandContext, original: unknown, resource: string, prefix: string, showEvents: boolean): number {
  const plan = planResources(ctx.io, { args: [resource], namespace: ctx.namespace, allowEmptySelector: true, singleResourceType: true });
  const visited = visitResources(ctx.deps.client, plan);
  if (visited.errors.length) throw visited.errors[0];
  let found = false;
  for (const item of visited.items) {
    if (!item.name.startsWith(prefix)) continue;
    found = true;
    ctx.io.stdout(`${describeItem(ctx, item, showEvents)}\n`);
  }
  if (!found) throw original;
  return 0;
}

export const describeCommand: Command = {
  name: 'describe',
  short: 'Show details of a specific resource or group of resources',
  flags,
  run,
};
