// Mirrors staging/src/k8s.io/kubectl/pkg/cmd/set/set_env.go for literal variables:
// `kubectl set env RESOURCE KEY=VAL… KEY-… [-c CONTAINER] [--list]`. The lab leaves
// out --from (Secrets/ConfigMaps as sources), --keys, --prefix and --resolve.
import { clone } from '../../../util/object.js';
import type { Command, CommandContext } from '../../command.js';
import { CmdError } from '../../command.js';
import { planResources, visitResources } from '../../util/builder.js';
import { reportErrors } from '../shared/errors.js';
import { dryRunFlag, dryRunStrategy, objectPrinter, printFlags, typed } from '../shared/print.js';
import { noPodTemplate, parsePairs, patchPodTemplate, podSpecOf, resourcesAndPairs } from './podspec.js';

const envName = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;

/** filepath.Match for container names: `*` and `?` only. */
function globMatch(pattern: string, name: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
  return re.test(name);
}

function run(ctx: CommandContext): number {
  const f = ctx.flags;
  const dryRun = dryRunStrategy(ctx);
  const printer = objectPrinter(ctx);
  const { resources, pairs } = resourcesAndPairs(f.args, 'env');
  const { set, remove } = parsePairs([...pairs, ...ctx.flags.strings('env')], 'environment variable', true);
  for (const k of set.keys()) {
    if (!envName.test(k)) {
      throw new CmdError(
        `"${k}" is not a valid key name: a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')`,
      );
    }
  }
  const list = f.bool('list');
  const local = f.bool('local');
  const plan = planResources(ctx.io, {
    args: local ? [] : resources,
    filenames: f.strings('filename'),
    recursive: f.bool('recursive'),
    labelSelector: !local && f.changed('selector') ? f.string('selector') : undefined,
    selectAll: !local && f.bool('all'),
    namespace: ctx.namespace,
    enforceNamespace: ctx.explicitNamespace,
  });
  const visited = visitResources(ctx.deps.client, plan, { latest: !local });
  if (visited.errors.length) return reportErrors(ctx, visited.errors);
  const pattern = f.string('containers');
  const errors: unknown[] = [];
  for (const item of visited.items) {
    const { info } = item;
    const before = typed(info, item.object);
    const after = clone(before);
    const spec = podSpecOf(after);
    if (!spec) {
      errors.push(new CmdError(`error: ${info.name}/${item.name} ${noPodTemplate(after).message}\n`));
      continue;
    }
    const containers = [...(spec.initContainers ?? []), ...(spec.containers ?? [])].filter((c: any) => globMatch(pattern, c.name));
    if (!containers.length) {
      ctx.io.stderr(`Warning: ${after.kind}/${item.name} does not have any containers matching "${pattern}"\n`);
      continue;
    }
    if (list) {
      for (const c of containers) {
        ctx.io.stdout(`# ${after.kind} ${item.name}, container ${c.name}\n`);
        for (const e of c.env ?? []) {
          if (e.valueFrom) ctx.io.stdout(`# ${e.name} from ${describeSource(e.valueFrom)}\n`);
          else ctx.io.stdout(`${e.name}=${e.value ?? ''}\n`);
        }
      }
      continue;
    }
    for (const c of containers) {
      let env: any[] = [...(c.env ?? [])];
      for (const [k, v] of set) {
        const i = env.findIndex((e) => e.name === k);
        if (i >= 0) {
          if (!f.bool('overwrite')) {
            errors.push(new CmdError(`'${k}' already has a value (${env[i].value ?? ''}), and --overwrite is false`));
            continue;
          }
          env[i] = { name: k, value: v };
        } else env.push({ name: k, value: v });
      }
      env = env.filter((e) => !remove.includes(e.name));
      if (env.length) c.env = env;
      else delete c.env;
    }
    const failed = patchPodTemplate(ctx, item, before, after, { what: 'env', local, dryRun, printer });
    if (failed) errors.push(failed);
  }
  return reportErrors(ctx, errors);
}

function describeSource(from: any): string {
  if (from.fieldRef) return `field path ${from.fieldRef.fieldPath}`;
  if (from.secretKeyRef) return `secret ${from.secretKeyRef.name}, key ${from.secretKeyRef.key}`;
  if (from.configMapKeyRef) return `configmap ${from.configMapKeyRef.name}, key ${from.configMapKeyRef.key}`;
  if (from.resourceFieldRef) return `resource field ${from.resourceFieldRef.resource}`;
  return 'an unknown source';
}

export const setEnvCommand: Command = {
  name: 'env',
  short: 'Update environment variables on a pod template',
  flags: [
    { name: 'filename', short: 'f', type: 'stringSlice', default: [] },
    { name: 'recursive', short: 'R', type: 'bool', default: false },
    { name: 'kustomize', short: 'k', type: 'string', default: '' },
    { name: 'containers', short: 'c', type: 'string', default: '*' },
    { name: 'env', short: 'e', type: 'stringSlice', default: [] },
    { name: 'list', type: 'bool', default: false },
    { name: 'local', type: 'bool', default: false },
    { name: 'overwrite', type: 'bool', default: true },
    { name: 'all', type: 'bool', default: false },
    { name: 'selector', short: 'l', type: 'string', default: '' },
    { name: 'resolve', type: 'bool', default: false },
    { name: 'from', type: 'string', default: '' },
    { name: 'keys', type: 'stringSlice', default: [] },
    { name: 'prefix', type: 'string', default: '' },
    { name: 'field-manager', type: 'string', default: 'kubectl-set' },
    dryRunFlag,
    ...printFlags,
  ],
  run,
};
